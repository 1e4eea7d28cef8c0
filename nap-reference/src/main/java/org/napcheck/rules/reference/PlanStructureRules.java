package org.napcheck.rules.reference;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.napcheck.rules.facts.ActionFact;
import org.napcheck.rules.facts.ObjectiveFact;
import org.napcheck.rules.facts.PillarFact;
import org.napcheck.rules.facts.PlanFact;
import org.napcheck.rules.facts.PlanItem;
import org.napcheck.rules.facts.RequiredTheme;
import org.napcheck.rules.facts.Responsibility;
import org.napcheck.rules.facts.SimilarActions;

/** The rules of plan-structure.drl, NAP-P001 to NAP-P011. */
final class PlanStructureRules {
  private final FactsByType facts;
  private final Recorder recorder;

  PlanStructureRules(FactsByType facts, Recorder recorder) {
    this.facts = facts;
    this.recorder = recorder;
  }

  void run() {
    p001PillarWithNoObjective();
    p002ObjectiveWithNoAction();
    p003ActionWithNoIndicator();
    p004ActionWithNoResponsibleActor();
    p005ResponsibleActorNotInThePlansListOfActors();
    p006ResponsibilityGivenToEveryoneAndToNoLeadBody();
    p007TwoItemsWithTheSameId();
    p008DeadlineOutsideThePlanPeriod();
    p009WpsPillarCoveredByNoPillar();
    p010ActionRepeatingAnEarlierActionWithTheSameBodies();
    p011ActionNamingManyBodiesAndNoneMarkedLead();
  }

  private void p001PillarWithNoObjective() {
    if (!recorder.fires("NAP-P001")) {
      return;
    }
    for (PillarFact pillar : facts.pillars()) {
      if (pillar.getObjectiveCount() == 0) {
        recorder.record(pillar.getLocation(), "title", pillar.getTitle());
      }
    }
  }

  private void p002ObjectiveWithNoAction() {
    if (!recorder.fires("NAP-P002")) {
      return;
    }
    for (ObjectiveFact objective : facts.objectives()) {
      if (objective.getActionCount() == 0) {
        recorder.record(objective.getLocation(), "title", objective.getTitle());
      }
    }
  }

  private void p003ActionWithNoIndicator() {
    if (!recorder.fires("NAP-P003")) {
      return;
    }
    for (ActionFact action : facts.actions()) {
      if (action.getIndicatorCount() == 0) {
        recorder.record(action.getLocation(), "text", action.getText());
      }
    }
  }

  private void p004ActionWithNoResponsibleActor() {
    if (!recorder.fires("NAP-P004")) {
      return;
    }
    for (ActionFact action : facts.actions()) {
      if (action.getResponsible().isEmpty()) {
        recorder.record(action.getLocation(), "text", action.getText());
      }
    }
  }

  private void p005ResponsibleActorNotInThePlansListOfActors() {
    if (!recorder.fires("NAP-P005")) {
      return;
    }
    for (Responsibility named : facts.responsibilities()) {
      if (!named.isEveryone() && !named.isListed()) {
        recorder.record(
            named.getLocation().withActor(named.getCode()),
            "code",
            named.getCode(),
            "closest",
            named.getClosestKnownCode());
      }
    }
  }

  private void p006ResponsibilityGivenToEveryoneAndToNoLeadBody() {
    if (!recorder.fires("NAP-P006")) {
      return;
    }
    for (ActionFact action : facts.actions()) {
      if (action.getLead().isEmpty() && action.isGivenToEveryoneOnly()) {
        recorder.record(
            action.getLocation(), "responsible", String.join(", ", action.getResponsible()));
      }
    }
  }

  private void p007TwoItemsWithTheSameId() {
    if (!recorder.fires("NAP-P007")) {
      return;
    }
    // per kind and id as compared (NFKC), the item that stays: the smallest id as written,
    // then the first in the file
    var kept = new HashMap<List<String>, PlanItem>();
    Comparator<PlanItem> order =
        Comparator.comparing(PlanItem::getId).thenComparingInt(PlanItem::getPosition);
    for (PlanItem item : facts.items()) {
      kept.merge(
          List.of(item.getKind(), item.getComparableId()),
          item,
          (a, b) -> order.compare(a, b) <= 0 ? a : b);
    }
    for (PlanItem item : facts.items()) {
      if (kept.get(List.of(item.getKind(), item.getComparableId())) != item) {
        recorder.record(item.getLocation(), "kind", item.getKind(), "id", item.getId());
      }
    }
  }

  private void p008DeadlineOutsideThePlanPeriod() {
    if (!recorder.fires("NAP-P008")) {
      return;
    }
    PlanFact plan = facts.plan();
    for (ActionFact action : facts.actions()) {
      if (action.isDeadlineStated()
          && (action.getDueDate().isBefore(plan.getFirstDay())
              || action.getDueDate().isAfter(plan.getLastDay()))) {
        recorder.record(
            action.getLocation(), "deadline", action.getDeadline(), "period", plan.getPeriod());
      }
    }
  }

  private void p009WpsPillarCoveredByNoPillar() {
    if (!recorder.fires("NAP-P009")) {
      return;
    }
    PlanFact plan = facts.plan();
    for (RequiredTheme required : facts.themes()) {
      if (facts.pillars().stream()
          .noneMatch(pillar -> pillar.getThemes().contains(required.getTheme()))) {
        recorder.record(
            plan.getLocation(),
            "theme",
            required.getTheme().code(),
            "themesReadFrom",
            plan.getThemesReadFrom());
      }
    }
  }

  private void p010ActionRepeatingAnEarlierActionWithTheSameBodies() {
    if (!recorder.fires("NAP-P010")) {
      return;
    }
    for (SimilarActions similar : facts.similarActions()) {
      if (similar.getTextSimilarity() >= SimilarActions.NEAR_IDENTICAL_TEXT
          && similar.getBodySimilarity() >= SimilarActions.NEAR_SAME_BODIES) {
        recorder.record(
            similar.getLocation(),
            "other",
            similar.getOtherActionId(),
            "similarity",
            similar.getTextSimilarityShown());
      }
    }
  }

  private void p011ActionNamingManyBodiesAndNoneMarkedLead() {
    if (!recorder.fires("NAP-P011")) {
      return;
    }
    for (ActionFact action : facts.actions()) {
      if (action.getLead().isEmpty() && action.getNamedBodyCount() > Responsibility.MANY_BODIES) {
        recorder.record(action.getLocation(), "bodies", action.getNamedBodyCount());
      }
    }
  }
}
