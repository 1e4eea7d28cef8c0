package org.napcheck.io.internal;

import static org.napcheck.io.internal.Converters.BOOLEAN;
import static org.napcheck.io.internal.Converters.DATE_VALUE;
import static org.napcheck.io.internal.Converters.TEXT;
import static org.napcheck.io.internal.Converters.TEXTS_BY_NAME;
import static org.napcheck.io.internal.Converters.WHOLE_NUMBER;
import static org.napcheck.io.internal.Converters.YEAR;
import static org.napcheck.io.internal.Converters.code;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
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

  private static final Shape<Location> LOCATION =
      new Shape<>(
          "location",
          List.of("pillar", "objective", "action", "indicator", "year", "reporter", "actor"),
          fields ->
              new Location(
                  null,
                  fields.value("pillar", TEXT),
                  fields.value("objective", TEXT),
                  fields.value("action", TEXT),
                  fields.value("indicator", TEXT),
                  fields.value("year", YEAR),
                  fields.value("reporter", TEXT),
                  fields.value("actor", TEXT)));

  /** A waiver as a report shows it: its rule and location are the finding's. */
  private record WaiverNote(String reason, String approvedBy, LocalDate expires) {}

  private static final Shape<WaiverNote> WAIVER =
      new Shape<>(
          "reportWaiver",
          List.of("reason", "approvedBy", "expires"),
          fields ->
              new WaiverNote(
                  fields.required("reason", TEXT),
                  fields.value("approvedBy", TEXT),
                  fields.value("expires", DATE_VALUE)));

  private static final Shape<Finding> FINDING =
      new Shape<>(
          "finding",
          List.of("rule", "severity", "location", "message", "evidence", "waived", "waiver"),
          ReportTrees::finding);

  private static final Shape<CheckReport.RuleOutcome> RULE =
      new Shape<>(
          "rule",
          List.of("id", "title", "severity", "fired"),
          fields -> {
            String id = fields.required("id", TEXT);
            String title = fields.value("title", TEXT);
            Severity severity = fields.required("severity", code(Severity.class));
            Integer fired = fields.required("fired", WHOLE_NUMBER);
            return id == null || severity == null || fired == null
                ? null
                : new CheckReport.RuleOutcome(id, title, severity, fired);
          });

  private static final Shape<CheckReport.NotApplied> NOT_APPLIED =
      new Shape<>(
          "notApplied",
          List.of("reason", "rules", "message"),
          fields -> {
            String reason = fields.required("reason", TEXT);
            List<String> rules = fields.list("rules", TEXT);
            String message = fields.value("message", TEXT);
            return reason == null ? null : new CheckReport.NotApplied(reason, rules, message);
          });

  /** Read to check its shape only: the summary is always counted again from the findings. */
  private static final Shape<Boolean> SUMMARY =
      new Shape<>(
          "summary",
          List.of("error", "warning", "info"),
          fields -> {
            fields.value("error", WHOLE_NUMBER);
            fields.value("warning", WHOLE_NUMBER);
            fields.value("info", WHOLE_NUMBER);
            return Boolean.TRUE;
          });

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
    if (!report.notApplied().isEmpty()) {
      ArrayNode notApplied = root.putArray("notApplied");
      for (CheckReport.NotApplied reason : report.notApplied()) {
        ObjectNode node = notApplied.addObject();
        node.put("reason", reason.reason());
        reason.rules().forEach(node.putArray("rules")::add);
        node.put("message", reason.message());
      }
    }
    ArrayNode findings = root.putArray("findings");
    report.findings().forEach(finding -> findings.add(finding(finding)));
    ObjectNode summary = root.putObject("summary");
    report.summary().forEach((severity, count) -> summary.put(severity.code(), count));
    ArrayNode rules = root.putArray("rules");
    for (CheckReport.RuleOutcome rule : report.rules()) {
      ObjectNode node = rules.addObject();
      ModelTrees.text(node, "id", rule.id());
      ModelTrees.text(node, "title", rule.title());
      ModelTrees.code(node, "severity", rule.severity());
      node.put("fired", rule.fired());
    }
    return root;
  }

  private static ObjectNode finding(Finding finding) {
    ObjectNode node = NODES.objectNode();
    node.put("rule", finding.rule());
    ModelTrees.code(node, "severity", finding.severity());
    ObjectNode location = node.putObject("location");
    Location at = finding.location();
    // The plan is named once, at the top.
    ModelTrees.text(location, "pillar", at.pillar());
    ModelTrees.text(location, "objective", at.objective());
    ModelTrees.text(location, "action", at.action());
    ModelTrees.text(location, "indicator", at.indicator());
    if (at.year() != null) {
      location.put("year", at.year());
    }
    ModelTrees.text(location, "reporter", at.reporter());
    ModelTrees.text(location, "actor", at.actor());
    node.put("message", finding.message());
    ObjectNode evidence = node.putObject("evidence");
    finding.evidence().forEach(evidence::put);
    node.put("waived", finding.waived());
    if (finding.waived()) {
      ObjectNode waiver = node.putObject("waiver");
      ModelTrees.text(waiver, "reason", finding.waiver().reason());
      ModelTrees.text(waiver, "approvedBy", finding.waiver().approvedBy());
      if (finding.waiver().expires() != null) {
        waiver.put("expires", ModelTrees.date(finding.waiver().expires()));
      }
    }
    return node;
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

  private static Finding finding(Fields fields) {
    String rule = fields.required("rule", TEXT);
    Severity severity = fields.required("severity", code(Severity.class));
    Location location = fields.required("location", LOCATION);
    String message = fields.value("message", TEXT);
    Map<String, String> evidence = fields.value("evidence", TEXTS_BY_NAME);
    Boolean waived = fields.required("waived", BOOLEAN);
    WaiverNote note = fields.value("waiver", WAIVER);
    if (Boolean.TRUE.equals(waived) && !fields.has("waiver")) {
      fields.missing("waiver");
    }
    if (Boolean.FALSE.equals(waived) && note != null) {
      return fields.wrong("waiver", fields.words().get("waiver.notWaived"));
    }
    if (rule == null || severity == null || location == null || waived == null) {
      return null;
    }
    Waiver waiver =
        note == null || note.reason() == null
            ? null
            : new Waiver(rule, location, note.reason(), note.approvedBy(), note.expires());
    return new Finding(rule, severity, location, message, evidence, waiver);
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
