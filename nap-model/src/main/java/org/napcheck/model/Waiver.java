package org.napcheck.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An accepted finding: findings of {@code rule} at a location that {@code location} covers are
 * reported as waived until {@code expires} (included).
 *
 * @param location the parts that must match; parts left {@code null} match anything
 * @param expires the last day the waiver applies; {@code null} for no end
 */
public record Waiver(
    @NotBlank String rule,
    @NotNull Location location,
    @NotBlank String reason,
    String approvedBy,
    LocalDate expires) {

  public boolean appliesTo(Finding finding, LocalDate asOf) {
    return rule.equals(finding.rule()) && location.covers(finding.location()) && !isExpired(asOf);
  }

  public boolean isExpired(LocalDate asOf) {
    return expires != null && asOf.isAfter(expires);
  }
}
