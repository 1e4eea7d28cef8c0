package org.napcheck.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.napcheck.model.ActorSplit;

/**
 * The files of a report split by responsible body ({@code --split-by actor}): one report per body,
 * named from its code, then an index of them. The command writes them into a folder, the server
 * into a zip; both take them from here, so that the names and bytes are the same.
 */
public final class SplitFiles {
  /** Names taken by the index, by devices on Windows, and by plans in a folder run. */
  private static final Pattern RESERVED =
      Pattern.compile("index|unassigned|plan|con|prn|aux|nul|com\\d|lpt\\d");

  private static final int MAX_NAME = 60;

  /** One file of a split: its name and its content. */
  public record File(String name, byte[] bytes) {
    public File {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  private SplitFiles() {}

  /**
   * The report of every body of {@code whole}'s split, then the index.
   *
   * @param extension the file extension of the reports ({@code json}, {@code xlsx}…)
   * @param render writes one body's report
   * @param indexFormat the format of the index ({@link ReportFormat#CSV} for a workbook)
   */
  public static List<File> of(
      ReportContext whole,
      String extension,
      Function<ReportContext, byte[]> render,
      ReportFormat indexFormat) {
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(extension, "extension");
    Objects.requireNonNull(render, "render");
    Objects.requireNonNull(indexFormat, "indexFormat");
    ActorSplit split = whole.report().splitByActor(whole.plan());
    List<String> names = names(split, extension);
    var files = new ArrayList<File>();
    for (int i = 0; i < names.size(); i++) {
      files.add(new File(names.get(i), render.apply(whole.forPart(split.parts().get(i)))));
    }
    files.add(
        new File(
            "index." + indexFormat.indexExtension(),
            indexFormat.renderIndex(whole, split, names).getBytes(StandardCharsets.UTF_8)));
    return files;
  }

  /**
   * A file name for each part, from the body's code: the same for the same plan on every run,
   * unique even where file names ignore case, and safe on every file system ({@code MFA D7/Armed
   * Forces} becomes {@code MFA-D7_Armed-Forces}).
   */
  static List<String> names(ActorSplit split, String extension) {
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
  public static String safeName(String code) {
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
