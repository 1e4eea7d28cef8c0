package org.napcheck.io.internal;

import static org.napcheck.io.internal.Converters.BOOLEAN;
import static org.napcheck.io.internal.Converters.DATE_VALUE;
import static org.napcheck.io.internal.Converters.TEXT;
import static org.napcheck.io.internal.Converters.TEXTS_BY_NAME;
import static org.napcheck.io.internal.Converters.WHOLE_NUMBER;
import static org.napcheck.io.internal.Converters.code;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.napcheck.io.NapFormatException;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.Overview;
import org.napcheck.model.Severity;
import org.napcheck.model.Waiver;

/** The JSON report (DESIGN.md, "The JSON report") as a tree, both ways. */
public final class ReportTrees {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static final List<String> ROOT =
      List.of("napcheck", "plan", "asOf", "ruleSet", "notApplied", "findings", "summary", "rules");

  private static final Shape<Location> LOCATION = Shapes.LOCATION_IN_REPORT;

  /** A waiver as a report shows it: its rule and location are the finding's. */
  private record WaiverNote(String reason, String approvedBy, LocalDate expires) {
    static WaiverNote of(Finding finding) {
      Waiver waiver = finding.waiver();
      return waiver == null
          ? null
          : new WaiverNote(waiver.reason(), waiver.approvedBy(), waiver.expires());
    }
  }

  private static final Shape<WaiverNote> WAIVER = waiver();
  private static final Shape<Finding> FINDING = finding();
  private static final Shape<CheckReport.RuleOutcome> RULE = rule();
  private static final Shape<CheckReport.NotApplied> NOT_APPLIED = notApplied();

  /** Read to check its shape only: the summary is always counted again from the findings. */
  private static final Shape<Map<Severity, Integer>> SUMMARY = summary();

  /** The objects of the JSON report that have fields of their own, for the schema's tests. */
  public static final List<Shape<?>> SHAPES = List.of(FINDING, LOCATION, WAIVER, RULE);

  private ReportTrees() {}

  public static ObjectNode tree(CheckReport report) {
    Objects.requireNonNull(report.plan(), "a report names its plan");
    Objects.requireNonNull(report.asOf(), "a report has an as-of date");
    Objects.requireNonNull(report.ruleSet(), "a report names its rule set");
    ObjectNode root = NODES.objectNode();
    root.put("napcheck", Binder.FORMAT_VERSION);
    root.put("plan", report.plan());
    root.put("asOf", ModelTrees.date(report.asOf()));
    root.put("ruleSet", report.ruleSet());
    list(root, "notApplied", report.notApplied(), NOT_APPLIED);
    ArrayNode findings = root.putArray("findings");
    report.findings().forEach(finding -> findings.add(FINDING.tree(finding)));
    root.set("summary", SUMMARY.tree(report.summary()));
    ArrayNode rules = root.putArray("rules");
    report.rules().forEach(rule -> rules.add(RULE.tree(rule)));
    return root;
  }

