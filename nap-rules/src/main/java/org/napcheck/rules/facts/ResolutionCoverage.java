package org.napcheck.rules.facts;

import java.util.List;

/**
 * Whether the plan's texts (pillar and objective titles, action and indicator texts) address the
 * themes of one resolution of the Women, Peace and Security agenda, as napcheck infers it from
 * their words in English and French; and where they do.
 */
public final class ResolutionCoverage {
  private final String resolution;
  private final int year;
  private final List<String> coveredAt;
  private final String othersCovered;

  /**
   * @param resolution the resolution's number, e.g. {@code 2467}
   * @param coveredAt the ids of the first items whose text addresses it, in plan order; empty when
   *     none does
   * @param othersCovered where the plan covers the other resolutions checked, e.g. {@code "2250:
   *     1.f, 1.f.1; 2467: 3.f.3"}, or {@code "none"}
   */
  ResolutionCoverage(String resolution, int year, List<String> coveredAt, String othersCovered) {
    this.resolution = resolution;
    this.year = year;
    this.coveredAt = List.copyOf(coveredAt);
    this.othersCovered = othersCovered;
  }

  public String getResolution() {
    return resolution;
  }

  public int getYear() {
    return year;
  }

  public boolean isCovered() {
    return !coveredAt.isEmpty();
  }

  public List<String> getCoveredAt() {
    return coveredAt;
  }

  public String getOthersCovered() {
    return othersCovered;
  }
}
