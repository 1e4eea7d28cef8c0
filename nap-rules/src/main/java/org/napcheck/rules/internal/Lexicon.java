package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.napcheck.rules.internal.TextInference.Phrase;
import org.napcheck.rules.internal.TextInference.Token;

/**
 * The word classes {@link TextInference} reads with, in English and French: what a word is (a
 * person, a case, a unit of quantity, generic work, a process, a preposition) rather than which
 * phrases to look for. Nouns of persons are recognised by their class and by their ending, the
 * ending's common non-persons set apart; docs/inference.md says how each class was drawn.
 */
enum Lexicon {
  ENGLISH,
  FRENCH,
  /** A text of unknown language: each text is read as English or French by its function words. */
  BOTH;

  enum Sex {
    FEMALE,
    MALE
  }

  static Lexicon language(String code) {
    if ("en".equals(code)) {
      return ENGLISH;
    }
    if ("fr".equals(code)) {
      return FRENCH;
    }
    return BOTH;
  }

  /** The lexicon to read {@code tokens} with: this one, or for BOTH the language they look like. */
  Lexicon of(List<Token> tokens) {
    if (this != BOTH) {
      return this;
    }
    int french = 0;
    int english = 0;
    for (Token token : tokens) {
      french += FRENCH_FUNCTION.contains(token.word()) || hasFrenchLetter(token.word()) ? 1 : 0;
      english += ENGLISH_FUNCTION.contains(token.word()) ? 1 : 0;
    }
    return french > english ? FRENCH : ENGLISH;
  }

