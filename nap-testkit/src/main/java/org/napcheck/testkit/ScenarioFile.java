package org.napcheck.testkit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.napcheck.model.Severity;

/** Reads scenario files ({@code docs/testing-drafts.md}), every mistake named with its place. */
final class ScenarioFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "plan",
          "monitoring",
          "asOf",
          "waivers",
          "rules",
          "disable",
          "dueSoonMonths",
          "expect",
          "expectNone",
          "failOn");
  private static final Set<String> EXPECT_FIELDS =
      Set.of("rule", "at", "year", "reporter", "actor", "severity", "waived", "count");

  private final Path file;
  private final List<String> problems = new ArrayList<>();

  private ScenarioFile(Path file) {
    this.file = file;
  }

  /**
   * @throws IllegalArgumentException listing every mistake in the file
   */
  static Scenario read(Path file) throws IOException {
    return new ScenarioFile(file).parse();
  }

  private Scenario parse() throws IOException {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(file));
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          file + ": a scenario is a mapping: {plan: draft.yaml, asOf: 2027-04-01, expect: [...]}");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        problem(name, "unknown field; allowed: " + String.join(", ", sorted(FIELDS)));
      }
    }
    Path folder = file.toAbsolutePath().getParent();
    String name = text(root, "name", false);
    String plan = text(root, "plan", true);
    LocalDate asOf = date(root, "asOf");
    String waivers = text(root, "waivers", false);
    Integer dueSoon =
        root.has("dueSoonMonths") ? whole(root.get("dueSoonMonths"), "dueSoonMonths") : null;
    var scenario =
        new Scenario(
            file,
            name != null ? name : file.getFileName().toString(),
            plan == null ? null : folder.resolve(plan),
            texts(root, "monitoring").stream().map(folder::resolve).toList(),
            asOf,
            waivers == null ? null : folder.resolve(waivers),
            texts(root, "rules").stream().map(folder::resolve).toList(),
            texts(root, "disable"),
            dueSoon,
            expectations(root, "expect"),
            expectations(root, "expectNone"),
            root.has("failOn") ? severity(root.get("failOn"), "failOn") : null);
    if (scenario.expect().isEmpty()
        && scenario.expectNone().isEmpty()
        && scenario.failOn() == null
        && problems.isEmpty()) {
      problem("expect", "a scenario needs expect, expectNone or failOn: it would test nothing");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          file
              + ": "
              + problems.size()
              + " problem(s) in the scenario\n  "
              + String.join("\n  ", problems));
    }
    return scenario;
  }

  private List<Expectation> expectations(JsonNode root, String field) {
    var expectations = new ArrayList<Expectation>();
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return expectations;
    }
    if (!node.isArray()) {
      problem(field, "expected a list, e.g. [NAP-G001, {rule: NAP-M001, at: 3.b.3}]");
      return expectations;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode entry = node.get(i);
      String at = field + "[" + i + "]";
      if (entry.isTextual()) {
        expectations.add(Expectation.of(entry.asText()));
        continue;
      }
      if (!entry.isObject()) {
        problem(at, "expected a rule id or {rule: ..., at: ...}");
        continue;
      }
      for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!EXPECT_FIELDS.contains(name)
            || (field.equals("expectNone") && !Set.of("rule", "at").contains(name))) {
          problem(
              at + "." + name,
              "unknown field; allowed: "
                  + (field.equals("expectNone")
                      ? "rule, at"
                      : String.join(", ", sorted(EXPECT_FIELDS))));
        }
      }
      String rule = text(entry, "rule", true, at);
      if (rule == null) {
        continue;
      }
      expectations.add(
          new Expectation(
              rule,
              text(entry, "at", false, at),
              entry.has("year") ? whole(entry.get("year"), at + ".year") : null,
              text(entry, "reporter", false, at),
              text(entry, "actor", false, at),
              entry.has("severity") ? severity(entry.get("severity"), at + ".severity") : null,
              entry.has("waived") ? bool(entry.get("waived"), at + ".waived") : null,
              entry.has("count") ? whole(entry.get("count"), at + ".count") : null));
    }
    return expectations;
  }

  private String text(JsonNode node, String field, boolean required) {
    return text(node, field, required, "");
  }

  private String text(JsonNode node, String field, boolean required, String parent) {
    String at = parent.isEmpty() ? field : parent + "." + field;
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        problem(at, "missing required field");
      }
      return null;
    }
    if (!value.isValueNode() || value.asText().isBlank()) {
      problem(at, "expected a text");
      return null;
    }
    return value.asText();
  }

  /** A text or a list of texts. */
  private List<String> texts(JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isValueNode()) {
      return List.of(value.asText());
    }
    var texts = new ArrayList<String>();
    if (!value.isArray()) {
      problem(field, "expected a text or a list of texts");
      return texts;
    }
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i).isValueNode()) {
        texts.add(value.get(i).asText());
      } else {
        problem(field + "[" + i + "]", "expected a text");
      }
    }
    return texts;
  }

  private LocalDate date(JsonNode root, String field) {
    String text = text(root, field, true);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(field, "expected a date, YYYY-MM-DD, found \"" + text + "\"");
      return null;
    }
  }

  private Integer whole(JsonNode value, String at) {
    if (value.canConvertToExactIntegral() && value.canConvertToInt()) {
      return value.intValue();
    }
    problem(at, "expected a whole number, found " + value);
    return null;
  }

  private Boolean bool(JsonNode value, String at) {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    problem(at, "expected true or false, found " + value);
    return null;
  }

  private Severity severity(JsonNode value, String at) {
    String text = value.asText().toLowerCase(Locale.ROOT);
    for (Severity severity : Severity.values()) {
      if (severity.code().equals(text)) {
        return severity;
      }
    }
    problem(at, "expected error, warning or info, found " + value);
    return null;
  }

  private void problem(String at, String message) {
    problems.add(at + ": " + message);
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
