/** Language identification for text whose metadata does not declare one (optimaize n-grams). */
package org.claimtrail.extract.language;
