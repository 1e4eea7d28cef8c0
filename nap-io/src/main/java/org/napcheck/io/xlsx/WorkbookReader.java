package org.napcheck.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.poifs.filesystem.FileMagic;
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
      throw refuse(reading, reading.say("xlsx.ole2"), null);
    }
    if (magic != FileMagic.OOXML) {
      throw refuse(reading, reading.say("xlsx.notWorkbook"), null);
    }
    // POI's own guards stay on: no external entities, and it refuses zip bombs.
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

  private static String cannotRead(Reading reading, Exception e) {
    return reading.say("xlsx.cannotRead", reading.words().verbatim(String.valueOf(e.getMessage())));
  }

  private static NapFormatException refuse(Reading reading, String message, Throwable cause) {
    return new NapFormatException(List.of(new Problem(reading.file(), 0, 0, "", message)), cause);
  }
}
