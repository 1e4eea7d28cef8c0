package org.napcheck.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.napcheck.io.ReadLimits;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The Jackson parser factories for one set of limits; thread-safe once built.
 *
 * <p>The document builder checks depth, aliases and text length itself, to report them in
 * napcheck's words; the parsers' own limits are set one notch looser, as a backstop.
 */
public final class Parsers {

  private final ReadLimits limits;
  private final JsonFactory json;
  private final YAMLFactory yaml;
  private final CsvFactory csv;

  public Parsers(ReadLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxFileSize())
            .maxNestingDepth(limits.maxNestingDepth() + 1)
            .maxStringLength(limits.maxStringLength() + 1)
            .maxNameLength(limits.maxStringLength() + 1)
            .build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    this.yaml =
        YAMLFactory.builder()
            .loaderOptions(loaderOptions(limits))
            .streamReadConstraints(constraints)
            // "NO" (Norway) and "on" are texts, not booleans; an empty value is null, "" is "".
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();
    this.csv =
        CsvFactory.builder()
            .streamReadConstraints(constraints)
            // Rows as lists of cells: the header is checked here, not by Jackson.
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
  }

  public ReadLimits limits() {
    return limits;
  }

  public JsonFactory json() {
    return json;
  }

  public YAMLFactory yaml() {
    return yaml;
  }

  public CsvFactory csv() {
    return csv;
  }

  public JsonFactory forFormat(Format format) {
    return switch (format) {
      case YAML -> yaml;
      case JSON -> json;
      case CSV -> csv;
    };
  }

  private static LoaderOptions loaderOptions(ReadLimits limits) {
    var options = new LoaderOptions();
    // SnakeYAML refuses documents over 3 MB unless told otherwise.
    options.setCodePointLimit((int) limits.maxFileSize());
    // Jackson reads SnakeYAML's events, not its node graph, so these two only take effect where
    // SnakeYAML composes nodes itself; the document builder enforces both on every file.
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxNestingDepth() + 1);
    options.setAllowRecursiveKeys(false);
    return options;
  }
}
