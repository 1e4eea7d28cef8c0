package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.napcheck.model.Action;
import org.napcheck.model.Indicator;
import org.napcheck.model.Location;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;

/**
 * Which resolutions of the Women, Peace and Security agenda a plan's texts address, inferred from
 * their words in English and French. Each resolution is recognised by the theme it added to the
 * agenda, or by its number after "resolution" or "UNSCR"; a text that only names a wider theme
 * (gender-based violence, civil society, girls) does not count.
 */
public final class AgendaResolutions {
  /** How many items are named as evidence of where a resolution is covered. */
  static final int EVIDENCE_ITEMS = 3;

  /**
   * A resolution, and the words that address its theme, in lower case; {@code cues} are fragments
   * of which every match of {@code words} holds one, so that most texts are passed over without a
   * regular expression.
   */
  public record Resolution(String number, int year, List<String> cues, Pattern words) {}

  /**
   * How a plan covers one resolution checked.
   *
   * @param coveredAt the ids of the first items whose text addresses it, in plan order; empty when
   *     none does
   * @param othersCovered where the plan covers the other resolutions checked, or {@code none}
   */
  public record Coverage(
      String resolution, int year, List<String> coveredAt, String othersCovered) {}

  /** In the order of their numbers, as findings and evidence list them. */
  static final List<Resolution> CHECKED =
      List.of(
          // UNSCR 2242 (2015): women's leadership in preventing and countering violent extremism
          // and terrorism.
          resolution(
              "2242",
              2015,
              List.of("extr", "terror", "radical", "cve", "pve"),
              "extremis[mt]|extrémis[mt]|terroris[mt]|counter-?terror|antiterror"
                  + "|radicali[sz]ation|\\bp?/?cve\\b|\\bpve\\b"),
          // UNSCR 2250 (2015): youth, peace and security; young women and men as peacebuilders.
          resolution(
              "2250",
              2015,
              List.of("youth", "young", "jeune"),
              "\\byouths?\\b|\\byoung (?:people|persons?|women|men|leaders|peacebuilders"
                  + "|adults)\\b|\\bjeunesse\\b|\\bjeunes\\b(?! filles)"),
          // UNSCR 2467 (2019): conflict-related sexual violence, with a survivor-centred approach.
          resolution(
              "2467",
              2019,
              List.of("sexu", "crsv", "survivor", "centré"),
              "conflict-related sexual violence|sexual violence (?:in|during) (?:armed )?conflict"
                  + "|\\bcrsv\\b|survivor-?cent(?:red|ered)"
                  + "|violences? sexuelles? liées? aux conflits"
                  + "|violences? sexuelles? (?:commises? )?en (?:période de )?conflit"
                  + "|centrée?s? sur les (?:survivant|victime)"),
          // UNSCR 2493 (2019): women human rights defenders, women peacebuilders, civic space.
          resolution(
              "2493",
              2019,
              List.of(
                  "defender",
                  "peacebuilder",
                  "civic",
                  "society space",
                  "défenseu",
                  "artisane",
                  "bâtisseuse",
                  "consolidatrice",
                  "civique"),
              "human rights defenders?|women peacebuilders?|civic space|civil society space"
                  + "|défenseu(?:r|se)s? des droits|artisanes? de (?:la )?paix"
                  + "|bâtisseuses? de (?:la )?paix|consolidatrices? de (?:la )?paix"
                  + "|espace civique"));

  private AgendaResolutions() {}

  /** A resolution recognised by the words of its theme, or by its number. */
  private static Resolution resolution(String number, int year, List<String> cues, String theme) {
    var withNumber = new ArrayList<>(cues);
    withNumber.add(number);
    return new Resolution(
        number,
        year,
        List.copyOf(withNumber),
        Pattern.compile(
            theme + "|(?:resolutions?|résolutions?|unscr|scr|s/res/)\\s*" + number + "\\b"));
  }

  /**
   * How the plan covers each resolution checked, in the order of their numbers; {@code addressedBy}
   * is {@link #addressedBy(String)}, or what it gave before for the same text.
   */
  public static List<Coverage> coverage(Plan plan, Function<String, List<Resolution>> addressedBy) {
    var found = new LinkedHashMap<Resolution, List<Location>>();
    for (Resolution resolution : CHECKED) {
      found.put(resolution, new ArrayList<>());
    }
    BiConsumer<String, Location> read =
        (text, place) -> addressedBy.apply(text).forEach(r -> found.get(r).add(place));
    var planLocation = Location.ofPlan(plan.id());
    for (Pillar pillar : plan.pillars()) {
      var pillarLocation = planLocation.withPillar(pillar.id());
      read.accept(pillar.title(), pillarLocation);
      for (Objective objective : pillar.objectives()) {
        var objectiveLocation = pillarLocation.withObjective(objective.id());
        read.accept(objective.title(), objectiveLocation);
        for (Action action : objective.actions()) {
          var actionLocation = objectiveLocation.withAction(action.id());
          read.accept(action.text(), actionLocation);
          for (Indicator indicator : action.indicators()) {
            read.accept(indicator.text(), actionLocation.withIndicator(indicator.id()));
          }
        }
      }
    }
    // The first items in the order of their ids, whatever the order of the file.
    var coveredAt = new LinkedHashMap<Resolution, List<String>>();
    found.forEach(
        (resolution, where) ->
            coveredAt.put(
                resolution,
                where.stream()
                    .sorted(Location.ORDER)
                    .limit(EVIDENCE_ITEMS)
                    .map(AgendaResolutions::itemId)
                    .toList()));
    var coverage = new ArrayList<Coverage>();
    for (Map.Entry<Resolution, List<String>> entry : coveredAt.entrySet()) {
      var others = new ArrayList<String>();
      coveredAt.forEach(
          (other, where) -> {
            if (other != entry.getKey() && !where.isEmpty()) {
              others.add(other.number() + ": " + String.join(", ", where));
            }
          });
      coverage.add(
          new Coverage(
              entry.getKey().number(),
              entry.getKey().year(),
              entry.getValue(),
              others.isEmpty() ? "none" : String.join("; ", others)));
    }
    return coverage;
  }

  private static String itemId(Location location) {
    if (location.indicator() != null) {
      return location.indicator();
    }
    if (location.action() != null) {
      return location.action();
    }
    return location.objective() != null ? location.objective() : location.pillar();
  }

  /** The resolutions whose theme {@code text} addresses, in the order of their numbers. */
  public static List<Resolution> addressedBy(String text) {
    String lowerCase = text.toLowerCase(Locale.ROOT);
    var addressed = new ArrayList<Resolution>();
    for (Resolution resolution : CHECKED) {
      if (addresses(resolution, lowerCase)) {
        addressed.add(resolution);
      }
    }
    return List.copyOf(addressed);
  }

  /** Whether a text in lower case ({@link Locale#ROOT}) addresses the resolution's theme. */
  static boolean addresses(Resolution resolution, String lowerCase) {
    for (String cue : resolution.cues()) {
      if (lowerCase.contains(cue)) {
        return resolution.words().matcher(lowerCase).find();
      }
    }
    return false;
  }
}