  private static boolean hasFrenchLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if ("éèêàâçœùûîôë".indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ENGLISH_FUNCTION =
      set("of", "the", "and", "in", "to", "for", "on", "by", "with", "number", "made", "taken");
  private static final Set<String> FRENCH_FUNCTION =
      set(
          "de", "d'", "des", "du", "la", "le", "les", "l'", "et", "à", "aux", "au", "pour", "sur",
          "nombre", "par");

  // ---- people ---------------------------------------------------------------------------

  /** Nouns of persons named by what they are, by role, status or office. */
  private static final Set<String> PEOPLE_EN = words("lexicon-people-en.txt");

  private static final Set<String> PEOPLE_FR = words("lexicon-people-fr.txt");

  /** Bodies of people: their composition describes people. */
  private static final Set<String> COLLECTIVE =
      set(
          "delegation",
          "delegations",
          "committee",
          "committees",
          "team",
          "teams",
          "panel",
          "panels",
          "board",
          "boards",
          "workforce",
          "délégation",
          "délégations",
          "comité",
          "comités",
          "équipe",
          "équipes",
          "jury",
          "jurys",
          "panels",
          "group",
          "groups",
          "groupe",
          "groupes",
          "cellule",
          "cellules",
          "commission",
          "commissions",
          "council",
          "councils",
          "conseil",
          "conseils",
          "unit",
          "units",
          "unité",
          "unités",
          "bureau",
          "bureaux",
          "parliament",
          "parlement",
          "government",
          "gouvernement",
          "assembly",
          "assemblée");

  /** Cases, complaints, referrals: records about people, counted as people are. */
  private static final Set<String> CASES_EN =
      set(
          "cases",
          "complaints",
          "referrals",
          "applications",
          "allegations",
          "claims",
          "case-files",
          "case-records");

  private static final Set<String> CASES_FR =
      set(
          "cas",
          "plaintes",
          "signalements",
          "candidatures",
          "demandes",
          "allégations",
          "saisines",
          "requêtes");

  /** English plurals that end like nouns of agents and are not persons. */
  private static final Set<String> NOT_PEOPLE_EN = words("lexicon-not-people-en.txt");

  /** French plurals that end like nouns of agents and are not persons. */
  private static final Set<String> NOT_PEOPLE_FR = words("lexicon-not-people-fr.txt");

  private static final Set<String> FEMALE_WORDS =
      set(
          "women",
          "woman",
          "female",
          "females",
          "girls",
          "girl",
          "femmes",
          "femme",
          "filles",
          "fille",
          "féminines",
          "féminins",
          "féminin",
          "féminine",
          "sages-femmes");
  private static final Set<String> MALE_WORDS =
      set(
          "men",
          "man",
          "male",
          "males",
          "boys",
          "boy",
          "hommes",
          "homme",
          "garçons",
          "garçon",
          "masculins");

  boolean isPeople(String word) {
    Lexicon lexicon = this;
    if (lexicon != FRENCH && isPeopleEn(word)) {
      return true;
    }
    if (lexicon != ENGLISH && (isPeopleFr(word) || femaleFormOf(word) != null)) {
      return true;
    }
    return COLLECTIVE.contains(word);
  }

  /** The class of nouns of persons and of cases of a language, without the endings. */
  static Set<String> personClass(boolean french) {
    var words = new java.util.HashSet<String>(french ? PEOPLE_FR : PEOPLE_EN);
    words.addAll(french ? CASES_FR : CASES_EN);
    words.addAll(COLLECTIVE);
    return words;
  }

  /** The class of nouns of work in general, both languages. */
  static Set<String> genericClass() {
    return GENERIC;
  }

  /** Count heads that describe the make-up of a body: "composition of the committee". */
  private static final Set<String> MAKE_UP =
      set(
          "composition",
          "distribution",
          "répartition",
          "balance",
          "équilibre",
          "profile",
          "profil",
          "ratio",
          "gender",
          "genre",
          "sex",
          "sexe",
          "age",
          "âge");

  boolean isMakeUp(String countHead) {
    return countHead != null && MAKE_UP.contains(countHead);
  }

  /** French feminine nouns of persons of either sex: the words agreeing with them name no sex. */
  private static final Set<String> EPICENE_FR =
      set(
          "personnes",
          "personne",
          "victimes",
          "victime",
          "recrues",
          "recrue",
          "sentinelles",
          "vedettes",
          "figures",
          "personnalités",
          "personnalité",
          "populations",
          "population");

  boolean isEpicene(String word) {
    return EPICENE_FR.contains(word);
  }

  /**
   * Nouns of acts done to someone, by their ending (referrals, evacuations, « référencements », «
   * orientations »): counted with "of" and people ("number of evacuations of civilians"), they
   * count people as cases do. Bodies that end so (organisations, associations) are not acts.
   */
  boolean isActOnPeople(String word) {
    return ACTS_ON_PEOPLE.contains(word)
        || word.length() > 6
            && endsWithAny(word, "ments", "tions", "ssions", "rals", "ages", "ures")
            && !BODIES.contains(word)
            && !isPeople(word);
  }

  /**
   * Acts done to someone that do not end so: "interviews of survivors", « prises en charge de
   * victimes » (joined into one word by {@link #joinCompounds}).
   */
  private static final Set<String> ACTS_ON_PEOPLE =
      set(
          "interviews",
          "hearings",
          "arrests",
          "rescues",
          "releases",
          "returns",
          "transfers",
          "prise-en-charge",
          "prises-en-charge",
          "mise-à-l'abri",
          "mises-à-l'abri");

  private static final Set<String> BODIES = words("lexicon-bodies.txt");

  /** Words that open a clause saying something of the people just named: "who", « qui ». */
  private static final Set<String> RELATIVES =
      set("who", "whom", "whose", "that", "which", "qui", "dont", "lesquels", "lesquelles");

  boolean isRelative(String word) {
    return RELATIVES.contains(word);
  }

  boolean isParticipleAfter(String word, String previous, String next) {
    return !OBJECT_PREPOSITIONS.contains(word)
            && !OF.contains(word)
            && isParticiple(word, previous, next)
        || this != ENGLISH && word.length() > 4 && word.endsWith("ant");
  }

  /** Prepositions, articles and conjunctions, which link words rather than qualify them. */
  private static final Set<String> LINK_WORDS =
      set(
          "of", "the", "a", "an", "and", "or", "in", "to", "for", "on", "by", "with", "among", "at",
          "de", "d'", "des", "du", "la", "le", "les", "l'", "un", "une", "et", "ou", "à", "aux",
          "au", "pour", "sur", "par", "dans", "avec", "entre", "parmi", "en", "chez");

  boolean isLinkWord(String word) {
    return LINK_WORDS.contains(word);
  }

  boolean isOf(String word) {
    return OF.contains(word) || word.equals("by") || word.equals("par");
  }

  boolean isCollective(String word) {
    return COLLECTIVE.contains(word);
  }

  private static boolean isPeopleEn(String word) {
    return isPeopleEn(word, true);
  }

  /** Whether only WordNet's person nouns make {@code word} a noun of persons: for experiments. */
  static boolean onlyByWordNet(String word) {
    return isPeopleEn(word, true) && !isPeopleEn(word, false);
  }

  private static boolean isPeopleEn(String word, boolean withWordNet) {
    if (PEOPLE_EN.contains(word) || CASES_EN.contains(word)) {
      return true;
    }
    if (!isAscii(word)) {
      // "attachés", "protégés": English writes them with the accents WordNet leaves out
      String plain =
          java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "");
      return isAscii(plain) && isPeopleEn(plain, withWordNet);
    }
    if (NOT_PEOPLE_EN.contains(word) || word.endsWith("ments")) {
      return false;
    }
    if (word.length() > 6 && word.endsWith("women")) {
      return true;
    }
    if (word.length() >= 6
        && endsWithAny(word, "ers", "ors", "ists", "ants", "ents", "ees", "ians", "eers")) {
      return true;
    }
    return withWordNet && isWordNetPersonPlural(word);
  }

