package org.napcheck.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.napcheck.io.AtomicFiles;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.Problem;
import org.napcheck.io.ReadLimits;
import org.napcheck.io.internal.Format;
import org.napcheck.io.internal.Wording;
import org.napcheck.model.Plan;

/**
 * Reads and writes plans in spreadsheets (XLSX). Immutable and thread-safe.
 *
 * <p>Two layouts are read, told apart by their sheets (details in {@code docs/spreadsheets.md}):
 *
 * <ul>
 *   <li><b>napcheck's template</b>, when the workbook has a sheet {@code Pillars}: the sheets
 *       {@code Plan} (field | value), {@code Actors}, {@code Pillars}, {@code Objectives}, {@code
 *       Actions} and {@code Indicators}, one item a row with id columns. It holds every field of
 *       the plan format: a plan written with {@link #writeTemplate} reads back equal.
 *   <li><b>the published tables</b>: one sheet per pillar, its heading ({@code I. Participation})
 *       above a header row {@code Objectives | Actions | Indicators | Relevant ministries}, one row
 *       per action; plus the sheets {@code Plan} and {@code Actors} of the template for what the
 *       tables do not say. Ids are read where a cell starts with one ({@code 1.a. Continue ...}),
 *       else numbered by position, as published plans number them.
 * </ul>
 *
 * <p>A workbook that cannot be understood is refused with a {@link NapFormatException} listing
 * every problem, each at its sheet and cell: {@code plan.xlsx: Actions!C12: must not be blank}.
 *
 * <pre>{@code
 * Plan plan = new XlsxPlans().read(Path.of("plan.xlsx"));
 * new XlsxPlans().writeTemplate(plan, Path.of("plan-template.xlsx"));
 * }</pre>
 *
 * <p>Needs {@code org.apache.poi:poi-ooxml} on the class path (see the package documentation).
 */
public final class XlsxPlans {
  private final ReadLimits limits;
  private final Wording words;

  /** Reads with {@link ReadLimits#defaults()}: above all, a workbook of at most 20 MiB. */
  public XlsxPlans() {
    this(ReadLimits.defaults());
  }

  /** Reads within {@code limits}: the size of the workbook, and of what it inflates to. */
  public XlsxPlans(ReadLimits limits) {
    this(limits, Wording.ENGLISH);
  }

  private XlsxPlans(ReadLimits limits, Wording words) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.words = words;
  }

  /**
   * Plans read like these, their problems told in French for a French locale, else in English (the
   * default), as {@link org.napcheck.io.NapReader#withLocale} does.
   */
  public XlsxPlans withLocale(Locale locale) {
    return new XlsxPlans(limits, Wording.of(Objects.requireNonNull(locale, "locale")));
  }

  /**
   * Whether {@code file} is to be read as a workbook: its name ends with {@code .xlsx} or {@code
   * .xlsm} (or {@code .xls}, which {@link #read(Path)} refuses with what to do about it).
   */
  public static boolean isWorkbook(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return name != null && Format.isWorkbook(name.toString());
  }

  /**
   * Reads a plan from a workbook in either layout.
   *
   * @throws NapFormatException when the workbook cannot be understood
   * @throws IOException when it cannot be read at all
   */
  public Plan read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    String name = file.toString();
    if (size > limits.maxFileSize()) {
      throw tooLarge(name);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    }
  }

  /**
   * Reads a plan from a stream; the stream is read to its end, not closed.
   *
   * @param sourceName names the workbook in problems, e.g. {@code plan.xlsx}
   */
  public Plan read(InputStream in, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileSize() + 1));
    if (bytes.length > limits.maxFileSize()) {
      throw tooLarge(sourceName);
    }
    return WorkbookReader.read(bytes, new Reading(sourceName, limits, words));
  }

  /** The plan in napcheck's template. */
  public byte[] template(Plan plan) {
    return TemplateLayout.write(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * The plan laid out like the published tables, one sheet per pillar, with the sheets Plan and
   * Actors: for people who review plans as tables. It holds ids, texts, responsible bodies and
   * deadlines; the template holds every field.
   */
  public byte[] publishedTables(Plan plan) {
    return PublishedLayout.write(Objects.requireNonNull(plan, "plan"));
  }

  /** Writes the plan in napcheck's template, atomically. */
  public void writeTemplate(Plan plan, Path file) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(file, "file");
    new AtomicFiles().write(file, template(plan));
  }

  /** Writes the plan laid out like the published tables, atomically. */
  public void writePublishedTables(Plan plan, Path file) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(file, "file");
    new AtomicFiles().write(file, publishedTables(plan));
  }

  private NapFormatException tooLarge(String name) {
    return new NapFormatException(
        List.of(new Problem(name, 0, 0, "", words.get("xlsx.tooBig", limits.maxFileSize()))));
  }
}
