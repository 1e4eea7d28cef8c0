/**
 * Public API for authors of rules: the facts napcheck inserts into the rule engine, and the
 * {@link org.napcheck.rules.facts.Findings} global a rule records its findings with.
 *
 * <p>A plan becomes one {@link org.napcheck.rules.facts.PlanFact}, a fact per pillar, objective,
 * action, indicator, responsibility and actor, and a {@link org.napcheck.rules.facts.PlanItem} per
 * identified item; monitoring data becomes report, progress, value and breakdown facts (a value
 * is also reached from its report and its indicator: {@code ValueFact(...) from $indicator.values}).
 * The check's inputs are a {@link org.napcheck.rules.facts.CheckContext} fact, and the {@code
 * check} global for a rule file that declares {@code global CheckContext check;}. Every fact
 * is read-only: rules record findings and never change facts. Facts are made by {@link
 * org.napcheck.rules.facts.FactBuilder} alone (their constructors are not public), and the {@code
 * findings} global by napcheck's engine. A minimal extra rule:
 *
 * <pre>{@code
 * package org.ministry.rules;
 * import org.napcheck.rules.facts.*;
 * global Findings findings;
 *
 * rule "MIN-0001 action text too short"
 *   @id("MIN-0001") @severity("info") @title("Action text too short")
 *   @message("Action {action} says too little to be checked.")
 * when
 *   $action: ActionFact(text.length() < 20)
 * then
 *   findings.record($action.getLocation());
 * end
 * }</pre>
 */
package org.napcheck.rules.facts;
