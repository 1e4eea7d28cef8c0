package org.napcheck.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.napcheck.model.Action;
import org.napcheck.model.Indicator;
import org.napcheck.model.Measure;
import org.napcheck.model.Pillar;
import org.napcheck.model.Theme;

class TextInferenceTest {
  private static final TextInference INFERENCE = new TextInference();
  private static final Action PLAIN =
      new Action("1.a.1", "Monitor recruitment.", List.of(), null, null, List.of());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Number of participants                                          | true  | false | false
          Number and gender of representatives                            | true  | true  | false
          Annual evaluation of the gender distribution among recruited personnel | true | true | false
          Number, age and gender of participants                          | true  | true  | true
          Number of young people in national delegations                  | true  | false | false
          Financial support for the ICC and the ICC Trust Fund for Victims | false | false | false
          Public statements, press releases, charters, internal policies   | false | false | false
          Number of projects supported                                    | false | false | false
          Campaigns against gender-based violence                         | false | false | false
          Number of participants in training on sexual and gender-based violence | true | false | false
          Number of youth-led organisations supported                     | false | false | false
          Nombre et genre des participantes                               | true  | true  | false
          Nombre de jeunes dans les délégations                           | true  | false | false
          Répartition par sexe du personnel recruté                       | true  | true  | false
          """)
  void should_infer_people_and_the_breakdowns_asked_from_the_text(
      String text, boolean people, boolean sexAsked, boolean ageAsked) {
    // WHEN
    var profile = profileOf(Indicator.of("1.a.1-1", text), PLAIN);

    // THEN
    assertThat(profile.people()).as("people").isEqualTo(people);
    assertThat(profile.sexBreakdownAsked()).as("sex asked").isEqualTo(sexAsked);
    assertThat(profile.ageBreakdownAsked()).as("age asked").isEqualTo(ageAsked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Number of guides for peacekeepers published                     | false | false | false | true
          Number of local peace committees set up                         | false | false | false | true
          Composition of the steering committee                           | true  | false | false | true
          Number of evacuations of civilians                              | true  | false | false | true
          Number of organisations of displaced persons consulted          | false | false | false | true
          Improved capacity of police officers                            | false | false | false | false
          Increased participation of women                                | false | false | false | false
          Strengthened legal framework for the protection of victims      | false | false | false | false
          Greater involvement of young people in peace processes          | false | false | false | false
          Proportion of young people who say they trust the police        | true  | true  | false | true
          Percentage of youth among mediators trained                     | true  | true  | true  | true
          Number of young male and female mentors trained                 | true  | true  | false | true
          Youth, Peace and Security national roadmap adopted              | false | false | false | false
          Nombre de personnes immigrantes accompagnées                    | true  | false | false | true
          Nombre d'orientations de victimes vers l'aide juridique         | true  | false | false | true
          Nombre de comités locaux de paix créés                          | false | false | false | true
          Nombre de démobilisés réinsérés                                 | true  | false | false | true
          Nombre de traités ratifiés                                      | false | false | false | true
          Number of defence attachés briefed                              | true  | false | false | true
          Leaders religieux formés à la prévention des VBG                | true  | false | false | true
          Nombre de jeunes âgés de 15 à 35 ans formés                     | true  | true  | true  | true
          # of military chaplains briefed                                 | true  | false | false | true
          No. of local councillors trained                                | true  | false | false | true
          Nbre de PDI retournées                                          | true  | false | false | true
          per cent of heads of mission who are women                      | true  | false | false | true
          Démarches entreprises auprès des partenaires techniques et financiers | false | false | false | false
          Participation accrue des jeunes à la vie publique               | false | false | false | false
          Headcount of civilian staff seconded to missions                | true  | false | false | true
          Effectif des agents pénitentiaires formés                       | true  | false | false | true
          L'accès effectif des victimes à la justice                      | false | false | false | false
          Number of returns of refugees to their villages                 | true  | false | false | true
          Nombre de prises en charge médicales de victimes                | true  | false | false | true
          Nombre de mises à l'abri d'enfants non accompagnés              | true  | false | false | true
          Nombre de réintégrations professionnelles d'anciens détenus     | true  | false | false | true
          Taux de traitement des signalements reçus                       | true  | false | false | true
          Number of case records opened by the ombudsperson               | true  | false | false | true
          Percentage of compensation claims settled within a year         | true  | false | false | true
          Number of soldiers previously deployed in combat roles          | true  | false | false | true
          Composition of the national task group on mediation             | true  | false | false | true
          Composition de la commission électorale                         | true  | false | false | true
          Number of working groups set up                                 | false | false | false | true
          Nombre de groupements de productrices appuyés                   | false | false | false | true
          Nombre de mouvements de jeunes soutenus                         | false | false | false | true
          Number of settlements of displaced persons upgraded             | false | false | false | true
          Number of quarterly reports submitted                           | false | false | false | true
          Share of women among young delegates                            | true  | true  | false | true
          """)
  void should_read_people_by_what_the_noun_is_and_what_is_said_of_them(
      String text, boolean people, boolean youth, boolean ageAsked, boolean quantitative) {
    // WHEN
    var profile = profileOf(Indicator.of("1.a.1-1", text), PLAIN);

    // THEN
    assertThat(profile.people()).as("people").isEqualTo(people);
    assertThat(profile.oneSexCounted()).as("one sex").isFalse();
    assertThat(profile.youth()).as("youth").isEqualTo(youth);
    assertThat(profile.ageBreakdownAsked()).as("age asked").isEqualTo(ageAsked);
    assertThat(profile.quantitative()).as("quantitative").isEqualTo(quantitative);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Actions taken             | false
          Progress made.            | false
          Statements made           | false
          Continuous monitoring     | false
          Actions menées            | false
          Statements made; support for relevant resolutions | true
          Number of campaigns       | true
          Centre established        | true
          """)
  void should_find_indicators_that_cannot_be_measured(String text, boolean measurable) {
    assertThat(profileOf(Indicator.of("x", text), PLAIN).measurable()).isEqualTo(measurable);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Continue recruitment campaigns that promote gender equality. | true
          Ongoing implementation of the Istanbul Convention.           | true
          Poursuivre les efforts de recrutement.                       | true
          Ensure continued, coherent and effective cooperation.       | true
          Monitor recruitment.                                        | true
          Organise an annual Women, Peace and Security week.          | true
          Hold bi-annual meetings of the focal points.                | true
          Organiser chaque année une semaine consacrée à l'agenda.    | true
          Réunir régulièrement les points focaux.                     | true
          Promote the agenda in multilateral fora.                    | true
          Support for projects on transitional justice.               | true
          At the bilateral level, encourage countries to accede.      | true
          Systematically encourage countries to ratify conventions.   | true
          Sensibiliser le public aux violences fondées sur le genre.  | true
          Establish a national reception centre for survivors.        | false
          Develop a zero-tolerance charter.                           | false
          Review and update internal procedures.                      | false
          By 2029, the Police will develop internal training.         | false
          Créer un centre d'accueil pour les survivantes.             | false
          Adopter une loi sur la parité.                              | false
          """)
  void should_find_continuing_and_recurring_actions(String text, boolean continuous) {
    var action = new Action("1.a.1", text, List.of(), null, null, List.of());
    assertThat(INFERENCE.continuousFrom(action).isPresent()).isEqualTo(continuous);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Number and gender of participants | Monitor recruitment. | false
          Number and gender of participants and representatives | Strive for parity at events; avoid organising panels composed solely of people of the same gender. | true
          Annual monitoring of gender balance among participants | Explore ways to reach candidates. | true
          """)
  void should_infer_parity_from_the_indicator_or_its_action(
      String indicator, String action, boolean parity) {
    var owner = new Action("1.d.2", action, List.of(), null, null, List.of());
    assertThat(profileOf(Indicator.of("1.d.2-1", indicator), owner).parityAsked())
        .isEqualTo(parity);
  }

  @org.junit.jupiter.api.Test
  void should_prefer_what_the_plan_states_to_what_the_text_suggests() {
    // GIVEN: a text about people, stated to be a count of sessions, broken down by sex
    var indicator =
        new Indicator(
            "1.a.1-1", "Number of participants", Measure.COUNT, List.of("sex"), false, "0", "10");

    // WHEN
    var profile = profileOf(indicator, PLAIN);

    // THEN
    assertThat(profile.people()).isFalse();
    assertThat(profile.sexBreakdownAsked()).isTrue();
    assertThat(profile.parityAsked()).isFalse();
    assertThat(profile.inferences())
        .doesNotContainKeys("people", "sex breakdown", "parity", "quantitative");
  }

  @org.junit.jupiter.api.Test
  void should_infer_pillar_themes_from_titles_unless_stated() {
    var inferred = new Pillar("III", "Protection, relief and recovery", List.of(), List.of());
    var stated = new Pillar("IV", "Promotion", List.of(Theme.PARTICIPATION), List.of());

    assertThat(INFERENCE.themesOf(inferred))
        .containsExactlyInAnyOrder(Theme.PROTECTION, Theme.RELIEF_RECOVERY);
    assertThat(INFERENCE.themesOf(stated)).containsExactly(Theme.PARTICIPATION);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NUMBER AND GENDER OF PARTICIPANTS | counts people: "NUMBER AND GENDER OF PARTICIPANTS" | asks for data by sex: "AND GENDER"
          Nombre de Délégués, par SEXE      | counts people: "Nombre de Délégués"                | asks for data by sex: "par SEXE"
          Number of İNSTRUCTORS and Participants by Sex | counts people: "number of i̇nstructors" | asks for data by sex: "by sex"
          """)
  void should_match_words_in_any_case_and_quote_them_as_written(
      String text, String people, String sexBreakdown) {
    // WHEN
    var profile = profileOf(Indicator.of("1.a.1-1", text), PLAIN);

    // THEN: where lower-casing changes the text's length (İ), the words are quoted in lower case
    assertThat(profile.people()).isTrue();
    assertThat(profile.sexBreakdownAsked()).isTrue();
    assertThat(profile.inferences())
        .containsEntry("people", people)
        .containsEntry("sex breakdown", sexBreakdown);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Number of women deployed           | en | true  | false
          Number of female experts seconded  | en | true  | false
          Nombre de policières formées       | fr | true  | false
          Share of women among peacekeepers  | en | false | true
          Number of women and men trained    | en | false | true
          Nombre de médiateurs et de médiatrices | fr | false | true
          Number of participants             | en | false | false
          Number of women's organisations supported | en | false | false
          Nombre d'agents femmes recrutés    | fr | true  | false
          Number of widows registered        | en | true  | false
          Number of midwives trained         | en | false | false
          Nombre de gardes-frontières formés | fr | false | false
          Nombre d'ex-combattantes réinsérées | fr | true  | false
          Number of personnel seconded, of whom women | en | false | true
          Nombre de greffiers femmes nommés  | fr | true  | false
          Effectif féminin du personnel pénitentiaire | fr | true  | false
          Nombre de femmes rapporté à l'effectif des douaniers | fr | false | true
          Number of female officers out of the total workforce | en | false | true
          Nombre de femmes sur les listes électorales | fr | true  | false
          Nombre d'associations de femmes soutenues | fr | false | false
          """)
  void should_tell_counts_of_one_sex_from_counts_that_compare(
      String text, String language, boolean oneSex, boolean sexAsked) {
    var profile =
        INFERENCE.profile(Indicator.of("1.a.1-1", text), PLAIN, Optional.empty(), language);

    assertThat(profile.oneSexCounted()).as("one sex").isEqualTo(oneSex);
    assertThat(profile.sexBreakdownAsked()).as("sex asked").isEqualTo(sexAsked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Actions taken                         | false
          Initiatives launched                  | false
          Research conducted                    | false
          Type of initiatives launched          | false
          support for initiatives that aim to provide uniforms | false
          Structures established                | false
          Centre established                    | true
          Signature of the joint statement      | true
          Adoption of the national action plan  | true
          Trainings offered                     | true
          Soutien apporté                       | false
          Création d'un observatoire national   | true
          """)
  void should_call_measurable_what_delivers_something_concrete(String text, boolean measurable) {
    assertThat(profileOf(Indicator.of("x", text), PLAIN).measurable()).isEqualTo(measurable);
  }

  @org.junit.jupiter.api.Test
  void should_explain_in_the_language_of_its_messages() {
    // GIVEN
    var french = new TextInference(new Messages(java.util.Locale.FRENCH));

    // WHEN
    var profile =
        french.profile(
            Indicator.of("1.a.1-1", "Nombre de femmes formées"), PLAIN, Optional.empty(), "fr");

    // THEN
    assertThat(profile.inferences())
        .containsEntry("people", "compte des personnes\u202F: «\u202FNombre de femmes\u202F»")
        .containsEntry("one sex", "ne compte qu'un sexe\u202F: «\u202Ffemmes\u202F»");
  }

  private static TextInference.IndicatorProfile profileOf(Indicator indicator, Action action) {
    return INFERENCE.profile(indicator, action, INFERENCE.parityWords(action));
  }
}
