package org.napcheck.model;

/**
 * One entry of the rule catalog, in the checker's language.
 *
 * @param id stable id, e.g. {@code NAP-M001}; waivers and scripts refer to it
 * @param why why the gap matters
 * @param source the standard or plan text the rule rests on
 * @param fix what removes the finding
 * @param origin {@code napcheck} for the default rules, else the file the rule came from
 * @param enabled {@code false} when the checker was built with this rule switched off
 * @param unit what one finding of the rule stands for, e.g. "one body, for all the years it has not
 *     reported"; empty when the rule does not say
 */
public record RuleInfo(
    String id,
    String title,
    Severity severity,
    String why,
    String source,
    String fix,
    String origin,
    boolean enabled,
    String unit) {

  public RuleInfo {
    unit = unit == null ? "" : unit;
  }

  /** An entry that does not say what one finding stands for. */
  public RuleInfo(
      String id,
      String title,
      Severity severity,
      String why,
      String source,
      String fix,
      String origin,
      boolean enabled) {
    this(id, title, severity, why, source, fix, origin, enabled, "");
  }
}
