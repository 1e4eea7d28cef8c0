package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * nap-bom names every library module, and gives the optional dependencies the versions this build
 * uses. (src/it/embedding imports it from a project outside the build.)
 */
class BomTest {
  @Test
  void should_manage_every_module_and_the_versions_this_build_uses() throws Exception {
    // GIVEN
    Map<String, String> managed = managed(Path.of("../nap-bom/pom.xml"));

    // THEN
    assertThat(managed)
        .containsKeys(
            "org.napcheck:nap-model",
            "org.napcheck:nap-rules",
            "org.napcheck:nap-io",
            "org.napcheck:nap-report",
            "org.napcheck:nap-xlsx",
            "org.napcheck:nap-testkit",
            "org.napcheck:nap-server",
            "org.napcheck:nap-cli");
    assertThat(managed.get("org.apache.poi:poi-ooxml"))
        .isEqualTo(org.apache.poi.Version.getVersion());
    assertThat(managed.get("org.apache.logging.log4j:log4j-to-slf4j"))
        .isEqualTo(
            org.apache.logging.log4j.LogManager.class.getPackage().getImplementationVersion());
  }

  @Test
  void should_show_the_readme_the_version_to_import() throws Exception {
    String version =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("../nap-bom/pom.xml").toFile())
            .getDocumentElement()
            .getElementsByTagName("version")
            .item(0)
            .getTextContent();
    assertThat(Files.readString(Path.of("../README.md")))
        .contains(
            "      <artifactId>nap-bom</artifactId>\n      <version>" + version + "</version>");
  }

  private static Map<String, String> managed(Path pom) throws Exception {
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    NodeList dependencies = document.getElementsByTagName("dependency");
    var managed = new LinkedHashMap<String, String>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      var dependency = (Element) dependencies.item(i);
      managed.put(
          text(dependency, "groupId") + ":" + text(dependency, "artifactId"),
          text(dependency, "version"));
    }
    return managed;
  }

  private static String text(Element element, String tag) {
    return element.getElementsByTagName(tag).item(0).getTextContent().strip();
  }
}
