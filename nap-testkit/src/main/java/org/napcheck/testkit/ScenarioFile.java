package org.napcheck.testkit;

import static org.napcheck.io.internal.Converters.BOOLEAN;
import static org.napcheck.io.internal.Converters.DATE_VALUE;
import static org.napcheck.io.internal.Converters.TEXT;
import static org.napcheck.io.internal.Converters.WHOLE_NUMBER;
import static org.napcheck.io.internal.Converters.code;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.ReadLimits;
import org.napcheck.io.internal.Binder;
import org.napcheck.io.internal.Codec;
import org.napcheck.io.internal.Document;
import org.napcheck.io.internal.DocumentParser;
import org.napcheck.io.internal.Field;
import org.napcheck.io.internal.Format;
import org.napcheck.io.internal.Parsers;
import org.napcheck.io.internal.Shape;
import org.napcheck.io.internal.Source;
import org.napcheck.io.internal.TreePath;
import org.napcheck.io.internal.Wording;
import org.napcheck.model.Severity;

/**
 * Reads scenario files ({@code docs/testing-drafts.md}) with the readers of the plan formats: the
 * same field tables, and every mistake named with its line and column.
 */
final class ScenarioFile {
  /** A text, or a list of texts: {@code monitoring: report.yaml} or {@code [a.yaml, b.csv]}. */
  private static final Codec<List<String>> TEXTS =
      Codec.of(
          (binder, path, node) -> {
            if (!node.isArray()) {
              String text = TEXT.convert(binder, path, node);
              return text == null ? null : List.of(text);
            }
            var texts = new ArrayList<String>();
            for (int i = 0; i < node.size(); i++) {
              String text = TEXT.convert(binder, path.child(i), node.get(i));
              if (text != null) {
                texts.add(text);
              }
            }
            return texts;
          },
          texts -> {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            texts.forEach(array::add);
            return array;
          });

  private static final Shape<Expectation> EXPECTATION = expectation();
  private static final Shape<Expectation> ABSENCE = absence();

  /** An expectation: a rule id alone, or {@code {rule: ..., at: ..., ...}}. */
  private static final Codec<Expectation> EXPECT = ruleOr(EXPECTATION);

  /** An expectation of no finding: a rule id alone, or {@code {rule: ..., at: ...}}. */
  private static final Codec<Expectation> EXPECT_NONE = ruleOr(ABSENCE);

  private ScenarioFile() {}

  /**
   * @throws IllegalArgumentException listing every mistake in the file, with its line and column
   */
  static Scenario read(Path file) throws IOException {
    Wording words = Wording.ENGLISH;
    ReadLimits limits = ReadLimits.defaults();
    try {
      Document document =
          new DocumentParser(new Parsers(limits))
              .parse(Source.read(file, limits, words), Format.YAML, words);
      var binder = new Binder(document, words);
      Scenario scenario = scenario(file).convert(binder, TreePath.root(), document.root());
      if (scenario != null
          && scenario.expect().isEmpty()
          && scenario.expectNone().isEmpty()
          && !document.root().has("failOn")) {
        binder.wrong(
            TreePath.of("expect"),
            "a scenario needs expect, expectNone or failOn: it would test nothing");
      }
      binder.problems().throwIfAny();
      return scenario;
    } catch (NapFormatException e) {
      throw new IllegalArgumentException(
          file + ": " + e.problems().size() + " problem(s) in the scenario\n" + e.getMessage(), e);
    }
  }

  /** The scenario of {@code file}: the paths it gives are resolved against its folder. */
  private static Shape<Scenario> scenario(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    var name = Field.optional("name", TEXT, Scenario::name);
    var plan = Field.required("plan", TEXT, (Scenario s) -> given(folder, s.plan()));
    var monitoring =
        Field.optional("monitoring", TEXTS, (Scenario s) -> given(folder, s.monitoring()));
    var asOf = Field.required("asOf", DATE_VALUE, Scenario::asOf);
    var waivers = Field.optional("waivers", TEXT, (Scenario s) -> given(folder, s.waivers()));
    var rules = Field.optional("rules", TEXTS, (Scenario s) -> given(folder, s.rules()));
    var disable = Field.optional("disable", TEXTS, Scenario::disable);
    var dueSoonMonths = Field.optional("dueSoonMonths", WHOLE_NUMBER, Scenario::dueSoonMonths);
    var expect = Field.list("expect", EXPECT, Scenario::expect);
    var expectNone = Field.list("expectNone", EXPECT_NONE, Scenario::expectNone);
    var failOn = Field.optional("failOn", code(Severity.class), Scenario::failOn);
    return new Shape<>(
        "scenario",
        List.of(
            name,
            plan,
            monitoring,
            asOf,
            waivers,
            rules,
            disable,
            dueSoonMonths,
            expect,
            expectNone,
            failOn),
        values ->
            new Scenario(
                file,
                values.get(name) != null ? values.get(name) : file.getFileName().toString(),
                values.get(plan) == null ? null : folder.resolve(values.get(plan)),
                paths(folder, values.get(monitoring)),
                values.get(asOf),
                values.get(waivers) == null ? null : folder.resolve(values.get(waivers)),
                paths(folder, values.get(rules)),
                values.get(disable) == null ? List.of() : values.get(disable),
                values.get(dueSoonMonths),
                values.get(expect),
                values.get(expectNone),
                values.get(failOn)));
  }

  /** A path of a scenario as its file gives it: relative to its folder. */
  private static String given(Path folder, Path path) {
    return path == null ? null : folder.relativize(path).toString();
  }

  private static List<String> given(Path folder, List<Path> paths) {
    return paths.stream().map(path -> given(folder, path)).toList();
  }

  private static List<Path> paths(Path folder, List<String> names) {
    return names == null ? List.of() : names.stream().map(folder::resolve).toList();
  }

  private static Shape<Expectation> expectation() {
    var rule = Field.required("rule", TEXT, Expectation::rule);
    var at = Field.optional("at", TEXT, Expectation::at);
    var year = Field.optional("year", WHOLE_NUMBER, Expectation::year);
    var reporter = Field.optional("reporter", TEXT, Expectation::reporter);
    var actor = Field.optional("actor", TEXT, Expectation::actor);
    var severity = Field.optional("severity", code(Severity.class), Expectation::severity);
    var waived = Field.optional("waived", BOOLEAN, Expectation::waived);
    var count = Field.optional("count", WHOLE_NUMBER, Expectation::count);
    return new Shape<>(
        "expectation",
        List.of(rule, at, year, reporter, actor, severity, waived, count),
        values ->
            values.get(rule) == null
                ? null
                : new Expectation(
                    values.get(rule),
                    values.get(at),
                    values.get(year),
                    values.get(reporter),
                    values.get(actor),
                    values.get(severity),
                    values.get(waived),
                    values.get(count)));
  }

  private static Shape<Expectation> absence() {
    var rule = Field.required("rule", TEXT, Expectation::rule);
    var at = Field.optional("at", TEXT, Expectation::at);
    return new Shape<>(
        "absence",
        List.of(rule, at),
        values ->
            values.get(rule) == null
                ? null
                : new Expectation(
                    values.get(rule), values.get(at), null, null, null, null, null, null));
  }

  /** A rule id alone, or the object of {@code shape}. */
  private static Codec<Expectation> ruleOr(Shape<Expectation> shape) {
    return Codec.of(
        (binder, path, node) ->
            node.isTextual() ? Expectation.of(node.textValue()) : shape.convert(binder, path, node),
        expectation -> TextNode.valueOf(expectation.rule()));
  }
}
