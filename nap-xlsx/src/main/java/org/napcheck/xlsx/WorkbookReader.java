package org.napcheck.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.Problem;
import org.napcheck.model.Plan;

/** Opens a workbook and hands it to the reader of its layout. */
final class WorkbookReader {
  private WorkbookReader() {}

  static Plan read(byte[] bytes, Reading reading) throws NapFormatException {
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(bytes);
    } catch (RuntimeException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      // An encrypted .xlsx is an OLE2 container too, holding the encrypted package.
      throw refuse(reading, reading.say(isEncrypted(bytes) ? "xlsx.encrypted" : "xlsx.ole2"), null);
    }
    if (magic != FileMagic.OOXML) {
      throw refuse(reading, reading.say("xlsx.notWorkbook"), null);
    }
    refuseIfItInflatesTooFar(bytes, reading);
    // POI's own guards stay on: no external entities, and it refuses parts that inflate too fast.
    XSSFWorkbook workbook;
    try {
      workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw refuse(reading, cannotRead(reading, e), e);
    }
    try (workbook) {
      return TemplateLayout.isTemplate(workbook)
          ? TemplateLayout.read(workbook, reading)
          : PublishedLayout.read(workbook, reading);
    } catch (NapFormatException e) {
      throw e;
    } catch (IOException e) {
      throw refuse(reading, cannotRead(reading, e), e);
    }
  }

  /** A workbook may unpack to at most this many times the largest file read. */
  static final int INFLATE_FACTOR = 10;

  /**
   * A workbook holds a few dozen parts; a zip of more is not one people write. POI's own limit
   * (ZipSecureFile), told here in napcheck's words.
   */
  static final int MAX_PARTS = 1000;

  /**
   * The most cells (and, apart, rows and shared texts) of all sheets together: POI holds each in
   * memory, some hundreds of bytes apiece, so that a workbook of 19 MB and five million cells
   * needed more than a gigabyte. A plan has some thousands.
   */
  static final int MAX_CELLS = 1_000_000;

  /** The largest part POI reads (its own limit, {@code IOUtils}), told in napcheck's words. */
  static final int MAX_PART_SIZE = 100_000_000;

  /**
   * Refuses a workbook whose parts, unpacked, come to more than {@link #INFLATE_FACTOR} times the
   * largest file read (200 MiB by default), that has more than {@link #MAX_PARTS} parts, a part
   * over {@link #MAX_PART_SIZE} bytes, or more than {@link #MAX_CELLS} cells, rows or shared texts:
   * POI checks the ratio of each part, not their total, and would hold them all in memory. Counted
   * while unpacking, so a bomb costs at most the limit's worth of inflating.
   */
  private static void refuseIfItInflatesTooFar(byte[] bytes, Reading reading)
      throws NapFormatException {
    long limit = reading.limits().maxFileSize() * INFLATE_FACTOR;
    long total = 0;
    int parts = 0;
    long largest = 0;
    var tags = new TagCounter();
    var buffer = new byte[64 * 1024];
    try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (var entry = zip.getNextEntry();
          entry != null
              && parts <= MAX_PARTS
              && total <= limit
              && largest <= MAX_PART_SIZE
              && !tags.tooMany();
          entry = zip.getNextEntry()) {
        parts++;
        boolean counted =
            entry.getName().startsWith("xl/worksheets/")
                || entry.getName().equals("xl/sharedStrings.xml");
        tags.startPart();
        long size = 0;
        for (int read = zip.read(buffer);
            read > 0 && total <= limit && size <= MAX_PART_SIZE && !tags.tooMany();
            read = zip.read(buffer)) {
          total += read;
          size += read;
          if (counted) {
            tags.feed(buffer, read);
          }
        }
        largest = Math.max(largest, size);
      }
    } catch (IOException e) {
      return; // not a zip POI can read either: POI says why
    }
    if (parts > MAX_PARTS) {
      throw refuse(reading, reading.say("xlsx.tooManyParts", MAX_PARTS), null);
    }
    if (total > limit) {
      throw refuse(reading, reading.say("xlsx.inflatesTooFar", limit, INFLATE_FACTOR), null);
    }
    if (largest > MAX_PART_SIZE) {
      throw refuse(reading, reading.say("xlsx.partTooBig", MAX_PART_SIZE), null);
    }
    if (tags.tooMany()) {
      throw refuse(reading, reading.say("xlsx.tooManyCells", MAX_CELLS), null);
    }
  }

  /**
   * Counts the start tags of cells ({@code <c>}), rows ({@code <row>}) and shared texts ({@code
   * <si>}), with or without a namespace prefix, across the buffers of a part.
   */
  static final class TagCounter {
    private long cells;
    private long rows;
    private long texts;
    private boolean inName;
    private final StringBuilder name = new StringBuilder();

    void startPart() {
      inName = false;
      name.setLength(0);
    }

    boolean tooMany() {
      return cells > MAX_CELLS || rows > MAX_CELLS || texts > MAX_CELLS;
    }

    void feed(byte[] buffer, int length) {
      for (int i = 0; i < length; i++) {
        byte b = buffer[i];
        if (b == '<') {
          inName = true;
          name.setLength(0);
        } else if (inName) {
          if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
            inName = false;
            count();
          } else if (name.length() < 8) {
            name.append((char) b);
          } else {
            inName = false;
          }
        }
      }
    }

    private void count() {
      int colon = name.lastIndexOf(":");
      String local = colon < 0 ? name.toString() : name.substring(colon + 1);
      switch (local) {
        case "c" -> cells++;
        case "row" -> rows++;
        case "si" -> texts++;
        default -> {}
      }
    }
  }

  /**
   * Whether an OLE2 file is an encrypted OOXML package, as Excel saves a workbook with a password:
   * its root holds the stream {@code EncryptionInfo}.
   */
  static boolean isEncrypted(byte[] bytes) {
    try (var container = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return container.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static final Pattern CLASS_NAME =
      Pattern.compile("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|$)");

  /**
   * Why POI could not read a workbook, in napcheck's words: POI's own say how to change its
   * settings, which the person holding the file cannot do.
   */
  private static String cannotRead(Reading reading, Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("Zip bomb detected") || message.contains("MIN_INFLATE_RATIO")) {
        return reading.say("xlsx.zipBomb");
      }
      if (message.contains("MAX_FILE_COUNT")) {
        return reading.say("xlsx.tooManyParts", MAX_PARTS);
      }
      if (message.contains("DOCTYPE")) {
        return reading.say("xlsx.doctype");
      }
      if (message.contains("Tried to allocate an array of length")) {
        return reading.say("xlsx.partTooBig", MAX_PART_SIZE);
      }
      if (message.contains("Truncated ZIP") || cause instanceof java.io.EOFException) {
        return reading.say("xlsx.truncated");
      }
    }
    String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    first = CLASS_NAME.matcher(first).replaceAll("").replaceFirst("^error: ", "").strip();
    if (first.isEmpty() || first.equals("null")) {
      first = e.getClass().getSimpleName();
    }
    return reading.say("xlsx.damaged", reading.words().verbatim(first));
  }

  private static NapFormatException refuse(Reading reading, String message, Throwable cause) {
    return new NapFormatException(List.of(new Problem(reading.file(), 0, 0, "", message)), cause);
  }
}
