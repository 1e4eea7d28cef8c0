package org.napcheck.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Writes document trees as YAML and JSON, the same way on every machine: two-space indents, line
 * feeds, {@code "key": value}, a final newline. Thread-safe.
 */
public final class Writers {

  private static final ObjectWriter JSON;
  private static final ObjectWriter YAML;

  static {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    JSON =
        JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer(printer);
    YAMLFactory yaml =
        new NextLineSafeFactory(
            YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // An id "12" stays a text for every YAML reader, not only for napcheck.
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                // Long titles stay on one line rather than folded at 80 columns.
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .stringQuotingChecker(new BlockStyleQuoting())
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN));
    YAML = new ObjectMapper(yaml).writer();
  }

  private Writers() {}

  /**
   * Leaves titles like {@code Full, equal and meaningful participation} unquoted: commas and
   * brackets only matter in flow style, which is never written. SnakeYAML's emitter still quotes
   * any text that cannot be plain where it stands, such as one starting with {@code [}.
   */
  private static final class BlockStyleQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean valueHasQuotableChar(String value) {
      return super.valueHasQuotableChar(value.replaceAll("[\\[\\]{},]", "x"));
    }
  }

  /** U+0085 NEXT LINE, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR: line breaks to YAML. */
  private static boolean hasLineBreakOfItsOwn(String text) {
    return text.indexOf('\u0085') >= 0
        || text.indexOf('\u2028') >= 0
        || text.indexOf('\u2029') >= 0;
  }

  /**
   * Writes texts holding U+0085 (NEXT LINE), U+2028 or U+2029 in double quotes, where they are
   * escaped ({@code \N}, {@code \L}, {@code \P}). A random plan's actor name, "A:" then U+2028, was
   * written plain and read back as a key. Plain, single-quoted and literal texts would carry it as
   * is, and a YAML reader takes it for a line break: a text ending in U+0085 would come back ending
   * in a space. It is what Windows-1252's "…" becomes when read as Latin-1, so plan texts from
   * spreadsheets do hold it.
   */
  private static final class NextLineSafeFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    NextLineSafeFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
      return new YAMLGenerator(
          context,
          _generatorFeatures,
          _yamlGeneratorFeatures,
          _quotingChecker,
          _objectCodec,
          out,
          _version) {
        @Override
        public void writeString(String text) throws IOException {
          if (text != null && hasLineBreakOfItsOwn(text)) {
            _verifyValueWrite("write String value");
            _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
          } else {
            super.writeString(text);
          }
        }
      };
    }
  }

  public static String json(JsonNode tree) {
    return write(JSON, tree) + "\n";
  }

  public static String yaml(JsonNode tree) {
    return write(YAML, tree);
  }

  private static String write(ObjectWriter writer, JsonNode tree) {
    try {
      return writer.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serializes; anything else is a bug here.
      throw new UncheckedIOException(e);
    }
  }
}
