package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.napcheck.model.Location;
import org.napcheck.model.Severity;
import org.napcheck.rules.facts.Findings;

/**
 * A compiled rule base and what its rules' metadata says: a default or an extra set of rules.
 * Immutable and safe to share; each {@link #run} opens its own session.
 */
public final class CompiledRules {
  /** The name of the global every rule file records its findings with. */
  public static final String FINDINGS_GLOBAL = "findings";

  private final KieBase kieBase;
  private final String origin;
  private final Map<String, RuleMetadata> byRuleName;

  /** A rule's metadata: {@code @id}, {@code @severity} and any other it declares. */
  public record RuleMetadata(
      String ruleName, String id, Severity severity, Map<String, String> all) {}

  public CompiledRules(KieBase kieBase, String origin) {
    this.kieBase = kieBase;
    this.origin = origin;
    var metadata = new LinkedHashMap<String, RuleMetadata>();
    kieBase.getKiePackages().stream()
        .sorted(Comparator.comparing(KiePackage::getName))
        .flatMap(kiePackage -> kiePackage.getRules().stream())
        .sorted(Comparator.comparing(Rule::getName))
        .forEach(rule -> metadata.put(rule.getName(), metadataOf(rule)));
    this.byRuleName = Map.copyOf(metadata);
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
   * Inserts the facts into a new session, fires the rules whose id {@code enabled} accepts, and
   * returns what they recorded, in the order of {@link org.napcheck.model.Finding#ORDER}.
   */
  public List<Findings.Recorded> run(List<Object> facts, Predicate<String> enabled) {
    var findings = new Findings();
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal(FINDINGS_GLOBAL, findings);
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
              findings.firing(event.getMatch().getRule().getName());
            }
          });
      facts.forEach(session::insert);
      session.fireAllRules(match -> enabled.test(byRuleName.get(match.getRule().getName()).id()));
    } finally {
      session.dispose();
    }
    var recorded = new ArrayList<>(findings.recorded());
    recorded.sort(reportOrder());
    return recorded;
  }

  /**
   * Severity, rule id, location, evidence: the order of reports. A report sorts its findings again;
   * given them in order, that costs it one comparison per finding, which matters when there are
   * hundreds of thousands. Ids are compared as {@code Location.ORDER} compares them (numbers as
   * numbers, 1.b.2 before 1.b.10), without its cost.
   */
  private Comparator<Findings.Recorded> reportOrder() {
    Comparator<Findings.Recorded> bySeverity =
        Comparator.comparing(
            recorded -> byRuleName.get(recorded.ruleName()).severity(),
            Comparator.nullsLast(Comparator.naturalOrder()));
    return bySeverity
        .thenComparing(recorded -> byRuleName.get(recorded.ruleName()).id())
        .thenComparing(Findings.Recorded::location, LOCATION_ORDER)
        .thenComparing(recorded -> recorded.evidence().toString());
  }

  /**
   * The order of {@code Location.ORDER}, faster: for sorting many findings before a report does.
   */
  public static Comparator<Location> locationOrder() {
    return LOCATION_ORDER;
  }

  private static final Comparator<String> IDS =
      Comparator.nullsFirst(CompiledRules::compareNaturally);

  private static final Comparator<Location> LOCATION_ORDER =
      Comparator.comparing(Location::plan, IDS)
          .thenComparing(Location::pillar, IDS)
          .thenComparing(Location::objective, IDS)
          .thenComparing(Location::action, IDS)
          .thenComparing(Location::indicator, IDS)
          .thenComparing(Location::year, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(Location::reporter, IDS)
          .thenComparing(Location::actor, IDS);

  /** Numbers inside ids compare as numbers, 007 equal to 7; as the model's natural order does. */
  static int compareNaturally(String left, String right) {
    if (left.equals(right)) {
      return 0;
    }
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      char a = left.charAt(i);
      char b = right.charAt(j);
      if (isDigit(a) && isDigit(b)) {
        int endA = endOfNumber(left, i);
        int endB = endOfNumber(right, j);
        int startA = skipZeros(left, i, endA);
        int startB = skipZeros(right, j, endB);
        if (endA - startA != endB - startB) {
          return Integer.compare(endA - startA, endB - startB);
        }
        for (int k = 0; k < endA - startA; k++) {
          int byDigit = Character.compare(left.charAt(startA + k), right.charAt(startB + k));
          if (byDigit != 0) {
            return byDigit;
          }
        }
        i = endA;
        j = endB;
      } else {
        if (a != b) {
          return Character.compare(a, b);
        }
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(left.length() - i, right.length() - j);
    return byLength != 0 ? byLength : left.compareTo(right);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int endOfNumber(String text, int start) {
    int end = start;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The first digit of a number that is not a leading zero; its last digit if all are zeros. */
  private static int skipZeros(String text, int start, int end) {
    int first = start;
    while (first < end - 1 && text.charAt(first) == '0') {
      first++;
    }
    return first;
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
