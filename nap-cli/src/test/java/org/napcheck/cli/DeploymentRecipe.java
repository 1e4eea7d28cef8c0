package org.napcheck.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The deployment files at the repository's root, read as text: the container recipe ({@code
 * Dockerfile}) as a list of instructions in stages, and the systemd unit ({@code
 * docs/napcheck.service}) as its keys. Neither Docker nor systemd is needed to read them.
 */
final class DeploymentRecipe {
  static final Path ROOT = Jar.ROOT;
  static final Path DOCKERFILE = ROOT.resolve("Dockerfile");
  static final Path DOCKERIGNORE = ROOT.resolve(".dockerignore");
  static final Path UNIT = ROOT.resolve("docs/napcheck.service");
  static final Path SERVER_DOC = ROOT.resolve("docs/server.md");

  /** One instruction, its continuation lines joined, as Docker reads it. */
  record Instruction(int line, String keyword, String arguments) {}

  private DeploymentRecipe() {}

  /** The Dockerfile's instructions, stage by stage: each stage starts with its FROM. */
  static List<List<Instruction>> stages() {
    var stages = new ArrayList<List<Instruction>>();
    for (Instruction instruction : instructions(read(DOCKERFILE))) {
      if (instruction.keyword().equals("FROM")) {
        stages.add(new ArrayList<>());
      }
      if (stages.isEmpty()) {
        throw new AssertionError("an instruction before the first FROM: " + instruction);
      }
      stages.get(stages.size() - 1).add(instruction);
    }
    return stages;
  }

  static List<Instruction> instructions(String dockerfile) {
    var instructions = new ArrayList<Instruction>();
    String[] lines = dockerfile.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int first = i + 1;
      var text = new StringBuilder();
      while (line.endsWith("\\")) {
        text.append(line, 0, line.length() - 1).append(' ');
        // Comment lines inside a continued instruction are dropped, as Docker does.
        do {
          i++;
          line = i < lines.length ? lines[i].strip() : "";
        } while (line.startsWith("#") && i < lines.length - 1);
      }
      text.append(line);
      String[] parts = text.toString().strip().split("\\s+", 2);
      instructions.add(
          new Instruction(
              first,
              parts[0].toUpperCase(java.util.Locale.ROOT),
              parts.length > 1 ? parts[1] : ""));
    }
    return instructions;
  }

  /** The exec form's words: {@code ["java", "-jar", "x.jar"]}. */
  static List<String> execForm(Instruction instruction) {
    String arguments = instruction.arguments().strip();
    if (!arguments.startsWith("[") || !arguments.endsWith("]")) {
      throw new AssertionError("not in exec form (a JSON array): " + instruction);
    }
    var words = new ArrayList<String>();
    Matcher word = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(arguments);
    while (word.find()) {
      words.add(word.group(1));
    }
    return words;
  }

  /** The shaded jar's file name, as nap-cli's POM names it. */
  static String jarName() {
    Matcher name =
        Pattern.compile("<finalName>([^<]+)</finalName>")
            .matcher(read(ROOT.resolve("nap-cli/pom.xml")));
    if (!name.find()) {
      throw new AssertionError("nap-cli/pom.xml names no <finalName>");
    }
    return name.group(1) + ".jar";
  }

  /** The unit's [Service] section: each key with its values, in order (a key may repeat). */
  static Map<String, List<String>> service() {
    var keys = new LinkedHashMap<String, List<String>>();
    String section = "";
    for (String raw : read(UNIT).split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        section = line;
        continue;
      }
      int equals = line.indexOf('=');
      if (section.equals("[Service]") && equals > 0) {
        keys.computeIfAbsent(line.substring(0, equals).strip(), k -> new ArrayList<>())
            .add(line.substring(equals + 1).strip());
      }
    }
    return keys;
  }

  /** An executable of that name in a folder of the PATH. */
  static Optional<Path> onPath(String name) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
