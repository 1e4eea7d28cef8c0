package org.napcheck.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A body the plan makes responsible for actions, as the plan's own list of actors names it.
 *
 * @param code as published, e.g. {@code MFA D7} or {@code MAINT/Police}
 * @param parent the code of the body this one belongs to; {@code null} for a top-level body
 */
public record Actor(
    @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String code,
    String name,
    String parent) {}
