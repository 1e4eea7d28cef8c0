package org.napcheck.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * An action of an objective.
 *
 * @param id objective id plus the action's position, e.g. {@code 1.a.1}
 * @param responsible the bodies responsible, as published (shorthand expanded), e.g. {@code
 *     MAINT/Police}, or words for everyone such as {@code All ministries}
 * @param lead the bodies among {@code responsible} that lead the action, where the plan marks them;
 *     empty when it does not
 * @param deadline {@code null} when the plan states none
 * @param continuous {@code true} for ongoing work with no end state; {@code null} when the plan
 *     does not say
 */
public record Action(
    @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
    @NotBlank String text,
    List<@NotBlank String> responsible,
    List<@NotBlank String> lead,
    @Valid Deadline deadline,
    Boolean continuous,
    List<@NotNull @Valid Indicator> indicators) {

  public Action {
    responsible = Lists.copyOf(responsible);
    lead = Lists.copyOf(lead);
    indicators = Lists.copyOf(indicators);
  }

  /** An action whose plan marks no lead body. */
  public Action(
      String id,
      String text,
      List<String> responsible,
      Deadline deadline,
      Boolean continuous,
      List<Indicator> indicators) {
    this(id, text, responsible, List.of(), deadline, continuous, indicators);
  }

  public Optional<Deadline> statedDeadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   * Whether a responsible entry gives the action to everyone: "All", "All ministries", "All
   * diplomatic missions", "Tous les ministères"... These are recognised words, not bodies.
   */
  public static boolean givesToEveryone(String responsibleEntry) {
    String entry = responsibleEntry.strip();
    int end = 0;
    while (end < entry.length() && !Character.isWhitespace(entry.charAt(end))) {
      end++;
    }
    String first = entry.substring(0, end);
    return first.equalsIgnoreCase("all")
        || first.equalsIgnoreCase("tous")
        || first.equalsIgnoreCase("toutes");
  }

  /** A lead marks one of the responsible bodies; it does not add a body of its own. */
  @AssertTrue(message = "every body in lead must also be in responsible")
  boolean isLeadAmongResponsible() {
    return responsible.containsAll(lead);
  }
}
