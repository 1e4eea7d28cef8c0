package org.napcheck.rules.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napcheck.model.Action;
import org.napcheck.model.Actor;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Plan;
import org.napcheck.rules.internal.Levenshtein;

/** The bodies of a plan: its list of actors, who is responsible, who supplies values. */
final class Bodies {
  private Bodies() {}

  /** The bodies a plan names: its list of actors, and those it makes responsible for an action. */
  static Set<String> named(Set<String> listed, Set<String> responsible) {
    var named = new HashSet<>(listed);
    named.addAll(responsible);
    return named;
  }

  /** The plan's coordinator, if the plan names one that is in its list of actors. */
  static String coordinatorIn(Plan plan, Set<String> knownCodes) {
    String coordinator = plan.monitoringSetup().map(MonitoringSetup::coordinator).orElse(null);
    return coordinator != null && knownCodes.contains(coordinator) ? coordinator : null;
  }

  /**
   * The bodies that must supply the values of an action's indicators: those of its responsible
   * bodies that are in the plan's list; where none is (an action given to "All", or to codes the
   * list does not have), the plan's coordinator.
   */
  static List<String> suppliers(Action action, Set<String> knownCodes, String coordinator) {
    var known = new ArrayList<String>(action.responsible().size());
    for (String code : action.responsible()) {
      if (knownCodes.contains(code) && !known.contains(code)) {
        known.add(code);
      }
    }
    if (!known.isEmpty()) {
      return known;
    }
    return coordinator == null ? List.of() : List.of(coordinator);
  }

  /** Adds the plan's bodies, and returns their facts. */
  static List<ActorFact> addActors(
      Plan plan,
      Set<String> responsibleCodes,
      Set<String> reportingCodes,
      Location planLocation,
      int position,
      List<Object> facts) {
    Map<String, Actor> byCode = new HashMap<>();
    plan.actors().forEach(actor -> byCode.putIfAbsent(actor.code(), actor));
    var actorFacts = new ArrayList<ActorFact>();
    for (Actor actor : plan.actors()) {
      var coveringCodes = new LinkedHashSet<String>();
      for (Actor current = actor;
          current != null && coveringCodes.add(current.code());
          current = current.parent() == null ? null : byCode.get(current.parent())) {
        // Walks up the parents; a cycle stops it, as add returns false.
      }
      var location = planLocation.withActor(actor.code());
      var actorFact =
          new ActorFact(
              actor.code(),
              actor.name(),
              responsibleCodes.contains(actor.code()),
              reportingCodes.contains(actor.code()),
              coveringCodes,
              position++,
              location);
      actorFacts.add(actorFact);
      facts.add(actorFact);
    }
    return actorFacts;
  }

  /**
   * The code among the plan's actors closest to {@code code}, if one is close enough to suggest.
   */
  static String closest(String code, List<Actor> actors) {
    return Levenshtein.closest(
        code, actors.stream().map(Actor::code).toList(), Math.max(2, code.length() / 3));
  }
}
