package org.napcheck.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Waiver;
import org.napcheck.rules.facts.FactBuilder;
import org.napcheck.rules.internal.CompiledRules;
import org.napcheck.rules.internal.DefaultRules;
import org.napcheck.rules.internal.ExtraRuleSources;
import org.napcheck.rules.internal.ExtraRules;
import org.napcheck.rules.internal.Messages;
import org.napcheck.rules.internal.OverviewBuilder;
import org.napcheck.rules.internal.RecordedFindings;
import org.napcheck.rules.internal.RuleCatalog;
import org.napcheck.rules.internal.WaiversInForce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks plans for gaps with napcheck's rules and any extra ones. Build it once and share it: it is
 * immutable and safe to use from many threads at once.
 *
 * <pre>{@code
 * NapChecker checker = NapChecker.builder()
 *     .disableRules("NAP-I004")
 *     .locale(Locale.FRENCH)
 *     .build();
 * CheckReport report = checker.check(plan, reports, LocalDate.of(2027, 4, 1));
 * }</pre>
 *
 * <p><b>Extra rules are code.</b> DRL may call any Java method in its conditions and actions, so
 * {@linkplain Builder#extraRules(String, String) extra rules} run with the rights of the
 * application that builds the checker: they can read and write files, open connections and stop the
 * process. Take them only from people you would let change the application. An application that
 * takes no extra rules says so with {@link Builder#allowExtraRules(boolean)
 * allowExtraRules(false)}; every checker bounds their size ({@link
 * Builder#maxExtraRulesSize(long)}).
 */
public final class NapChecker {
  /** The most bytes of extra DRL, all files together, unless a builder says otherwise: 1 MiB. */
  public static final long DEFAULT_MAX_EXTRA_RULES_SIZE = 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(NapChecker.class);

  private final List<CompiledRules> ruleSets;
  private final Set<String> disabled;
  private final Period dueSoonWindow;
  private final Messages messages;
  private final FactBuilder factBuilder;
  private final String ruleSetName;
  private final RuleCatalog catalog;

  /** napcheck's rules but those switched off: what a check with monitoring data runs. */
  private final CompiledRules defaultsRun;

  /** The same without the monitoring rules, for checks of a plan alone; made when first needed. */
  private final AtomicReference<CompiledRules> defaultsRunWithoutMonitoring =
      new AtomicReference<>();

  private NapChecker(Builder builder) {
    long started = System.nanoTime();
    this.messages = new Messages(builder.locale);
    CompiledRules defaults = DefaultRules.load();
    var sets = new ArrayList<CompiledRules>();
    sets.add(defaults);
    if (!builder.extraRules.isEmpty()) {
      sets.add(ExtraRules.compile(builder.extraRules.sources(), defaults.ids(), messages));
    }
    this.ruleSets = List.copyOf(sets);
    this.disabled = Set.copyOf(builder.disabled);
    this.dueSoonWindow = builder.dueSoonWindow;
    this.factBuilder = new FactBuilder(builder.locale, builder.defaultReportDue);
    this.ruleSetName =
        DefaultRules.ruleSetName()
            + (builder.extraRules.isEmpty()
                ? ""
                : " + " + fileNames(builder.extraRules.sources().keySet()));
    this.catalog = new RuleCatalog(ruleSets, messages, disabled);
    this.defaultsRun = DefaultRules.without(onlyDefaults(defaults, disabled));
    var unknown = new HashSet<>(disabled);
    unknown.removeAll(catalog.ids());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          messages.say(
              "error.noSuchRule",
              Map.of("ids", String.join(", ", unknown.stream().sorted().toList()))));
    }
    LOG.debug(
        "checker with {} rules built in {} ms",
        catalog.rules().size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * The file names of extra rules, without their folders: a report must not depend on where they
   * lie.
   */
  private static String fileNames(java.util.Collection<String> sources) {
    return String.join(
        ", ", sources.stream().map(source -> Path.of(source).getFileName().toString()).toList());
  }

  /**
   * Refuses waivers of rules this checker does not have: such a waiver waives nothing, most often
   * for a typo. {@link #check} does not refuse them, so that one list of waivers can serve checkers
   * with different extra rules; the command line does, as it refuses unknown ids in {@code
   * --disable}.
   *
   * @throws IllegalArgumentException naming the first such waiver, and the id it may have meant
   */
  public void refuseUnknownRules(List<Waiver> waivers) {
    Objects.requireNonNull(waivers, "waivers");
    WaiversInForce.refuseUnknownRules(waivers, catalog.ids(), messages);
  }

  /** A checker with napcheck's rules and default settings. */
  public static NapChecker withDefaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Checks {@code plan} with its monitoring reports as of {@code asOf}. */
  public CheckReport check(Plan plan, List<MonitoringReport> reports, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(asOf, "asOf");
    return check(plan, reports, asOf, List.of());
  }

  /**
   * Checks {@code plan} with its monitoring reports as of {@code asOf}; findings that a waiver in
   * force covers are marked waived, and waivers that have expired are reported (NAP-W001).
   */
  public CheckReport check(
      Plan plan, List<MonitoringReport> reports, LocalDate asOf, List<Waiver> waivers) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(waivers, "waivers");
    List<CheckReport.NotApplied> notApplied =
        reports.isEmpty() ? catalog.notAppliedWithoutMonitoring(messages) : List.of();
    Set<String> skipped = new HashSet<>();
    notApplied.forEach(reason -> skipped.addAll(reason.rules()));
    // Extra rules may match any fact: with them, every fact is made.
    boolean extra = ruleSets.size() > 1;
    List<Object> facts =
        extra
            ? factBuilder.facts(plan, reports, waivers, asOf, asOf.plus(dueSoonWindow))
            : factBuilder.facts(
                plan,
                reports,
                waivers,
                asOf,
                asOf.plus(dueSoonWindow),
                id -> !disabled.contains(id) && !skipped.contains(id));
    var waiversInForce = new WaiversInForce(waivers, asOf);
    var findings = new ArrayList<Finding>();
    for (int set = 0; set < ruleSets.size(); set++) {
      // napcheck's own rules run from a rule base without those the check does not apply
      CompiledRules rules = set == 0 ? defaultsRun(reports.isEmpty()) : ruleSets.get(set);
      try {
        for (RecordedFindings.Recorded recorded :
            rules.run(facts, id -> !disabled.contains(id) && !skipped.contains(id))) {
          findings.add(waiversInForce.apply(finding(rules, recorded)));
        }
      } catch (CompiledRules.RuleFailure failure) {
        if (set == 0) {
          // napcheck's own rules: a bug of napcheck's, not of the user's input
          throw failure.getCause() instanceof RuntimeException cause ? cause : failure;
        }
        throw new ExtraRuleException(
            ExtraRuleException.describe(
                failure.getCause(), failure.rule(), rules.origin(), messages),
            failure.rule(),
            rules.origin(),
            failure.getCause());
      }
    }
    return new CheckReport(
        plan.id(),
        asOf,
        ruleSetName,
        findings,
        catalog.outcomes(findings, skipped),
        OverviewBuilder.overview(facts),
        notApplied);
  }

  /** The ids among {@code ids} of napcheck's own rules. */
  private static Set<String> onlyDefaults(CompiledRules defaults, Set<String> ids) {
    var own = new HashSet<>(ids);
    own.retainAll(defaults.ids());
    return own;
  }

  /** napcheck's rules that a check runs: those not switched off, and that apply to its data. */
  private CompiledRules defaultsRun(boolean noMonitoringData) {
    if (!noMonitoringData) {
      return defaultsRun;
    }
    CompiledRules rules = defaultsRunWithoutMonitoring.get();
    if (rules == null) {
      var leftOut = new HashSet<>(disabled);
      leftOut.addAll(catalog.needingMonitoring());
      rules = DefaultRules.without(onlyDefaults(ruleSets.get(0), leftOut));
      defaultsRunWithoutMonitoring.set(rules);
    }
    return rules;
  }

  /** Every rule this checker knows, switched off or not, in id order, in its language. */
  public List<RuleInfo> catalog() {
    return catalog.rules();
  }

  /** The name and version of napcheck's own rules, e.g. {@code napcheck-rules 0.1.0}. */
  public static String defaultRuleSetName() {
    return DefaultRules.ruleSetName();
  }

  /** The rule set the reports name, e.g. {@code napcheck-rules 0.1.0}. */
  public String ruleSetName() {
    return ruleSetName;
  }

  /**
   * The language this checker writes in: {@link Locale#FRENCH} or {@link Locale#ENGLISH}. A locale
   * napcheck has no texts for (German, say) gives English, and this says so.
   */
  public Locale locale() {
    return messages.locale();
  }

  private Finding finding(CompiledRules rules, RecordedFindings.Recorded recorded) {
    CompiledRules.RuleMetadata metadata = rules.metadata(recorded.ruleName());
    String template =
        messages
            .text(metadata.id(), "message")
            .orElse(metadata.all().getOrDefault("message", metadata.ruleName()));
    return new Finding(
        metadata.id(),
        metadata.severity(),
        recorded.location(),
        messages.findingMessage(template, recorded.location(), recorded.evidence()),
        recorded.evidence(),
        null);
  }

  /** Settings of a checker. Not thread-safe; the checker it builds is. */
  public static final class Builder {
    private final ExtraRuleSources extraRules = new ExtraRuleSources();
    private boolean extraRulesAllowed = true;
    private long maxExtraRulesSize = DEFAULT_MAX_EXTRA_RULES_SIZE;
    private final Set<String> disabled = new HashSet<>();
    private Period dueSoonWindow = Period.ofMonths(12);
    private MonthDay defaultReportDue = MonthDay.of(3, 31);
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /**
     * Adds rules written in DRL. They run with the checker's rights, like any code: take them only
     * from people you trust (see {@link NapChecker}).
     *
     * @param sourceName the name errors and reports give the file, e.g. {@code ministry.drl}; one
     *     name per source
     * @throws IllegalStateException when this builder does not {@linkplain
     *     #allowExtraRules(boolean) allow} extra rules
     * @throws RuleCompilationException when the extra rules would exceed {@link
     *     #maxExtraRulesSize(long)}, or rules of that name were added already
     */
    public Builder extraRules(String sourceName, String drl) {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(drl, "drl");
      refuseExtraRulesIfForbidden();
      extraRules.add(sourceName, drl, maxExtraRulesSize, locale);
      return this;
    }

    /**
     * Adds the rules of a DRL file, which must be UTF-8; its size is checked before it is read.
     *
     * @throws IllegalStateException when this builder does not allow extra rules
     * @throws RuleCompilationException when the file would exceed {@link #maxExtraRulesSize(long)},
     *     is a folder, is not UTF-8, or was added already
     */
    public Builder extraRules(Path drlFile) throws IOException {
      Objects.requireNonNull(drlFile, "drlFile");
      refuseExtraRulesIfForbidden();
      extraRules.add(drlFile, maxExtraRulesSize, locale);
      return this;
    }

    /**
     * Whether {@link #extraRules(String, String)} may be used; {@code true} unless set. An
     * application that takes no rules from its users sets {@code false}, so that no code path of
     * its own can add some by mistake.
     */
    public Builder allowExtraRules(boolean allowed) {
      this.extraRulesAllowed = allowed;
      return this;
    }

    /**
     * The most bytes (UTF-8) of extra DRL, all files together; {@link
     * #DEFAULT_MAX_EXTRA_RULES_SIZE} (1 MiB) unless set. Compiling DRL costs time and memory in
     * proportion to its size: rules written by people fit with room to spare.
     */
    public Builder maxExtraRulesSize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxExtraRulesSize must be at least 1: " + bytes);
      }
      this.maxExtraRulesSize = bytes;
      return this;
    }

    /** Switches rules off by id; a finding of theirs is never made. */
    public Builder disableRules(String... ids) {
      Objects.requireNonNull(ids, "ids");
      disabled.addAll(List.of(ids));
      return this;
    }

    /** How far ahead an action counts as due soon (NAP-M002); 12 months unless set. */
    public Builder dueSoonWindow(Period window) {
      Objects.requireNonNull(window, "window");
      if (window.isNegative()) {
        throw new IllegalArgumentException("the due-soon window must not be negative: " + window);
      }
      this.dueSoonWindow = window;
      return this;
    }

    /**
     * The day of year Y+1 by which the report for year Y is due, where a plan does not say ({@code
     * monitoring.reportDue}); 31 March unless set.
     */
    public Builder defaultReportDue(MonthDay day) {
      this.defaultReportDue = Objects.requireNonNull(day, "day");
      return this;
    }

    /**
     * The language of messages and of the catalog: English unless set; French is available. A
     * plan's own {@code language} does not choose it (the command does that when {@code --lang} is
     * not given): an application passes, e.g., {@code Locale.forLanguageTag(plan.language())}.
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Builds the checker.
     *
     * @throws RuleCompilationException when extra rules cannot be used
     * @throws IllegalArgumentException when a rule switched off does not exist
     * @throws IllegalStateException when extra rules were added but are not allowed
     */
    public NapChecker build() {
      // Settings changed after rules were added hold too.
      if (!extraRules.isEmpty()) {
        refuseExtraRulesIfForbidden();
        extraRules.refuseIfTooBig(maxExtraRulesSize, locale);
      }
      return new NapChecker(this);
    }

    private void refuseExtraRulesIfForbidden() {
      if (!extraRulesAllowed) {
        throw new IllegalStateException(
            "extra rules are not allowed: this checker is built with allowExtraRules(false)");
      }
    }
  }
}
