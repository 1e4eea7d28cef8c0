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
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw fileProblem(name, "is a folder, expected a file");
    }
    // The size is checked before reading, so that a huge file costs nothing.
    long size = Files.size(file);
    if (size > limits.maxFileSize()) {
      throw tooBig(name, size, limits);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name, limits);
    }
  }

  public static Source read(InputStream in, String name, ReadLimits limits) throws IOException {
    // One byte more than allowed tells a file at the limit from one beyond it, without reading
    // the rest of an endless stream.
    byte[] bytes = in.readNBytes((int) limits.maxFileSize() + 1);
    if (bytes.length > limits.maxFileSize()) {
      throw tooBig(name, bytes.length, limits);
    }
    return decode(name, bytes);
  }

  /** A text already in memory, held to the same size limit as a file. */
  public static Source of(String text, String name, ReadLimits limits) throws NapFormatException {
    long size = text.getBytes(StandardCharsets.UTF_8).length;
    if (size > limits.maxFileSize()) {
      throw tooBig(name, size, limits);
    }
    return new Source(name, withoutByteOrderMark(text));
  }

  public static Source decode(String name, byte[] bytes) throws NapFormatException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(name, bytes, in.position());
    }
    decoder.flush(out);
    return new Source(name, withoutByteOrderMark(out.flip().toString()));
  }

  private static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  private static NapFormatException notUtf8(String name, byte[] bytes, int offset) {
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
        String.format(
            "not UTF-8: byte 0x%02X is not valid here; save the file as UTF-8",
            bytes[offset] & 0xFF);
    return new Problems(name).refuse(new Position(line, column), TreePath.root(), message, null);
  }

  private static NapFormatException tooBig(String name, long size, ReadLimits limits) {
    return fileProblem(
        name,
        "file too big: "
            + size
            + " bytes, more than the limit of "
            + limits.maxFileSize()
            + " bytes ("
            + readable(limits.maxFileSize())
            + ")");
  }

  static NapFormatException fileProblem(String name, String message) {
    return new Problems(name).refuse(Position.UNKNOWN, TreePath.root(), message, null);
  }

  private static String readable(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024)).replace(".0 ", " ");
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0).replace(".0 ", " ");
    }
    return bytes + " bytes";
  }
}
