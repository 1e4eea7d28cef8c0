package org.napcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.napcheck.report.Catalogs;
import org.napcheck.rules.NapChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code napcheck rules}: the rule catalog. */
@Command(
    name = "rules",
    description = "Prints the rule catalog: id, severity, title, why, source, fix.")
final class RulesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--format",
      paramLabel = "text|json|md",
      description = "Catalog format (default: text).")
  String format = "text";

  @Option(
      names = "--rules",
      paramLabel = "EXTRA.drl",
      description = "Extra rules to list too; repeatable.")
  List<Path> extraRules = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    NapChecker.Builder builder = NapChecker.builder().locale(common.locale());
    for (Path rules : extraRules) {
      builder.extraRules(rules);
    }
    NapChecker checker = builder.build();
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case "text" -> new Catalogs(common.locale()).text(checker.catalog());
          case "json" -> new Catalogs().json(checker.catalog(), checker.ruleSetName());
          case "md" -> new Catalogs(common.locale()).markdown(checker.catalog());
          default -> throw Errors.UserError.of("rules.format", format);
        });
    out.flush();
    return ExitCode.CLEAN;
  }
}
