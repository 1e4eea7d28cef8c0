package org.napcheck.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** An objective of a pillar, e.g. {@code 1.a}. */
public record Objective(
    @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
    @NotBlank String title,
    List<@NotNull @Valid Action> actions) {

  public Objective {
    actions = Lists.copyOf(actions);
  }
}
