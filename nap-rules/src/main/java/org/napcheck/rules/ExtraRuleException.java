package org.napcheck.rules;

/**
 * An extra rule that failed while a plan was checked: its consequence threw, recorded a finding
 * without a place, or recursed without end. The rule is the user's input, so this names it and its
 * files; napcheck's own rules never end a check this way.
 */
public final class ExtraRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String rule;
  private final String source;

  /**
   * @param rule the rule's name, or {@code null} when the failure cannot be tied to one rule
   * @param source the extra rule files, e.g. {@code my-rules.drl}
   */
  public ExtraRuleException(String rule, String source, Throwable cause) {
    super(
        (rule == null ? "an extra rule of " + source : "extra rule \"" + rule + "\" of " + source)
            + " failed while checking: "
            + describe(cause),
        cause);
    this.rule = rule;
    this.source = source;
  }

  /** The rule's name; {@code null} when the failure cannot be tied to one rule. */
  public String rule() {
    return rule;
  }

  public String source() {
    return source;
  }

  private static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof StackOverflowError) {
      return "it calls itself without end (stack overflow)";
    }
    // Its words, not its class: a person reads this, and "Exception" reads like napcheck's crash.
    String kind = root.getClass().getSimpleName().replace("Exception", "").replace("Error", "");
    return root.getMessage() == null
        ? "it failed with no message (" + kind + ")"
        : "\"" + root.getMessage() + "\"";
  }
}
