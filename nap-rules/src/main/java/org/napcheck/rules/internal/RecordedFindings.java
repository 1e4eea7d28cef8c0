package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.napcheck.model.Location;
import org.napcheck.rules.facts.Findings;

/** The findings global of one check: it keeps what rules record, each with the rule that fired. */
public final class RecordedFindings extends Findings {
  private final List<Recorded> recorded = new ArrayList<>();
  private String firingRule;

  /** A finding as a rule recorded it, before its message and severity are filled in. */
  public record Recorded(String ruleName, Location location, Map<String, String> evidence) {}

  /** Called by the engine before each rule fires. */
  public void firing(String ruleName) {
    this.firingRule = ruleName;
  }

  @Override
  protected String firingRule() {
    return firingRule;
  }

  @Override
  protected void keep(String ruleName, Location location, Map<String, String> evidence) {
    recorded.add(new Recorded(ruleName, location, evidence));
  }

  /** What was recorded, in firing order. */
  public List<Recorded> recorded() {
    return Collections.unmodifiableList(recorded);
  }
}
