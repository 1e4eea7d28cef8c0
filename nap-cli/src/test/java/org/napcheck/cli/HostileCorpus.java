package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The corpus of hostile and broken input in {@code src/test/resources/hostile}, and what {@code
 * cases.yaml} says napcheck must do with each case: {@link HostileInputTest} runs in process the
 * cases that give no heap, {@link HostileInputIT} runs the jar, in a JVM of the heap each gives,
 * for the cases about memory.
 */
final class HostileCorpus {
  static final Path FOLDER = folder();

  private HostileCorpus() {}

  /** One case of {@code cases.yaml}; see its head for what each field means. */
  record Case(
      String name,
      List<String> generate,
      List<String> args,
      int exit,
      List<String> err,
      List<String> errAbsent,
      List<String> out,
      String output,
      List<String> outputContains,
      List<String> outputAbsent,
      String heap,
      Integer seconds) {
    Case {
      generate = generate == null ? List.of() : generate;
      err = err == null ? List.of() : err;
      errAbsent = errAbsent == null ? List.of() : errAbsent;
      out = out == null ? List.of() : out;
      outputContains = outputContains == null ? List.of() : outputContains;
      outputAbsent = outputAbsent == null ? List.of() : outputAbsent;
    }

    /** A case about memory: it runs in a JVM of its own, of that heap. */
    boolean needsItsOwnHeap() {
      return heap != null;
    }

    Duration timeout() {
      return Duration.ofSeconds(seconds == null ? 60 : seconds);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Inputs made at test time, by the name the cases give them. */
  private static final Map<String, Generator> GENERATED =
      Map.ofEntries(
          Map.entry("many-parts.xlsx", (Generator) HostileCorpus::manyParts),
          Map.entry("plan-200mb.yaml", (Generator) HostileCorpus::plan200Mb),
          Map.entry("million-columns.csv", (Generator) HostileCorpus::millionColumns),
          Map.entry("nesting-10000.json", (Generator) HostileCorpus::nesting10000),
          Map.entry("long-text.yaml", (Generator) HostileCorpus::longText),
          Map.entry("rules-2mib.drl", (Generator) HostileCorpus::rules2Mib),
          Map.entry(
              "plan-10000-actions.yaml",
              (Generator) file -> Files.writeString(file, SignalsIT.bigPlan(10_000))),
          Map.entry("missing-50000.yaml", (Generator) HostileCorpus::missing50000),
          Map.entry(
              "bad\nnapcheck: 0 errors.yaml",
              (Generator) file -> Files.copy(FOLDER.resolve("latin1.yaml"), file)),
          Map.entry("zip-bomb.xlsx", (Generator) file -> zipBomb(file, 90)),
          Map.entry("zip-bomb-150mb.xlsx", (Generator) file -> zipBomb(file, 150)),
          Map.entry("many-cells.xlsx", (Generator) HostileCorpus::manyCells),
          Map.entry(
              "values-1100000.json",
              (Generator)
                  file ->
                      Files.writeString(
                          file,
                          "{\"napcheck\": 1, \"plan\": {\"x\": ["
                              + "1,".repeat(1_100_000)
                              + "1]}}")),
          Map.entry(
              "rows-200001.csv",
              (Generator)
                  file ->
                      Files.writeString(
                          file,
                          "plan,year,reporter,indicator,value,female,male,other,unknown\n"
                              + "HOSTILE-1,2026,MFA,1.a.1-1,3,1,2,,\n".repeat(200_001))));

  /** Every case of {@code cases.yaml}, in its order. */
  static List<Case> cases() throws IOException {
    return new ObjectMapper(new YAMLFactory())
        .readValue(FOLDER.resolve("cases.yaml").toFile(), new TypeReference<List<Case>>() {});
  }

  /** Copies the corpus into {@code dir}, and makes there the files the case generates. */
  static void lay(Case hostile, Path dir) throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    for (String name : hostile.generate()) {
      GENERATED.get(name).write(dir.resolve(name));
    }
  }

  /** What the case says of the run, its exit code, messages and report (written in {@code dir}). */
  static void assertAsTheCaseSays(Case hostile, Jar.Run run, Path dir) throws IOException {
    assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(hostile.exit());
    if (!hostile.err().isEmpty()) {
      assertThat(run.err()).containsSubsequence(hostile.err());
    }
    if (!hostile.errAbsent().isEmpty()) {
      assertThat(run.err()).doesNotContain(hostile.errAbsent().toArray(String[]::new));
    }
    if (!hostile.out().isEmpty()) {
      assertThat(run.out()).containsSubsequence(hostile.out());
    }
    assertThat(run.err() + run.out())
        .as("no stack trace, no escape sequence")
        .doesNotContain("\tat ", "Exception", "\u001b")
        .doesNotContainPattern("[\\p{Cc}&&[^\\n\\r\\t]]");
    if (hostile.output() != null) {
      String report = Files.readString(dir.resolve(hostile.output()), StandardCharsets.UTF_8);
      assertThat(report).contains(hostile.outputContains()).doesNotContain(hostile.outputAbsent());
    }
  }

  @FunctionalInterface
  private interface Generator {
    void write(Path file) throws IOException;
  }

  /** A plan, then 200 MiB of comment: every byte would have to be read to find its end. */
  private static void plan200Mb(Path file) throws IOException {
    byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] head = planHead("Big").getBytes(StandardCharsets.UTF_8);
      out.write(head);
      long size = 200L * 1024 * 1024 - head.length;
      for (long written = 0; written < size; written += line.length) {
        out.write(line, 0, (int) Math.min(line.length, size - written));
      }
    }
  }

  /** 50,000 actions with no id, 14 bytes each: 700 KB, and as many problems. */
  private static void missing50000(Path file) throws IOException {
    String head =
        planHead("Missing fields")
            + "  pillars:\n    - id: I\n      title: Participation\n      objectives:\n"
            + "        - id: 1.a\n          title: Objective\n          actions: [\n";
    Files.writeString(file, head + "{text: abcd},\n".repeat(50_000) + "]\n");
  }

  private static void millionColumns(Path file) throws IOException {
    var csv = new StringBuilder("plan,year,reporter,indicator,value,female,male,other,unknown");
    csv.append(",extra".repeat(1_000_000 - 9)).append('\n');
    csv.append("HOSTILE-1,2026,MFA,1.a.1-1,3,1,2,,\n");
    Files.writeString(file, csv);
  }

  private static void nesting10000(Path file) throws IOException {
    Files.writeString(
        file, "{\"napcheck\": 1, \"plan\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}\n");
  }

  private static void longText(Path file) throws IOException {
    Files.writeString(file, planHead("x".repeat(2_000_000)));
  }

  /** Rules that compile, padded with a comment to 2 MiB: refused before Drools sees them. */
  private static void rules2Mib(Path file) throws IOException {
    String rules =
        """
        package org.ministry.rules;
        import org.napcheck.rules.facts.*;
        global Findings findings;
        rule "MIN-0001 every action"
          @id("MIN-0001") @severity("info")
        when
          $action: ActionFact()
        then
          findings.record($action.getLocation());
        end
        """;
    int padding = 2 * 1024 * 1024 - rules.length() - 3;
    Files.writeString(file, rules + "//" + "x".repeat(padding) + "\n");
  }

  /** A workbook of some 100 KB whose one sheet is {@code mib} MiB of spaces once inflated. */
  private static void zipBomb(Path file, int mib) throws IOException {
    var parts = new LinkedHashMap<String, String>();
    parts.put(
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
    parts.put(
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"http://schemas."
            + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/>"
            + "</Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Plan\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"http://"
            + "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"/>"
            + "</Relationships>");
    try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
      }
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
      byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int written = 0; written < mib; written++) {
        zip.write(spaces);
      }
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A workbook of the corpus whose sheet Actions has a row of 1.1 million empty cells. */
  private static void manyCells(Path file) throws IOException {
    try (var in =
            new java.util.zip.ZipInputStream(
                Files.newInputStream(FOLDER.resolve("formula-no-value.xlsx")));
        var zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] part = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet5.xml")) {
          part =
              new String(part, StandardCharsets.UTF_8)
                  .replace(
                      "<sheetData>",
                      "<sheetData><row r=\"9\">" + "<c/>".repeat(1_100_000) + "</row>")
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(part);
      }
    }
  }

  /** A workbook of the corpus with 1500 more parts than it needs: more than POI reads. */
  private static void manyParts(Path file) throws IOException {
    try (var in =
            new java.util.zip.ZipInputStream(
                Files.newInputStream(FOLDER.resolve("formula-no-value.xlsx")));
        var zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(in.readAllBytes());
      }
      for (int i = 0; i < 1500; i++) {
        zip.putNextEntry(new ZipEntry("xl/media/part" + i + ".xml"));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static String planHead(String title) {
    return "napcheck: 1\nplan:\n  id: HOSTILE-1\n  country: LU\n  title: "
        + title
        + "\n  period: { start: 2025, end: 2030 }\n";
  }

  private static Path folder() {
    try {
      return Path.of(HostileCorpus.class.getResource("/hostile/cases.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
