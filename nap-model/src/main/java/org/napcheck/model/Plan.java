package org.napcheck.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A national action plan: its period, its own list of responsible bodies, and its pillars.
 *
 * @param id the plan's identifier, e.g. {@code LU-WPS-2}
 * @param country ISO 3166-1 alpha-2 code
 * @param monitoring how the plan says it is monitored; {@code null} when it says nothing
 * @param budget what the plan states about its budget; {@code null} when it states none
 */
public record Plan(
    @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
    @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code, e.g. LU")
        String country,
    @NotBlank String title,
    @NotNull @Valid Period period,
    @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code, e.g. en")
        String language,
    @Valid MonitoringSetup monitoring,
    @Valid Budget budget,
    List<@NotNull @Valid Actor> actors,
    List<@NotNull @Valid Pillar> pillars) {

  public Plan {
    actors = Lists.copyOf(actors);
    pillars = Lists.copyOf(pillars);
  }

  public Optional<MonitoringSetup> monitoringSetup() {
    return Optional.ofNullable(monitoring);
  }

  public Optional<Budget> statedBudget() {
    return Optional.ofNullable(budget);
  }

  /** Every objective of every pillar, in plan order. */
  public Stream<Objective> objectives() {
    return pillars.stream().flatMap(pillar -> pillar.objectives().stream());
  }

  /** Every action of the plan, in plan order. */
  public Stream<Action> actions() {
    return objectives().flatMap(objective -> objective.actions().stream());
  }

  /** Every indicator of the plan, in plan order. */
  public Stream<Indicator> indicators() {
    return actions().flatMap(action -> action.indicators().stream());
  }
}
