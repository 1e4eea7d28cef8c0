package org.napcheck.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Waiver;
import org.napcheck.rules.facts.Findings;
import org.napcheck.rules.internal.CompiledRules;
import org.napcheck.rules.internal.DefaultRules;
import org.napcheck.rules.internal.ExtraRules;
import org.napcheck.rules.internal.FactBuilder;
import org.napcheck.rules.internal.Messages;
import org.napcheck.rules.internal.OverviewBuilder;
import org.napcheck.rules.internal.TextInference;
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
 */
public final class NapChecker {
  private static final Logger LOG = LoggerFactory.getLogger(NapChecker.class);

  private final List<CompiledRules> ruleSets;
  private final Set<String> disabled;
  private final Period dueSoonWindow;
  private final Messages messages;
  private final FactBuilder factBuilder;
  private final String ruleSetName;
  private final List<RuleInfo> catalog;
  private final Map<String, RuleInfo> catalogById;

  private NapChecker(Builder builder) {
    long started = System.nanoTime();
    CompiledRules defaults = DefaultRules.load();
    var sets = new ArrayList<CompiledRules>();
    sets.add(defaults);
    if (!builder.extraSources.isEmpty()) {
      sets.add(ExtraRules.compile(builder.extraSources, defaults.ids()));
    }
    this.ruleSets = List.copyOf(sets);
    this.disabled = Set.copyOf(builder.disabled);
    this.dueSoonWindow = builder.dueSoonWindow;
    this.messages = new Messages(builder.locale);
    this.factBuilder = new FactBuilder(new TextInference(), builder.defaultReportDue);
    this.ruleSetName =
        DefaultRules.ruleSetName()
            + (builder.extraSources.isEmpty()
                ? ""
                : " + " + fileNames(builder.extraSources.keySet()));
    this.catalog = buildCatalog();
    var byId = new LinkedHashMap<String, RuleInfo>();
    catalog.forEach(info -> byId.put(info.id(), info));
    this.catalogById = Map.copyOf(byId);
    var unknown = new HashSet<>(disabled);
    unknown.removeAll(catalogById.keySet());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "no rule has the id " + String.join(", ", unknown.stream().sorted().toList()));
    }
    LOG.debug(
        "checker with {} rules built in {} ms",
        catalog.size(),
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

  /** A checker with napcheck's rules and default settings. */
  public static NapChecker withDefaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Checks {@code plan} with its monitoring reports as of {@code asOf}. */
  public CheckReport check(Plan plan, List<MonitoringReport> reports, LocalDate asOf) {
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
    List<Object> facts = factBuilder.facts(plan, reports, waivers, asOf, asOf.plus(dueSoonWindow));
    var findings = new ArrayList<Finding>();
    for (CompiledRules rules : ruleSets) {
      for (Findings.Recorded recorded : rules.run(facts, id -> !disabled.contains(id))) {
        findings.add(finding(rules, recorded, waivers, asOf));
      }
    }
    return new CheckReport(
        plan.id(),
        asOf,
        ruleSetName,
        findings,
        outcomes(findings),
        OverviewBuilder.overview(facts));
  }

  /** Every rule this checker knows, switched off or not, in id order, in its language. */
  public List<RuleInfo> catalog() {
    return catalog;
  }

  /** The name and version of napcheck's own rules, e.g. {@code napcheck-rules 0.1.0}. */
  public static String defaultRuleSetName() {
    return DefaultRules.ruleSetName();
  }

  /** The rule set the reports name, e.g. {@code napcheck-rules 0.1.0}. */
  public String ruleSetName() {
    return ruleSetName;
  }

  public Locale locale() {
    return messages.locale();
  }

  private Finding finding(
      CompiledRules rules, Findings.Recorded recorded, List<Waiver> waivers, LocalDate asOf) {
    CompiledRules.RuleMetadata metadata = rules.metadata(recorded.ruleName());
    String template =
        messages
            .text(metadata.id(), "message")
            .orElse(metadata.all().getOrDefault("message", metadata.ruleName()));
    String message = Messages.fill(template, recorded.location(), recorded.evidence());
    if (recorded.evidence().containsKey("inferred")) {
      message +=
          " "
              + Messages.fill(
                  messages.generic("inferred"), recorded.location(), recorded.evidence());
    }
    var finding =
        new Finding(
            metadata.id(),
            metadata.severity(),
            recorded.location(),
            message,
            recorded.evidence(),
            null);
    return waivers.stream()
        .filter(waiver -> waiver.appliesTo(finding, asOf))
        .findFirst()
        .map(finding::withWaiver)
        .orElse(finding);
  }

  private List<CheckReport.RuleOutcome> outcomes(List<Finding> findings) {
    var fired = new HashMap<String, Integer>();
    findings.forEach(finding -> fired.merge(finding.rule(), 1, Integer::sum));
    return catalog.stream()
        .filter(RuleInfo::enabled)
        .map(
            info ->
                new CheckReport.RuleOutcome(
                    info.id(), info.title(), info.severity(), fired.getOrDefault(info.id(), 0)))
        .toList();
  }

  private List<RuleInfo> buildCatalog() {
    var byId = new TreeMap<String, RuleInfo>();
    for (CompiledRules rules : ruleSets) {
      rules.rules().stream()
          .sorted(Comparator.comparing(CompiledRules.RuleMetadata::ruleName))
          .forEach(metadata -> byId.putIfAbsent(metadata.id(), info(rules, metadata)));
    }
    return List.copyOf(byId.values());
  }

  private RuleInfo info(CompiledRules rules, CompiledRules.RuleMetadata metadata) {
    return new RuleInfo(
        metadata.id(),
        part(metadata, "title"),
        metadata.severity(),
        part(metadata, "why"),
        part(metadata, "source"),
        part(metadata, "fix"),
        rules.origin(),
        !disabled.contains(metadata.id()));
  }

  /** A catalog text: from the language's messages, else from the rule's own metadata. */
  private String part(CompiledRules.RuleMetadata metadata, String part) {
    return messages
        .text(metadata.id(), part)
        .orElse(metadata.all().getOrDefault(part, part.equals("title") ? metadata.ruleName() : ""));
  }

  /** Settings of a checker. Not thread-safe; the checker it builds is. */
  public static final class Builder {
    private final Map<String, String> extraSources = new LinkedHashMap<>();
    private final Set<String> disabled = new HashSet<>();
    private Period dueSoonWindow = Period.ofMonths(12);
    private MonthDay defaultReportDue = MonthDay.of(3, 31);
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /**
     * Adds rules written in DRL. They run with the checker's rights, like any code: take them only
     * from people you trust.
     *
     * @param sourceName the name errors and reports give the file, e.g. {@code ministry.drl}
     */
    public Builder extraRules(String sourceName, String drl) {
      extraSources.put(Objects.requireNonNull(sourceName), Objects.requireNonNull(drl));
      return this;
    }

    /** Adds the rules of a DRL file. */
    public Builder extraRules(Path drlFile) throws IOException {
      return extraRules(drlFile.toString(), Files.readString(drlFile, StandardCharsets.UTF_8));
    }

    /** Switches rules off by id; a finding of theirs is never made. */
    public Builder disableRules(String... ids) {
      disabled.addAll(List.of(ids));
      return this;
    }

    /** How far ahead an action counts as due soon (NAP-M002); 12 months unless set. */
    public Builder dueSoonWindow(Period window) {
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
      this.defaultReportDue = Objects.requireNonNull(day);
      return this;
    }

    /** The language of messages and of the catalog: English unless set; French is available. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale);
      return this;
    }

    /**
     * Builds the checker.
     *
     * @throws RuleCompilationException when extra rules cannot be used
     * @throws IllegalArgumentException when a rule switched off does not exist
     */
    public NapChecker build() {
      return new NapChecker(this);
    }
  }
}
