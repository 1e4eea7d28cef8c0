package org.napcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.napcheck.model.Action;
import org.napcheck.model.Indicator;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.rules.internal.Messages;
import org.napcheck.rules.internal.TextInference;
import org.napcheck.rules.internal.TextInference.IndicatorProfile;
import org.napcheck.rules.internal.TextInference.WordTool;

/**
 * The experiment of docs/inference.md, "Language tools: what each brought": napcheck's text
 * inference alone, then with WordNet 3.1's person nouns, Lucene's stemmers and OpenNLP's
 * part-of-speech tagger each added to it, scored on the labelled corpus (dev, test, unseen1) and
 * timed on Luxembourg's 178 indicators. Run from the repository with
 *
 * <pre>
 * mvn -B -q -o -pl nap-bench -am package -DskipTests -Dinvoker.skip
 * java -cp nap-bench/target/benchmarks.jar org.napcheck.bench.InferenceTools
 * </pre>
 *
 * <p>The tools are dependencies of nap-bench only: napcheck's checker uses none of them.
 */
public final class InferenceTools {
  private static final List<String> RULES =
      List.of("NAP-I001", "NAP-I002", "NAP-I003", "NAP-I004", "NAP-I005");

  private InferenceTools() {}

  record Row(String id, String lang, String split, String text, Set<String> expected) {}

  record Variant(String name, Supplier<WordTool> tool) {}

  public static void main(String[] args) throws Exception {
    List<Row> rows = new ArrayList<>(read("/inference/corpus.tsv", null));
    rows.addAll(read("/inference/unseen.tsv", "unseen1"));
    Plan luxembourg = Data.luxembourg().plan();
    List<Variant> variants =
        List.of(
            new Variant("lexicon", () -> WordTool.NONE),
            new Variant("lexicon-without-wordnet-list", WithoutWordNetList::new),
            new Variant("wordnet-first", () -> new WordNetTool(false, true)),
            new Variant("wordnet-any", () -> new WordNetTool(true, true)),
            new Variant("wordnet-no-endings", () -> new WordNetTool(false, false)),
            new Variant("stemmer", StemmerTool::new),
            new Variant("opennlp", TaggerTool::new),
            new Variant("lexicon-again", () -> WordTool.NONE));
    if (args.length > 1 && args[0].equals("--export-wordnet")) {
      WordNetTool.export(java.nio.file.Path.of(args[1]));
      return;
    }
    if (args.length > 1 && args[0].equals("--export-wordnet-female")) {
      WordNetTool.exportFemale(java.nio.file.Path.of(args[1]));
      return;
    }
    long beforeList = usedHeap();
    long listStart = System.nanoTime();
    TextInference.lexiconPerson("widows", false);
    System.out.printf(
        Locale.ROOT,
        "lexicon's WordNet person nouns: loaded in %d ms, %.2f MiB retained%n",
        (System.nanoTime() - listStart) / 1_000_000,
        (usedHeap() - beforeList) / 1048576.0);
    boolean errors = args.length > 0 && args[0].equals("--errors");
    Map<String, String> baseline = null;
    for (Variant variant : variants) {
      if (args.length > 0 && !errors && !Arrays.asList(args).contains(variant.name())) {
        continue;
      }
      long heapBefore = usedHeap();
      long start = System.nanoTime();
      WordTool tool = variant.tool().get();
      long loadMs = (System.nanoTime() - start) / 1_000_000;
      long heapAfter = usedHeap();
      TextInference inference = new TextInference(new Messages(Locale.ENGLISH), tool);
      Map<String, String> scores = new TreeMap<>();
      var misses = new StringBuilder();
      Map<String, List<Row>> parts = new TreeMap<>();
      for (Row row : rows) {
        parts.computeIfAbsent(row.lang() + " " + row.split(), k -> new ArrayList<>()).add(row);
      }
      parts.forEach(
          (part, partRows) -> {
            for (String rule : RULES) {
              int tp = 0;
              int fp = 0;
              int fn = 0;
              for (Row row : partRows) {
                boolean expected = row.expected().contains(rule);
                boolean actual = fired(inference, row.text(), row.lang()).contains(rule);
                tp += expected && actual ? 1 : 0;
                fp += !expected && actual ? 1 : 0;
                fn += expected && !actual ? 1 : 0;
                if (expected != actual
                    && (!row.split().equals("test") || System.getenv("SHOWTEST") != null)) {
                  misses.append(
                      String.format(
                          "    %s %s %s: %s%n",
                          expected ? "missed" : "wrong ", rule, row.id(), row.text()));
                }
              }
              scores.put(rule + " " + part, score(tp, fp, fn));
            }
          });
      double micros = luxembourgMicros(inference, luxembourg);
      System.out.printf(
          Locale.ROOT,
          "%s: load %d ms, retained heap %.1f MiB, Luxembourg's 178 indicators %.0f µs warm%n",
          variant.name(),
          loadMs,
          (heapAfter - heapBefore) / 1048576.0,
          micros);
      Map<String, String> base = baseline;
      scores.forEach(
          (key, value) ->
              System.out.printf(
                  "  %-22s %s%s%n",
                  key,
                  value,
                  base != null && !base.get(key).equals(value)
                      ? "   (lexicon " + base.get(key) + ")"
                      : ""));
      if (errors) {
        System.out.print(misses);
      }
      if (baseline == null) {
        baseline = scores;
      }
    }
  }

