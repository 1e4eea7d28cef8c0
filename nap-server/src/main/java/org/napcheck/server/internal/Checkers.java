package org.napcheck.server.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.napcheck.model.RuleInfo;
import org.napcheck.rules.NapChecker;

/**
 * The server's checkers, built once per language and set of rules switched off, and shared by every
 * request (a checker is thread-safe). The extra rules come from the server's command line only.
 */
public final class Checkers {
  /** Each set of switched-off rules costs a build of the rules: a few kept, the oldest dropped. */
  private static final int KEPT = 16;

  private final Map<String, String> extraRules;
  private final Set<String> ruleIds;
  private final Map<Key, NapChecker> built =
      new LinkedHashMap<>(KEPT, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, NapChecker> eldest) {
          return size() > KEPT;
        }
      };

  private record Key(Locale locale, Set<String> disabled) {}

  /**
   * Builds the English and French checkers at once, so that bad extra rules stop the server before
   * it listens.
   *
   * @param extraRules DRL by source name
   */
  public Checkers(Map<String, String> extraRules) {
    this.extraRules = new LinkedHashMap<>(extraRules);
    NapChecker english = get(Locale.ENGLISH, Set.of());
    get(Locale.FRENCH, Set.of());
    var ids = new TreeSet<String>();
    for (RuleInfo rule : english.catalog()) {
      ids.add(rule.id());
    }
    this.ruleIds = Set.copyOf(ids);
  }

  /** A checker in {@code locale} with {@code disabled} switched off; refuses unknown rule ids. */
  public NapChecker get(Locale locale, Set<String> disabled) {
    if (ruleIds != null) {
      List<String> unknown = new ArrayList<>();
      for (String id : new TreeSet<>(disabled)) {
        if (!ruleIds.contains(id)) {
          unknown.add(id);
        }
      }
      if (!unknown.isEmpty()) {
        throw Refusal.badRequest("disable: no rule has the id " + String.join(", ", unknown));
      }
    }
    var key = new Key(locale, Set.copyOf(new TreeSet<>(disabled)));
    synchronized (built) {
      NapChecker checker = built.get(key);
      if (checker != null) {
        return checker;
      }
    }
    NapChecker.Builder builder =
        NapChecker.builder().locale(locale).disableRules(disabled.toArray(String[]::new));
    extraRules.forEach(builder::extraRules);
    NapChecker checker = builder.build();
    synchronized (built) {
      built.put(key, checker);
    }
    return checker;
  }
}
