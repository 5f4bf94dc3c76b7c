/**
 * The {@code claimtrail} command line: one picocli class per subcommand, each a thin runner over
 * {@link org.claimtrail.pipeline.Pipeline}. Exit codes: 0 all inputs processed, 1 some inputs
 * failed (each named on stderr), 2 usage error.
 */
package org.claimtrail.app.cli;
