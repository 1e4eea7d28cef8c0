package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.napcheck.rules.RuleCompilationException;
import org.napcheck.rules.facts.Findings;

/** Compiles a user's DRL files at run time into the same kind of rules as napcheck's own. */
public final class ExtraRules {
  private ExtraRules() {}

  /**
   * @param sources file name to DRL text, in the order given
   * @param reservedIds ids the new rules may not take (napcheck's own)
   * @throws RuleCompilationException naming the file and line of every problem
   */
  public static CompiledRules compile(
      Map<String, String> sources, Set<String> reservedIds, Messages messages) {
    refuseUnknownImports(sources, messages);
    KieServices services = KieServices.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId =
        services.newReleaseId("org.napcheck.extra", "rules-" + UUID.randomUUID(), "1.0.0");
    files.generateAndWritePomXML(releaseId);
    Map<String, String> sourceByPath = new HashMap<>();
    int index = 0;
    for (var source : sources.entrySet()) {
      String path =
          "src/main/resources/" + folderOf(source.getValue()) + "rules" + index++ + ".drl";
      sourceByPath.put(path, source.getKey());
      files.write(path, source.getValue());
    }

    KieBuilder builder;
    try {
      builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    } catch (RuntimeException e) {
      // Drools' code generation can fail on DRL it parsed: still the user's input, not napcheck's.
      throw new RuleCompilationException(
          messages.generic("error.rules.heading"),
          List.of(
              new RuleCompilationException.Problem(
                  String.join(", ", sources.keySet()),
                  0,
                  messages.say("error.rules.codeGeneration", Map.of("cause", firstLine(e))))));
    }
    var problems = new ArrayList<RuleCompilationException.Problem>();
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      String path = message.getPath() == null ? "" : message.getPath();
      if (message.getText().strip().startsWith("Java source of ")) {
        continue; // the generated Java itself, printed whole: its error is another message
      }
      if (path.endsWith(".java")) {
        // Java that Drools generated from the rules: its text and lines are not the user's.
        var problem =
            new RuleCompilationException.Problem(
                String.join(", ", sources.keySet()),
                0,
                messages.say(
                    "error.rules.codeGeneration",
                    Map.of("cause", firstLine(message.getText().strip()))));
        if (!problems.contains(problem)) {
          problems.add(problem);
        }
        continue;
      }
      String source =
          sourceByPath.entrySet().stream()
              .filter(
                  entry ->
                      path.endsWith(entry.getKey())
                          || entry.getKey().endsWith(path) && !path.isEmpty())
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(String.join(", ", sources.keySet()));
      problems.add(
          new RuleCompilationException.Problem(
              source, message.getLine(), message.getText().strip()));
    }
    if (!problems.isEmpty()) {
      throw new RuleCompilationException(messages.generic("error.rules.heading"), problems);
    }