  private static String score(int tp, int fp, int fn) {
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    return String.format(
        Locale.ROOT, "P %.2f R %.2f (tp %d fp %d fn %d)", precision, recall, tp, fp, fn);
  }

  private static final Action ACTION =
      new Action("1.a.1", "Carry out the work.", List.of("MFA"), null, null, List.of());

  /** The text rules that fire on an indicator that states no field, as indicators.drl says. */
  static Set<String> fired(TextInference inference, String text, String lang) {
    IndicatorProfile profile =
        inference.profile(Indicator.of("1.a.1-1", text), ACTION, Optional.empty(), lang);
    var fired = new TreeSet<String>();
    if (profile.people() && !profile.sexBreakdownAsked() && !profile.oneSexCounted()) {
      fired.add("NAP-I001");
    }
    if (profile.youth() && !profile.ageBreakdownAsked()) {
      fired.add("NAP-I002");
    }
    if (!profile.measurable()) {
      fired.add("NAP-I003");
    }
    if (profile.quantitative()) {
      fired.add("NAP-I004");
    }
    if (profile.people() && profile.oneSexCounted() && !profile.sexBreakdownAsked()) {
      fired.add("NAP-I005");
    }
    return fired;
  }

  /** Median time, in µs, of profiling Luxembourg's indicators once, after warming up. */
  static double luxembourgMicros(TextInference inference, Plan plan) {
    var indicators = new ArrayList<Indicator>();
    var actions = new ArrayList<Action>();
    for (Pillar pillar : plan.pillars()) {
      for (Objective objective : pillar.objectives()) {
        for (Action action : objective.actions()) {
          for (Indicator indicator : action.indicators()) {
            indicators.add(indicator);
            actions.add(action);
          }
        }
      }
    }
    long sink = 0;
    long[] times = new long[Integer.getInteger("rounds", 1000)];
    for (int round = -2000; round < times.length; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < indicators.size(); i++) {
        sink +=
            inference
                .profile(indicators.get(i), actions.get(i), Optional.empty(), plan.language())
                .inferences()
                .size();
      }
      if (round >= 0) {
        times[round] = System.nanoTime() - start;
      }
    }
    if (sink == 42) {
      System.out.print("");
    }
    Arrays.sort(times);
    return times[times.length / 2] / 1000.0;
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static List<Row> read(String resource, String split) {
    try (InputStream in = InferenceTools.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(
              line -> {
                String[] cells = line.split("\t", -1);
                Set<String> expected =
                    cells[4].isBlank() ? Set.of() : Set.of(cells[4].strip().split("\\s*,\\s*"));
                return new Row(
                    cells[0], cells[1], split != null ? split : cells[2], cells[3], expected);
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * WordNet 3.1 (extJWNL): an English noun names people when its first sense (or, with {@code
   * anySense}, any sense) is in the lexicographer file noun.person. With {@code keepEndings}, the
   * lexicon's agent endings still apply to words WordNet does not take for persons; without, only
   * the lexicon's class and WordNet decide.
   */
  static final class WordNetTool implements WordTool {
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
    static void export(java.nio.file.Path file) throws Exception {
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
      java.nio.file.Files.write(file, lines);
      System.out.println(words.size() + " words written to " + file);
    }

    /**
     * Writes WordNet's English person nouns whose first sense is a kind of female person (a hyponym
     * of "female person", or defined as "a woman ...", "a female ...", "a girl ..."), one word a
     * line, sorted: the list napcheck's lexicon reads to tell a count of women only
     * (female-nouns-en.txt). Male nouns are not written: WordNet's (seafarer, chauffeur, fellow)
     * name jobs and kinds of either sex too often to tell a count of men only.
     */
    static void exportFemale(java.nio.file.Path file) throws Exception {
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
                .filter(
                    sense -> sense.getWords().stream().anyMatch(w -> w.getLemma().equals(lemma)))
                .findFirst()
                .orElseThrow();
        // a kind of female person, or defined as one: "widow: a woman whose husband is
        // dead", "nun: a woman religious", "actress: a female actor"
        String gloss = first.getGloss().toLowerCase(Locale.ROOT);
        if (isKindOf(first, female, 0)
            || gloss.matches("(an? )?(adult )?(woman|female|girl)\\b.*")) {
          found.add(lemma);
        }
      }
      lines.addAll(found);
      java.nio.file.Files.write(file, lines);
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
            .forEach(
                line -> lines.add(("# " + line.strip().replaceFirst("^[0-9]+ ?", "")).strip()));
      }
      return lines;
    }

    private static boolean isKindOf(Synset synset, Synset ancestor, int depth)
        throws JWNLException {
      if (synset.equals(ancestor)) {
        return true;
      }
      if (depth > 20) {
        return false;
      }
      for (var pointer : synset.getPointers(net.sf.extjwnl.data.PointerType.HYPERNYM)) {
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

  /**
   * Lucene's EnglishMinimalStemmer and FrenchLightStemmer: a word names people, or work in general,
   * when its stem is the stem of a word of the lexicon's class, so that one entry covers singular,
   * plural and feminine forms.
   */
  static final class StemmerTool implements WordTool {
    private final EnglishMinimalStemmer english = new EnglishMinimalStemmer();
    private final FrenchLightStemmer french = new FrenchLightStemmer();
    private final Set<String> peopleEn = new java.util.HashSet<>();
    private final Set<String> peopleFr = new java.util.HashSet<>();
    private final Set<String> generic = new java.util.HashSet<>();

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

  /** The lexicon without its list of WordNet's person nouns: what that list brings. */
  static final class WithoutWordNetList implements WordTool {
    @Override
    public Boolean person(String word, boolean french) {
      return !french && TextInference.onlyByWordNet(word) ? false : null;
    }
  }

  /** OpenNLP 2.5's perceptron part-of-speech taggers (UD English EWT, UD French GSD, 1.3.0). */
  static final class TaggerTool implements WordTool {
    private final POSTaggerME english;
    private final POSTaggerME french;

    TaggerTool() {
      this.english = new POSTaggerME(model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
      this.french = new POSTaggerME(model("/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin"));
    }

    private static POSModel model(String resource) {
      try (InputStream in = TaggerTool.class.getResourceAsStream(resource)) {
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public synchronized String[] tags(String[] words, boolean inFrench) {
      return (inFrench ? french : english).tag(words);
    }
  }
}
