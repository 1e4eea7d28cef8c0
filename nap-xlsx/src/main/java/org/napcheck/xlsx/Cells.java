package org.napcheck.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Cells as the file stores them, looked at before any value is read: whether a row is blank, and
 * whether a cell was saved in a way POI would read wrong without a word. {@link Reading} reads the
 * values.
 */
final class Cells {
  private Cells() {}

  /** Whether a row has no value in any cell. */
  static boolean isBlank(Row row) {
    if (row == null) {
      return true;
    }
    for (Cell cell : row) {
      CellType type = cell.getCellType();
      if (type == CellType.STRING
          && (hasBadSharedString(cell) || !cell.getStringCellValue().isBlank())) {
        return false;
      }
      if (type != CellType.BLANK && type != CellType.STRING) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a cell points into the workbook's table of texts (shared strings) at an entry that is
   * not there. POI would log an error with its stack trace and read the cell as blank.
   */
  static boolean hasBadSharedString(Cell cell) {
    if (!(cell instanceof XSSFCell xssf)
        || xssf.getCTCell().getT() != STCellType.S
        || !xssf.getCTCell().isSetV()) {
      return false;
    }
    var table = xssf.getSheet().getWorkbook().getSharedStringSource();
    try {
      return table == null
          || table.getItemAt(Integer.parseInt(xssf.getCTCell().getV().strip())) == null;
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return true;
    }
  }

  /**
   * Whether a formula cell was saved without its result, as programs that write workbooks without
   * computing them do: napcheck reads what a spreadsheet shows, and never evaluates formulas.
   */
  static boolean hasNoSavedValue(Cell cell) {
    return cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV();
  }
}
