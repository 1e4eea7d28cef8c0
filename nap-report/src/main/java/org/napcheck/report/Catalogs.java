package org.napcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.napcheck.io.internal.Writers;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;
import org.napcheck.report.internal.Labels;

/**
 * The rule catalog written for people (text, Markdown), its headings in one language, and for tools
 * (JSON). Thread-safe.
 *
 * <pre>{@code
 * String page = new Catalogs(Locale.FRENCH).markdown(checker.catalog());
 * }</pre>
 */
public final class Catalogs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Locale locale;

  /** Catalogs with English headings. */
  public Catalogs() {
    this(Locale.ENGLISH);
  }

  /** Catalogs with headings in the language of {@code locale}: English or French. */
  public Catalogs(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /** The catalog for a terminal. */
  public String text(List<RuleInfo> catalog) {
    Objects.requireNonNull(catalog, "catalog");
    var labels = new Labels(locale);
    var headings = new ArrayList<String>();
    for (String key :
        List.of("why.short", "source.short", "fix.short", "from.short", "unit.short")) {
      headings.add(labels.get(key) + labels.colon());
    }
    int width = headings.stream().mapToInt(String::length).max().orElse(0) + 1;
    int severityWidth = 7;
    for (Severity severity : Severity.values()) {
      severityWidth = Math.max(severityWidth, labels.severity(severity).length());
    }
    var out = new StringBuilder();
    for (RuleInfo rule : catalog) {
      out.append(rule.id())
          .append("  ")
          .append(pad(labels.severity(rule.severity()), severityWidth))
          .append(' ')
          .append(rule.title());
      if (!rule.enabled()) {
        out.append("  (").append(labels.get("off")).append(')');
      }
      out.append('\n');
      out.append("    ").append(pad(headings.get(0), width)).append(rule.why()).append('\n');
      out.append("    ").append(pad(headings.get(1), width)).append(rule.source()).append('\n');
      out.append("    ").append(pad(headings.get(2), width)).append(rule.fix()).append('\n');
      if (!rule.unit().isEmpty()) {
        out.append("    ").append(pad(headings.get(4), width)).append(rule.unit()).append('\n');
      }
      if (!rule.origin().equals("napcheck")) {
        out.append("    ").append(pad(headings.get(3), width)).append(rule.origin()).append('\n');
      }
    }
    return out.toString();
  }

  /** The catalog for tools; its texts are in the rules' own language. */
  public String json(List<RuleInfo> catalog, String ruleSet) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(ruleSet, "ruleSet");
    ObjectNode root = JSON.createObjectNode();
    root.put("napcheck", 1);
    root.put("ruleSet", ruleSet);
    ArrayNode rules = root.putArray("rules");
    for (RuleInfo rule : catalog) {
      ObjectNode node = rules.addObject();
      node.put("id", rule.id());
      node.put("title", rule.title());
      node.put("severity", rule.severity().code());
      node.put("why", rule.why());
      node.put("source", rule.source());
      node.put("fix", rule.fix());
      if (!rule.unit().isEmpty()) {
        node.put("unit", rule.unit());
      }
      node.put("origin", rule.origin());
      node.put("enabled", rule.enabled());
    }
    return Writers.json(root);
  }

  /** A page of documentation: a table of all rules, then each rule in full. */
  public String markdown(List<RuleInfo> catalog) {
    Objects.requireNonNull(catalog, "catalog");
    var labels = new Labels(locale);
    var out = new StringBuilder();
    out.append("# ").append(labels.get("catalog.title")).append("\n\n");
    out.append(labels.get("catalog.generated")).append("\n\n");
    out.append(labels.get("catalog.monitoring")).append("\n\n");
    out.append("| ")
        .append(labels.get("catalog.id"))
        .append(" | ")
        .append(labels.get("catalog.severity"))
        .append(" | ")
        .append(labels.get("catalog.ruleTitle"))
        .append(" |\n|---|---|---|\n");
    for (RuleInfo rule : catalog) {
      out.append("| [")
          .append(rule.id())
          .append("](#")
          .append(rule.id().toLowerCase(Locale.ROOT))
          .append(") | ")
          .append(labels.severity(rule.severity()))
          .append(" | ")
          .append(cell(rule.title()))
          .append(" |\n");
    }
    for (RuleInfo rule : catalog) {
      out.append("\n## ")
          .append(rule.id())
          .append("\n\n**")
          .append(rule.title())
          .append("** — ")
          .append(labels.severity(rule.severity()))
          .append("\n\n");
      for (String[] part :
          new String[][] {
            {"catalog.why", rule.why()},
            {"catalog.source", rule.source()},
            {"catalog.fix", rule.fix()},
            {"catalog.unit", rule.unit()}
          }) {
        if (part[1].isEmpty()) {
          continue;
        }
        out.append("- **")
            .append(labels.get(part[0]))
            .append("**")
            .append(labels.colon())
            .append(' ')
            .append(part[1])
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
