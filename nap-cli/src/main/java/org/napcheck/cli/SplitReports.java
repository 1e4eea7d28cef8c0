package org.napcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.napcheck.io.report.ReportContext;
import org.napcheck.io.report.ReportFormat;
import org.napcheck.model.ActorSplit;

/**
 * {@code --split-by actor}: one report per responsible body into a folder, each file named from the
 * body's code, and an index of them.
 */
final class SplitReports {
  /** What {@code --split-by} takes. */
  static final String ACTOR = "actor";

  /** Names taken by the index, by devices on Windows, and by plans in a folder run. */
  private static final Pattern RESERVED =
      Pattern.compile("index|unassigned|plan|con|prn|aux|nul|com\\d|lpt\\d");

  private static final int MAX_NAME = 60;

  private SplitReports() {}

  /** Checks {@code --split-by} and its companions before anything is read. */
  static void checkUsage(String splitBy, Path output) {
    if (splitBy == null) {
      return;
    }
    if (!splitBy.toLowerCase(Locale.ROOT).equals(ACTOR)) {
      throw Errors.UserError.of("option.splitBy", splitBy);
    }
    if (output == null) {
      throw Errors.UserError.of("split.needsFolder");
    }
  }

  /**
   * Writes the report of every body of the split into {@code folder}, then the index; refuses to
   * write over an input. Returns the index.
   */
  static Path write(Path folder, OutputFormat format, ReportContext whole, List<Path> inputs)
      throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw Errors.UserError.of("split.isFile", folder);
    }
    Options.refuseToOverwrite(folder, inputs);
    ActorSplit split = whole.report().splitByActor(whole.plan());
    List<String> files = fileNames(split, format.extension());
    ReportFormat indexFormat = format.isText() ? format.text() : ReportFormat.CSV;
    Path index = folder.resolve("index." + indexFormat.indexExtension());
    var targets = new ArrayList<Path>();
    files.forEach(file -> targets.add(folder.resolve(file)));
    targets.add(index);
    for (Path target : targets) {
      Options.refuseToOverwrite(target, inputs);
    }
    for (int i = 0; i < files.size(); i++) {
      Options.write(targets.get(i), format.bytes(whole.forPart(split.parts().get(i))));
    }
    Options.write(
        index, indexFormat.renderIndex(whole, split, files).getBytes(StandardCharsets.UTF_8));
    return index;
  }

  /**
   * A file name for each part, from the body's code: the same for the same plan on every run,
   * unique even where file names ignore case, and safe on every file system ({@code MFA D7/Armed
   * Forces} becomes {@code MFA-D7_Armed-Forces}).
   */
  static List<String> fileNames(ActorSplit split, String extension) {
    Set<String> taken = new HashSet<>(Set.of("index", "unassigned"));
    var names = new ArrayList<String>();
    for (ActorSplit.Part part : split.parts()) {
      String base = part.unassigned() ? "unassigned" : safeName(part.code());
      String name = base;
      if (!part.unassigned()) {
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
          name = base + "-" + n;
        }
      }
      names.add(name + "." + extension);
    }
    return names;
  }

  /**
   * Letters without accents, digits, {@code . - _}: a slash becomes {@code _}, the rest {@code -}.
   */
  static String safeName(String code) {
    String plain = Normalizer.normalize(code, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    var out = new StringBuilder();
    for (char c : plain.toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.') {
        out.append(c);
      } else if (c == '/' || c == '\\') {
        out.append('_');
      } else {
        out.append('-');
      }
    }
    String name = out.toString().replaceAll("-+", "-").replaceAll("^[-._]+|[-._]+$", "");
    if (name.length() > MAX_NAME) {
      name = name.substring(0, MAX_NAME).replaceAll("[-._]+$", "");
    }
    if (name.isEmpty()) {
      return "body";
    }
    return RESERVED.matcher(name.toLowerCase(Locale.ROOT)).matches() ? name + "-body" : name;
  }
}
