package org.napcheck.cli;

/** The exit codes of the command: a contract with schedulers and scripts. */
final class ExitCode {
  /** No finding at or above the --fail-on threshold. */
  static final int CLEAN = 0;

  /** Findings at or above the --fail-on threshold. */
  static final int FINDINGS = 1;

  /** Bad input or usage: a file that cannot be read, an unknown option, bad extra rules. */
  static final int BAD_INPUT = 2;

  /** napcheck itself failed; a bug to report, with the --debug output. */
  static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
