package org.napcheck.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.napcheck.io.internal.BeanValidation;
import org.napcheck.io.internal.Binder;
import org.napcheck.io.internal.Document;
import org.napcheck.io.internal.DocumentParser;
import org.napcheck.io.internal.Fields;
import org.napcheck.io.internal.Format;
import org.napcheck.io.internal.Parsers;
import org.napcheck.io.internal.Problems;
import org.napcheck.io.internal.ReportTrees;
import org.napcheck.io.internal.Shapes;
import org.napcheck.io.internal.Source;
import org.napcheck.io.internal.TreePath;
import org.napcheck.io.internal.ValuesCsv;
import org.napcheck.io.internal.Wording;
import org.napcheck.io.spi.PlanFormat;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Waiver;

/**
 * Reads plans, monitoring data and waivers in the formats of DESIGN.md: YAML or JSON by the file
 * extension, CSV for indicator values; plans in workbooks ({@code .xlsx}) too when nap-xlsx is
 * present (through {@link PlanFormat}). Immutable and thread-safe: build one, share it.
 *
 * <p>A file that cannot be understood (bad syntax, an unknown field, a value of the wrong type, a
 * broken constraint of the model, a limit exceeded) is refused with a {@link NapFormatException}
 * listing every problem with its line and column. A plan that only has gaps loads: finding them is
 * the rules' job.
 *
 * <pre>{@code
 * NapReader reader = new NapReader();
 * Plan plan = reader.readPlan(Path.of("plan.yaml"));
 * List<MonitoringReport> reports = reader.readMonitoring(Path.of("monitoring"));
 * }</pre>
 *
 * <p>The problems are told in English, or in French by a reader {@link #withLocale
 * withLocale(Locale.FRENCH)}; file, line, column and path are the same in both.
 */
public final class NapReader {

  private static final List<String> PLAN_ROOT = List.of("napcheck", "plan");
  private static final List<String> REPORT_ROOT = List.of("napcheck", "report");
  private static final List<String> WAIVERS_ROOT = List.of("napcheck", "waivers");

  /** Formats of plans that other modules read (nap-xlsx: workbooks), found once. */
  private static final List<PlanFormat> OTHER_PLAN_FORMATS = loadPlanFormats();

  private final ReadLimits limits;
  private final Wording words;
  private final Parsers parsers;
  private final DocumentParser documents;
  private final ValuesCsv csv;

  /** A reader with {@link ReadLimits#defaults()}. */
  public NapReader() {
    this(ReadLimits.defaults());
  }

  public NapReader(ReadLimits limits) {
    this(limits, Wording.ENGLISH);
  }

