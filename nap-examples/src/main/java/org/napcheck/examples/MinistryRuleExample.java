package org.napcheck.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.RuleInfo;
import org.napcheck.rules.NapChecker;

/**
 * A ministry's own rule, in DRL, checked beside napcheck's ({@code ministry.drl} in this package's
 * resources). Its metadata ({@code @title}, {@code @why}, {@code @fix}...) puts it in the catalog
 * like any other rule; a mistake in it fails {@code build()} with the file, line and column.
 */
public final class MinistryRuleExample {
  static final String RULES = "ministry.drl";

  private MinistryRuleExample() {}

  /** A checker with napcheck's rules and the ministry's. */
  public static NapChecker checker() {
    return NapChecker.builder().extraRules(RULES, ministryRules()).build();
  }

  static String ministryRules() {
    try (InputStream in = MinistryRuleExample.class.getResourceAsStream(RULES)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) throws IOException {
    NapChecker checker = checker();
    RuleInfo rule =
        checker.catalog().stream()
            .filter(info -> info.id().equals("MIN-POL-001"))
            .findFirst()
            .orElseThrow();
    System.out.printf(
        "%s (%s): %s%n  from %s%n", rule.id(), rule.severity().code(), rule.title(), rule.origin());
    var plan = new NapReader().readPlan(ExampleData.luxembourg().resolve("plan.yaml"));
    CheckReport report = checker.check(plan, List.of(), LocalDate.of(2027, 4, 1));
    List<Finding> ministry =
        report.findings().stream().filter(f -> f.rule().equals("MIN-POL-001")).toList();
    System.out.printf("%d actions of the Police state no deadline:%n", ministry.size());
    ministry.forEach(f -> System.out.println("  " + f.message()));
  }
}
