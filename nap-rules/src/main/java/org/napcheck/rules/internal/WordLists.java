package org.napcheck.rules.internal;

import java.util.Arrays;
import java.util.Set;

/** How the vocabularies of {@link Lexicon} hold their words: written out, or in a resource. */
final class WordLists {
  private WordLists() {}

  /** A set of words; a word written twice in a list is kept once. */
  static Set<String> set(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  /** The words of a resource beside this class: one a line, lines starting with # left out. */
  static Set<String> words(String resource) {
    try (var in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var words = new java.util.HashSet<String>();
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          words.add(line.strip());
        }
      }
      return Set.copyOf(words);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Whether {@code word} ends with one of {@code endings}. */
  static boolean endsWithAny(String word, String... endings) {
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