  private static <T> void list(ObjectNode node, String name, List<T> values, Shape<T> shape) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(name);
      values.forEach(value -> array.add(shape.tree(value)));
    }
  }

  /** Binds a whole report; locations get the plan named at the top. */
  public static CheckReport read(Binder binder) throws NapFormatException {
    Fields root =
        binder.root(ROOT, "{napcheck: 1, plan: ..., asOf: ..., ruleSet: ..., findings: [...]}");
    String plan = root.required("plan", TEXT);
    LocalDate asOf = root.required("asOf", DATE_VALUE);
    String ruleSet = root.required("ruleSet", TEXT);
    // Required by the schema: a report without them is not one napcheck wrote, and comparing with
    // it would call every finding resolved.
    for (String member : List.of("findings", "summary", "rules")) {
      if (!root.has(member)) {
        root.missing(member);
      }
    }
    List<Finding> findings =
        root.list("findings", FINDING).stream().map(finding -> inPlan(finding, plan)).toList();
    root.value("summary", SUMMARY);
    List<CheckReport.RuleOutcome> rules = root.list("rules", RULE);
    List<CheckReport.NotApplied> notApplied = root.list("notApplied", NOT_APPLIED);
    binder.problems().throwIfAny();
    return new CheckReport(plan, asOf, ruleSet, findings, rules, Overview.EMPTY, notApplied);
  }

  private static Shape<WaiverNote> waiver() {
    var reason = Field.required("reason", TEXT, WaiverNote::reason);
    var approvedBy = Field.optional("approvedBy", TEXT, WaiverNote::approvedBy);
    var expires = Field.optional("expires", DATE_VALUE, WaiverNote::expires);
    return new Shape<>(
        "reportWaiver",
        List.of(reason, approvedBy, expires),
        values -> new WaiverNote(values.get(reason), values.get(approvedBy), values.get(expires)));
  }

  private static Shape<Finding> finding() {
    var rule = Field.required("rule", TEXT, Finding::rule);
    var severity = Field.required("severity", code(Severity.class), Finding::severity);
    var location = Field.required("location", LOCATION, Finding::location);
    var message = Field.required("message", TEXT, Finding::message);
    var evidence = Field.required("evidence", TEXTS_BY_NAME, Finding::evidence);
    var waived = Field.required("waived", BOOLEAN, Finding::waived);
    var waiver = Field.optional("waiver", WAIVER, WaiverNote::of);
    return new Shape<>(
        "finding",
        List.of(rule, severity, location, message, evidence, waived, waiver),
        values -> {
          Fields given = values.given();
          WaiverNote note = values.get(waiver);
          if (Boolean.TRUE.equals(values.get(waived)) && !given.has("waiver")) {
            given.missing("waiver");
          }
          if (Boolean.FALSE.equals(values.get(waived)) && note != null) {
            return given.wrong("waiver", given.words().get("waiver.notWaived"));
          }
          if (values.get(rule) == null
              || values.get(severity) == null
              || values.get(location) == null
              || values.get(waived) == null) {
            return null;
          }
          Waiver waiverOfFinding =
              note == null || note.reason() == null
                  ? null
                  : new Waiver(
                      values.get(rule),
                      values.get(location),
                      note.reason(),
                      note.approvedBy(),
                      note.expires());
          return new Finding(
              values.get(rule),
              values.get(severity),
              values.get(location),
              values.get(message),
              values.get(evidence),
              waiverOfFinding);
        });
  }

  private static Shape<CheckReport.RuleOutcome> rule() {
    var id = Field.required("id", TEXT, CheckReport.RuleOutcome::id);
    var title = Field.optional("title", TEXT, CheckReport.RuleOutcome::title);
    var severity =
        Field.required("severity", code(Severity.class), CheckReport.RuleOutcome::severity);
    var fired = Field.required("fired", WHOLE_NUMBER, CheckReport.RuleOutcome::fired);
    return new Shape<>(
        "rule",
        List.of(id, title, severity, fired),
        values ->
            values.get(id) == null || values.get(severity) == null || values.get(fired) == null
                ? null
                : new CheckReport.RuleOutcome(
                    values.get(id), values.get(title), values.get(severity), values.get(fired)));
  }

  private static Shape<CheckReport.NotApplied> notApplied() {
    var reason = Field.required("reason", TEXT, CheckReport.NotApplied::reason);
    var rules = Field.list("rules", TEXT, CheckReport.NotApplied::rules);
    var message = Field.optional("message", TEXT, CheckReport.NotApplied::message);
    return new Shape<>(
        "notApplied",
        List.of(reason, rules, message),
        values ->
            values.get(reason) == null
                ? null
                : new CheckReport.NotApplied(
                    values.get(reason), values.get(rules), values.get(message)));
  }

  private static Shape<Map<Severity, Integer>> summary() {
    List<Field<Map<Severity, Integer>, ?>> counts =
        Arrays.stream(Severity.values())
            .<Field<Map<Severity, Integer>, ?>>map(
                severity ->
                    Field.optional(severity.code(), WHOLE_NUMBER, summary -> summary.get(severity)))
            .toList();
    return new Shape<>("summary", counts, values -> Map.of());
  }

  private static Finding inPlan(Finding finding, String plan) {
    Location at = finding.location();
    Location located =
        new Location(
            plan,
            at.pillar(),
            at.objective(),
            at.action(),
            at.indicator(),
            at.year(),
            at.reporter(),
            at.actor());
    Waiver waiver = finding.waiver();
    return new Finding(
        finding.rule(),
        finding.severity(),
        located,
        finding.message(),
        finding.evidence(),
        waiver == null
            ? null
            : new Waiver(
                waiver.rule(), located, waiver.reason(), waiver.approvedBy(), waiver.expires()));
  }
}
