package org.napcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.napcheck.rules.internal.TextInference;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The experiment of docs/relatedness.md: can napcheck tell, from the words alone, that an indicator
 * does not relate to its action? Scores each action–indicator pair of the labelled corpus
 * (nap-rules' test resource inference/relatedness.tsv) with a few cheap methods; a pair is flagged
 * "not related" when its score is below a threshold chosen on the written pairs' dev split (the
 * highest recall at precision &ge; 0.90, if any), then measured on the written test split and on
 * Luxembourg's plan, which no choice was made on. Run from the repository with
 *
 * <pre>
 * mvn -B -q -o -pl nap-bench -am package -DskipTests -Dinvoker.skip
 * java -cp nap-bench/target/benchmarks.jar org.napcheck.bench.Relatedness [--errors]
 * </pre>
 */
public final class Relatedness {
  private Relatedness() {}

  record Pair(
      String id, String lang, String split, String action, String indicator, boolean related) {
    String source() {
      return id.startsWith("lu-") ? "lu" : "written";
    }

    boolean french() {
      return lang.equals("fr");
    }
  }

  /** A relatedness score: lower is less related; NaN when the method cannot tell (abstains). */
  interface Method {
    double score(Pair pair);
  }

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

  /**
   * Kinds of output an indicator may count, each with the words of an action that produce it
   * (method "kinds"): "Statements made" relates to "Advocate …", "Funds allocated" to "Finance …".
   */
  private static final Map<String, List<String>> KINDS = new LinkedHashMap<>();

  static {
    kind(
        "statement declaration speech reference references mention mentions communiqué press"
            + " déclaration déclarations plaidoyer advocacy intervention",
        "advocate promote encourage defend urge commit call plead dialogue dialogues diplomacy"
            + " bilateral multilateral plaider promouvoir encourager défendre exhorter dialogue"
            + " bilatéral bilatéraux multilatéral");
    kind(
        "campaign campaigns awareness information publication publications material materials"
            + " event events public publics campagne campagnes sensibilisation caravane caravanes émission"
            + " émissions",
        "awareness raise sensitise sensitize inform campaign campaigns communication disseminate"
            + " public sensibiliser vulgariser informer campagne campagnes communication public");
    kind(
        "training trainings course courses session sessions workshop workshops module modules"
            + " participant participants trained formation formations séance séances atelier"
            + " ateliers participant participants formé formés formées",
        "train training capacity capacities course courses educate education curriculum"
            + " sensitise former formation capacité capacités curriculum sensibiliser");
    kind(
        "fund funds funding grant grants contribution contributions amount budget financial"
            + " fonds financement subvention subventions contribution contributions budget"
            + " financier",
        "fund finance financial allocate contribute support grant budget financer allouer"
            + " contribuer appuyer soutenir soutien financier budget");
    kind(
        "project projects programme programmes projet projets programme programmes",
        "support fund finance contribute programme project appuyer soutenir financer contribuer"
            + " programme projet");
    kind(
        "meeting meetings exchange exchanges dialogue consultation consultations forum réunion"
            + " réunions échange échanges concertation concertations forum",
        "hold convene meet dialogue exchange exchanges consult coordinate participate"
            + " participation network tenir réunir dialogue échange échanges consulter"
            + " coordonner participer participation réseau");
  }

  private static Set<String> set(String words) {
    return Set.of(words.split(" "));
  }

  private static void kind(String indicatorWords, String actionWords) {
    KINDS.put(indicatorWords, List.of(actionWords.split(" ")));
  }

  private static final Set<String> STOP_FR = new HashSet<>();

  static {
    FrenchAnalyzer.getDefaultStopSet().forEach(word -> STOP_FR.add(new String((char[]) word)));
    STOP_FR.addAll(List.of("d", "l", "qu", "afin", "auprès", "dont", "via", "notamment"));
  }

  /** Snowball stemmers keep state: one per thread, used under this class's lock. */
  private static final SnowballStemmer STEM_EN = new EnglishStemmer();

  private static final SnowballStemmer STEM_FR = new FrenchStemmer();

