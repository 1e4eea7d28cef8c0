package org.napcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.ReportComparison;
import org.napcheck.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code napcheck diff}: what changed between two JSON reports. */
@Command(
    name = "diff",
    description = "Shows new, resolved and unchanged findings between two JSON reports.")
final class DiffCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "OLD.json")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW.json")
  Path after;

  @Option(names = "--unchanged", description = "List the unchanged findings too.")
  boolean listUnchanged;

  @Option(
      names = "--fail-on",
      paramLabel = "error|warning|info|never",
      description =
          "Exit with 1 when a NEW finding not waived is at or above this (default: error).")
  String failOn = "error";

  @Override
  public Integer call() throws IOException {
    Severity threshold = Options.threshold(failOn);
    NapReader reader = new NapReader().withLocale(common.locale());
    CheckReport old = reader.readReport(before);
    CheckReport current = reader.readReport(after);
    ReportComparison change = ReportComparison.of(old, current);
    PrintWriter out = spec.commandLine().getOut();
    Words words = new Words(common.locale());
    out.printf("%s %s -> %s %s%n", old.plan(), old.asOf(), current.plan(), current.asOf());
    out.println(
        words.get(
            "diff.counts",
            change.added().size(),
            change.resolved().size(),
            change.unchanged().size()));
    print(out, words, "diff.new", change.added());
    print(out, words, "diff.resolved", change.resolved());
    if (listUnchanged) {
      print(out, words, "diff.unchanged", change.unchanged());
    }
    out.flush();
    boolean worse =
        threshold != null
            && change.added().stream()
                .anyMatch(finding -> !finding.waived() && finding.severity().isAtLeast(threshold));
    return worse ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private static void print(PrintWriter out, Words words, String key, List<Finding> findings) {
    String label = words.get(key);
    int width = 7;
    for (Severity severity : Severity.values()) {
      width = Math.max(width, words.get("severity." + severity.code()).length());
    }
    for (Finding finding : findings) {
      out.printf(
          "%-9s %-" + width + "s %s  %s%n",
          label,
          words.get("severity." + finding.severity().code()),
          finding.rule(),
          // Messages quote plan text: no escape sequence of it reaches the terminal.
          Errors.printable(finding.message()));
    }
  }
}
