package org.napcheck.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two reports of the same plan: findings that are new, resolved (in the old
 * report only) and unchanged. Findings are the same when their rule, location and evidence are;
 * their language and waivers do not matter.
 *
 * <pre>{@code
 * ReportComparison change = ReportComparison.of(lastYear, thisYear);
 * change.added().forEach(System.out::println);
 * }</pre>
 */
public record ReportComparison(
    List<Finding> added, List<Finding> resolved, List<Finding> unchanged) {

  public ReportComparison {
    added = List.copyOf(Objects.requireNonNull(added, "added"));
    resolved = List.copyOf(Objects.requireNonNull(resolved, "resolved"));
    unchanged = List.copyOf(Objects.requireNonNull(unchanged, "unchanged"));
  }

  public static ReportComparison of(CheckReport before, CheckReport after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Set<String> old = identities(before);
    Set<String> current = identities(after);
    return new ReportComparison(
        after.findings().stream().filter(finding -> !old.contains(finding.identity())).toList(),
        before.findings().stream()
            .filter(finding -> !current.contains(finding.identity()))
            .toList(),
        after.findings().stream().filter(finding -> old.contains(finding.identity())).toList());
  }

  private static Set<String> identities(CheckReport report) {
    return report.findings().stream().map(Finding::identity).collect(Collectors.toSet());
  }
}
