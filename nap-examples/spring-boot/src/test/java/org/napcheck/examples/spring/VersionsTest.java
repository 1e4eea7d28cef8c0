package org.napcheck.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example runs on the versions napcheck is built with where Spring Boot manages older ones, and
 * the README tells applications the same numbers.
 */
class VersionsTest {
  static final Path ROOT = Path.of("..", "..");

  @Test
  void should_run_on_napchecks_jackson_and_hibernate_validator() throws IOException {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(property("jackson.version"));
    assertThat(jar(org.hibernate.validator.HibernateValidator.class))
        .isEqualTo("hibernate-validator-" + property("hibernate-validator.version") + ".jar");
    assertThat(jar(jakarta.validation.Validation.class))
        .isEqualTo("jakarta.validation-api-" + property("jakarta-validation.version") + ".jar");
  }

  private static String jar(Class<?> type) {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath())
        .getFileName()
        .toString();
  }

  @Test
  void should_tell_spring_boot_applications_the_versions_to_set() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));

    assertThat(readme)
        .contains("`jackson-bom.version` to `" + property("jackson.version") + "`")
        .contains("`hibernate-validator.version` to `" + property("hibernate-validator.version"))
        .contains("`jakarta-validation.version` to `" + property("jakarta-validation.version"));
  }

  private static String property(String name) throws IOException {
    Matcher value =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(value.find()).as(name + " in the root POM").isTrue();
    return value.group(1).strip();
  }
}