  static synchronized String stem(String word, boolean french) {
    SnowballStemmer stemmer = french ? STEM_FR : STEM_EN;
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static final Set<String> GENERIC = new HashSet<>();

  static {
    for (String word : GENERIC_WORDS) {
      GENERIC.add(stem(word, false));
      GENERIC.add(stem(word, true));
    }
  }

  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

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
  static List<String> content(String text, boolean french) {
    Set<String> stop = french ? STOP_FR : STOP_EN;
    return words(text).stream()
        .filter(w -> w.length() > 1 && !stop.contains(w) && !MEASURE.contains(w))
        .toList();
  }

  static Set<String> stems(String text, boolean french, boolean dropGeneric) {
    var stems = new TreeSet<String>();
    for (String word : content(text, french)) {
      String stem = stem(word, french);
      if (!dropGeneric || !GENERIC.contains(stem)) {
        stems.add(stem);
      }
    }
    return stems;
  }

  /** The share of the indicator's content stems that the action uses too; NaN if it has none. */
  static double overlap(Pair pair, boolean dropGeneric) {
    Set<String> indicator = stems(pair.indicator(), pair.french(), dropGeneric);
    if (indicator.isEmpty()) {
      return Double.NaN;
    }
    Set<String> action = stems(pair.action(), pair.french(), dropGeneric);
    return indicator.stream().filter(action::contains).count() / (double) indicator.size();
  }

  /** Cosine of the character trigrams of the two texts' content words. */
  static double trigrams(Pair pair) {
    Map<String, Integer> a = grams(pair.action(), pair.french());
    Map<String, Integer> b = grams(pair.indicator(), pair.french());
    if (b.isEmpty()) {
      return Double.NaN;
    }
    double dot = 0;
    for (var e : b.entrySet()) {
      dot += e.getValue() * a.getOrDefault(e.getKey(), 0);
    }
    return dot / Math.sqrt(norm(a) * norm(b));
  }

  private static Map<String, Integer> grams(String text, boolean french) {
    var grams = new HashMap<String, Integer>();
    for (String word : content(text, french)) {
      if (GENERIC.contains(stem(word, french))) {
        continue;
      }
      String padded = " " + word + " ";
      for (int i = 0; i + 3 <= padded.length(); i++) {
        grams.merge(padded.substring(i, i + 3), 1, Integer::sum);
      }
    }
    return grams;
  }

  private static double norm(Map<String, Integer> grams) {
    double sum = 0;
    for (int count : grams.values()) {
      sum += count * count;
    }
    return sum == 0 ? 1 : sum;
  }

  /**
   * Overlap without work-in-general words, where an indicator word of a kind of output (KINDS)
   * counts as matched when the action uses a word that produces that kind.
   */
  static double kinds(Pair pair) {
    boolean french = pair.french();
    var indicatorWords = new LinkedHashMap<String, String>();
    for (String word : content(pair.indicator(), french)) {
      String stem = stem(word, french);
      if (!GENERIC.contains(stem)) {
        indicatorWords.putIfAbsent(stem, word);
      }
    }
    if (indicatorWords.isEmpty()) {
      return Double.NaN;
    }
    Set<String> actionStems = stems(pair.action(), french, true);
    Set<String> actionAll = stems(pair.action(), french, false);
    int matched = 0;
    for (var entry : indicatorWords.entrySet()) {
      if (actionStems.contains(entry.getKey()) || producedBy(entry.getKey(), actionAll)) {
        matched++;
      }
    }
    return matched / (double) indicatorWords.size();
  }

  /** The stems of each kind's indicator words, and the stems of the action words producing it. */
  private static final Map<Set<String>, Set<String>> KIND_STEMS = new LinkedHashMap<>();

  static {
    KINDS.forEach(
        (indicatorWords, actionWords) -> {
          var out = new HashSet<String>();
          var in = new HashSet<String>();
          for (String word : indicatorWords.split(" ")) {
            out.add(stem(word, false));
            out.add(stem(word, true));
          }
          for (String word : actionWords) {
            in.add(stem(word, false));
            in.add(stem(word, true));
          }
          KIND_STEMS.put(out, in);
        });
  }

  /** Whether the stem names a kind of output (a statement, a campaign, a training, funds …). */
  static boolean kindWord(String stem) {
    return KIND_STEMS.keySet().stream().anyMatch(kind -> kind.contains(stem));
  }

  static boolean producedBy(String stem, Set<String> actionStems) {
    for (var kind : KIND_STEMS.entrySet()) {
      if (kind.getKey().contains(stem)
          && kind.getValue().stream().anyMatch(actionStems::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Flags only an indicator made of kinds of output (campaigns, projects, statements, funds,
   * trainings, meetings) none of which the action shares or produces: "Campaigns, actions and
   * projects carried out" under "roundtables of experts". 0 when so, 1 otherwise.
   */
  static double kindMismatch(Pair pair) {
    boolean french = pair.french();
    Set<String> indicator = stems(pair.indicator(), french, true);
    if (indicator.isEmpty()) {
      return Double.NaN;
    }
    Set<String> action = stems(pair.action(), french, false);
    for (String stem : indicator) {
      if (!kindWord(stem) || action.contains(stem) || producedBy(stem, action)) {
        return 1;
      }
    }
    return 0;
  }

  /** Words of one sex, and words for anyone: they say nothing of which group is counted. */
  private static final Set<String> ANY_GROUP =
      set(
          "women woman men man girls girl boys boy female females male males femmes femme hommes "
              + "homme filles fille garçons garçon people persons person participants participant "
              + "members member beneficiaries beneficiary population public personnes personne "
              + "membres membre bénéficiaires bénéficiaire publics");

  /** The stems of the nouns of persons in a text (the lexicon's test), but for ANY_GROUP. */
  static Set<String> groups(String text, boolean french) {
    var out = new HashSet<String>();
    for (String word : content(text, french)) {
      if (!ANY_GROUP.contains(word) && TextInference.lexiconPerson(word, french)) {
        out.add(stem(word, french));
      }
    }
    return out;
  }

  /**
   * Flags an indicator that counts a group of people the action does not name, when the action
   * names a group: "Number of teachers trained" under "Train community health workers". 0 when so,
   * 1 when a group matches, NaN when either names none.
   */
  static double groupMismatch(Pair pair, WordNetExpansion wordnet) {
    Set<String> indicator = groups(pair.indicator(), pair.french());
    Set<String> action = groups(pair.action(), pair.french());
    if (indicator.isEmpty() || action.isEmpty()) {
      return Double.NaN;
    }
    for (String group : indicator) {
      if (action.contains(group)) {
        return 1;
      }
    }
    if (!pair.french()) {
      var expanded = new HashSet<String>();
      for (String word : content(pair.action(), false)) {
        if (action.contains(stem(word, false))) {
          expanded.addAll(wordnet.expand(word));
        }
      }
      for (String word : content(pair.indicator(), false)) {
        if (indicator.contains(stem(word, false))
            && wordnet.expand(word).stream().anyMatch(expanded::contains)) {
          return 1;
        }
      }
    }
    return 0;
  }

  /**
   * WordNet 3.1 (English): an indicator word matches when it, its synonyms, its derivationally
   * related words (train / training / trainee) or, with {@code hypernyms}, the words one level up
   * (judge → adjudicator; magistrate → judge) meet the same set drawn from the action. French words
   * fall back to stems.
   */
  static final class WordNetExpansion {
    private final Dictionary dictionary;
    private final boolean hypernyms;
    private final int senses;
    private final Map<String, Set<String>> cache = new HashMap<>();

    private boolean withKinds;

    WordNetExpansion withKinds() {
      var copy = new WordNetExpansion(dictionary, hypernyms, senses);
      copy.withKinds = true;
      return copy;
    }

    WordNetExpansion(Dictionary dictionary, boolean hypernyms, int senses) {
      this.dictionary = dictionary;
      this.hypernyms = hypernyms;
      this.senses = senses;
    }

    synchronized Set<String> expand(String word) {
      return cache.computeIfAbsent(word, this::lookUp);
    }

    private Set<String> lookUp(String word) {
      var out = new HashSet<String>();
      out.add(stem(word, false));
      try {
        for (IndexWord indexWord : dictionary.lookupAllIndexWords(word).getIndexWordArray()) {
          List<Synset> synsets = indexWord.getSenses();
          for (Synset synset : synsets.subList(0, Math.min(senses, synsets.size()))) {
            add(out, synset);
            for (Word member : synset.getWords()) {
              for (Pointer pointer : member.getPointers(PointerType.DERIVATION)) {
                if (pointer.getTarget() instanceof Word target) {
                  out.add(stem(target.getLemma().toLowerCase(Locale.ROOT), false));
                }
              }
            }
            if (hypernyms) {
              for (Pointer pointer : synset.getPointers(PointerType.HYPERNYM)) {
                add(out, pointer.getTargetSynset());
              }
            }
          }
        }
      } catch (JWNLException e) {
        throw new IllegalStateException(e);
      }
      return out;
    }

    private static void add(Set<String> out, Synset synset) {
      for (Word member : synset.getWords()) {
        String lemma = member.getLemma().toLowerCase(Locale.ROOT);
        if (!lemma.contains(" ")) {
          out.add(stem(lemma, false));
        }
      }
    }

    double score(Pair pair) {
      if (pair.french()) {
        return withKinds ? kinds(pair) : overlap(pair, true);
      }
      var indicator = new ArrayList<String>();
      for (String word : content(pair.indicator(), false)) {
        if (!GENERIC.contains(stem(word, false))) {
          indicator.add(word);
        }
      }
      if (indicator.isEmpty()) {
        return Double.NaN;
      }
      var action = new HashSet<String>();
      for (String word : content(pair.action(), false)) {
        if (!GENERIC.contains(stem(word, false))) {
          action.addAll(expand(word));
        }
      }
      action.removeAll(GENERIC);
      Set<String> actionAll = stems(pair.action(), false, false);
      long matched =
          indicator.stream()
              .filter(
                  word ->
                      expand(word).stream().anyMatch(action::contains)
                          || withKinds && producedBy(stem(word, false), actionAll))
              .count();
      return matched / (double) indicator.size();
    }
  }

  record Named(String name, Method method) {}

  public static void main(String[] args) throws Exception {
    boolean errors = Arrays.asList(args).contains("--errors");
    List<Pair> pairs = read("/inference/relatedness.tsv");
    long start = System.nanoTime();
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    System.out.printf(
        Locale.ROOT, "WordNet loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    var synonyms = new WordNetExpansion(dictionary, false, 3);
    var upward = new WordNetExpansion(dictionary, true, 3);
    var upwardKinds = upward.withKinds();
    List<Named> methods =
        List.of(
            new Named("stems", pair -> overlap(pair, false)),
            new Named("stems-no-generic", pair -> overlap(pair, true)),
            new Named("wordnet-synonyms", synonyms::score),
            new Named("wordnet-hypernyms", upward::score),
            new Named("trigrams", Relatedness::trigrams),
            new Named("kinds", Relatedness::kinds),
            new Named("kinds+wordnet-hypernyms", upwardKinds::score),
            new Named("kind-mismatch-only", Relatedness::kindMismatch),
            new Named("group-mismatch-only", pair -> groupMismatch(pair, upward)),
            new Named(
                "kind-or-group-mismatch",
                pair -> {
                  double kind = kindMismatch(pair);
                  double group = groupMismatch(pair, upward);
                  if (kind == 0 || group == 0) {
                    return 0;
                  }
                  return Double.isNaN(kind) && Double.isNaN(group) ? Double.NaN : 1;
                }));
    printCorpus(pairs);
    List<String> only = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
    for (Named named : methods) {
      if (only.isEmpty() || only.contains(named.name())) {
        evaluate(named, pairs, errors);
      }
    }
  }

  private static void printCorpus(List<Pair> pairs) {
    var counts = new java.util.TreeMap<String, int[]>();
    for (Pair pair : pairs) {
      int[] c =
          counts.computeIfAbsent(
              pair.source() + " " + pair.lang() + " " + pair.split(), k -> new int[2]);
      c[pair.related() ? 0 : 1]++;
    }
    System.out.println("corpus (related / not related):");
    counts.forEach((k, c) -> System.out.printf("  %-18s %3d / %3d%n", k, c[0], c[1]));
  }

  private static void evaluate(Named named, List<Pair> pairs, boolean errors) {
    // score every pair, cold (first use, WordNet lookups included) then warm
    long coldStart = System.nanoTime();
    var scores = new HashMap<Pair, Double>();
    for (Pair pair : pairs) {
      scores.put(pair, named.method().score(pair));
    }
    double coldMicros = (System.nanoTime() - coldStart) / 1000.0 / pairs.size();
    double sink = 0;
    int rounds = 50;
    long warmStart = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (Pair pair : pairs) {
        sink += named.method().score(pair);
      }
    }
    double warmMicros = (System.nanoTime() - warmStart) / 1000.0 / pairs.size() / rounds;
    if (sink == 42) {
      System.out.print("");
    }

    Predicate<Pair> dev = p -> p.source().equals("written") && p.split().equals("dev");
    double zero = 1e-9;
    var tuned = new HashMap<String, Double>();
    for (String lang : List.of("en", "fr")) {
      tuned.put(lang, tune(pairs, scores, dev.and(p -> p.lang().equals(lang))));
    }
    System.out.printf(
        Locale.ROOT,
        "%n%s: %.1f µs a pair cold, %.1f µs warm; abstains on %d of %d pairs;"
            + " dev-tuned thresholds en %s, fr %s%n",
        named.name(),
        coldMicros,
        warmMicros,
        scores.values().stream().filter(s -> s.isNaN()).count(),
        pairs.size(),
        threshold(tuned.get("en")),
        threshold(tuned.get("fr")));
    System.out.printf(
        Locale.ROOT,
        "  %-16s %-34s %s%n",
        "part",
        "flag at score 0 (nothing shared)",
        "flag if score < dev-tuned threshold");
    for (String part :
        List.of(
            "written en dev",
            "written en test",
            "written fr dev",
            "written fr test",
            "lu en dev",
            "lu en test",
            "lu en all")) {
      String[] p = part.split(" ");
      Predicate<Pair> in =
          pair ->
              pair.source().equals(p[0])
                  && pair.lang().equals(p[1])
                  && (p[2].equals("all") || pair.split().equals(p[2]));
      double t = tuned.get(p[1]);
      System.out.printf(
          Locale.ROOT,
          "  %-16s %-34s %s%n",
          part,
          score(pairs, scores, in, zero),
          Double.isNaN(t) ? "-" : score(pairs, scores, in, t));
    }
    if (errors) {
      for (Pair pair : pairs) {
        double t = tuned.get(pair.lang());
        t = Double.isNaN(t) ? zero : t;
        double s = scores.get(pair);
        boolean flagged = !Double.isNaN(s) && s < t;
        boolean show =
            pair.source().equals("lu") || System.getenv("SHOWTEST") != null || dev.test(pair);
        if (show && flagged != !pair.related()) {
          System.out.printf(
              Locale.ROOT,
              "    %s %s (%.2f): %s  <-  %s%n",
              flagged ? "wrong " : "missed",
              pair.id(),
              s,
              pair.indicator(),
              pair.action());
        }
      }
    }
  }

  private static String threshold(double t) {
    return Double.isNaN(t) ? "none (P < 0.90)" : String.format(Locale.ROOT, "%.3f", t);
  }

  /**
   * The threshold with the best recall of "not related" at precision ≥ 0.90 on dev; NaN if none.
   */
  private static double tune(List<Pair> pairs, Map<Pair, Double> scores, Predicate<Pair> dev) {
    var candidates = new TreeSet<Double>();
    for (Pair pair : pairs) {
      double s = scores.get(pair);
      if (dev.test(pair) && !Double.isNaN(s)) {
        candidates.add(s + 1e-9);
      }
    }
    double best = Double.NaN;
    int bestTp = 0;
    for (double t : candidates) {
      int[] c = counts(pairs, scores, dev, t);
      int tp = c[0];
      int fp = c[1];
      if (tp > 0 && tp >= 0.9 * (tp + fp) && tp > bestTp) {
        bestTp = tp;
        best = t;
      }
    }
    return best;
  }

  private static int[] counts(
      List<Pair> pairs, Map<Pair, Double> scores, Predicate<Pair> in, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Pair pair : pairs) {
      if (!in.test(pair)) {
        continue;
      }
      double s = scores.get(pair);
      boolean flagged = !Double.isNaN(s) && s < threshold;
      boolean unrelated = !pair.related();
      tp += flagged && unrelated ? 1 : 0;
      fp += flagged && !unrelated ? 1 : 0;
      fn += !flagged && unrelated ? 1 : 0;
    }
    return new int[] {tp, fp, fn};
  }

  private static String score(
      List<Pair> pairs, Map<Pair, Double> scores, Predicate<Pair> in, double threshold) {
    int[] c = counts(pairs, scores, in, threshold);
    int tp = c[0];
    int fp = c[1];
    int fn = c[2];
    String precision =
        tp + fp == 0 ? "  - " : String.format(Locale.ROOT, "%.2f", (double) tp / (tp + fp));
    String recall =
        tp + fn == 0 ? "  - " : String.format(Locale.ROOT, "%.2f", (double) tp / (tp + fn));
    return String.format(
        Locale.ROOT, "P %s R %s (tp %d fp %d fn %d)", precision, recall, tp, fp, fn);
  }

  private static List<Pair> read(String resource) {
    try (InputStream in = Relatedness.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(
              line -> {
                String[] c = line.split("\t", -1);
                return new Pair(c[0], c[1], c[2], c[3], c[4], c[5].equals("yes"));
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
