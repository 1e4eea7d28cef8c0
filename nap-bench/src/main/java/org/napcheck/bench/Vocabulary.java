package org.napcheck.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The words the relatedness methods compare ({@link Relatedness}): the content words of a text,
 * their Snowball stems, and the stems of work in general, which say nothing of what a text is
 * about. Made once, before any method is timed.
 */
final class Vocabulary {
  // Function words the stop sets of Lucene's English analyser leave in.
  private static final Set<String> STOP_EN =
      set(
          "a an and are as at be but by for if in into is it no not of on or such that the "
              + "their then there these they this to was will with all any both each from its our "
              + "who which whose within through between among during after before about against "
              + "towards where when have has been more other than also per out up e g etc "
              + "including particular notably especially well new s");

  /** What measures, not what is measured: the words of a count, a share, a frequency. */
  private static final Set<String> MEASURE =
      set(
          "number numbers share percentage proportion rate amount level type types "
              + "frequency annual yearly year total ratio nombre part pourcentage taux montant "
              + "fréquence niveau annuel annuelle année chaque nbre");

  /**
   * Work in general: words any action or indicator may use whatever it is about (verbs of plan
   * actions, participles of indicators, nouns of activity). Matching on them says nothing.
   */
  private static final Set<String> GENERIC_WORDS =
      set(
          "action actions initiative initiatives measure measures activity activities "
              + "effort efforts progress result results work step steps implementation implement "
              + "implemented support supported ensure promote strengthen continue continued "
              + "develop developed establish established encourage facilitate made held carried "
              + "conducted launched organised organized provided provide taken created create set "
              + "done achieved produced issued undertaken allocated disbursed used alloué alloués allouées versé versés"
              + "  ongoing continuous monitoring mise "
              + "œuvre oeuvre appui appuyer soutenir soutien assurer promouvoir renforcer "
              + "poursuivre élaborer mettre place encourager faciliter veiller garantir réaliser "
              + "réalisé réalisés réalisées mené menés menée menées tenu tenus tenue tenues "
              + "organisé organisés organisée organisées effectué effectués fait faits faite "
              + "faites lancé lancés lancées conduit conduits mesure mesures activité activités "
              + "progrès résultat résultats suivi ayant disposant bénéficié");

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Set<String> stopFr = new HashSet<>();

  /** Snowball stemmers keep state: used under this vocabulary's lock. */
  private final SnowballStemmer stemEn = new EnglishStemmer();

  private final SnowballStemmer stemFr = new FrenchStemmer();

  /** The stems, English and French, of the words of work in general. */
  private final Set<String> generic = new HashSet<>();

  Vocabulary() {
    FrenchAnalyzer.getDefaultStopSet().forEach(word -> stopFr.add(new String((char[]) word)));
    stopFr.addAll(List.of("d", "l", "qu", "afin", "auprès", "dont", "via", "notamment"));
    for (String word : GENERIC_WORDS) {
      generic.add(stem(word, false));
      generic.add(stem(word, true));
    }
  }

  /** The words of a list written as one string, separated by spaces. */
  static Set<String> set(String words) {
    return Set.of(words.split(" "));
  }

  synchronized String stem(String word, boolean french) {
    SnowballStemmer stemmer = french ? stemFr : stemEn;
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** Whether a stem is one of work in general. */
  boolean generic(String stem) {
    return generic.contains(stem);
  }

  /** The words of a text, lower case, split on everything but letters and digits. */
  static List<String> words(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    var words = new ArrayList<String>();
    for (String word : NON_WORD.split(lower)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Content words: not a function word, not a word of measuring, at least two characters. */
  List<String> content(String text, boolean french) {
    Set<String> stop = french ? stopFr : STOP_EN;
    return words(text).stream()
        .filter(w -> w.length() > 1 && !stop.contains(w) && !MEASURE.contains(w))
        .toList();
  }

  /**
   * The stems of a text's content words, sorted; with {@code dropGeneric}, not of work in general.
   */
  Set<String> stems(String text, boolean french, boolean dropGeneric) {
    var stems = new TreeSet<String>();
    for (String word : content(text, french)) {
      String stem = stem(word, french);
      if (!dropGeneric || !generic.contains(stem)) {
        stems.add(stem);
      }
    }
    return stems;
  }
}
