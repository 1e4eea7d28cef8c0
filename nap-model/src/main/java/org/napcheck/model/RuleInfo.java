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
 */
public record RuleInfo(
    String id,
    String title,
    Severity severity,
    String why,
    String source,
    String fix,
    String origin,
    boolean enabled) {}
