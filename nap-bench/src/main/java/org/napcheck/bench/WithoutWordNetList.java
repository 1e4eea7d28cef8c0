package org.napcheck.bench;

import org.napcheck.rules.internal.TextInference;
import org.napcheck.rules.internal.TextInference.WordTool;

/** The lexicon without its list of WordNet's person nouns: what that list brings. */
final class WithoutWordNetList implements WordTool {
  @Override
  public Boolean person(String word, boolean french) {
    return !french && TextInference.onlyByWordNet(word) ? false : null;
  }
}
