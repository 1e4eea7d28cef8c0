package org.napcheck.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.ReadLimits;

/**
 * Turns a YAML or JSON source into a {@link Document} in one pass over the parser's tokens,
 * recording where each value and key starts. It enforces the {@link ReadLimits} as it goes, finds
 * duplicate keys, and expands YAML aliases, which Jackson itself reads as plain texts.
 */
public final class DocumentParser {

  /** However few the aliases, their expansion may not add more values than this. */
  static final int MAX_ALIASED_VALUES = 1_000_000;

  /**
   * The most values (texts, numbers, objects, lists) in one file: each costs some hundreds of bytes
   * once read, and 20 MiB of {@code [1,1,1,...]} is ten million of them. A plan of 10,000 actions
   * has some 200,000.
   */
  static final int MAX_VALUES = 1_000_000;

  /** The most digits a number may have written out, before or after its point (Jackson's own). */
  static final int MAX_DIGITS = 1000;

  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");
  private static final Pattern CHARACTER_CODE = Pattern.compile(" \\(code \\d+\\)");
  private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
  private static final Pattern PARSER_FEATURE =
      Pattern.compile(
          ":? ?(?:enable `[\\w.]+` to allow"
              + "|\\(not recognized as one since Feature '\\w+' not enabled for parser\\))");
  private static final Pattern YAML_KEY_EVENT =
      Pattern.compile(
          "got this instead: <org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event"
              + "\\((?:anchor=([^,)]*))?");
  private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");

  private final Parsers parsers;

  public DocumentParser(Parsers parsers) {
    this.parsers = parsers;
  }

  /**
   * @param format {@link Format#YAML} or {@link Format#JSON}
   * @throws NapFormatException when the file is empty, not well formed, has duplicate keys or
   *     exceeds a limit
   */
  public Document parse(Source source, Format format) throws NapFormatException {
    return parse(source, format, Wording.ENGLISH);
  }

  /** Like {@link #parse(Source, Format)}, telling the problems in {@code words}. */
  public Document parse(Source source, Format format, Wording words) throws NapFormatException {
    var problems = new Problems(source.name(), words);
    if (source.text().isBlank()) {
      throw problems.refuse(Position.UNKNOWN, TreePath.root(), problems.say("file.empty"), null);
    }
    var builder = new Builder(parsers.limits(), problems);
    try (JsonParser parser = parsers.forFormat(format).createParser(source.text())) {
      builder.parser = parser;
      if (parser.nextToken() == null) {
        throw problems.refuse(
            Position.UNKNOWN, TreePath.root(), problems.say("file.onlyComments"), null);
      }
      JsonNode root = builder.value(TreePath.root(), 0);
      if (parser.nextToken() != null) {
        throw problems.refuse(
            Position.of(parser.currentTokenLocation()),
            TreePath.root(),
            problems.say(format == Format.YAML ? "file.yamlDocuments" : "file.jsonValues"),
            null);
      }
      problems.throwIfAny();
      return new Document(source.name(), root, builder.values, builder.keys);
    } catch (StreamConstraintsException e) {
      throw problems.refuse(
          Position.of(e.getLocation()),
          builder.path,
          limitMessage(e, parsers.limits(), problems),
          e);
    } catch (JsonProcessingException e) {
      throw problems.refuse(syntaxPosition(e), builder.path, syntaxMessage(e, format, problems), e);
    } catch (NapFormatException e) {
      throw e;
    } catch (IOException e) {
      // Reading from a string fails only through the parser's own checks; say what it said.
      throw problems.refuse(
          Position.UNKNOWN,
          builder.path,
          problems.say("file.cannotRead", problems.words().verbatim(e.getMessage())),
          e);
    }
  }

