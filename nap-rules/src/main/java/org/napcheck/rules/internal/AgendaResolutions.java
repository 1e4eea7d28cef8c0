package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.napcheck.model.Action;
import org.napcheck.model.Indicator;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.rules.facts.ResolutionCoverage;

/**
 * Which resolutions of the Women, Peace and Security agenda a plan's texts address, inferred from
 * their words in English and French. Each resolution is recognised by the theme it added to the
 * agenda, or by its number after "resolution" or "UNSCR"; a text that only names a wider theme
 * (gender-based violence, civil society, girls) does not count.
 */
final class AgendaResolutions {
  /** How many items are named as evidence of where a resolution is covered. */
  static final int EVIDENCE_ITEMS = 3;

  /** A resolution, and the words that address its theme. */
  record Resolution(String number, int year, Pattern words) {}

  /** In the order of their numbers, as findings and evidence list them. */
  static final List<Resolution> CHECKED =
      List.of(
          // UNSCR 2242 (2015): women's leadership in preventing and countering violent extremism
          // and terrorism.
          resolution(
              "2242",
              2015,
              "extremis[mt]|extrémis[mt]|terroris[mt]|counter-?terror|antiterror"
                  + "|radicali[sz]ation|\\bp?/?cve\\b|\\bpve\\b"),
          // UNSCR 2250 (2015): youth, peace and security; young women and men as peacebuilders.
          resolution(
              "2250",
              2015,
              "\\byouths?\\b|\\byoung (?:people|persons?|women|men|leaders|peacebuilders"
                  + "|adults)\\b|\\bjeunesse\\b|\\bjeunes\\b(?! filles)"),
          // UNSCR 2467 (2019): conflict-related sexual violence, with a survivor-centred approach.
          resolution(
              "2467",
              2019,
              "conflict-related sexual violence|sexual violence (?:in|during) (?:armed )?conflict"
                  + "|\\bcrsv\\b|survivor-?cent(?:red|ered)"
                  + "|violences? sexuelles? liées? aux conflits"
                  + "|violences? sexuelles? (?:commises? )?en (?:période de )?conflit"
                  + "|centrée?s? sur les (?:survivant|victime)"),
          // UNSCR 2493 (2019): women human rights defenders, women peacebuilders, civic space.
          resolution(
              "2493",
              2019,
              "human rights defenders?|women peacebuilders?|civic space|civil society space"
                  + "|défenseu(?:r|se)s? des droits|artisanes? de (?:la )?paix"
                  + "|bâtisseuses? de (?:la )?paix|consolidatrices? de (?:la )?paix"
                  + "|espace civique"));

  private AgendaResolutions() {}

  /** A resolution recognised by the words of its theme, or by its number. */
  private static Resolution resolution(String number, int year, String theme) {
    return new Resolution(
        number,
        year,
        Pattern.compile(
            theme + "|(?:resolutions?|résolutions?|unscr|scr|s/res/)\\s*" + number + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** One fact per resolution checked, in the order of their numbers. */
  static List<ResolutionCoverage> coverage(Plan plan) {
    var coveredAt = new LinkedHashMap<Resolution, List<String>>();
    CHECKED.forEach(resolution -> coveredAt.put(resolution, new ArrayList<>()));
    for (Pillar pillar : plan.pillars()) {
      scan(pillar.id(), pillar.title(), coveredAt);
      for (Objective objective : pillar.objectives()) {
        scan(objective.id(), objective.title(), coveredAt);
        for (Action action : objective.actions()) {
          scan(action.id(), action.text(), coveredAt);
          for (Indicator indicator : action.indicators()) {
            scan(indicator.id(), indicator.text(), coveredAt);
          }
        }
      }
    }
    var facts = new ArrayList<ResolutionCoverage>();
    for (Map.Entry<Resolution, List<String>> entry : coveredAt.entrySet()) {
      var others = new ArrayList<String>();
      coveredAt.forEach(
          (other, ids) -> {
            if (other != entry.getKey() && !ids.isEmpty()) {
              others.add(other.number() + ": " + String.join(", ", ids));
            }
          });
      facts.add(
          new ResolutionCoverage(
              entry.getKey().number(),
              entry.getKey().year(),
              entry.getValue(),
              others.isEmpty() ? "none" : String.join("; ", others)));
    }
    return facts;
  }

  private static void scan(String id, String text, Map<Resolution, List<String>> coveredAt) {
    coveredAt.forEach(
        (resolution, ids) -> {
          if (ids.size() < EVIDENCE_ITEMS && addresses(resolution, text)) {
            ids.add(id);
          }
        });
  }

  static boolean addresses(Resolution resolution, String text) {
    return resolution.words().matcher(text).find();
  }
}
