package org.napcheck.rules.facts;

import java.time.LocalDate;
import org.napcheck.model.Location;
import org.napcheck.model.Waiver;

/** A waiver given with the check, so that rules can report the ones that have expired. */
public final class WaiverFact {
  private final Waiver waiver;

  WaiverFact(Waiver waiver) {
    this.waiver = waiver;
  }

  public String getRule() {
    return waiver.rule();
  }

  public String getReason() {
    return waiver.reason();
  }

  /** The last day the waiver applies; {@code null} for no end. */
  public LocalDate getExpires() {
    return waiver.expires();
  }

  public Location getLocation() {
    return waiver.location();
  }
}