  /**
   * Whether {@code word} is the plural of one of WordNet 3.1's person nouns (a noun whose first
   * sense is a person: widows, clerics, spouses, policewomen). Only plurals: a count of people is
   * plural, and many of these nouns are adjectives too ("national", "senior").
   */
  private static boolean isWordNetPersonPlural(String word) {
    return isPluralOfAny(word, WordNetPersons.WORDS);
  }

  /** Jobs of either sex that WordNet defines as a woman's ("midwife: a woman skilled in ..."). */
  private static final Set<String> EITHER_SEX_EN = set("midwives", "homemakers", "nannies");

  /**
   * Whether {@code word} is the plural of a noun WordNet 3.1 gives as a female person's (widows,
   * wives, nuns, actresses): a count of them counts women only.
   */
  private static boolean isWordNetFemalePlural(String word) {
    return isPluralOfAny(word, WordNetPersons.FEMALE) && !EITHER_SEX_EN.contains(word);
  }

  private static boolean isPluralOfAny(String word, Set<String> persons) {
    int length = word.length();
    if (length > 5 && word.endsWith("men")) {
      return persons.contains(word.substring(0, length - 3) + "man");
    }
    if (length < 4 || !word.endsWith("s") || word.endsWith("ss")) {
      return false;
    }
    if (word.endsWith("ies") && persons.contains(word.substring(0, length - 3) + "y")) {
      return true;
    }
    if (word.endsWith("ves")
        && (persons.contains(word.substring(0, length - 3) + "f")
            || persons.contains(word.substring(0, length - 3) + "fe"))) {
      return true;
    }
    if (word.endsWith("es") && persons.contains(word.substring(0, length - 2))) {
      return true;
    }
    return persons.contains(word.substring(0, length - 1));
  }

  /**
   * WordNet's English person nouns (person-nouns-en.txt, about 6,300 words) and those of them that
   * name a female person (female-nouns-en.txt, 285), read once.
   */
  private static final class WordNetPersons {
    static final Set<String> WORDS = words("person-nouns-en.txt");
    static final Set<String> FEMALE = words("female-nouns-en.txt");
  }

