package org.napcheck.rules.reference;

import org.napcheck.rules.facts.WaiverFact;

/** The rule of waivers.drl, NAP-W001. */
final class WaiverRules {
  private final FactsByType facts;
  private final Recorder recorder;

  WaiverRules(FactsByType facts, Recorder recorder) {
    this.facts = facts;
    this.recorder = recorder;
  }

  void run() {
    w001WaiverExpired();
  }

  private void w001WaiverExpired() {
    if (!recorder.fires("NAP-W001")) {
      return;
    }
    for (WaiverFact waiver : facts.waivers()) {
      if (waiver.getExpires() != null && waiver.getExpires().isBefore(facts.check().getAsOf())) {
        recorder.record(
            waiver.getLocation(),
            "waivedRule",
            waiver.getRule(),
            "expires",
            waiver.getExpires(),
            "reason",
            waiver.getReason());
      }
    }
  }
}
