package org.napcheck.bench;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kinds of output an indicator may count, each with the words of an action that produce it (method
 * "kinds" of {@link Relatedness}): "Statements made" relates to "Advocate …", "Funds allocated" to
 * "Finance …".
 */
final class OutputKinds {
  private static final Map<String, List<String>> KINDS = new LinkedHashMap<>();

  static {
    kind(
        "statement declaration speech reference references mention mentions communiqué press"
            + " déclaration déclarations plaidoyer advocacy intervention",
        "advocate promote encourage defend urge commit call plead dialogue dialogues diplomacy"
            + " bilateral multilateral plaider promouvoir encourager défendre exhorter dialogue"
            + " bilatéral bilatéraux multilatéral");
    kind(
        "campaign campaigns awareness information publication publications material materials"
            + " event events public publics campagne campagnes sensibilisation caravane caravanes émission"
            + " émissions",
        "awareness raise sensitise sensitize inform campaign campaigns communication disseminate"
            + " public sensibiliser vulgariser informer campagne campagnes communication public");
    kind(
        "training trainings course courses session sessions workshop workshops module modules"
            + " participant participants trained formation formations séance séances atelier"
            + " ateliers participant participants formé formés formées",
        "train training capacity capacities course courses educate education curriculum"
            + " sensitise former formation capacité capacités curriculum sensibiliser");
    kind(
        "fund funds funding grant grants contribution contributions amount budget financial"
            + " fonds financement subvention subventions contribution contributions budget"
            + " financier",
        "fund finance financial allocate contribute support grant budget financer allouer"
            + " contribuer appuyer soutenir soutien financier budget");
    kind(
        "project projects programme programmes projet projets programme programmes",
        "support fund finance contribute programme project appuyer soutenir financer contribuer"
            + " programme projet");
    kind(
        "meeting meetings exchange exchanges dialogue consultation consultations forum réunion"
            + " réunions échange échanges concertation concertations forum",
        "hold convene meet dialogue exchange exchanges consult coordinate participate"
            + " participation network tenir réunir dialogue échange échanges consulter"
            + " coordonner participer participation réseau");
  }

  private static void kind(String indicatorWords, String actionWords) {
    KINDS.put(indicatorWords, List.of(actionWords.split(" ")));
  }

  /** The stems of each kind's indicator words, and the stems of the action words producing it. */
  private final Map<Set<String>, Set<String>> kindStems = new LinkedHashMap<>();

  OutputKinds(Vocabulary vocabulary) {
    KINDS.forEach(
        (indicatorWords, actionWords) -> {
          var out = new HashSet<String>();
          var in = new HashSet<String>();
          for (String word : indicatorWords.split(" ")) {
            out.add(vocabulary.stem(word, false));
            out.add(vocabulary.stem(word, true));
          }
          for (String word : actionWords) {
            in.add(vocabulary.stem(word, false));
            in.add(vocabulary.stem(word, true));
          }
          kindStems.put(out, in);
        });
  }

  /** Whether the stem names a kind of output (a statement, a campaign, a training, funds …). */
  boolean kindWord(String stem) {
    return kindStems.keySet().stream().anyMatch(kind -> kind.contains(stem));
  }

  /** Whether the stem names a kind of output that an action with these stems produces. */
  boolean producedBy(String stem, Set<String> actionStems) {
    for (var kind : kindStems.entrySet()) {
      if (kind.getKey().contains(stem)
          && kind.getValue().stream().anyMatch(actionStems::contains)) {
        return true;
      }
    }
    return false;
  }
}
