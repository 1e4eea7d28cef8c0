package org.napcheck.bench;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.napcheck.rules.internal.TextInference;
import org.napcheck.rules.internal.TextInference.WordTool;

/**
 * Lucene's EnglishMinimalStemmer and FrenchLightStemmer: a word names people, or work in general,
 * when its stem is the stem of a word of the lexicon's class, so that one entry covers singular,
 * plural and feminine forms.
 */
final class StemmerTool implements WordTool {
  private final EnglishMinimalStemmer english = new EnglishMinimalStemmer();
  private final FrenchLightStemmer french = new FrenchLightStemmer();
  private final Set<String> peopleEn = new HashSet<>();
  private final Set<String> peopleFr = new HashSet<>();
  private final Set<String> generic = new HashSet<>();

  StemmerTool() {
    TextInference.personClass(false).forEach(word -> peopleEn.add(stem(word, false)));
    TextInference.personClass(true).forEach(word -> peopleFr.add(stem(word, true)));
    for (String word : TextInference.genericClass()) {
      generic.add(stem(word, false));
      generic.add(stem(word, true));
    }
  }

  String stem(String word, boolean inFrench) {
    char[] chars = word.toCharArray();
    int length = inFrench ? french.stem(chars, chars.length) : english.stem(chars, chars.length);
    return new String(chars, 0, length);
  }

  @Override
  public Boolean person(String word, boolean inFrench) {
    return (inFrench ? peopleFr : peopleEn).contains(stem(word, inFrench)) ? true : null;
  }

  @Override
  public Boolean generic(String word, boolean inFrench) {
    return generic.contains(stem(word, inFrench)) ? true : null;
  }
}
