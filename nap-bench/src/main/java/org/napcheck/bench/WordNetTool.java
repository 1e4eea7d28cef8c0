package org.napcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.napcheck.rules.internal.TextInference;
import org.napcheck.rules.internal.TextInference.WordTool;

/**
 * WordNet 3.1 (extJWNL): an English noun names people when its first sense (or, with {@code
 * anySense}, any sense) is in the lexicographer file noun.person. With {@code keepEndings}, the
 * lexicon's agent endings still apply to words WordNet does not take for persons; without, only the
 * lexicon's class and WordNet decide.
 */
final class WordNetTool implements WordTool {
  private final Dictionary dictionary;
  private final boolean anySense;
  private final boolean keepEndings;
  private final Set<String> personClass = TextInference.personClass(false);
  private final Map<String, Boolean> cache = new HashMap<>();

  WordNetTool(boolean anySense, boolean keepEndings) {
    try {
      this.dictionary = Dictionary.getDefaultResourceInstance();
    } catch (JWNLException e) {
      throw new IllegalStateException(e);
    }
    this.anySense = anySense;
    this.keepEndings = keepEndings;
  }

  @Override
  public synchronized Boolean person(String word, boolean french) {
    if (french) {
      return null;
    }
    boolean wordnet = cache.computeIfAbsent(word, this::wordnetPerson);
    if (wordnet) {
      return true;
    }
    return keepEndings ? null : personClass.contains(word);
  }

  /**
   * Writes WordNet's English common nouns whose first sense is a person (noun.person), one word a
   * line, sorted: the list napcheck's lexicon reads (person-nouns-en.txt).
   */
  static void export(Path file) throws Exception {
    var tool = new WordNetTool(false, true);
    var words = new TreeSet<String>();
    var iterator = tool.dictionary.getIndexWordIterator(POS.NOUN);
    while (iterator.hasNext()) {
      IndexWord indexWord = iterator.next();
      String lemma = indexWord.getLemma();
      if (lemma.matches("[a-z]+(-[a-z]+)*") && tool.wordnetPerson(lemma)) {
        words.add(lemma);
      }
    }
    var lines = new ArrayList<String>();
    lines.add("# English common nouns whose first sense is a person (WordNet 3.1, noun.person),");
    lines.add("# written by nap-bench InferenceTools --export-wordnet; see docs/inference.md.");
    lines.addAll(licence());
    lines.addAll(words);
    Files.write(file, lines);
    System.out.println(words.size() + " words written to " + file);
  }

  /**
   * Writes WordNet's English person nouns whose first sense is a kind of female person (a hyponym
   * of "female person", or defined as "a woman ...", "a female ...", "a girl ..."), one word a
   * line, sorted: the list napcheck's lexicon reads to tell a count of women only
   * (female-nouns-en.txt). Male nouns are not written: WordNet's (seafarer, chauffeur, fellow) name
   * jobs and kinds of either sex too often to tell a count of men only.
   */
  static void exportFemale(Path file) throws Exception {
    var tool = new WordNetTool(false, true);
    Synset female = tool.dictionary.getIndexWord(POS.NOUN, "female person").getSenses().get(0);
    var lines = new ArrayList<String>();
    lines.add("# English person nouns whose first sense is a female person (WordNet 3.1),");
    lines.add(
        "# written by nap-bench InferenceTools --export-wordnet-female; see docs/inference.md.");
    lines.addAll(licence());
    var iterator = tool.dictionary.getIndexWordIterator(POS.NOUN);
    var found = new TreeSet<String>();
    while (iterator.hasNext()) {
      IndexWord indexWord = iterator.next();
      String lemma = indexWord.getLemma();
      if (!lemma.matches("[a-z]+(-[a-z]+)*") || !tool.wordnetPerson(lemma)) {
        continue;
      }
      Synset first =
          indexWord.getSenses().stream()
              .filter(sense -> sense.getWords().stream().anyMatch(w -> w.getLemma().equals(lemma)))
              .findFirst()
              .orElseThrow();
      // a kind of female person, or defined as one: "widow: a woman whose husband is
      // dead", "nun: a woman religious", "actress: a female actor"
      String gloss = first.getGloss().toLowerCase(Locale.ROOT);
      if (isKindOf(first, female, 0) || gloss.matches("(an? )?(adult )?(woman|female|girl)\\b.*")) {
        found.add(lemma);
      }
    }
    lines.addAll(found);
    Files.write(file, lines);
    System.out.println(found.size() + " words written to " + file);
  }

  /** WordNet's licence asks for its notice on all copies: the data file's header, as comments. */
  private static List<String> licence() throws IOException {
    var lines = new ArrayList<String>();
    lines.add("#");
    try (InputStream in =
        WordNetTool.class.getResourceAsStream("/net/sf/extjwnl/data/wordnet/wn31/data.noun")) {
      new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1)
          .lines()
          .takeWhile(line -> line.startsWith("  "))
          .forEach(line -> lines.add(("# " + line.strip().replaceFirst("^[0-9]+ ?", "")).strip()));
    }
    return lines;
  }

  private static boolean isKindOf(Synset synset, Synset ancestor, int depth) throws JWNLException {
    if (synset.equals(ancestor)) {
      return true;
    }
    if (depth > 20) {
      return false;
    }
    for (var pointer : synset.getPointers(PointerType.HYPERNYM)) {
      if (isKindOf(pointer.getTargetSynset(), ancestor, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean wordnetPerson(String word) {
    try {
      IndexWord indexWord = dictionary.lookupIndexWord(POS.NOUN, word.replace('-', ' '));
      if (indexWord == null) {
        return false;
      }
      // senses of a common noun only: "sessions" is first Roger Sessions, a composer
      List<Synset> senses =
          indexWord.getSenses().stream()
              .filter(
                  sense ->
                      sense.getWords().stream()
                          .anyMatch(
                              w ->
                                  w.getLemma().equals(indexWord.getLemma())
                                      && w.getLemma()
                                          .equals(w.getLemma().toLowerCase(Locale.ROOT))))
              .toList();
      if (senses.isEmpty()) {
        return false;
      }
      if (!anySense) {
        return senses.get(0).getLexFileName().equals("noun.person");
      }
      return senses.stream().anyMatch(sense -> sense.getLexFileName().equals("noun.person"));
    } catch (JWNLException e) {
      throw new IllegalStateException(e);
    }
  }
}
