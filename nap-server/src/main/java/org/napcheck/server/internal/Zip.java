package org.napcheck.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.napcheck.report.SplitFiles;

/** Files in a zip, the same bytes for the same files: every entry dated 1 January 1980. */
final class Zip {
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  private Zip() {}

  static byte[] of(List<SplitFiles.File> files) {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (SplitFiles.File file : files) {
        var entry = new ZipEntry(file.name());
        entry.setTimeLocal(DOS_EPOCH);
        zip.putNextEntry(entry);
        zip.write(file.bytes());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory only: cannot happen
    }
    return bytes.toByteArray();
  }
}
