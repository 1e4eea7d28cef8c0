package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
          codeGenerationProblems(sources, firstLine(e), messages));
    }
    var problems = buildProblems(builder, sources, sourceByPath, messages);
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

  /** The errors of a build, each at its line of the user's file that caused it. */
  private static List<RuleCompilationException.Problem> buildProblems(
      KieBuilder builder,
      Map<String, String> sources,
      Map<String, String> sourceByPath,
      Messages messages) {
    var problems = new ArrayList<RuleCompilationException.Problem>();
    String generatedJavaFailure = null;
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      String path = message.getPath() == null ? "" : message.getPath();
      if (message.getText().strip().startsWith("Java source of ")) {
        continue; // the generated Java itself, printed whole: its error is another message
      }
      if (path.endsWith(".java")) {
        // Java that Drools generated from the rules: its text and lines are not the user's.
        if (generatedJavaFailure == null) {
          generatedJavaFailure = firstLine(message.getText().strip());
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
    if (problems.isEmpty() && generatedJavaFailure != null) {
      problems.addAll(codeGenerationProblems(sources, generatedJavaFailure, messages));
    }
    return problems;
  }

  /** At most this many rules are built one by one to find those Drools cannot generate code for. */
  private static final int MOST_RULES_BUILT_ALONE = 20;

  /**
   * Drools' code generation failed on rules it parsed, and what it said names the Java it
   * generated, not a rule. Builds each rule alone (every file kept, with its package, imports,
   * globals, functions and types, but the other rules blanked out) to name the rules that fail, at
   * their file and line. Names the files only when the rules do not fail alone, or are too many.
   */
  private static List<RuleCompilationException.Problem> codeGenerationProblems(
      Map<String, String> sources, String cause, Messages messages) {
    var filesOnly =
        List.of(
            new RuleCompilationException.Problem(
                String.join(", ", sources.keySet()),
                0,
                messages.say("error.rules.codeGeneration", Map.of("cause", cause))));
    var rulesByFile = new LinkedHashMap<String, List<RuleDescr>>();
    for (var source : sources.entrySet()) {
      PackageDescr parsed;
      try {
        parsed = new DrlParser().parse(false, source.getValue());
      } catch (DroolsParserException | RuntimeException e) {
        return filesOnly;
      }
      if (parsed == null) {
        return filesOnly;
      }
      rulesByFile.put(source.getKey(), parsed.getRules());
    }
    int ruleCount = rulesByFile.values().stream().mapToInt(List::size).sum();
    if (ruleCount > MOST_RULES_BUILT_ALONE
        || codeGenerationFailure(sources, rulesByFile, null) != null) {
      return filesOnly; // too many to try, or what fails is not in a rule (a function, a type)
    }
    var problems = new ArrayList<RuleCompilationException.Problem>();
    for (var file : rulesByFile.entrySet()) {
      for (RuleDescr rule : file.getValue()) {
        // One rule, and the rest builds: that rule failed, for the cause already known.
        String failure = ruleCount == 1 ? cause : codeGenerationFailure(sources, rulesByFile, rule);
        if (failure != null) {
          problems.add(
              new RuleCompilationException.Problem(
                  file.getKey(),
                  rule.getLine(),
                  messages.say(
                      "error.rules.codeGenerationOfRule",
                      Map.of("rule", rule.getName(), "cause", failure))));
        }
      }
    }
    return problems.isEmpty() ? filesOnly : problems;
  }

  /**
   * Builds the sources with every rule blanked out but {@code kept} (none when null), lines kept
   * where they were.
   *
   * @return the first line of the first error, or null when the code was generated
   */
  private static String codeGenerationFailure(
      Map<String, String> sources, Map<String, List<RuleDescr>> rulesByFile, RuleDescr kept) {
    KieServices services = KieServices.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId =
        services.newReleaseId("org.napcheck.extra", "alone-" + UUID.randomUUID(), "1.0.0");
    files.generateAndWritePomXML(releaseId);
    int index = 0;
    for (var source : sources.entrySet()) {
      var text = new StringBuilder(source.getValue());
      for (RuleDescr rule : rulesByFile.get(source.getKey())) {
        if (rule != kept) {
          blank(text, rule.getStartCharacter(), rule.getEndCharacter());
        }
      }
      files.write(
          "src/main/resources/" + folderOf(source.getValue()) + "rules" + index++ + ".drl",
          text.toString());
    }
    try {
      var errors =
          services
              .newKieBuilder(files)
              .buildAll(ExecutableModelProject.class)
              .getResults()
              .getMessages(Message.Level.ERROR);
      return errors.stream()
          .map(message -> message.getText().strip())
          .filter(text -> !text.startsWith("Java source of "))
          .map(ExtraRules::firstLine)
          .findFirst()
          .orElse(null);
    } catch (RuntimeException e) {
      return firstLine(e);
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /** Spaces in place of the characters from {@code start} to {@code end}, line breaks kept. */
  private static void blank(StringBuilder text, int start, int end) {
    for (int i = Math.max(0, start); i < Math.min(end, text.length()); i++) {
      if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        text.setCharAt(i, ' ');
      }
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
