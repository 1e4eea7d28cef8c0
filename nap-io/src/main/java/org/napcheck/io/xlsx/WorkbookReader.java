package org.napcheck.io.xlsx;

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
   * Refuses a workbook whose parts, unpacked, come to more than {@link #INFLATE_FACTOR} times the
   * largest file read (200 MiB by default), or that has more than {@link #MAX_PARTS} parts: POI
   * checks the ratio of each part, not their total, and would hold them all in memory. Counted
   * while unpacking, so a bomb costs at most the limit's worth of inflating.
   */
  private static void refuseIfItInflatesTooFar(byte[] bytes, Reading reading)
      throws NapFormatException {
    long limit = reading.limits().maxFileSize() * INFLATE_FACTOR;
    long total = 0;
    int parts = 0;
    var buffer = new byte[64 * 1024];
    try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (var entry = zip.getNextEntry();
          entry != null && parts <= MAX_PARTS && total <= limit;
          entry = zip.getNextEntry()) {
        parts++;
        for (int read = zip.read(buffer); read > 0 && total <= limit; read = zip.read(buffer)) {
          total += read;
        }
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
