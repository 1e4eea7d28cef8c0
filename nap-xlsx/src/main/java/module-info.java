/**
 * Plans in spreadsheets, read and written, and findings written as a workbook: everything napcheck
 * does with Apache POI, so that an application that needs no spreadsheet never carries POI.
 */
module org.napcheck.xlsx {
  requires transitive org.napcheck.report;
  requires com.fasterxml.jackson.databind;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports org.napcheck.xlsx;

  provides org.napcheck.io.spi.PlanFormat with
      org.napcheck.xlsx.WorkbookPlanFormat;
}
