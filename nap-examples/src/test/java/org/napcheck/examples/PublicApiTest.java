package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.napcheck.io.NapReader;
import org.napcheck.model.Plan;
import org.napcheck.report.ReportFormat;
import org.napcheck.rules.NapChecker;
import org.napcheck.testkit.NapAssertions;
import org.napcheck.xlsx.XlsxPlans;

/**
 * What embedders see of each library module: a module descriptor with a stable name that exports
 * its public packages and nothing else, and public signatures that mention no type of an {@code
 * ...internal} package. (The command, nap-cli, is an application: its one public type is its main
 * class, and its jar a class-path jar with an {@code Automatic-Module-Name}.)
 */
class PublicApiTest {

  static Stream<Arguments> modules() {
    return Stream.of(
        Arguments.of("nap-model", "org.napcheck.model", Plan.class, Set.of("org.napcheck.model")),
        Arguments.of(
            "nap-rules",
            "org.napcheck.rules",
            NapChecker.class,
            Set.of("org.napcheck.rules", "org.napcheck.rules.facts")),
        Arguments.of(
            "nap-io",
            "org.napcheck.io",
            NapReader.class,
            Set.of("org.napcheck.io", "org.napcheck.io.spi")),
        Arguments.of(
            "nap-report", "org.napcheck.report", ReportFormat.class, Set.of("org.napcheck.report")),
        Arguments.of("nap-xlsx", "org.napcheck.xlsx", XlsxPlans.class, Set.of("org.napcheck.xlsx")),
        Arguments.of(
            "nap-testkit",
            "org.napcheck.testkit",
            NapAssertions.class,
            Set.of("org.napcheck.testkit")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void should_export_only_its_public_packages(
      String module, String moduleName, Class<?> anchor, Set<String> publicPackages)
      throws Exception {
    // WHEN
    ModuleDescriptor descriptor = descriptor(anchor);

    // THEN
    assertThat(descriptor.name()).as(module).isEqualTo(moduleName);
    assertThat(descriptor.isAutomatic()).as(module).isFalse();
    assertThat(descriptor.isOpen()).as(module).isFalse();
    assertThat(descriptor.exports())
        .as(module)
        .filteredOn(exports -> !exports.isQualified())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrderElementsOf(publicPackages)
        .noneMatch(PublicApiTest::isInternal);
    // nap-io's internals are shared with nap-report and nap-xlsx, and with no one else
    assertThat(descriptor.exports())
        .as(module)
        .filteredOn(ModuleDescriptor.Exports::isQualified)
        .allSatisfy(
            exports ->
                assertThat(exports.targets())
                    .allMatch(target -> target.startsWith("org.napcheck.")));
    assertThat(descriptor.opens())
        .as(module)
        .extracting(ModuleDescriptor.Opens::source)
        .noneMatch(PublicApiTest::isInternal);
    assertThat(descriptor.packages()).as(module).containsAll(publicPackages);
    // On the class path, where these tests run, the descriptor is ignored, as it always was.
    assertThat(anchor.getModule().isNamed()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void should_mention_no_internal_type_in_a_public_signature(
      String module, String moduleName, Class<?> anchor, Set<String> publicPackages)
      throws Exception {
    // GIVEN every public type of every exported package of the module
    List<Class<?>> api = publicTypes(anchor, descriptor(anchor));
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

  /** The module descriptor the module's jar (or, run from an IDE, its classes folder) holds. */
  private static ModuleDescriptor descriptor(Class<?> anchor) throws URISyntaxException {
    return ModuleFinder.of(location(anchor)).findAll().stream()
        .findFirst()
        .orElseThrow()
        .descriptor();
  }

  /** A package is internal when one of its segments is, like {@code org.napcheck.io.internal}. */
  private static boolean isInternal(String pkg) {
    return Arrays.asList(pkg.split("\\.")).contains("internal");
  }

  /** Public types, nested ones included, of every exported package. */
  private static List<Class<?>> publicTypes(Class<?> anchor, ModuleDescriptor descriptor)
      throws IOException, URISyntaxException, ClassNotFoundException {
    Set<String> exported =
        descriptor.exports().stream()
            .filter(exports -> !exports.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
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
      if (name.endsWith("package-info")
          || !exported.contains(name.substring(0, name.lastIndexOf('.')))) {
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
