package org.napcheck.rules.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.napcheck.rules.RuleCompilationException;

/**
 * The extra DRL a checker's builder was given, by source name, refused before Drools reads it when
 * it cannot be used: a folder, a file not in UTF-8, a name given twice, too many bytes. Refusals
 * speak the language the builder is set to when they happen.
 */
public final class ExtraRuleSources {
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, Long> sizes = new LinkedHashMap<>();

  /** The sources in the order they were added. */
  public Map<String, String> sources() {
    return sources;
  }

  public boolean isEmpty() {
    return sources.isEmpty();
  }

  /** Adds {@code drl} as {@code sourceName}, within {@code limit} bytes for all sources. */
  public void add(String sourceName, String drl, long limit, Locale locale) {
    // Each character is at least one byte: a text too long is too big without counting bytes.
    long size = drl.length() > limit ? drl.length() : utf8Length(drl);
    refuseIfNamedAlready(sourceName, locale);
    refuseIfTooBig(sourceName, size, limit, locale);
    sources.put(sourceName, drl);
    sizes.put(sourceName, size);
  }

  /** Adds the DRL file {@code file}; its size is checked before it is read. */
  public void add(Path file, long limit, Locale locale) throws IOException {
    if (Files.isDirectory(file)) {
      throw refusal(file.toString(), 0, "error.rules.folder", Map.of(), locale);
    }
    refuseIfNamedAlready(file.toString(), locale);
    refuseIfTooBig(file.toString(), Files.size(file), limit, locale);
    add(file.toString(), utf8(file, locale), limit, locale);
  }

  /** Refuses the sources when together they exceed {@code limit}, which may have changed. */
  public void refuseIfTooBig(long limit, Locale locale) {
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    if (total > limit) {
      throw tooBig(String.join(", ", sources.keySet()), total, null, limit, locale);
    }
  }

  /**
   * The text of a DRL file, which must be UTF-8: a binary file, or one saved in another encoding,
   * is refused at the line of its first byte that is not.
   */
  private static String utf8(Path file, Locale locale) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    var in = ByteBuffer.wrap(bytes);
    var out = CharBuffer.allocate(bytes.length);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw refusal(
          file.toString(),
          line,
          "error.rules.notUtf8",
          Map.of("byte", String.format("0x%02X", bytes[at] & 0xFF)),
          locale);
    }
    return out.flip().toString();
  }

  /** One name, one source: a second source of the same name would replace the first unseen. */
  private void refuseIfNamedAlready(String sourceName, Locale locale) {
    if (sources.containsKey(sourceName)) {
      throw refusal(sourceName, 0, "error.rules.namedAlready", Map.of(), locale);
    }
  }

  /** Refuses a source that would bring the extra rules above the limit. */
  private void refuseIfTooBig(String sourceName, long size, long limit, Locale locale) {
    long others =
        sizes.entrySet().stream()
            .filter(entry -> !entry.getKey().equals(sourceName))
            .mapToLong(Map.Entry::getValue)
            .sum();
    if (others + size > limit) {
      throw tooBig(sourceName, size, others == 0 ? null : others + size, limit, locale);
    }
  }

  private static RuleCompilationException tooBig(
      String sourceName, long size, Long withOthers, long limit, Locale locale) {
    var values = new HashMap<String, String>();
    values.put("size", String.valueOf(size));
    values.put("limit", String.valueOf(limit));
    if (withOthers != null) {
      values.put("withOthers", String.valueOf(withOthers));
    }
    if (limit % (1024 * 1024) == 0) {
      values.put("mebibytes", String.valueOf(limit / (1024 * 1024)));
    }
    return refusal(sourceName, 0, "error.rules.tooBig", values, locale);
  }

  /**
   * Extra rules refused before Drools reads them: one problem, the text of {@code key}, at {@code
   * line} of {@code sourceName} (0: the source as a whole).
   */
  private static RuleCompilationException refusal(
      String sourceName, int line, String key, Map<String, String> values, Locale locale) {
    var messages = new Messages(locale);
    return new RuleCompilationException(
        messages.generic("error.rules.heading"),
        List.of(new RuleCompilationException.Problem(sourceName, line, messages.say(key, values))));
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
