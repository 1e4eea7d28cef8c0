package org.napcheck.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.ReadLimits;

/**
 * The text of a file, read within the size limit and decoded as strict UTF-8.
 *
 * @param name the file name shown in problems
 * @param text without its byte order mark
 */
public record Source(String name, String text) {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  public static Source read(Path file, ReadLimits limits) throws IOException {
    return read(file, limits, Wording.ENGLISH);
  }

  /** Reads a file, telling its problems in {@code words}. */
  public static Source read(Path file, ReadLimits limits, Wording words) throws IOException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw fileProblem(name, words, words.get("file.folder"));
    }
    // The size is checked before reading, so that a huge file costs nothing.
    long size = Files.size(file);
    if (size > limits.maxFileSize()) {
      throw tooBig(name, size, limits, words);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name, limits, words);
    }
  }

  public static Source read(InputStream in, String name, ReadLimits limits) throws IOException {
    return read(in, name, limits, Wording.ENGLISH);
  }

  public static Source read(InputStream in, String name, ReadLimits limits, Wording words)
      throws IOException {
    // One byte more than allowed tells a file at the limit from one beyond it, without reading
    // the rest of an endless stream.
    byte[] bytes = in.readNBytes((int) limits.maxFileSize() + 1);
    if (bytes.length > limits.maxFileSize()) {
      throw tooBig(name, bytes.length, limits, words);
    }
    return decode(name, bytes, words);
  }

  /** A text already in memory, held to the same size limit as a file. */
  public static Source of(String text, String name, ReadLimits limits) throws NapFormatException {
    return of(text, name, limits, Wording.ENGLISH);
  }

  public static Source of(String text, String name, ReadLimits limits, Wording words)
      throws NapFormatException {
    long size = text.getBytes(StandardCharsets.UTF_8).length;
    if (size > limits.maxFileSize()) {
      throw tooBig(name, size, limits, words);
    }
    return new Source(name, withoutByteOrderMark(text));
  }

  public static Source decode(String name, byte[] bytes) throws NapFormatException {
    return decode(name, bytes, Wording.ENGLISH);
  }

  public static Source decode(String name, byte[] bytes, Wording words) throws NapFormatException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(name, bytes, in.position(), words);
    }
    decoder.flush(out);
    return new Source(name, withoutByteOrderMark(out.flip().toString()));
  }

  private static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  private static NapFormatException notUtf8(String name, byte[] bytes, int offset, Wording words) {
    String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = before.codePointCount(lineStart, before.length()) + 1;
    String message =
        words.get("file.notUtf8", String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF));
    return new Problems(name, words)
        .refuse(new Position(line, column), TreePath.root(), message, null);
  }

  private static NapFormatException tooBig(
      String name, long size, ReadLimits limits, Wording words) {
    return fileProblem(
        name,
        words,
        words.get(
            "file.tooBig", size, limits.maxFileSize(), readable(limits.maxFileSize(), words)));
  }

  static NapFormatException fileProblem(String name, Wording words, String message) {
    return new Problems(name, words).refuse(Position.UNKNOWN, TreePath.root(), message, null);
  }

  private static String readable(long bytes, Wording words) {
    if (bytes >= 1024 * 1024) {
      return words.get("file.mib", oneDecimal(bytes / (1024.0 * 1024), words));
    }
    if (bytes >= 1024) {
      return words.get("file.kib", oneDecimal(bytes / 1024.0, words));
    }
    return words.get("file.bytes", bytes);
  }

  /** {@code 1.5}, {@code 2} (not {@code 2.0}); {@code 1,5} in French. */
  private static String oneDecimal(double value, Wording words) {
    return String.format(words.locale(), "%.1f", value).replaceAll("[.,]0$", "");
  }
}
