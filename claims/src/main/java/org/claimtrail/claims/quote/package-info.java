/** Direct quotes: spans in curly or straight quote marks, including quotes that run over paragraphs. */
package org.claimtrail.claims.quote;
