package org.napcheck.io.xlsx;

/** Apache POI is an optional dependency of nap-io: say so plainly when it is missing. */
final class Poi {
  private static final boolean PRESENT = present();

  private Poi() {}

  static void require() {
    if (!PRESENT) {
      throw new IllegalStateException(
          "reading and writing XLSX needs Apache POI: add the dependency"
              + " org.apache.poi:poi-ooxml (its version is in nap-bom) to the application"
              + (Poi.class.getModule().isNamed()
                  ? "; on the module path, also `requires org.apache.poi.ooxml` in its"
                      + " module-info (or `--add-modules org.apache.poi.ooxml`)"
                  : ""));
    }
  }

  private static boolean present() {
    try {
      Class.forName(
          "org.apache.poi.xssf.usermodel.XSSFWorkbook", false, Poi.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
