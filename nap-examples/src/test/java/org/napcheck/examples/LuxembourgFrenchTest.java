package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.NapReader;
import org.napcheck.io.Problem;
import org.napcheck.model.Action;
import org.napcheck.model.Actor;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Indicator;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.report.ReportContext;
import org.napcheck.report.ReportFormat;
import org.napcheck.rules.NapChecker;

/**
 * Luxembourg's golden runs in French: the text, Markdown and HTML reports pinned in golden files
 * ({@code -Dnapcheck.golden.update=true} writes them anew; review the diff), and none of them with
 * a word of napcheck's English templates in it. The plan itself is English: its text (titles,
 * actions, indicators, bodies) and whatever a message quotes in « » may be, nothing else. The
 * problems of files that cannot be read are held to the same, as is the command's {@code --help}
 * (in nap-cli, FrenchHelpTest, which this module cannot run without the command's shaded jar).
 */
class LuxembourgFrenchTest {
  private static final NapChecker FRENCH = NapChecker.builder().locale(Locale.FRENCH).build();
  private static final Path GOLDEN = Path.of("src/test/resources/lu-wps-2");
  private static final List<ReportFormat> FORMATS =
      List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML);

  /** Codes, names and acronyms the English texts share with the French ones. */
  private static final Set<String> NOT_ENGLISH_ONLY =
      Set.of("napcheck", "unscr", "oecd", "dac", "wps", "smart", "beijing", "html", "json");

  /**
   * Format fields a French text may name, as in {@code disaggregation: [sex]}: a word glued to its
   * colon (French puts a space before a colon), with what follows it.
   */
  private static final Pattern FORMAT_FIELD =
      Pattern.compile(
          "\\b[A-Za-z]+:(?: \\[[^\\]]*]| [A-Za-z]+(?:, [A-Za-z]+)*(?:: [A-Za-z]+(?:, [A-Za-z]+)*)?)?");

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of("plan-2030-01-01", List.<MonitoringReport>of(), LocalDate.of(2030, 1, 1)),
        Arguments.of("monitoring-2027-04-01", Luxembourg.reports(), LocalDate.of(2027, 4, 1)));
  }

  private static CheckReport check(List<MonitoringReport> reports, LocalDate asOf) {
    return FRENCH.check(Luxembourg.plan(), reports, asOf);
  }

  private static String render(ReportFormat format, CheckReport report) {
    return format.render(
        new ReportContext(report, Luxembourg.plan(), FRENCH.catalog(), Locale.FRENCH));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void should_write_what_the_french_golden_files_hold(
      String run, List<MonitoringReport> reports, LocalDate asOf) throws IOException {
    CheckReport report = check(reports, asOf);
    if (Boolean.getBoolean("napcheck.golden.update")) {
      for (ReportFormat format : FORMATS) {
        Path golden = GOLDEN.resolve("report-fr-" + run + "." + format.extension());
        Files.writeString(golden, render(format, report), StandardCharsets.UTF_8);
      }
      // written, not compared: an update run checks nothing, so it does not pass
      org.junit.jupiter.api.Assumptions.abort("written anew: report-fr-" + run + ".*; review");
    }
    for (ReportFormat format : FORMATS) {
      // GIVEN
      Path golden = GOLDEN.resolve("report-fr-" + run + "." + format.extension());

      // WHEN
      String written = render(format, report);
      String expected = Files.readString(golden, StandardCharsets.UTF_8);

      // THEN: the parsed page for HTML, the text for text and Markdown
      if (format == ReportFormat.HTML) {
        assertThat(html(written).outerHtml())
            .as(golden.toString())
            .isEqualTo(html(expected).outerHtml());
      } else {
        assertThat(written).as(golden.toString()).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void should_write_no_english_template_word_in_french(
      String run, List<MonitoringReport> reports, LocalDate asOf) {
    // GIVEN the words of napcheck's English texts that its French texts do not use
    Set<String> english = englishOnlyWords();
    CheckReport report = check(reports, asOf);

    for (ReportFormat format : FORMATS) {
      // WHEN
      String read = withoutQuotedText(readByPeople(format, render(format, report)), report);

      // THEN
      var found = new TreeSet<String>();
      Matcher word = WORD.matcher(read);
      while (word.find()) {
        if (english.contains(word.group().toLowerCase(Locale.ROOT))) {
          found.add(word.group());
        }
      }
      assertThat(found).as("English words in the French %s report (%s)", format, run).isEmpty();
    }
  }

  /** Files with problems of every kind: syntax, fields, types, constraints, CSV. */
  static Stream<Arguments> bad_inputs() {
    String head = "napcheck: 1\nplan:\n  id: XX\n  country: LU\n  title: T\n";
    return Stream.of(
        Arguments.of("plan.yaml", head + "  period: {start: 2025, end: 2030}\n  title: again\n"),
        Arguments.of("plan.yaml", head + "  period: {start: 2025, end: 2030\n"),
        Arguments.of("plan.json", "{\"napcheck\": 1, \"plan\": {\"id\": \"XX\" \"country\": 1}}"),
        Arguments.of("plan.yaml", "napcheck: 2\nplan: {}\n"),
        Arguments.of("plan.yaml", "- a\n- list\n"),
        Arguments.of("plan.yaml", "# only a comment\n"),
        Arguments.of(
            "plan.yaml",
            """
            napcheck: 1
            plan:
              id: ""
              country: Luxembourg
              title: T
              language: English
              period: {start: 2031, end: 2O30}
              budget: 12
              monitoring: {reportDue: 31-03, civilSociety: yes}
              actors: {code: MFA}
              pillars:
                - Participation
                - id: I
                  titel: P
                  themes: [peace]
                  objectives:
                    - id: 1.a
                      title: O
                      actions:
                        - id: 1.a.1
                          text: A
                          responsible: [MFA]
                          lead: [MAINT]
                          deadline: soon
                          continuous: maybe
                          indicators:
                            - {id: 1.a.1-1, text: I, measure: persons, disaggregation: sex}
            """),
        Arguments.of(
            "report.yaml",
            """
            napcheck: 1
            report:
              plan: XX
              year: 1850
              reporter: MFA
              submitted: 2026-02-30
              actions: [{action: 1.a.1, status: done}]
              values:
                - {indicator: 1.a.1-1, value: many}
                - {indicator: 1.a.1-2, value: 3, breakdown: {sex: {female: -1}, age: 4}}
                - {indicator: 1.a.1-3}
            """),
        Arguments.of(
            "values.csv", "plan,year,reporter,indicatr,value,female\nXX,20x6,MFA,1.a.1-1,,-2,9\n"),
        Arguments.of("values.csv", "plan,year,reporter,indicator,value,female,female\n"));
  }

  @ParameterizedTest(name = "{0}: {index}")
  @MethodSource("bad_inputs")
  void should_tell_the_problems_of_a_file_with_no_english_template_word_in_french(
      String name, String content, @TempDir Path folder) throws IOException {
    // GIVEN
    Set<String> english = englishOnlyWords();
    NapReader french = new NapReader().withLocale(Locale.FRENCH);
    Path file = folder.resolve(name);
    Files.writeString(file, content);

    // WHEN
    List<Problem> problems;
    try {
      if (name.endsWith(".csv")) {
        french.readValuesCsv(file);
      } else if (name.startsWith("report")) {
        french.readMonitoringReport(file);
      } else {
        french.readPlan(file);
      }
      throw new AssertionError("expected " + name + " to be refused");
    } catch (NapFormatException e) {
      problems = e.problems();
    }

    // THEN
    var found = new TreeSet<String>();
    for (Problem problem : problems) {
      String read =
          FORMAT_FIELD
              .matcher(problem.message().replaceAll("«[^«»]*»", " ").replaceAll("\\{[^{}]*}", " "))
              .replaceAll(" ");
      Matcher word = WORD.matcher(read);
      while (word.find()) {
        if (english.contains(word.group().toLowerCase(Locale.ROOT))) {
          found.add(word.group());
        }
      }
    }
    assertThat(problems).isNotEmpty();
    assertThat(found)
        .as("English words in the French problems of %s: %s", name, problems)
        .isEmpty();
  }

  @Test
  void should_catch_the_english_words_of_a_french_report_gone_wrong() {
    Set<String> english = englishOnlyWords();

    assertThat(english).contains("sex", "baseline", "target", "summary", "indicator", "why");
    assertThat(english).contains("expected", "found", "unknown", "missing", "nothing", "greater");
    assertThat(english).doesNotContain("plan", "action", "source", "napcheck", "sexe");
  }

  /** What a person reads: the text, and for HTML also the titles, labels and placeholders. */
  private static String readByPeople(ReportFormat format, String written) {
    if (format != ReportFormat.HTML) {
      return written;
    }
    Document page = html(written);
    var read = new StringBuilder(page.text()).append('\n');
    page.select("title").forEach(title -> read.append(title.text()).append('\n'));
    for (String attribute : List.of("aria-label", "placeholder", "title", "data-template")) {
      for (Element element : page.select("[" + attribute + "]")) {
        read.append(element.attr(attribute)).append('\n');
      }
    }
    return read.toString();
  }

  /**
   * The text without what may be English: plan text (titles, actions, indicators, bodies, quoted in
   * « » or not), the rule set's name, format fields, and the explanations of text inference, which
   * TextInference writes (their own language is that component's test).
   */
  private static String withoutQuotedText(String text, CheckReport report) {
    Plan plan = Luxembourg.plan();
    var verbatim = new ArrayList<String>();
    verbatim.add(plan.title());
    verbatim.add(plan.id());
    verbatim.add(report.ruleSet());
    for (Actor actor : plan.actors()) {
      verbatim.add(actor.code());
      if (actor.name() != null) {
        verbatim.add(actor.name());
      }
    }
    for (Pillar pillar : plan.pillars()) {
      verbatim.add(pillar.title());
      verbatim.add(pillar.id() + ". " + pillar.title());
      for (Objective objective : pillar.objectives()) {
        verbatim.add(objective.title());
        for (Action action : objective.actions()) {
          verbatim.add(action.text());
          verbatim.addAll(action.responsible());
          for (Indicator indicator : action.indicators()) {
            verbatim.add(indicator.text());
          }
        }
      }
    }
    for (Finding finding : report.findings()) {
      if (finding.location().reporter() != null) {
        verbatim.add(finding.location().reporter());
      }
      finding
          .evidence()
          .forEach(
              (key, value) -> {
                if (key.equals("inferred") || key.equals("text") || key.equals("title")) {
                  verbatim.add(value);
                }
              });
    }
    // The text report writes pillar headings in capitals; the HTML one shortens long text to its
    // first 37 or 159 characters and "…".
    verbatim.addAll(verbatim.stream().map(quoted -> quoted.toUpperCase(Locale.FRENCH)).toList());
    for (String quoted : List.copyOf(verbatim)) {
      for (int length : new int[] {37, 159}) {
        if (quoted.length() > length) {
          verbatim.add(quoted.substring(0, length) + "…");
        }
      }
    }
    verbatim.sort(Comparator.comparingInt(String::length).reversed());
    String left = text;
    for (String quoted : verbatim) {
      if (quoted != null && !quoted.isBlank()) {
        left = left.replace(quoted, " ").replace(escapedMarkdown(quoted), " ");
      }
    }
    left = left.replaceAll("«[^«»]*»", " ");
    return FORMAT_FIELD.matcher(left).replaceAll(" ");
  }

  private static String escapedMarkdown(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]|~])", "\\\\$1")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }

  /**
   * The words of the English rule texts and report labels that the French ones never use, less
   * codes, acronyms and words of one or two letters.
   */
  static Set<String> englishOnlyWords() {
    Set<String> english =
        words(
            List.of(
                "org/napcheck/rules/messages.properties",
                "org/napcheck/report/labels.properties",
                "org/napcheck/io/problems.properties",
                "org/napcheck/io/constraints.properties",
                "org/hibernate/validator/ValidationMessages.properties"));
    english.removeAll(
        words(
            List.of(
                "org/napcheck/rules/messages_fr.properties",
                "org/napcheck/report/labels_fr.properties",
                "org/napcheck/io/problems_fr.properties",
                "org/napcheck/io/constraints_fr.properties",
                "org/hibernate/validator/ValidationMessages_fr.properties")));
    english.removeAll(NOT_ENGLISH_ONLY);
    english.removeIf(word -> word.length() < 3);
    return english;
  }

  private static Set<String> words(List<String> bundles) {
    var words = new TreeSet<String>();
    for (String bundle : bundles) {
      for (String value : properties(bundle).values().stream().map(String::valueOf).toList()) {
        String prose = FORMAT_FIELD.matcher(value.replaceAll("\\{[^{}]*}", " ")).replaceAll(" ");
        Matcher word = WORD.matcher(prose);
        while (word.find()) {
          if (!word.group().equals(word.group().toUpperCase(Locale.ROOT))) {
            words.add(word.group().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return words;
  }

  private static Properties properties(String resource) {
    var properties = new Properties();
    try (InputStream in =
        LuxembourgFrenchTest.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static Document html(String text) {
    Document document = Jsoup.parse(text);
    document.outputSettings().prettyPrint(true);
    return document;
  }
}