  /** The words of a resource beside this class: one a line, lines starting with # left out. */
  private static Set<String> words(String resource) {
    try (var in = Lexicon.class.getResourceAsStream(resource)) {
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

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPeopleFr(String word) {
    if (PEOPLE_FR.contains(word) || CASES_FR.contains(word)) {
      return true;
    }
    if (NOT_PEOPLE_FR.contains(word) || word.endsWith("ments") || word.length() < 6) {
      return false;
    }
    int hyphen = word.indexOf('-');
    if (hyphen > 0) {
      // « gardes-côtes »: the first noun is the head; « ex-combattants »: after a prefix
      String first = word.substring(0, hyphen);
      return isPeopleFr(PREFIXES_FR.contains(first) ? word.substring(hyphen + 1) : first);
    }
    if (endsWithAny(word, "eurs", "ants", "ents", "istes", "aires", "iers", "iens", "éens")) {
      return true;
    }
    return isBorrowedAgent(word);
  }

  /**
   * Nouns of agents borrowed from English: « leaders », « managers », « rangers ». Not a masculine
   * for a feminine form: « ministères » is no feminine of "ministers".
   */
  private static boolean isBorrowedAgent(String word) {
    return word.endsWith("ers") && isWordNetPersonPlural(word);
  }

  /** Nouns ending like a participle that name things: « traités », « arrêtés », « marchés ». */
  private static final Set<String> PARTICIPLE_LIKE_THINGS =
      set(
          "traités",
          "arrêtés",
          "marchés",
          "degrés",
          "procédés",
          "résumés",
          "comités",
          "cafés",
          "clichés",
          "prés",
          "décès");

  /**
   * Whether {@code word} is a French participle standing as a noun of persons after a count: «
   * nombre de démobilisés », « de déplacées ». Nouns of qualities end so too (activités, sociétés,
   * communautés, libertés, difficultés), and a few of things.
   */
  boolean isPeopleParticiple(String word) {
    return this != ENGLISH
        && word.length() > 5
        && (word.endsWith("és") || word.endsWith("ées"))
        && !endsWithAny(word, "ités", "iétés", "autés", "ertés", "ultés")
        && !PARTICIPLE_LIKE_THINGS.contains(word);
  }

  /** The masculine plural of a French feminine plural of persons ("policières"), or null. */
  private static String femaleFormOf(String word) {
    String[][] endings = {
      {"drices", "deurs"},
      {"trices", "teurs"},
      {"euses", "eurs"},
      {"ières", "iers"},
      {"ères", "ers"},
      {"ennes", "ens"},
      {"ves", "fs"},
      {"ines", "ins"},
      {"es", "s"}
    };
    for (String[] ending : endings) {
      if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2) {
        String masculine = word.substring(0, word.length() - ending[0].length()) + ending[1];
        if (isPeopleFr(masculine) && !CASES_FR.contains(masculine) && !isBorrowedAgent(masculine)) {
          return masculine;
        }
      }
    }
    return null;
  }

  boolean isCase(String word) {
    return (this != FRENCH && CASES_EN.contains(word))
        || (this != ENGLISH && CASES_FR.contains(word));
  }

  Sex sexOf(String word) {
    if (FEMALE_WORDS.contains(word)) {
      return Sex.FEMALE;
    }
    int hyphen = word.indexOf('-');
    if (this != ENGLISH && hyphen > 0 && (isPeopleFr(word) || femaleFormOf(word) != null)) {
      // « agentes-relais »: the sex is the first noun's; « ex-combattantes »: after a prefix, the
      // noun's; « gardes-frontières »: a noun of things after the noun of persons names no sex
      String first = word.substring(0, hyphen);
      return sexOf(PREFIXES_FR.contains(first) ? word.substring(hyphen + 1) : first);
    }
    if (this != FRENCH && word.length() > 6 && (word.endsWith("women") || word.endsWith("woman"))) {
      // policewomen, servicewomen, chairwoman
      return Sex.FEMALE;
    }
    if (this != FRENCH && isWordNetFemalePlural(word)) {
      // widows, wives, nuns
      return Sex.FEMALE;
    }
    if (MALE_WORDS.contains(word)) {
      return Sex.MALE;
    }
    if (this != ENGLISH && !PEOPLE_FR.contains(word) && femaleFormOf(word) != null) {
      return Sex.FEMALE;
    }
    return null;
  }

  private static final Set<String> PREFIXES_FR =
      set("ex", "co", "vice", "sous", "non", "anti", "pré", "post", "auto", "demi", "mi", "semi");

  private static final Set<String> YOUNG =
      set(
          "youth",
          "youths",
          "adolescents",
          "adolescent",
          "adolescentes",
          "adolescente",
          "teenagers",
          "youngsters",
          "jeunes",
          "jeune",
          "jeunesse");

  /** Whether {@code token} starts words naming young people: "youth", "young women", "jeunes". */
  boolean isYoung(List<Token> tokens, Token token) {
    if (YOUNG.contains(token.word())) {
      return true;
    }
    int at = tokens.indexOf(token);
    return token.word().equals("young")
        && at + 1 < tokens.size()
        && isPeople(tokens.get(at + 1).word());
  }

  Token youngEnd(List<Token> tokens, Token token) {
    int at = tokens.indexOf(token);
    return token.word().equals("young") ? tokens.get(at + 1) : token;
  }

  private static final Set<String> PLURAL_ALSO =
      set(
          "people",
          "personnel",
          "staff",
          "police",
          "youth",
          "women",
          "men",
          "children",
          "cas",
          "personnel",
          "clergy",
          "alumni");

  boolean isPlural(String word) {
    return word.endsWith("s")
        || word.endsWith("x")
        || word.endsWith("men") && this != FRENCH
        || PLURAL_ALSO.contains(word);
  }

  // ---- quantities ---------------------------------------------------------------------------

  /** Words after which come the people counted: "number of", "share of", "gender of". */
  private static final Set<String> COUNT_HEADS =
      set(
          "number",
          "numbers",
          "nombre",
          "share",
          "proportion",
          "percentage",
          "pourcentage",
          "percent",
          "pourcent",
          "rate",
          "taux",
          "ratio",
          "distribution",
          "répartition",
          "composition",
          "ranking",
          "total",
          "count",
          "balance",
          "équilibre",
          "list",
          "liste",
          "profile",
          "profil",
          "headcount",
          "headcounts",
          "effectif",
          "effectifs");

  /**
   * Count heads that count only where the text starts with them: « Effectif des FDS déployées »
   * counts people, « l'accès effectif des femmes » does not.
   */
  private static final Set<String> OPENING_COUNT_HEADS = set("effectif", "effectifs");

  boolean countsOnlyAtStart(String countHead) {
    return OPENING_COUNT_HEADS.contains(countHead);
  }

  /** Count heads that must be followed at once by "of": "gender of", "age of". */
  private static final Set<String> NEAR_COUNT_HEADS =
      set("gender", "genre", "sex", "sexe", "age", "âge", "ages", "âges", "part");

  private static final Set<String> SHARES =
      set(
          "share",
          "proportion",
          "percentage",
          "pourcentage",
          "percent",
          "pourcent",
          "rate",
          "taux",
          "ratio",
          "distribution",
          "répartition",
          "balance",
          "équilibre",
          "part",
          "rapport");

  private static final Set<String> OF =
      set("of", "among", "amongst", "de", "d'", "des", "du", "parmi", "entre");

  boolean isCountHead(String word) {
    return COUNT_HEADS.contains(word) || NEAR_COUNT_HEADS.contains(word);
  }

  boolean isShare(String word) {
    return SHARES.contains(word);
  }

  /** Where the people counted by the count head at {@code at} start, or -1. */
  int governed(List<Token> tokens, int at) {
    String head = tokens.get(at).word();
    if (head.equals("part") && this == ENGLISH) {
      return -1;
    }
    int reach = NEAR_COUNT_HEADS.contains(head) ? 1 : 3;
    for (int i = at + 1; i < tokens.size() && i <= at + reach; i++) {
      String word = tokens.get(i).word();
      if (OF.contains(word)) {
        return skipDeterminers(tokens, i + 1);
      }
      if (word.length() == 1 && !word.equals(",") && !Character.isLetter(word.charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> QUANTITIES = words("lexicon-quantities.txt");

  private static final Set<String> FRENCH_OF = set("de", "des", "du", "d'");

  /** Words that make "distribution" a share: "gender distribution", "distribution among". */
  private static final Set<String> DISTRIBUTED =
      set("gender", "sex", "among", "amongst", "by", "par", "parmi", "entre", "genre", "sexe");

  /** Whether {@code word}, between {@code previous} and {@code next}, names a quantity. */
  private static final Set<String> FINANCIAL =
      set("financial", "financier", "financière", "financiers", "financières");

  /** "financial", « financier »: an amount, unless they qualify people ("financial partners"). */
  boolean isFinancial(String word) {
    return FINANCIAL.contains(word);
  }

  /** Bodies that "financial" can qualify: « institutions financières », "financial agencies". */
  private static final Set<String> INSTITUTIONS =
      set(
          "institutions",
          "institution",
          "organisations",
          "organizations",
          "organismes",
          "agences",
          "agencies",
          "banques",
          "banks",
          "établissements",
          "partenaires",
          "partners",
          "bailleurs",
          "donors");

  boolean isInstitution(String word) {
    return INSTITUTIONS.contains(word) || COLLECTIVE.contains(word);
  }

  boolean isQuantity(String word, String previous, String next) {
    if (QUANTITIES.contains(word)) {
      return true;
    }
    return switch (word) {
      case "distribution", "répartition" ->
          DISTRIBUTED.contains(previous) || DISTRIBUTED.contains(next);
      case "balance", "équilibre" -> previous.equals("gender") || next.equals("entre");
      case "part" -> this != ENGLISH && FRENCH_OF.contains(next);
      case "rapport" -> this != ENGLISH && next.equals("entre");
      case "moyen" -> previous.equals("âge");
      case "effectif", "effectifs" ->
          this != ENGLISH && (previous.isEmpty() || previous.equals("l'")) && !next.isEmpty();
      default -> false;
    };
  }

  // ---- phrases --------------------------------------------------------------------------------

  private static final Set<String> DETERMINERS = words("lexicon-determiners.txt");

  private static final Set<String> DEFINITE = set("the", "le", "la", "l'");

  private static final Set<String> STOPPERS_EN = words("lexicon-stoppers-en.txt");

  private static final Set<String> STOPPERS_FR = words("lexicon-stoppers-fr.txt");

  private static final Set<String> COORDINATORS = set("and", "or", "&", "et", "ou", ",", "and/or");

  private static final Set<String> IRREGULAR_PARTICIPLES =
      words("lexicon-irregular-participles.txt");

  int skipDeterminers(List<Token> tokens, int at) {
    int i = at;
    while (i < tokens.size() && DETERMINERS.contains(tokens.get(i).word())) {
      i++;
    }
    return i;
  }

  boolean isDefiniteArticle(String word) {
    return DEFINITE.contains(word);
  }

  private static final Set<String> OBJECT_PREPOSITIONS =
      set(
          "of", "for", "to", "in", "on", "into", "de", "d'", "du", "des", "à", "au", "aux", "pour",
          "sur", "dans");

  boolean isObjectPreposition(String word) {
    return OBJECT_PREPOSITIONS.contains(word);
  }

  /**
   * The noun phrases that start at {@code start}, joined by "and", "or" or commas: "participants
   * and representatives", "Campaigns, actions and projects". Each ends at a preposition, a
   * participle or punctuation; the first phrase that ends so ends the list.
   */
  List<Phrase> phrases(List<Token> tokens, int start) {
    return phrases(tokens, start, null);
  }

  /**
   * {@link #phrases(List, int)}, with part-of-speech tags of the tokens when a tagger gave them
   * (null otherwise): then a verb ends a phrase and its head is its last noun (English) or its
   * first (French).
   */
  List<Phrase> phrases(List<Token> tokens, int start, String[] tags) {
    Lexicon lexicon = of(tokens);
    boolean french = lexicon == FRENCH;
    var phrases = new ArrayList<Phrase>();
    int i = start;
    while (i < tokens.size()) {
      var words = new ArrayList<Token>();
      boolean ended = false;
      while (i < tokens.size()) {
        String word = tokens.get(i).word();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
        if (COORDINATORS.contains(word)) {
          break;
        }
        if (isPunctuation(word)
            || (french ? STOPPERS_FR : STOPPERS_EN).contains(word)
            || !words.isEmpty()
                && (tags != null
                    ? tags[i].equals("VERB") || tags[i].equals("AUX")
                    : lexicon.isParticiple(word, words.get(words.size() - 1).word(), next))) {
          ended = true;
          break;
        }
        if (!french && words.isEmpty() && word.endsWith("ly") && word.length() > 4) {
          i++;
          continue;
        }
        if (!french && isAdverb(word)) {
          // "children formerly associated", "staff currently deployed": the phrase ends
          ended = true;
          break;
        }
        words.add(tokens.get(i));
        i++;
      }
      if (!words.isEmpty()) {
        Token head = tags == null ? lexicon.head(words) : lexicon.taggedHead(words, tokens, tags);
        phrases.add(new Phrase(List.copyOf(words), head));
      }
      if (ended || i >= tokens.size()) {
        break;
      }
      i = skipDeterminers(tokens, i + 1);
    }
    return phrases;
  }

  /** Nouns and adjectives that end in -ly as adverbs do. */
  private static final Set<String> NOT_ADVERBS_IN_LY =
      set(
          "family",
          "assembly",
          "ally",
          "supply",
          "rally",
          "anomaly",
          "monopoly",
          "italy",
          "july",
          "weekly",
          "monthly",
          "quarterly",
          "yearly",
          "daily",
          "hourly",
          "early",
          "elderly",
          "friendly",
          "lonely",
          "costly",
          "orderly",
          "only");

  /** English adverbs in -ly: "formerly", "newly", "internally". */
  private static boolean isAdverb(String word) {
    return word.endsWith("ly") && word.length() > 4 && !NOT_ADVERBS_IN_LY.contains(word);
  }

  private static final Set<String> PRE_NOMINAL_FR =
      set(
          "jeunes",
          "jeune",
          "nouveaux",
          "nouvelles",
          "anciens",
          "anciennes",
          "ex",
          "futurs",
          "futures",
          "petites",
          "petits",
          "grands",
          "grandes",
          "hauts",
          "hautes");

  private Token head(List<Token> words) {
    if (this == FRENCH) {
      if (words.size() > 1
          && PRE_NOMINAL_FR.contains(words.get(0).word())
          && !(isPeople(words.get(0).word()) && !isPeople(words.get(1).word()))) {
        // « jeunes leaders », « anciens combattants »; but « jeunes âgés de 15 à 35 ans »,
        // « jeunes ruraux »: young people, the word after them says something of them
        return words.get(1);
      }
      return words.get(0);
    }
    for (int i = words.size() - 1; i > 0; i--) {
      if (!words.get(i).word().endsWith("'s")) {
        return words.get(i);
      }
    }
    return words.get(0);
  }

  /** The last noun of {@code words} (English) or the first (French), by their tags. */
  private Token taggedHead(List<Token> words, List<Token> tokens, String[] tags) {
    Token found = null;
    for (Token word : words) {
      String tag = tags[tokens.indexOf(word)];
      if (tag.equals("NOUN") || tag.equals("PROPN")) {
        found = word;
        if (this == FRENCH) {
          break;
        }
      }
    }
    return found != null ? found : head(words);
  }

  /** Nouns that end like a participle: "gender training", "regular monitoring". */
  private static final Set<String> NOUNS_IN_ING = words("lexicon-nouns-in-ing.txt");

  private boolean isParticiple(String word, String previous, String next) {
    if (IRREGULAR_PARTICIPLES.contains(word)) {
      return true;
    }
    if (this == FRENCH) {
      return word.length() > 4
          && endsWithAny(
              word, "é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "its", "ites",
              "ant", "ues", "us", "ue");
    }
    if (word.length() >= 4 && word.endsWith("ed") && !word.endsWith("eed")) {
      return true;
    }
    if (word.length() >= 5
        && word.endsWith("ing")
        && !GENERIC.contains(word)
        && !NOUNS_IN_ING.contains(word)) {
      return isPlural(previous)
          || isPeople(previous)
          || STOPPERS_EN.contains(next)
          || DETERMINERS.contains(next)
          || isPunctuation(next);
    }
    return false;
  }

  private static boolean isPunctuation(String word) {
    return word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0)) && !word.equals("%");
  }

  // ---- what is delivered ----------------------------------------------------------------------

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

  boolean isGeneric(String word) {
    return GENERIC.contains(word)
        || CHANGE.contains(word)
        || endsWithAny(word, "ness", "ity", "ship", "ité") && !NOT_ABSTRACT.contains(word);
  }

  /**
   * Words that assert a change ("Coordination improved", "Increased participation", « capacités
   * renforcées »): with no quantity to measure it, a change is not a verifiable result.
   */
  private static final Set<String> CHANGE = words("lexicon-change.txt");

  /** The first word of {@code tokens} that asserts a change, if one does. */
  Token change(List<Token> tokens) {
    for (Token token : tokens) {
      if (CHANGE.contains(token.word())) {
        return token;
      }
    }
    return null;
  }

  boolean isProcess(String word) {
    return PROCESS.contains(word);
  }

  boolean isGenericProcess(String word) {
    return GENERIC_PROCESS.contains(word);
  }

  boolean isKind(String word) {
    return KINDS.contains(word);
  }

  private static final java.util.Map<String, String> PAIRS =
      java.util.Map.of(
          "casques bleus", "casques-bleus",
          "anciens combattants", "anciens-combattants",
          "focal points", "focal-points",
          "points focaux", "points-focaux",
          "per cent", "percent",
          "pour cent", "pourcent",
          "case files", "case-files",
          "case records", "case-records");

  private static final Set<String> PAIR_STARTS =
      set("casques", "anciens", "focal", "points", "per", "pour", "case");

  /** Words of several tokens that are one word here: "casques bleus", "mise en œuvre". */
  static List<Token> joinCompounds(List<Token> tokens) {
    var joined = new ArrayList<Token>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String word = token.word();
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
      String after = i + 2 < tokens.size() ? tokens.get(i + 2).word() : "";
      String pair = PAIR_STARTS.contains(word) ? PAIRS.get(word + " " + next) : null;
      if (pair != null) {
        joined.add(new Token(pair, token.start(), tokens.get(i + 1).end()));
        i++;
      } else if ((word.equals("mise") || word.equals("mises") || word.equals("mis"))
          && next.equals("en")
          && (after.equals("œuvre") || after.equals("oeuvre") || after.equals("place"))) {
        String compound = after.equals("place") ? "mise-en-place" : "mise-en-œuvre";
        joined.add(new Token(compound, token.start(), tokens.get(i + 2).end()));
        i += 2;
      } else if ((word.equals("prise") || word.equals("prises"))
          && next.equals("en")
          && after.equals("charge")) {
        joined.add(new Token(word + "-en-charge", token.start(), tokens.get(i + 2).end()));
        i += 2;
      } else if ((word.equals("mise") || word.equals("mises"))
          && next.equals("à")
          && after.equals("l'")
          && i + 3 < tokens.size()
          && tokens.get(i + 3).word().equals("abri")) {
        joined.add(new Token(word + "-à-l'abri", token.start(), tokens.get(i + 3).end()));
        i += 3;
      } else if (word.equals("mise") && next.equals("à") && after.equals("jour")) {
        joined.add(new Token("mise-à-jour", token.start(), tokens.get(i + 2).end()));
        i += 2;
      } else {
        joined.add(token);
      }
    }
    return joined;
  }

  private static boolean endsWithAny(String word, String... endings) {
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** A set of words; a word written twice in a list is kept once. */
  private static Set<String> set(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }
}
