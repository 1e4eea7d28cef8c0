package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The library modules leave logging to the application: they log through SLF4J only, ship no
 * binding, and print nothing.
 */
class LibrariesTest {
  private static final Set<String> BINDINGS =
      Set.of(
          "slf4j-simple",
          "slf4j-nop",
          "slf4j-jdk14",
          "slf4j-reload4j",
          "logback-classic",
          "log4j-slf4j2-impl",
          "log4j-slf4j-impl",
          "log4j-core");

  @ParameterizedTest
  @ValueSource(strings = {"nap-model", "nap-rules", "nap-io", "nap-testkit"})
  void should_ship_no_logging_binding(String module) throws Exception {
    var shipped = new ArrayList<String>();
    NodeList dependencies =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("..", module, "pom.xml").toFile())
            .getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      var dependency = (Element) dependencies.item(i);
      String artifact = text(dependency, "artifactId");
      String scope = text(dependency, "scope");
      if (BINDINGS.contains(artifact) && !"test".equals(scope)) {
        shipped.add(artifact);
      }
    }
    assertThat(shipped).as(module).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nap-model", "nap-rules", "nap-io", "nap-testkit"})
  void should_print_nothing(String module) throws IOException {
    var printing = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          boolean comment = line.startsWith("*") || line.startsWith("//") || line.startsWith("/*");
          if (!comment
              && (line.contains("System.out")
                  || line.contains("System.err")
                  || line.contains("printStackTrace"))) {
            printing.add(file.getFileName() + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertThat(printing).as(module).isEmpty();
  }

  private static String text(Element element, String tag) {
    NodeList found = element.getElementsByTagName(tag);
    return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
  }
}
