package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.napcheck.model.Location;
import org.napcheck.model.Severity;
import org.napcheck.rules.facts.CheckContext;
import org.napcheck.rules.facts.Findings;

/**
 * A compiled rule base and what its rules' metadata says: a default or an extra set of rules.
 * Immutable and safe to share; each {@link #run} opens its own session.
 *
 * <p>napcheck's own rules are built in Drools' sequential mode and run in a stateless session: each
 * rule is evaluated once, over facts all inserted before the first firing, which is all they need,
 * as they only record findings. Extra rules run in a stateful session with the usual, reactive
 * agenda: they may insert facts for other rules, and a rule switched off must not fire at all.
 */
public final class CompiledRules {
  /** The name of the global every rule file records its findings with. */
  public static final String FINDINGS_GLOBAL = "findings";

  /**
   * The name of the global a rule file may declare to read the check's inputs ({@link
   * CheckContext}: its date...) in conditions, without joining a fact.
   */
  public static final String CHECK_GLOBAL = "check";

  private final KieBase kieBase;
  private final boolean sequential;
  private final String origin;
  private final Map<String, RuleMetadata> byRuleName;
  private final boolean checkGlobalDeclared;

  /** A rule's metadata: {@code @id}, {@code @severity} and any other it declares. */
  public record RuleMetadata(
      String ruleName, String id, Severity severity, Map<String, String> all) {}

  /**
   * @param sequential whether {@code kieBase} was built in sequential mode ({@code
   *     SequentialOption.YES}), to be run in a stateless session
   */
  public CompiledRules(KieBase kieBase, boolean sequential, String origin) {
    this.kieBase = kieBase;
    this.sequential = sequential;
    this.origin = origin;
    var metadata = new LinkedHashMap<String, RuleMetadata>();
    kieBase.getKiePackages().stream()
        .sorted(Comparator.comparing(KiePackage::getName))
        .flatMap(kiePackage -> kiePackage.getRules().stream())
        .sorted(Comparator.comparing(Rule::getName))
        .forEach(rule -> metadata.put(rule.getName(), metadataOf(rule)));
    this.byRuleName = Map.copyOf(metadata);
    this.checkGlobalDeclared =
        kieBase.getKiePackages().stream()
            .flatMap(kiePackage -> kiePackage.getGlobalVariables().stream())
            .anyMatch(global -> global.getName().equals(CHECK_GLOBAL));
  }

  public String origin() {
    return origin;
  }

  public Collection<RuleMetadata> rules() {
    return byRuleName.values();
  }

  public RuleMetadata metadata(String ruleName) {
    return byRuleName.get(ruleName);
  }

  /**
   * Runs the rules over the facts in a new session and returns what the rules whose id {@code
   * enabled} accepts recorded, in the order of {@link org.napcheck.model.Finding#ORDER}. A
   * stateless session takes no agenda filter: there, a rule switched off fires and what it recorded
   * is left out here.
   */
  public List<RecordedFindings.Recorded> run(List<Object> facts, Predicate<String> enabled) {
    var findings = new RecordedFindings();
    var lastFired = new String[1];
    var firing =
        new DefaultAgendaEventListener() {
          @Override
          public void beforeMatchFired(BeforeMatchFiredEvent event) {
            lastFired[0] = event.getMatch().getRule().getName();
            findings.firing(lastFired[0]);
          }
        };
    try {
      return run(facts, enabled, findings, firing);
    } catch (ConsequenceException e) {
      throw new RuleFailure(e.getRule() != null ? e.getRule().getName() : lastFired[0], e);
    } catch (RuntimeException | StackOverflowError e) {
      // Not from a consequence Drools caught: one that recursed, as the last rule fired
      throw new RuleFailure(lastFired[0], e);
    }
  }

  /**
   * A rule that failed while firing: its consequence threw or recursed without end.
   *
   * @param rule the name of the rule that was firing; {@code null} if none was yet
   */
  public static final class RuleFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String rule;

    RuleFailure(String rule, Throwable cause) {
      super("rule " + rule + " failed", cause);
      this.rule = rule;
    }

