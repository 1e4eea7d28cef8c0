package org.napcheck.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The state of one action as a report gives it. */
public record ActionProgress(
    @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String action,
    @NotNull ActionStatus status,
    String note) {}
