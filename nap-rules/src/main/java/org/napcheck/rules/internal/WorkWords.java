package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.WordLists.endsWithAny;
import static org.napcheck.rules.internal.WordLists.set;
import static org.napcheck.rules.internal.WordLists.words;

import java.util.List;
import java.util.Set;
import org.napcheck.rules.internal.TextInference.Token;

/**
 * Words of what an indicator delivers that deliver nothing one can verify: work in general
 * ("actions", "support"), acts and kinds that take their concreteness from their object ("adoption
 * of the law", "type of initiatives"), and words that assert a change ("improved").
 */
final class WorkWords {
  private WorkWords() {}

  /** Nouns of work in general: "actions", "support", "progress" deliver nothing one can verify. */
  private static final Set<String> GENERIC = words("lexicon-generic.txt");

  /** Nouns of acts that take their concreteness from their object: "adoption of the law". */
  private static final Set<String> PROCESS = words("lexicon-process.txt");

  /** Acts that stay generic with no object: "support provided", "promotion". */
  private static final Set<String> GENERIC_PROCESS =
      set(
          "support",
          "assistance",
          "promotion",
          "integration",
          "inclusion",
          "implementation",
          "soutien",
          "appui",
          "aide",
          "promotion",
          "intégration",
          "inclusion",
          "mise-en-œuvre");

  private static final Set<String> KINDS =
      set(
          "type",
          "types",
          "kind",
          "kinds",
          "nature",
          "objectives",
          "objective",
          "scope",
          "objectifs",
          "objectif",
          "objet",
          "contenu");

  /** Abstract nouns by their ending: awareness, capacity, ownership; visibilité. */
  private static final Set<String> NOT_ABSTRACT =
      set(
          "facility",
          "authority",
          "university",
          "community",
          "entity",
          "charity",
          "municipality",
          "city",
          "internship",
          "fellowship",
          "scholarship",
          "partnership",
          "membership",
          "comité",
          "université",
          "municipalité",
          "entité",
          "autorité",
          "cité");

  /**
   * Words that assert a change ("Coordination improved", "Increased participation", « capacités
   * renforcées »): with no quantity to measure it, a change is not a verifiable result.
   */
  private static final Set<String> CHANGE = words("lexicon-change.txt");

  /** The class of nouns of work in general, both languages. */
  static Set<String> genericClass() {
    return GENERIC;
  }

  /** Whether {@code word} is in the class of nouns of work in general. */
  static boolean isGenericNoun(String word) {
    return GENERIC.contains(word);
  }

  /** Whether {@code word} is work in general: by its class, its ending, or a change asserted. */
  static boolean isGeneric(String word) {
    return GENERIC.contains(word)
        || CHANGE.contains(word)
        || endsWithAny(word, "ness", "ity", "ship", "ité") && !NOT_ABSTRACT.contains(word);
  }

  /** The first word of {@code tokens} that asserts a change, if one does. */
  static Token change(List<Token> tokens) {
    for (Token token : tokens) {
      if (CHANGE.contains(token.word())) {
        return token;
      }
    }
    return null;
  }

  static boolean isProcess(String word) {
    return PROCESS.contains(word);
  }

  static boolean isGenericProcess(String word) {
    return GENERIC_PROCESS.contains(word);
  }

  static boolean isKind(String word) {
    return KINDS.contains(word);
  }
}