    public String rule() {
      return rule;
    }
  }

  private List<RecordedFindings.Recorded> run(
      List<Object> facts,
      Predicate<String> enabled,
      RecordedFindings findings,
      DefaultAgendaEventListener firing) {
    if (sequential) {
      StatelessKieSession session = kieBase.newStatelessKieSession();
      session.setGlobal(FINDINGS_GLOBAL, findings);
      if (checkGlobalDeclared) {
        session.setGlobal(CHECK_GLOBAL, checkContextIn(facts));
      }
      session.addEventListener(firing);
      session.execute(facts);
    } else {
      KieSession session = kieBase.newKieSession();
      try {
        session.setGlobal(FINDINGS_GLOBAL, findings);
        if (checkGlobalDeclared) {
          session.setGlobal(CHECK_GLOBAL, checkContextIn(facts));
        }
        session.addEventListener(firing);
        facts.forEach(session::insert);
        session.fireAllRules(match -> enabled.test(byRuleName.get(match.getRule().getName()).id()));
      } finally {
        session.dispose();
      }
    }
    return inReportOrder(findings.recorded(), enabled);
  }

  private static CheckContext checkContextIn(List<Object> facts) {
    for (Object fact : facts) {
      if (fact instanceof CheckContext context) {
        return context;
      }
    }
    throw new IllegalArgumentException("the facts hold no CheckContext");
  }

  /**
   * What the rules whose id {@code enabled} accepts recorded, in the order of reports: severity,
   * rule id, location, evidence. Findings are put in groups of one severity and rule id first, then
   * each group is sorted by location: with hundreds of thousands of findings, a comparison then
   * looks up no rule.
   */
  private List<RecordedFindings.Recorded> inReportOrder(
      List<RecordedFindings.Recorded> recorded, Predicate<String> enabled) {
    var byRule = new HashMap<String, List<RecordedFindings.Recorded>>();
    for (RecordedFindings.Recorded one : recorded) {
      byRule.computeIfAbsent(one.ruleName(), name -> new ArrayList<>()).add(one);
    }
    // Rules of one id (NAP-M008 has four) are sorted together.
    var groups = new HashMap<String, List<RecordedFindings.Recorded>>();
    var keys = new HashMap<String, RuleMetadata>();
    byRule.forEach(
        (ruleName, findings) -> {
          RuleMetadata rule = byRuleName.get(ruleName);
          if (enabled.test(rule.id())) {
            String key = rule.severity() + "\n" + rule.id();
            keys.putIfAbsent(key, rule);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).addAll(findings);
          }
        });
    var order = new ArrayList<>(keys.keySet());
    order.sort(
        Comparator.comparing(
                (String key) -> keys.get(key).severity(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(key -> keys.get(key).id()));
    Comparator<RecordedFindings.Recorded> byLocation =
        (left, right) -> {
          int ordered = Location.ORDER.compare(left.location(), right.location());
          return ordered != 0
              ? ordered
              : left.evidence().toString().compareTo(right.evidence().toString());
        };
    var sorted = new ArrayList<RecordedFindings.Recorded>(recorded.size());
    for (String key : order) {
      List<RecordedFindings.Recorded> group = groups.get(key);
      group.sort(byLocation);
      sorted.addAll(group);
    }
    return sorted;
  }

  /**
   * Whether the rules declare the global they record findings with, {@code global
   * org.napcheck.rules.facts.Findings findings;}, and no package declares it with another type.
   */
  public boolean declaresFindingsGlobal() {
    boolean declared = false;
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Global global : kiePackage.getGlobalVariables()) {
        if (global.getName().equals(FINDINGS_GLOBAL)) {
          if (!global.getType().equals(Findings.class.getName())) {
            return false;
          }
          declared = true;
        }
      }
    }
    return declared;
  }

  /** The ids of the rules, each once, sorted. */
  public Set<String> ids() {
    return Set.copyOf(byRuleName.values().stream().map(RuleMetadata::id).toList());
  }

  private static RuleMetadata metadataOf(Rule rule) {
    var all = new LinkedHashMap<String, String>();
    rule.getMetaData().forEach((key, value) -> all.put(key, unquote(String.valueOf(value))));
    String id = all.getOrDefault("id", "");
    Severity severity = parseSeverity(all.get("severity"));
    return new RuleMetadata(rule.getName(), id, severity, Map.copyOf(all));
  }

  /** Parses a severity code; {@code null} when it is missing or not one of error, warning, info. */
  static Severity parseSeverity(String code) {
    if (code == null) {
      return null;
    }
    for (Severity severity : Severity.values()) {
      if (severity.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return severity;
      }
    }
    return null;
  }

  /** Metadata read back from an executable model keeps the quotes of the DRL: drop them. */
  static String unquote(String value) {
    String stripped = value.strip();
    if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
      return stripped.substring(1, stripped.length() - 1);
    }
    return stripped;
  }
}
