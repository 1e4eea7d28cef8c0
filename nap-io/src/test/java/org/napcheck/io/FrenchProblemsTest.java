package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napcheck.io.TestData.PLAN_HEAD;
import static org.napcheck.io.TestData.data;
import static org.napcheck.io.TestData.problemsOf;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.napcheck.model.Action;
import org.napcheck.model.ActionProgress;
import org.napcheck.model.Actor;
import org.napcheck.model.Budget;
import org.napcheck.model.Deadline;
import org.napcheck.model.Indicator;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Objective;
import org.napcheck.model.Period;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;

/**
 * The problems of an input file in French ({@code NapReader.withLocale(Locale.FRENCH)}): every
 * kind, at the same line, column and path as in English ({@link FormatErrorsTest}), in French
 * typography, quoting the input in « ». Expected texts are written with plain spaces where French
 * puts a narrow no-break space ({@link #french}); {@link #should_set_french_typography} holds the
 * spaces themselves.
 */
public class FrenchProblemsTest {

  private static final char NARROW = '\u202F';
  private final NapReader reader = new NapReader().withLocale(Locale.FRENCH);

  static Stream<Arguments> bad_files() {
    return Stream.of(
        Arguments.of(
            "syntax.yaml",
            List.of("5:11: plan.title: YAML non valide : « mapping values are not allowed here »")),
        Arguments.of(
            "syntax.json",
            List.of(
                "5:5: plan.id: JSON non valide : « Unexpected character ('\"'): was expecting"
                    + " comma to separate Object entries »")),
        Arguments.of(
            "unknown-field.yaml",
            List.of(
                "8:7: plan.pillars[0].title: champ obligatoire manquant : « title »",
                "9:7: plan.pillars[0].titel: champ inconnu « titel » (vouliez-vous dire « title »"
                    + " ?) ; champs permis : « id, title, themes, objectives »")),
        Arguments.of(
            "wrong-types.yaml",
            List.of(
                "6:20: plan.period.start: attendu : un nombre entier (une année) ; trouvé :"
                    + " « 2025a »",
                "10:31: plan.pillars[0].themes[1]: attendu : l'un de « participation |"
                    + " prevention | protection | relief-recovery | promotion » ; trouvé : « peace »",
                "17:28: plan.pillars[0].objectives[0].actions[0].responsible: attendu : une liste"
                    + " ; trouvé : « MFA »",
                "18:25: plan.pillars[0].objectives[0].actions[0].deadline: attendu : une année"
                    + " (par exemple 2029) ou une date (AAAA-MM-JJ) ; trouvé : « soon »",
                "19:27: plan.pillars[0].objectives[0].actions[0].continuous: attendu : true ou"
                    + " false ; trouvé : « yes »")),
        Arguments.of(
            "missing-field.yaml",
            List.of(
                "6:11: plan.period.end: champ obligatoire manquant : « end »",
                "8:7: plan.pillars[0].title: champ obligatoire manquant : « title »")),
        Arguments.of(
            "duplicate-key.yaml",
            List.of(
                "6:3: plan.country: clé en double « country » : une clé ne figure qu'une fois"
                    + " dans un objet")),
        Arguments.of(
            "version.yaml",
            List.of(
                "1:11: napcheck: version de format non prise en charge, 2 : ce napcheck lit"
                    + " napcheck: 1")),
        Arguments.of(
            "invalid.yaml",
            List.of(
                "7:11: plan.period: la période ne doit pas finir avant de commencer",
                "8:21: plan.budget.amount: doit être supérieur ou égal à 0",
                "10:11: plan.pillars[0].id: ne doit pas être vide")),
        Arguments.of(
            "lead.yaml",
            List.of(
                "15:15: plan.pillars[0].objectives[0].actions[0]: chaque organisme de « lead »"
                    + " doit aussi figurer dans « responsible »")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad_files")
  void should_tell_the_problems_of_a_plan_in_french(String file, List<String> expected) {
    // GIVEN
    Path plan = data("bad/" + file);

    // WHEN
    List<String> problems = problemsOf(() -> reader.readPlan(plan));

    // THEN
    assertThat(problems).containsExactlyElementsOf(french(expected));
  }

  @Test
  void should_tell_a_bad_date_and_an_unknown_code_in_french() {
    assertThat(problemsOf(() -> reader.readMonitoringReport(data("bad/bad-date.yaml"))))
        .containsExactlyElementsOf(
            french(
                "6:14: report.submitted: date non valide, attendu : AAAA-MM-JJ ; trouvé :"
                    + " « 2026-02-30 »",
                "8:32: report.actions[0].status: attendu : l'un de « not-started | in-progress |"
                    + " ongoing | completed | cancelled » ; trouvé : « done »"));
  }

  @Test
  void should_tell_bad_csv_cells_in_french() {
    assertThat(problemsOf(() -> reader.readValuesCsv(data("bad/values.csv"))))
        .containsExactlyElementsOf(
            french(
                "2:32: female: doit être supérieur ou égal à 0",
                "3:12: year: attendu : un nombre entier (une année) ; trouvé : « 20x6 »",
                "4:29: value: attendu : un nombre, par exemple 140 ; trouvé : rien"));
  }

  @Test
  void should_tell_a_bad_csv_header_in_french() {
    String csv = "plan,year,reporter,indicatr,value,female\n";

    assertThat(problemsOf(() -> reader.readValuesCsv(csvFile(csv))))
        .containsExactlyElementsOf(
            french(
                "1:1: colonne manquante « indicator » ; l'en-tête nomme"
                    + " « plan,year,reporter,indicator,value » et peut ajouter"
                    + " « female,male,other,unknown »",
                "1:20: indicatr: colonne inconnue « indicatr » (vouliez-vous dire « indicator »"
                    + " ?) ; les colonnes sont : « plan,year,reporter,indicator,value,female,male,"
                    + "other,unknown »"));
  }

  @Test
  void should_tell_problems_of_the_whole_file_in_french(@TempDir Path folder) throws Exception {
    byte[] latin1 = "napcheck: 1\nplan:\n  id: café\n".getBytes(StandardCharsets.ISO_8859_1);
    Path text = Files.writeString(folder.resolve("plan.txt"), PLAN_HEAD);
    Path empty = Files.createFile(folder.resolve("plan.yaml"));

    assertThat(problemsOf(() -> reader.readPlan(empty))).containsExactly("le fichier est vide");
    assertThat(problemsOf(() -> reader.readPlan("# nothing yet\n", "plan.yaml")))
        .containsExactly("le fichier est vide (rien que des commentaires)");
    assertThat(problemsOf(() -> reader.readPlan(new ByteArrayInputStream(latin1), "plan.yaml")))
        .containsExactlyElementsOf(
            french(
                "3:10: pas en UTF-8 : l'octet 0xE9 n'est pas valide ici ; enregistrer le fichier"
                    + " en UTF-8"));
    assertThat(problemsOf(() -> reader.readPlan("- just\n- a list\n", "plan.yaml")))
        .containsExactlyElementsOf(
            french("1:1: attendu : un objet {napcheck: 1, plan: {...}} ; trouvé : une liste"));
    assertThat(
            problemsOf(() -> reader.readPlan(PLAN_HEAD.replace("napcheck: 1\n", ""), "plan.yaml")))
        .containsExactlyElementsOf(
            french(
                "1:1: napcheck: champ obligatoire manquant : « napcheck » (la version du format,"
                    + " napcheck: 1)"));
    assertThat(problemsOf(() -> reader.readPlan(PLAN_HEAD + "---\nnapcheck: 1\n", "p.yaml")))
        .containsExactlyElementsOf(
            french("8:1: plus d'un document YAML ; un fichier n'en contient qu'un"));
    assertThat(problemsOf(() -> reader.readPlan(PLAN_HEAD + "  actors: *nobody\n", "p.yaml")))
        .containsExactlyElementsOf(
            french(
                "7:11: plan.actors: l'alias *nobody ne désigne aucune ancre dont napcheck puisse"
                    + " se servir : ancrer un objet ou une liste entière (&nobody) avant de s'en"
                    + " servir"));
    assertThat(problemsOf(() -> reader.readPlan(text)))
        .containsExactlyElementsOf(
            french("format de ce fichier inconnu d'après son nom : utiliser .yaml, .yml ou .json"));
  }

  @Test
  void should_tell_an_object_expected_and_the_problems_left_out_in_french() {
    var many = new StringBuilder(PLAN_HEAD);
    for (int i = 0; i < 501; i++) {
      many.append("  field").append(i).append(": x\n");
    }

    assertThat(
            problemsOf(
                () -> reader.readPlan(PLAN_HEAD + "  pillars:\n    - Participation\n", "p.yaml")))
        .containsExactlyElementsOf(
            french(
                "8:7: plan.pillars[0]: attendu : un objet (un pilier) ; trouvé : « Participation »"));
    assertThat(problemsOf(() -> reader.readPlan(many.toString(), "plan.yaml")))
        .endsWith("et 1 autres problèmes, non listés");
  }

  @Test
  void should_set_french_typography() {
    // GIVEN every French problem of the bad files
    var problems = new ArrayList<String>();
    for (Arguments arguments : bad_files().toList()) {
      problems.addAll(problemsOf(() -> reader.readPlan(data("bad/" + arguments.get()[0]))));
    }
    problems.addAll(problemsOf(() -> reader.readMonitoringReport(data("bad/bad-date.yaml"))));

    // THEN a narrow no-break space before : ; ? ! and inside « », never a plain one
    assertThat(problems)
        .allSatisfy(
            problem ->
                assertThat(problem)
                    .doesNotContainPattern(" [:;?!»]")
                    .doesNotContain("« ")
                    .doesNotContainPattern("[^" + NARROW + "][;?!»]"));
    assertThat(String.join("\n", problems)).contains(NARROW + ":", NARROW + ";", "«" + NARROW);
  }

  @Test
  void should_keep_english_for_a_reader_not_told_otherwise() {
    assertThat(new NapReader().locale()).isEqualTo(Locale.ENGLISH);
    assertThat(reader.locale()).isEqualTo(Locale.FRENCH);
    assertThat(reader.withLimits(ReadLimits.defaults()).locale()).isEqualTo(Locale.FRENCH);
    assertThat(new NapReader().withLocale(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(problemsOf(() -> new NapReader().withLocale(Locale.ENGLISH).readPlan("", "p.yaml")))
        .containsExactly("the file is empty");
  }

  @Test
  void should_have_every_problem_in_french() {
    Properties english = properties("org/napcheck/io/problems.properties");
    Properties french = properties("org/napcheck/io/problems_fr.properties");

    assertThat(new TreeSet<>(french.stringPropertyNames()))
        .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
  }

  /** The model's own constraint messages, each of which nap-io must give in French. */
  @Test
  void should_have_every_constraint_message_of_the_model_in_french() {
    // GIVEN every message an annotation of the model writes out
    var messages = new TreeSet<String>();
    for (Class<?> type :
        List.of(
            Plan.class,
            Period.class,
            MonitoringSetup.class,
            Budget.class,
            Actor.class,
            Pillar.class,
            Objective.class,
            Action.class,
            Indicator.class,
            Deadline.class,
            MonitoringReport.class,
            ActionProgress.class,
            IndicatorValue.class)) {
      var elements = new ArrayList<AnnotatedElement>();
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          elements.add(component);
          elements.add(component.getAccessor());
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        elements.add(method);
      }
      for (AnnotatedElement element : elements) {
        for (Annotation annotation : element.getAnnotations()) {
          String message = message(annotation);
          if (message != null && !message.startsWith("{")) {
            messages.add(message);
          }
        }
      }
    }
    assertThat(messages).contains("must be a year between 1900 and 2200");

    // THEN
    Properties english = properties("org/napcheck/io/constraints.properties");
    Properties french = properties("org/napcheck/io/constraints_fr.properties");
    assertThat(english.values()).containsAll(messages);
    assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
  }

  private static String message(Annotation annotation) {
    if (annotation instanceof Pattern pattern) {
      return pattern.message();
    }
    if (annotation instanceof Min min) {
      return min.message();
    }
    if (annotation instanceof Max max) {
      return max.message();
    }
    if (annotation instanceof AssertTrue assertTrue) {
      return assertTrue.message();
    }
    return null;
  }

  /** The expected texts with French spaces: narrow before : ; ? ! and inside « ». */
  public static List<String> french(String... expected) {
    return french(List.of(expected));
  }

  public static List<String> french(List<String> expected) {
    return expected.stream()
        .map(text -> text.replaceAll(" ([:;?!»])", NARROW + "$1").replace("« ", "«" + NARROW))
        .toList();
  }

  private Path csvFile(String content) {
    try {
      Path file = Files.createTempFile("values", ".csv");
      file.toFile().deleteOnExit();
      return Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties properties(String resource) {
    var properties = new Properties();
    try (InputStream in = FrenchProblemsTest.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