    KieContainer container = services.newKieContainer(releaseId);
    try {
      var rules =
          new CompiledRules(container.getKieBase(), false, String.join(", ", sources.keySet()));
      checkMetadata(rules, reservedIds, problems, messages);
      checkIdsAcrossFiles(sources, problems, messages);
      checkFindingsGlobal(rules, problems, messages);
      if (!problems.isEmpty()) {
        throw new RuleCompilationException(messages.generic("error.rules.heading"), problems);
      }
      return rules;
    } finally {
      // The repository is global; the knowledge base lives on without it.
      services.getRepository().removeKieModule(releaseId);
    }
  }

  private static void checkMetadata(
      CompiledRules rules,
      Set<String> reservedIds,
      List<RuleCompilationException.Problem> problems,
      Messages messages) {
    for (CompiledRules.RuleMetadata rule : rules.rules()) {
      var names = Map.of("rule", rule.ruleName(), "id", rule.id());
      if (rule.id().isBlank()) {
        problems.add(problem(rules, messages.say("error.rules.noId", names)));
      } else if (reservedIds.contains(rule.id())) {
        problems.add(problem(rules, messages.say("error.rules.reservedId", names)));
      }
      if (rule.severity() == null) {
        problems.add(problem(rules, messages.say("error.rules.noSeverity", names)));
      }
    }
  }

  /**
   * An id belongs to one file: two files giving rules the same id would report every finding twice
   * under one id. (In one file, several rules may share an id: they are ways one check fires.)
   */
  private static void checkIdsAcrossFiles(
      Map<String, String> sources,
      List<RuleCompilationException.Problem> problems,
      Messages messages) {
    var fileOfId = new HashMap<String, String>();
    for (var source : sources.entrySet()) {
      PackageDescr parsed;
      try {
        parsed = new DrlParser().parse(false, source.getValue());
      } catch (DroolsParserException e) {
        continue; // compiled, so parsed: a file that does not parse was reported above
      }
      var idsHere = new HashMap<String, String>();
      for (RuleDescr rule : parsed.getRules()) {
        AnnotationDescr id = rule.getAnnotation("id");
        if (id == null || id.getSingleValue() == null) {
          continue;
        }
        String value = CompiledRules.unquote(String.valueOf(id.getSingleValue()));
        String other = fileOfId.get(value);
        if (other != null && !other.equals(source.getKey())) {
          problems.add(
              new RuleCompilationException.Problem(
                  source.getKey(),
                  rule.getLine(),
                  messages.say(
                      "error.rules.idInTwoFiles",
                      Map.of("rule", rule.getName(), "id", value, "other", other))));
        }
        idsHere.putIfAbsent(value, source.getKey());
      }
      idsHere.forEach(fileOfId::putIfAbsent);
    }
  }

  private static void checkFindingsGlobal(
      CompiledRules rules, List<RuleCompilationException.Problem> problems, Messages messages) {
    if (rules.rules().isEmpty()) {
      problems.add(problem(rules, messages.generic("error.rules.empty")));
      return;
    }
    if (!rules.declaresFindingsGlobal()) {
      problems.add(
          problem(
              rules,
              messages.say(
                  "error.rules.noGlobal",
                  Map.of(
                      "global",
                      "global "
                          + Findings.class.getName()
                          + " "
                          + CompiledRules.FINDINGS_GLOBAL
                          + ";"))));
    }
  }

  /**
   * Refuses imports of classes that do not exist, at the line of the import: Drools would report
   * them in the Java it generates, printed whole.
   */
  private static void refuseUnknownImports(Map<String, String> sources, Messages messages) {
    var problems = new ArrayList<RuleCompilationException.Problem>();
    for (var source : sources.entrySet()) {
      PackageDescr parsed;
      try {
        parsed = new DrlParser().parse(false, source.getValue());
      } catch (DroolsParserException | RuntimeException e) {
        continue; // Drools tells what does not parse
      }
      if (parsed == null) {
        continue;
      }
      for (ImportDescr imported : parsed.getImports()) {
        String target = imported.getTarget();
        if (target == null || target.endsWith(".*") || isClass(target)) {
          continue;
        }
        problems.add(
            new RuleCompilationException.Problem(
                source.getKey(),
                imported.getLine(),
                messages.say("error.rules.unknownImport", Map.of("import", target))));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleCompilationException(messages.generic("error.rules.heading"), problems);
    }
  }

  /** Whether {@code name} names a class, nested ones written {@code a.B.C} included. */
  private static boolean isClass(String name) {
    ClassLoader loader = ExtraRules.class.getClassLoader();
    String candidate = name.strip();
    while (true) {
      try {
        Class.forName(candidate, false, loader);
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = candidate.lastIndexOf('.');
        if (dot < 0) {
          return false;
        }
        candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
      }
    }
  }

  /** The first line of what a library said, without the name of its exception class. */
  private static String firstLine(Object said) {
    String text =
        said instanceof Throwable failure
            ? String.valueOf(failure.getMessage())
            : String.valueOf(said);
    String first = text.lines().findFirst().orElse("").strip();
    first = first.replaceAll("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*", "");
    return first.isEmpty() || first.equals("null")
        ? (said instanceof Throwable failure ? failure.getClass().getSimpleName() : "")
        : first;
  }

  private static final java.util.regex.Pattern PACKAGE =
      java.util.regex.Pattern.compile(
          "^\\s*package\\s+([\\w.]+)", java.util.regex.Pattern.MULTILINE);

  /** The folder the DRL's package names, so that Drools does not warn that they differ. */
  private static String folderOf(String drl) {
    var matcher = PACKAGE.matcher(drl);
    return matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
  }

  private static RuleCompilationException.Problem problem(CompiledRules rules, String message) {
    return new RuleCompilationException.Problem(rules.origin(), 0, message);
  }
}
