package org.napcheck.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.napcheck.io.internal.Writers;
import org.napcheck.model.RuleInfo;

/** The rule catalog written for people (text, Markdown) and for tools (JSON). */
public final class Catalogs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Catalogs() {}

  public static String text(List<RuleInfo> catalog) {
    var out = new StringBuilder();
    for (RuleInfo rule : catalog) {
      out.append(rule.id())
          .append("  ")
          .append(pad(rule.severity().code(), 7))
          .append(' ')
          .append(rule.title());
      if (!rule.enabled()) {
        out.append("  (off)");
      }
      out.append('\n');
      out.append("    why:    ").append(rule.why()).append('\n');
      out.append("    source: ").append(rule.source()).append('\n');
      out.append("    fix:    ").append(rule.fix()).append('\n');
      if (!rule.unit().isEmpty()) {
        out.append("    unit:   ").append(rule.unit()).append('\n');
      }
      if (!rule.origin().equals("napcheck")) {
        out.append("    from:   ").append(rule.origin()).append('\n');
      }
    }
    return out.toString();
  }

  public static String json(List<RuleInfo> catalog, String ruleSet) {
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
  public static String markdown(List<RuleInfo> catalog, Locale locale) {
    boolean french = locale.getLanguage().equals("fr");
    var out = new StringBuilder();
    out.append(french ? "# Catalogue des règles de napcheck\n\n" : "# napcheck rule catalog\n\n");
    out.append(
        french
            ? "Généré à partir des métadonnées des règles (`napcheck rules --format md --lang fr`) ; ne pas modifier à la main.\n\n"
            : "Generated from the rules' own metadata (`napcheck rules --format md`); do not edit by hand.\n\n");
    out.append(
        french
            ? "Les règles de suivi (NAP-M…) ne s'appliquent qu'aux contrôles qui reçoivent des données de suivi ; sans elles, le rapport le dit une fois et ne donne que les constats du plan. « Un constat » dit ce que représente chaque constat d'une règle.\n\n"
            : "The monitoring rules (NAP-M…) apply only to checks given monitoring data; without it, the report says so once and gives the plan's findings alone. \"One finding\" says what each finding of a rule stands for.\n\n");
    out.append(
        french
            ? "| id | sévérité | titre |\n|---|---|---|\n"
            : "| id | severity | title |\n|---|---|---|\n");
    for (RuleInfo rule : catalog) {
      out.append("| [")
          .append(rule.id())
          .append("](#")
          .append(rule.id().toLowerCase(Locale.ROOT))
          .append(") | ")
          .append(rule.severity().code())
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
          .append(rule.severity().code())
          .append("\n\n");
      out.append(french ? "- **Pourquoi** : " : "- **Why**: ").append(rule.why()).append('\n');
      out.append(french ? "- **Source** : " : "- **Source**: ").append(rule.source()).append('\n');
      out.append(french ? "- **Correction** : " : "- **Fix**: ").append(rule.fix()).append('\n');
      if (!rule.unit().isEmpty()) {
        out.append(french ? "- **Un constat** : " : "- **One finding**: ")
            .append(rule.unit())
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