  /** What the parser said, in its own words (English), quoted as such in French. */
  private static String syntaxMessage(JsonProcessingException e, Format format, Problems problems) {
    Wording words = problems.words();
    org.yaml.snakeyaml.error.MarkedYAMLException yaml = snakeYamlCause(e);
    if (yaml != null) {
      String problem = words.verbatim(firstLine(yaml.getProblem()));
      if (yaml.getContext() != null && yaml.getContextMark() != null) {
        return words.get(
            "syntax.yamlContext",
            problem,
            words.verbatim(firstLine(yaml.getContext())),
            yaml.getContextMark().getLine() + 1,
            yaml.getContextMark().getColumn() + 1);
      }
      return words.get("syntax.yaml", problem);
    }
    String original = firstLine(e.getOriginalMessage());
    String said = inOwnWords(original, words);
    if (said != null) {
      return said;
    }
    Matcher location = JACKSON_LOCATION.matcher(original);
    original = location.replaceAll(words.get("syntax.jacksonLocation"));
    original = CHARACTER_CODE.matcher(original).replaceAll("");
    original =
        CONTROL_CHARACTER
            .matcher(original)
            .replaceAll(c -> String.format("U+%04X", Integer.parseInt(c.group(1))));
    // The names of the parser's switches mean nothing to the person who wrote the file.
    original = PARSER_FEATURE.matcher(original).replaceAll("");
    return words.get(
        format == Format.JSON ? "syntax.json" : "syntax.yaml", words.verbatim(original));
  }

  /**
   * What the parser says in terms of its own workings (SnakeYAML's events, Jackson's switches),
   * told in napcheck's words; {@code null} for what it says plainly enough.
   */
  private static String inOwnWords(String original, Wording words) {
    Matcher key = YAML_KEY_EVENT.matcher(original);
    if (key.find()) {
      String found =
          switch (key.group(1)) {
            case "Alias" -> words.get("found.alias", key.group(2));
            case "MappingStart" -> words.get("found.object");
            case "SequenceStart" -> words.get("found.list");
            default -> words.get("found.nothing");
          };
      return words.get("key.notText", found);
    }
    Matcher nonNumeric = NON_NUMERIC.matcher(original);
    if (nonNumeric.find()) {
      return words.get("syntax.nonNumeric", words.quote(nonNumeric.group(1)));
    }
    if (original.contains("ALLOW_COMMENTS")) {
      return words.get("syntax.jsonComment");
    }
    if (original.contains("ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS")) {
      return words.get("syntax.plusSign");
    }
    if (original.toLowerCase(java.util.Locale.ROOT).contains("base64")) {
      return words.get("value.binary", "!!binary");
    }
    return null;
  }

  private static Position syntaxPosition(JsonProcessingException e) {
    org.yaml.snakeyaml.error.MarkedYAMLException yaml = snakeYamlCause(e);
    if (yaml != null && yaml.getProblemMark() != null) {
      return new Position(
          yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1);
    }
    return Position.of(e.getLocation());
  }

