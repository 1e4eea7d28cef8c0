package org.napcheck.rules;

import java.util.Map;
import org.napcheck.rules.internal.Messages;

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
   * @param message what happened, in the checker's language ({@link #describe})
   * @param rule the rule's name, or {@code null} when the failure cannot be tied to one rule
   * @param source the extra rule files, e.g. {@code my-rules.drl}
   */
  public ExtraRuleException(String message, String rule, String source, Throwable cause) {
    super(message, cause);
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

  /** What happened, in words for the rule's author: its message, not its class. */
  static String describe(Throwable cause, String rule, String source, Messages messages) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String what;
    if (root instanceof StackOverflowError) {
      what = messages.generic("error.extraRule.recursion");
    } else if (root.getMessage() == null) {
      // Its words, not its class: a person reads this, and "Exception" reads like napcheck's crash.
      String kind = root.getClass().getSimpleName().replace("Exception", "").replace("Error", "");
      what = messages.say("error.extraRule.noMessage", Map.of("kind", kind));
    } else {
      what = messages.say("error.extraRule.message", Map.of("message", root.getMessage()));
    }
    var values = new java.util.HashMap<String, String>();
    values.put("source", source);
    values.put("what", what);
    if (rule != null) {
      values.put("rule", rule);
    }
    return messages.say(rule != null ? "error.extraRule" : "error.extraRule.unknown", values);
  }
}
