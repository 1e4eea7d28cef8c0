/**
 * The {@code napcheck} command. Not a library: its contract is the command line, the exit codes and
 * the files it reads and writes (README, docs/format.md), not these classes.
 */
package org.napcheck.cli;