  private NapReader(ReadLimits limits, Wording words) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.words = words;
    this.parsers = new Parsers(limits);
    this.documents = new DocumentParser(parsers);
    this.csv = new ValuesCsv(parsers);
  }

  public ReadLimits limits() {
    return limits;
  }

  /** A reader like this one with other limits. */
  public NapReader withLimits(ReadLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return new NapReader(limits, words);
  }

  /** The language of the problems: English ({@link Locale#ENGLISH}) or French. */
  public Locale locale() {
    return words.locale();
  }

  /**
   * A reader like this one that tells the problems of a file in French for a French locale, else in
   * English (the default).
   *
   * <pre>{@code
   * plan:4:12: plan.country: doit être un code de pays ISO 3166-1 alpha-2, par exemple LU
   * }</pre>
   */
  public NapReader withLocale(Locale locale) {
    return new NapReader(limits, Wording.of(Objects.requireNonNull(locale, "locale")));
  }

  /**
   * Reads a plan file, {@code {napcheck: 1, plan: {...}}}: YAML ({@code .yaml}, {@code .yml}) or
   * JSON ({@code .json}); or a workbook ({@code .xlsx}) when nap-xlsx is present, refused with what
   * to add when it is not.
   *
   * @throws NapFormatException when the file cannot be understood
   * @throws IOException when it cannot be read at all
   */
  public Plan readPlan(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    Optional<PlanFormat> other = otherFormat(name == null ? "" : name.toString(), file.toString());
    if (other.isPresent()) {
      return other.get().read(file, limits, locale());
    }
    return plan(documents.parse(Source.read(file, limits, words), treeFormat(file), words));
  }

  /**
   * Reads a plan from a stream, e.g. standard input; the stream is read to its end, not closed.
   *
   * @param sourceName names the source in problems; its extension chooses JSON ({@code .json}) or
   *     YAML (anything else, which also reads JSON)
   */
  public Plan readPlan(InputStream in, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Optional<PlanFormat> other = otherFormat(sourceName, sourceName);
    if (other.isPresent()) {
      return other.get().read(in, sourceName, limits, locale());
    }
    return plan(
        documents.parse(Source.read(in, sourceName, limits, words), treeFormat(sourceName), words));
  }

  /**
   * Reads a plan from its text.
   *
   * <pre>{@code
   * Plan plan = reader.readPlan("napcheck: 1\nplan: {...}", "draft.yaml");
   * }</pre>
   *
   * @param sourceName as for {@link #readPlan(InputStream, String)}
   */
  public Plan readPlan(String content, String sourceName) throws NapFormatException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sourceName, "sourceName");
    return plan(
        documents.parse(
            Source.of(content, sourceName, limits, words), treeFormat(sourceName), words));
  }

  /**
   * Reads a check report written by {@link NapWriter#reportToJson}, e.g. to compare two runs. The
   * summary is not read but counted again; each waived finding's waiver gets the finding's rule and
   * location, which is all the report keeps of it.
   *
   * @throws NapFormatException when the file is not such a report
   */
  public CheckReport readReport(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Source source = Source.read(file, limits, words);
    return ReportTrees.read(new Binder(documents.parse(source, Format.JSON, words), words));
  }

  /**
   * Reads a monitoring report file, {@code {napcheck: 1, report: {...}}}: YAML or JSON.
   *
   * @throws NapFormatException when the file cannot be understood
   */
  public MonitoringReport readMonitoringReport(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return report(documents.parse(Source.read(file, limits, words), treeFormat(file), words));
  }

  /** Reads a monitoring report from a stream; see {@link #readPlan(InputStream, String)}. */
  public MonitoringReport readMonitoringReport(InputStream in, String sourceName)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return report(
        documents.parse(Source.read(in, sourceName, limits, words), treeFormat(sourceName), words));
  }

  /**
   * Reads indicator values from CSV with the header {@code
   * plan,year,reporter,indicator,value,female,male,other,unknown} (the last four optional): one
   * report per plan, year and reporter, in file order, with no actions and no submission date. A
   * blank sex cell is not reported; {@code 0} is a reported zero.
   *
   * @throws NapFormatException when the file cannot be understood
   */
  public List<MonitoringReport> readValuesCsv(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return csv.read(Source.read(file, limits, words), words);
  }

  /**
   * Reads monitoring data from a stream, e.g. an upload: values in CSV when {@code sourceName} ends
   * with {@code .csv}, else one report in YAML or JSON, as {@link
   * #readMonitoringReport(InputStream, String)}; the stream is read to its end, not closed.
   */
  public List<MonitoringReport> readMonitoring(InputStream in, String sourceName)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    if (Format.of(sourceName).filter(found -> found == Format.CSV).isPresent()) {
      return csv.read(Source.read(in, sourceName, limits, words), words);
    }
    return List.of(readMonitoringReport(in, sourceName));
  }

  /**
   * Reads monitoring data from a file ({@code .yaml}, {@code .yml}, {@code .json}: one report;
   * {@code .csv}: values) or from every such file of a folder, by name, not in sub-folders.
   *
   * @throws NapFormatException listing the problems of every file that cannot be understood
   */
  public List<MonitoringReport> readMonitoring(Path fileOrFolder) throws IOException {
    Objects.requireNonNull(fileOrFolder, "fileOrFolder");
    if (!Files.isDirectory(fileOrFolder)) {
      return monitoringFile(fileOrFolder);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(fileOrFolder)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(file -> Format.of(file).isPresent())
              // Editors' and systems' hidden files are not data.
              .filter(file -> !file.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(file -> file.getFileName().toString()))
              .toList();
    }
    var reports = new ArrayList<MonitoringReport>();
    var failures = new ArrayList<NapFormatException>();
    for (Path file : files) {
      try {
        reports.addAll(monitoringFile(file));
      } catch (NapFormatException e) {
        failures.add(e);
      }
    }
    Problems.throwAll(failures, fileOrFolder.toString(), words);
    return reports;
  }

  /**
   * Reads a waivers file, {@code {napcheck: 1, waivers: [{rule, location, reason, approvedBy,
   * expires}, ...]}}: YAML or JSON.
   *
   * @throws NapFormatException when the file cannot be understood
   */
  public List<Waiver> readWaivers(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Document document = documents.parse(Source.read(file, limits, words), treeFormat(file), words);
    var binder = new Binder(document, words);
    Fields root = binder.root(WAIVERS_ROOT, "{napcheck: 1, waivers: [...]}");
    List<Waiver> waivers = root.list("waivers", Shapes.WAIVER);
    for (int i = 0; i < waivers.size(); i++) {
      validate(binder, waivers.get(i), TreePath.of("waivers").child(i));
    }
    binder.problems().throwIfAny();
    return waivers;
  }

  private List<MonitoringReport> monitoringFile(Path file) throws IOException {
    Format format = Format.of(file).orElseThrow(() -> unsupported(file, "format.monitoring"));
    return format == Format.CSV ? readValuesCsv(file) : List.of(readMonitoringReport(file));
  }

  private Plan plan(Document document) throws NapFormatException {
    try {
      var binder = new Binder(document, words);
      Plan plan =
          binder.root(PLAN_ROOT, "{napcheck: 1, plan: {...}}").required("plan", Shapes.PLAN);
      return checked(binder, plan, TreePath.of("plan"));
    } catch (NapFormatException e) {
      throw e.asWellFormed();
    }
  }

  private MonitoringReport report(Document document) throws NapFormatException {
    try {
      var binder = new Binder(document, words);
      MonitoringReport report =
          binder
              .root(REPORT_ROOT, "{napcheck: 1, report: {...}}")
              .required("report", Shapes.REPORT);
      return checked(binder, report, TreePath.of("report"));
    } catch (NapFormatException e) {
      throw e.asWellFormed();
    }
  }

  private <T> T checked(Binder binder, T value, TreePath at) throws NapFormatException {
    if (value != null) {
      validate(binder, value, at);
    }
    binder.problems().throwIfAny();
    return value;
  }

  /** Adds the model's constraint violations, except those that repeat a problem already found. */
  private void validate(Binder binder, Object value, TreePath at) {
    for (BeanValidation.Violation violation : BeanValidation.violations(value, words)) {
      TreePath path = binder.inFile(at.append(violation.path()));
      if (!binder.isBrokenWithin(path)) {
        binder.problem(path, violation.message());
      }
    }
  }

  private Format treeFormat(Path file) throws NapFormatException {
    return Format.of(file)
        .filter(found -> found != Format.CSV)
        .orElseThrow(() -> unsupported(file, "format.tree"));
  }

  /** JSON for a {@code .json} name, else YAML, which reads JSON too. */
  private static Format treeFormat(String sourceName) {
    return Format.of(sourceName).filter(found -> found == Format.JSON).orElse(Format.YAML);
  }

  /**
   * The format of another module that reads plans named {@code fileName} (nap-xlsx: workbooks);
   * empty for YAML and JSON, which this reader reads. A workbook that no module reads is refused
   * with what to add, not parsed as YAML; {@code sourceName} names it in the problem.
   */
  private Optional<PlanFormat> otherFormat(String fileName, String sourceName)
      throws NapFormatException {
    Optional<PlanFormat> other =
        OTHER_PLAN_FORMATS.stream().filter(format -> format.reads(fileName)).findFirst();
    if (other.isEmpty() && Format.isWorkbook(fileName)) {
      throw new NapFormatException(
          List.of(new Problem(sourceName, 0, 0, "", words.get("format.workbook"))));
    }
    return other;
  }

  private static List<PlanFormat> loadPlanFormats() {
    var found = new ArrayList<PlanFormat>();
    ServiceLoader.load(PlanFormat.class, NapReader.class.getClassLoader()).forEach(found::add);
    return List.copyOf(found);
  }

  private NapFormatException unsupported(Path file, String key) {
    return new NapFormatException(List.of(new Problem(file.toString(), 0, 0, "", words.get(key))));
  }
}
