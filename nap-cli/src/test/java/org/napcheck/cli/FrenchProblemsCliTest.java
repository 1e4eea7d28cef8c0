package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problems of files that cannot be read, in the run's language: {@code --lang}, else, once the
 * plan is read, the plan's; file, line and column as in English.
 */
class FrenchProblemsCliTest {
  private static final String DRAFT =
      """
      napcheck: 1
      plan:
        id: XX-DRAFT
        country: Luxembourg
        title: Draft plan
        period: { start: 2025, end: 2O30 }
        pillars:
          - id: I
            title: Participation
            objectives:
              - id: 1.a
                titel: Equal representation
      """;

  private static final String FRENCH_PLAN =
      """
      napcheck: 1
      plan:
        id: XX-FR
        country: LU
        title: Plan
        language: fr
        period: { start: 2025, end: 2030 }
      """;

  private static final String BAD_REPORT =
      """
      napcheck: 1
      report:
        plan: XX-FR
        year: 20x6
        reporter: MFA
        submitted: 2026-02-30
      """;

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  @Test
  void should_tell_the_problems_of_a_plan_in_french_with_lang_fr() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.yaml"), DRAFT);

    Run run = run("check", draft.toString(), "--lang", "fr");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "napcheck\u202F: vérification impossible\u202F: 4 problèmes dans les données d'entrée",
            "  "
                + draft
                + ":4:12: plan.country: doit être un code de pays ISO 3166-1 alpha-2, par exemple"
                + " LU",
            "  "
                + draft
                + ":6:31: plan.period.end: attendu\u202F: un nombre entier (une année)\u202F;"
                + " trouvé\u202F: «\u202F2O30\u202F»",
            "  "
                + draft
                + ":11:11: plan.pillars[0].objectives[0].title: champ obligatoire manquant\u202F:"
                + " «\u202Ftitle\u202F»",
            "  "
                + draft
                + ":12:11: plan.pillars[0].objectives[0].titel: champ inconnu «\u202Ftitel\u202F»"
                + " (vouliez-vous dire «\u202Ftitle\u202F»\u202F?)\u202F; champs permis\u202F:"
                + " «\u202Fid, title, actions\u202F»");
  }

  @Test
  void should_keep_the_problems_in_english_without_lang() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.yaml"), DRAFT);

    Run run = run("check", draft.toString());

    assertThat(run.err())
        .startsWith("napcheck: cannot check: 4 problems in the input")
        .contains("plan.period.end: expected a whole number (a year), found \"2O30\"");
  }

  @Test
  void should_tell_the_problems_of_monitoring_data_in_the_plans_language() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.yaml"), FRENCH_PLAN);
    Path report = Files.writeString(dir.resolve("report.yaml"), BAD_REPORT);

    Run check = run("check", plan.toString(), "--monitoring", report.toString());
    Run validate = run("validate", plan.toString(), "--monitoring", report.toString());

    for (Run run : new Run[] {check, validate}) {
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err().lines())
          .containsExactly(
              "napcheck\u202F: vérification impossible\u202F: 2 problèmes dans les données"
                  + " d'entrée",
              "  "
                  + report
                  + ":4:9: report.year: attendu\u202F: un nombre entier (une année)\u202F;"
                  + " trouvé\u202F: «\u202F20x6\u202F»",
              "  "
                  + report
                  + ":6:14: report.submitted: date non valide, attendu\u202F: AAAA-MM-JJ\u202F;"
                  + " trouvé\u202F: «\u202F2026-02-30\u202F»");
    }
    assertThat(validate.out())
        .isEqualTo(
            plan
                + "\u202F: plan valide XX-FR (0 pilier, 0 objectif, 0 action, 0 indicateur, 0 organe)\n");
  }

  @Test
  void should_tell_a_plans_problems_in_its_language_in_a_folder_run() throws IOException {
    Files.createDirectories(dir.resolve("fr/monitoring"));
    Files.writeString(dir.resolve("fr/plan.yaml"), FRENCH_PLAN);
    Files.writeString(dir.resolve("fr/monitoring/report.yaml"), BAD_REPORT);

    Run run = run("check", dir.toString(), "--as-of", "2027-01-01");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out())
        .contains("FAILED: vérification impossible\u202F: 2 problèmes")
        .contains("report.year: attendu\u202F: un nombre entier (une année)");
  }

  @Test
  void should_say_a_valid_plan_in_french() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.yaml"), FRENCH_PLAN.replace("fr\n", "en\n"));

    assertThat(run("validate", plan.toString(), "--lang", "fr").out())
        .isEqualTo(
            plan
                + "\u202F: plan valide XX-FR (0 pilier, 0 objectif, 0 action, 0 indicateur, 0"
                + " organe)\n");
    assertThat(run("validate", plan.toString()).out())
        .isEqualTo(
            plan
                + ": valid plan XX-FR (0 pillars, 0 objectives, 0 actions, 0 indicators, 0 actors)\n");
  }

  @Test
  void should_say_in_french_that_the_monitoring_rules_were_not_applied() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.yaml"), VALID_PLAN);

    Run run =
        run(
            "check",
            plan.toString(),
            "--lang",
            "fr",
            "--as-of",
            "2026-01-01",
            "--fail-on",
            "never",
            "--output",
            dir.resolve("report.txt").toString());

    assertThat(run.err().lines())
        .last()
        .asString()
        .startsWith("napcheck\u202F: XX-1\u202F: Aucune donnée de suivi n'a été fournie");
  }

  @Test
  void should_say_in_the_runs_words_that_the_output_is_a_folder() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.yaml"), VALID_PLAN);
    Path folder = Files.createDirectories(dir.resolve("out"));

    Run french = run("check", plan.toString(), "--lang", "fr", "--output", folder.toString());
    Run english = run("check", plan.toString(), "--lang", "en", "--output", folder.toString());

    assertThat(french.code()).isEqualTo(2);
    assertThat(french.err()).contains("c'est un dossier, pas un fichier").doesNotContain("folder");
    assertThat(english.err()).contains("it is a folder, not a file");
  }

  private static final String VALID_PLAN =
      """
      napcheck: 1
      plan:
        id: XX-1
        country: LU
        title: Un petit plan
        period: { start: 2025, end: 2030 }
        language: fr
        actors:
          - { code: MAE, name: Ministère des Affaires étrangères }
        pillars:
          - id: I
            title: Participation
            objectives:
              - id: 1.a
                title: Représentation égale
                actions:
                  - id: 1.a.1
                    text: Former les diplomates à l'égalité.
                    responsible: [MAE]
                    indicators:
                      - { id: 1.a.1-1, text: Nombre de diplomates formés, disaggregation: [sex] }
      """;

  private static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = Napcheck.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(
        code,
        out.toString().replace(System.lineSeparator(), "\n"),
        err.toString().replace(System.lineSeparator(), "\n"));
  }
}
