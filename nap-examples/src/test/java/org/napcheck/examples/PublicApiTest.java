package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.napcheck.io.NapReader;
import org.napcheck.model.Plan;
import org.napcheck.rules.NapChecker;
import org.napcheck.testkit.NapAssertions;

/**
 * What embedders see of each library module: a stable module name, and public packages whose public
 * signatures mention no type of an {@code ...internal} package. (The command, nap-cli, is an
 * application: its one public type is its main class.)
 */
class PublicApiTest {

  static Stream<Arguments> modules() {
    return Stream.of(
        Arguments.of("nap-model", "org.napcheck.model", Plan.class),
        Arguments.of("nap-rules", "org.napcheck.rules", NapChecker.class),
        Arguments.of("nap-io", "org.napcheck.io", NapReader.class),
        Arguments.of("nap-testkit", "org.napcheck.testkit", NapAssertions.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void should_mention_no_internal_type_in_a_public_signature(
      String module, String moduleName, Class<?> anchor) throws Exception {
    // GIVEN every public type of every public package of the module
    List<Class<?>> api = publicTypes(anchor);
    assertThat(api).as(module).contains(anchor);

    // WHEN
    var leaks = new ArrayList<String>();
    for (Class<?> type : api) {
      check(type, "extends", type.getGenericSuperclass(), leaks);
      for (Type implemented : type.getGenericInterfaces()) {
        check(type, "implements", implemented, leaks);
      }
      for (Method method : type.getDeclaredMethods()) {
        if (isVisible(method.getModifiers()) && !method.isSynthetic()) {
          check(type, method, method.getGenericReturnType(), leaks);
          checkExecutable(type, method, leaks);
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (isVisible(constructor.getModifiers())) {
          checkExecutable(type, constructor, leaks);
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (isVisible(field.getModifiers())) {
          check(type, field, field.getGenericType(), leaks);
        }
      }
    }

    // THEN
    assertThat(leaks).as(module).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void should_have_a_stable_module_name(String module, String moduleName, Class<?> anchor)
      throws Exception {
    Path location = location(anchor);
    Assumptions.assumeTrue(
        Files.isRegularFile(location), "classes from a folder (an IDE run), not a jar");
    try (var jar = new JarFile(location.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .as(module)
          .isEqualTo(moduleName);
    }
    assertThat(anchor.getModule().isNamed()).isFalse();
  }

  private static void checkExecutable(Class<?> type, Executable executable, List<String> leaks) {
    Stream.concat(
            Arrays.stream(executable.getGenericParameterTypes()),
            Arrays.stream(executable.getGenericExceptionTypes()))
        .forEach(parameter -> check(type, executable, parameter, leaks));
  }

  private static void check(Class<?> type, Object member, Type mentioned, List<String> leaks) {
    if (mentioned != null && mentioned.getTypeName().contains(".internal.")) {
      leaks.add(type.getName() + ": " + member);
    }
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** Public types, nested ones included, of every package without an internal segment. */
  private static List<Class<?>> publicTypes(Class<?> anchor)
      throws IOException, URISyntaxException, ClassNotFoundException {
    var names = new TreeSet<String>();
    Path location = location(anchor);
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files
            .map(file -> location.relativize(file).toString().replace('\\', '/'))
            .forEach(names::add);
      }
    } else {
      try (var jar = new JarFile(location.toFile())) {
        jar.stream().map(entry -> entry.getName()).forEach(names::add);
      }
    }
    var types = new ArrayList<Class<?>>();
    for (String file : names) {
      if (!file.endsWith(".class") || file.endsWith("module-info.class")) {
        continue;
      }
      String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
      if (!name.startsWith("org.napcheck.")
          || name.contains(".internal.")
          || name.endsWith("package-info")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, anchor.getClassLoader());
      if (isExported(type)) {
        types.add(type);
      }
    }
    return types;
  }

  /** A public type, and every type it is nested in public too. */
  private static boolean isExported(Class<?> type) {
    for (Class<?> current = type; current != null; current = current.getEnclosingClass()) {
      if (!Modifier.isPublic(current.getModifiers()) || current.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  private static Path location(Class<?> anchor) throws URISyntaxException {
    return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
