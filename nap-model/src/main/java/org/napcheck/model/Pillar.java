package org.napcheck.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A pillar of the plan.
 *
 * @param themes the WPS themes the plan says the pillar covers; empty when it does not say
 */
public record Pillar(
    @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
    @NotBlank String title,
    List<@NotNull Theme> themes,
    List<@NotNull @Valid Objective> objectives) {

  public Pillar {
    themes = Lists.copyOf(themes);
    objectives = Lists.copyOf(objectives);
  }
}
