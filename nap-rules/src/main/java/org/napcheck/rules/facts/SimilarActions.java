package org.napcheck.rules.facts;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.napcheck.model.Location;

/**
 * An action whose text is near-identical to that of an earlier action of the plan, found by
 * napcheck when it builds the facts: the earliest such action whose responsible bodies are near the
 * same.
 *
 * <p>Texts are compared as sets of words: lower-cased, accents and punctuation removed, the plural
 * {@code s} or {@code x} taken off, short grammatical words (English and French) and words that
 * only say the work goes on ("continue", "ongoing", "poursuivre") left out. Their similarity is the
 * Jaccard index of the two sets: the words they share over the words either uses. Bodies are
 * compared the same way, as sets of codes.
 */
public final class SimilarActions {
  /**
   * Texts this similar or more are near-identical: at 0.85, two texts of ten words may differ by
   * one word added or changed, no more. Wording shared by different actions ("Strengthen the
   * training of all actors involved in asylum interviews" / "... in socio-educational interviews")
   * stays well below it.
   */
  public static final double NEAR_IDENTICAL_TEXT = 0.85;

  /** Bodies this similar or more are near the same: at least half of them named by both. */
  public static final double NEAR_SAME_BODIES = 0.5;

  /**
   * Similarities as shown, kept across checks: a Jaccard index of word sets takes few values, and a
   * large plan shows tens of thousands of them.
   */
  private static final Map<Double, String> SHOWN = new ConcurrentHashMap<>();

  private static final int MOST_SHOWN_KEPT = 10_000;

  private final String actionId;
  private final String otherActionId;
  private final double textSimilarity;
  private final double bodySimilarity;
  private final Location location;

  /**
   * @param actionId the later action
   * @param otherActionId the earlier action it repeats
   * @param location the later action's
   */
  SimilarActions(
      String actionId,
      String otherActionId,
      double textSimilarity,
      double bodySimilarity,
      Location location) {
    this.actionId = actionId;
    this.otherActionId = otherActionId;
    this.textSimilarity = textSimilarity;
    this.bodySimilarity = bodySimilarity;
    this.location = location;
  }

  public String getActionId() {
    return actionId;
  }

  public String getOtherActionId() {
    return otherActionId;
  }

  /** The Jaccard index of the two texts' words, from 0 to 1. */
  public double getTextSimilarity() {
    return textSimilarity;
  }

  /** The Jaccard index of the two actions' responsible bodies, from 0 to 1. */
  public double getBodySimilarity() {
    return bodySimilarity;
  }

  /** The text similarity with two decimals, as evidence shows it. */
  public String getTextSimilarityShown() {
    String shown = SHOWN.get(textSimilarity);
    if (shown == null) {
      shown = String.format(Locale.ROOT, "%.2f", textSimilarity);
      if (SHOWN.size() < MOST_SHOWN_KEPT) {
        SHOWN.put(textSimilarity, shown);
      }
    }
    return shown;
  }

  public Location getLocation() {
    return location;
  }
}
