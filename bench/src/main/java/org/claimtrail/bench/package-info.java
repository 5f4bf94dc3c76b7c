/**
 * Benchmarks and quality evaluations. They print figures and are run by scripts under {@code
 * bench/}, never by the test suite: speed is measured here, not asserted in tests.
 */
package org.claimtrail.bench;
