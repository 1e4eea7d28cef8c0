package org.napcheck.report.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.napcheck.io.internal.Writers;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;

/**
 * SARIF 2.1.0, for code-scanning tools: the rule catalog in the driver, one result per finding with
 * its logical location (pillar › objective › action › indicator), a fingerprint that stays the same
 * from run to run, and waivers as accepted suppressions.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String[] KINDS = {"pillar", "objective", "action", "indicator"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private SarifReport() {}

  public static String render(ReportContext context) {
    CheckReport report = context.report();
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    Map<String, Integer> ruleIndex = addDriver(run, report, context.catalog());
    if (!report.notApplied().isEmpty()) {
      addNotApplied(run, report.notApplied());
    }
    ArrayNode results = run.putArray("results");
    for (Finding finding : report.findings()) {
      addResult(results.addObject(), finding, report.plan(), ruleIndex);
    }
    ObjectNode properties = run.putObject("properties");
    properties.put("plan", report.plan());
    properties.put("asOf", report.asOf().toString());
    return Writers.json(root);
  }

  /**
   * The tool, with the rule catalog.
   *
   * @return the index of each rule in the catalog, by id
   */
  private static Map<String, Integer> addDriver(
      ObjectNode run, CheckReport report, List<RuleInfo> catalog) {
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "napcheck");
    driver.put("informationUri", "https://github.com/napcheck/napcheck");
    String ruleSet = report.ruleSet() == null ? "" : report.ruleSet();
    driver.put(
        "version", ruleSet.contains(" ") ? ruleSet.substring(ruleSet.indexOf(' ') + 1) : ruleSet);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (RuleInfo rule : catalog) {
      ruleIndex.put(rule.id(), ruleIndex.size());
      ObjectNode node = rules.addObject();
      node.put("id", rule.id());
      node.putObject("shortDescription").put("text", rule.title());
      node.putObject("fullDescription").put("text", rule.why());
      node.putObject("help").put("text", rule.fix());
      node.putObject("defaultConfiguration").put("level", level(rule.severity()));
      ObjectNode properties = node.putObject("properties");
      properties.put("source", rule.source());
      properties.put("origin", rule.origin());
    }
    return ruleIndex;
  }

  /** The rules not applied, and why, as notifications of the run's invocation. */
  private static void addNotApplied(ObjectNode run, List<CheckReport.NotApplied> notApplied) {
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (CheckReport.NotApplied reason : notApplied) {
      ObjectNode notification = notifications.addObject();
      notification.put("level", "note");
      notification.putObject("message").put("text", reason.message());
      ObjectNode properties = notification.putObject("properties");
      properties.put("reason", reason.reason());
      reason.rules().forEach(properties.putArray("rules")::add);
    }
  }

  private static void addResult(
      ObjectNode result, Finding finding, String plan, Map<String, Integer> ruleIndex) {
    result.put("ruleId", finding.rule());
    if (ruleIndex.containsKey(finding.rule())) {
      result.put("ruleIndex", ruleIndex.get(finding.rule()));
    }
    result.put("level", level(finding.severity()));
    result.putObject("message").put("text", finding.message());
    addLocation(result, plan, finding.location());
    result.putObject("partialFingerprints").put("napcheck/v1", fingerprint(finding));
    if (finding.waived()) {
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "external");
      suppression.put("status", "accepted");
      suppression.put("justification", finding.waiver().reason());
    }
    ObjectNode properties = result.putObject("properties");
    Location location = finding.location();
    if (location.year() != null) {
      properties.put("year", location.year());
    }
    if (location.reporter() != null) {
      properties.put("reporter", location.reporter());
    }
    if (location.actor() != null) {
      properties.put("actor", location.actor());
    }
    ObjectNode evidence = properties.putObject("evidence");
    finding.evidence().forEach(evidence::put);
  }

  private static void addLocation(ObjectNode result, String plan, Location location) {
    List<String> path = Locations.logicalPath(location);
    ObjectNode logical =
        result.putArray("locations").addObject().putArray("logicalLocations").addObject();
    if (path.isEmpty()) {
      logical.put("name", plan);
      logical.put("fullyQualifiedName", plan);
      logical.put("kind", "plan");
      return;
    }
    logical.put("name", path.get(path.size() - 1));
    logical.put("fullyQualifiedName", plan + " › " + String.join(" › ", path));
    logical.put("kind", kindOf(location));
  }

  private static String kindOf(Location location) {
    String[] parts = {
      location.pillar(), location.objective(), location.action(), location.indicator()
    };
    String kind = "plan";
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] != null) {
        kind = KINDS[i];
      }
    }
    return kind;
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** The same finding gets the same fingerprint in every run, whatever its language. */
  static String fingerprint(Finding finding) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(finding.identity().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