  private static org.yaml.snakeyaml.error.MarkedYAMLException snakeYamlCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
        return marked;
      }
    }
    return null;
  }

  private static String limitMessage(
      StreamConstraintsException e, ReadLimits limits, Problems problems) {
    String original = e.getOriginalMessage();
    if (original.startsWith("Document length")) {
      return problems.say("limit.characters", limits.maxFileSize());
    }
    if (original.startsWith("String value length") || original.startsWith("Name length")) {
      return tooLong(limits, problems);
    }
    if (original.startsWith("Nesting depth")) {
      return tooDeep(limits, problems);
    }
    return problems.say("limit.other", problems.words().verbatim(firstLine(original)));
  }

  private static String tooLong(ReadLimits limits, Problems problems) {
    return problems.say("limit.text", limits.maxStringLength());
  }

  private static String tooDeep(ReadLimits limits, Problems problems) {
    return problems.say("limit.depth", limits.maxNestingDepth());
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }

  /** The state of one parse: not shared, not reused. */
  private static final class Builder {
    private final ReadLimits limits;
    private final Problems problems;
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private JsonParser parser;
    private TreePath path = TreePath.root();
    private long nodes;
    private int aliases;
    private long aliasedNodes;

    Builder(ReadLimits limits, Problems problems) {
      this.limits = limits;
      this.problems = problems;
    }

    /** Reads the value at the current token, which must start a value. */
    JsonNode value(TreePath at, int depth) throws IOException {
      path = at;
      Position position = Position.of(parser.currentTokenLocation());
      nodes++;
      if (nodes > MAX_VALUES) {
        throw problems.refuse(position, at, problems.say("limit.values", MAX_VALUES), null);
      }
      values.putIfAbsent(at.pointer(), position);
      JsonToken token = parser.currentToken();
      return switch (token) {
        case START_OBJECT -> object(at, depth + 1, position);
        case START_ARRAY -> array(at, depth + 1, position);
        case VALUE_STRING -> isAlias() ? alias(at, position) : text(at, position);
        case VALUE_NUMBER_INT -> integer();
        case VALUE_NUMBER_FLOAT -> decimal(at, position);
        case VALUE_TRUE -> BooleanNode.TRUE;
        case VALUE_FALSE -> BooleanNode.FALSE;
        case VALUE_NULL -> NullNode.getInstance();
        // YAML's !!binary: bytes, not text
        case VALUE_EMBEDDED_OBJECT ->
            throw problems.refuse(position, at, problems.say("value.binary", "!!binary"), null);
        default -> throw problems.refuse(position, at, problems.say("value.unreadable"), null);
      };
    }

    private JsonNode object(TreePath at, int depth, Position position) throws IOException {
      checkDepth(at, depth, position);
      Object anchor = anchor();
      long first = nodes;
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        TreePath field = at.child(name);
        Position keyPosition = Position.of(parser.currentTokenLocation());
        path = field;
        if (name.length() > limits.maxStringLength()) {
          throw problems.refuse(keyPosition, at, tooLong(limits, problems), null);
        }
        parser.nextToken();
        JsonNode value = value(field, depth);
        if (object.has(name)) {
          // Found here rather than by the parser, to point at the key and to list every one.
          problems.add(
              keyPosition, field, problems.say("key.duplicate", problems.words().name(name)));
        } else {
          keys.put(field.pointer(), keyPosition);
          object.set(name, value);
        }
      }
      remember(anchor, object, first);
      return object;
    }

    private JsonNode array(TreePath at, int depth, Position position) throws IOException {
      checkDepth(at, depth, position);
      Object anchor = anchor();
      long first = nodes;
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        array.add(value(at.child(array.size()), depth));
      }
      remember(anchor, array, first);
      return array;
    }

    private JsonNode text(TreePath at, Position position) throws IOException {
      String text = parser.getText();
      if (text.length() > limits.maxStringLength()) {
        throw problems.refuse(position, at, tooLong(limits, problems), null);
      }
      return TextNode.valueOf(text);
    }

    private JsonNode integer() throws IOException {
      return switch (parser.getNumberType()) {
        case INT -> IntNode.valueOf(parser.getIntValue());
        case LONG -> LongNode.valueOf(parser.getLongValue());
        default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
      };
    }

    private JsonNode decimal(TreePath at, Position position) throws IOException {
      try {
        BigDecimal value = parser.getDecimalValue();
        // 1e999999999 is eleven characters, and a billion digits once written out or rounded.
        if (value.scale() > MAX_DIGITS || value.precision() - (long) value.scale() > MAX_DIGITS) {
          throw problems.refuse(
              position, at, problems.say("number.digits", MAX_DIGITS, parser.getText()), null);
        }
        return DecimalNode.valueOf(value);
      } catch (NumberFormatException e) {
        // YAML's .inf and .nan are numbers to YAML, not to napcheck.
        throw problems.refuse(position, at, problems.say("number.unusable", parser.getText()), e);
      }
    }

    private void checkDepth(TreePath at, int depth, Position position) throws NapFormatException {
      if (depth > limits.maxNestingDepth()) {
        throw problems.refuse(position, at, tooDeep(limits, problems), null);
      }
    }

    private boolean isAlias() {
      return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }

    private Object anchor() throws IOException {
      return parser instanceof YAMLParser ? parser.getObjectId() : null;
    }

    private void remember(Object anchor, JsonNode node, long first) {
      if (anchor != null) {
        anchors.put(anchor.toString(), new Anchored(node, nodes - first + 1));
      }
    }

    /**
     * The anchored node, shared rather than copied: the tree is never changed. Counting aliases and
     * what they expand to stops "billion laughs" files before they cost anything.
     */
    private JsonNode alias(TreePath at, Position position) throws IOException {
      String name = parser.getText();
      aliases++;
      if (aliases > limits.maxAliases()) {
        throw problems.refuse(
            position, at, problems.say("alias.tooMany", limits.maxAliases()), null);
      }
      Anchored anchored = anchors.get(name);
      if (anchored == null) {
        throw problems.refuse(position, at, problems.say("alias.noAnchor", name), null);
      }
      aliasedNodes += anchored.size();
      // An anchored list that holds aliases is as large as their expansion.
      nodes += anchored.size() - 1;
      if (aliasedNodes > MAX_ALIASED_VALUES) {
        throw problems.refuse(
            position, at, problems.say("alias.expansion", MAX_ALIASED_VALUES), null);
      }
      return anchored.node();
    }
  }

  private record Anchored(JsonNode node, long size) {}
}
