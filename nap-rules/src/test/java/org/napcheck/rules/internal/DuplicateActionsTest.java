package org.napcheck.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.napcheck.model.Location;
import org.napcheck.rules.facts.SimilarActions;

class DuplicateActionsTest {
  private static final Location PLAN = Location.ofPlan("XX");

  private static DuplicateActions.Entry action(String id, String text, String... bodies) {
    return new DuplicateActions.Entry(id, text, List.of(bodies), PLAN.withAction(id));
  }

  @Test
  void should_pair_a_repeated_action_with_the_earlier_one_whatever_says_it_goes_on() {
    // GIVEN Luxembourg's 2.h.3 and 3.b.11
    var actions =
        List.of(
            action(
                "2.h.3", "Implementation of the Istanbul Convention.", "MEGA", "MJUST", "PR CoE"),
            action(
                "3.b.10", "Promote the broadest definition of sexual and gender-based violence."),
            action(
                "3.b.11",
                "Ongoing implementation of the Istanbul Convention.",
                "MEGA",
                "MJUST",
                "PR CoE"));

    // WHEN
    List<DuplicateActions.Repeat> pairs =
        DuplicateActions.find(actions, DuplicateActions::committedWords);

    // THEN
    assertThat(pairs)
        .extracting(
            DuplicateActions.Repeat::actionId,
            DuplicateActions.Repeat::otherActionId,
            DuplicateActions.Repeat::textSimilarity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("3.b.11", "2.h.3", 1.0));
  }

  @Test
  void should_not_pair_shared_wording_for_other_bodies_or_other_substance() {
    var actions =
        List.of(
            action(
                "2.c.4",
                "Strengthen the training of all actors involved in asylum interviews.",
                "MAINT/General Department of Immigration"),
            action(
                "2.c.5",
                "Strengthen the training of all actors involved in socio-educational interviews.",
                "MFSVA/ONA"),
            action("2.b.1", "Organise awareness-raising sessions.", "MENEJ"),
            action("2.b.2", "Organise awareness-raising sessions.", "MFSVA/ONA"),
            action("3.d.2", "Raise awareness among survivors of their rights.", "MJUST"),
            action("3.d.3", "Raise awareness among facilitators of their duties.", "MJUST"));

    assertThat(DuplicateActions.find(actions, DuplicateActions::committedWords)).isEmpty();
  }

  @Test
  void should_pair_each_of_many_copies_with_the_first_not_every_pair() {
    var actions = new ArrayList<DuplicateActions.Entry>();
    for (int i = 1; i <= 50; i++) {
      actions.add(action("1.a." + i, "Monitor recruitment.", "MFA D4"));
    }

    List<DuplicateActions.Repeat> pairs =
        DuplicateActions.find(actions, DuplicateActions::committedWords);

    assertThat(pairs).hasSize(49).allMatch(pair -> pair.otherActionId().equals("1.a.1"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Poursuivre la mise en œuvre de la Convention d'Istanbul. | Mise en oeuvre de la convention d’Istanbul | true
          Organise trainings for judges.                            | Organise training for judges            | true
          Continued support for the Special Rapporteur.             | Support for the Special Rapporteur.     | true
          Organise training for judges.                             | Organise training for prosecutors.      | false
          Monitor recruitment.                                      | Monitor promotion.                      | false
          """)
  void should_read_texts_as_sets_of_words(String one, String other, boolean same) {
    var actions = List.of(action("1.a.1", one, "MJUST"), action("1.a.2", other, "MJUST"));

    assertThat(DuplicateActions.find(actions, DuplicateActions::committedWords))
        .hasSize(same ? 1 : 0);
  }

  @Test
  void should_find_what_comparing_every_pair_finds() {
    // GIVEN random plans over a small vocabulary, so that many texts are near-identical
    var random = new Random(7);
    String[] words = {"train", "judge", "police", "women", "support", "fund", "project", "law"};
    String[] bodies = {"A", "B", "C", "D"};
    for (int round = 0; round < 200; round++) {
      var actions = new ArrayList<DuplicateActions.Entry>();
      int size = 2 + random.nextInt(30);
      for (int i = 0; i < size; i++) {
        var text = new StringBuilder();
        int length = 1 + random.nextInt(7);
        for (int w = 0; w < length; w++) {
          text.append(words[random.nextInt(words.length)]).append(' ');
        }
        var who = new ArrayList<String>();
        for (String body : bodies) {
          if (random.nextInt(3) == 0) {
            who.add(body);
          }
        }
        actions.add(action("1.a." + i, text.toString(), who.toArray(String[]::new)));
      }

      // WHEN
      List<DuplicateActions.Repeat> pairs =
          DuplicateActions.find(actions, DuplicateActions::committedWords);

      // THEN each later action is paired with the earliest one that every-pair comparison finds
      var expected = new ArrayList<String>();
      for (int i = 0; i < size; i++) {
        for (int j = 0; j < i; j++) {
          Set<String> a = DuplicateActions.words(actions.get(i).text());
          Set<String> b = DuplicateActions.words(actions.get(j).text());
          if (!a.isEmpty()
              && !actions.get(i).responsible().isEmpty()
              && !actions.get(j).responsible().isEmpty()
              && DuplicateActions.jaccard(a, b) >= SimilarActions.NEAR_IDENTICAL_TEXT
              && DuplicateActions.jaccard(
                      Set.copyOf(actions.get(i).responsible()),
                      Set.copyOf(actions.get(j).responsible()))
                  >= SimilarActions.NEAR_SAME_BODIES) {
            expected.add(actions.get(i).id() + "<" + actions.get(j).id());
            break;
          }
        }
      }
      assertThat(pairs)
          .extracting(pair -> pair.actionId() + "<" + pair.otherActionId())
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void should_find_repeats_among_a_hundred_thousand_actions_without_comparing_every_pair() {
    // GIVEN 100,000 actions written with twelve texts, as generated plans are
    var actions = new ArrayList<DuplicateActions.Entry>();
    var random = new Random(42);
    for (int i = 0; i < 100_000; i++) {
      actions.add(
          action(
              "1.a." + i,
              "Text number " + (i % 12) + " of the plan, word " + "abcdefghijkl".charAt(i % 12),
              "BODY" + random.nextInt(20),
              "BODY" + random.nextInt(20)));
    }

    // WHEN / THEN: all but the first actions of each wording and bodies repeat one. The limit is a
    // guard against a search that compares every pair (5 billion of them: hours), not a measure of
    // speed, which BENCHMARKS.md takes (a second or less).
    List<DuplicateActions.Repeat> pairs =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120),
            () -> DuplicateActions.find(actions, DuplicateActions::committedWords));
    assertThat(pairs.size()).isGreaterThan(99_000);
  }
}
