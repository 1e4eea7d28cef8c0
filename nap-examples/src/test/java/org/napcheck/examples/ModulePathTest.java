package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Plan;
import org.napcheck.report.ReportContext;
import org.napcheck.report.ReportFormat;
import org.napcheck.rules.NapChecker;

/**
 * The libraries as a modular application sees them: nap-model, nap-io, nap-report, nap-xlsx,
 * nap-rules and nap-testkit resolved from their jars as modules, in a layer of their own, apart
 * from the class path these tests run on. Their internal packages are out of reach, and the main
 * job gives the same reports as on the class path.
 */
class ModulePathTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 4, 1);

  private static Path[] jars;
  private static ModuleLayer layer;
  private static ClassLoader loader;

  @BeforeAll
  static void resolve() {
    // The jars these tests run with (the class path's folders hold no module)...
    jars =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .filter(
                entry ->
                    entry.toString().endsWith(".jar")
                        || Files.isRegularFile(entry.resolve("module-info.class")))
            .toArray(Path[]::new);

    // ...resolved as modules, like `java --module-path ... --add-modules ...`
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(
                ModuleFinder.of(jars),
                ModuleFinder.of(),
                Set.of(
                    "org.napcheck.io",
                    "org.napcheck.report",
                    "org.napcheck.xlsx",
                    "org.napcheck.rules",
                    "org.napcheck.testkit"));
    layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    loader = layer.findLoader("org.napcheck.rules");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org.napcheck.model",
        "org.napcheck.io",
        "org.napcheck.report",
        "org.napcheck.xlsx",
        "org.napcheck.rules",
        "org.napcheck.testkit"
      })
  void should_resolve_each_library_as_an_explicit_module(String name) {
    Module module = layer.findModule(name).orElseThrow();

    assertThat(module.getDescriptor().isAutomatic()).as(name).isFalse();
    // Internals are shared with napcheck's own modules alone (nap-report and nap-xlsx use
    // nap-io's), never exported to all
    assertThat(module.getDescriptor().exports())
        .as(name)
        .filteredOn(exports -> !exports.isQualified())
        .noneSatisfy(exports -> assertThat(exports.source()).contains("internal"));
    assertThat(module.getDescriptor().exports())
        .as(name)
        .filteredOn(ModuleDescriptor.Exports::isQualified)
        .allSatisfy(
            exports ->
                assertThat(exports.targets())
                    .allMatch(target -> target.startsWith("org.napcheck.")));
  }

  @Test
  void should_leave_poi_to_applications_that_use_spreadsheets() {
    // An application that checks plans and writes reports, and no spreadsheet
    Configuration reportsOnly =
        ModuleLayer.boot()
            .configuration()
            .resolve(
                ModuleFinder.of(jars),
                ModuleFinder.of(),
                Set.of("org.napcheck.rules", "org.napcheck.report"));

    assertThat(reportsOnly.modules())
        .extracting(ResolvedModule::name)
        .contains("org.napcheck.report", "org.napcheck.io")
        .noneMatch(module -> module.startsWith("org.apache.poi"))
        .doesNotContain("org.napcheck.xlsx");
  }

  @Test
  void should_keep_internal_packages_out_of_reach() throws Exception {
    Module rules = layer.findModule("org.napcheck.rules").orElseThrow();
    Module io = layer.findModule("org.napcheck.io").orElseThrow();
    assertThat(rules.isExported("org.napcheck.rules")).isTrue();
    assertThat(rules.isExported("org.napcheck.rules.internal")).isFalse();
    assertThat(io.isExported("org.napcheck.io.internal")).isFalse();
    assertThat(
            io.isExported("org.napcheck.io.internal", layer.findModule("org.napcheck.xlsx").get()))
        .isTrue();
    Module report = layer.findModule("org.napcheck.report").orElseThrow();
    assertThat(report.isExported("org.napcheck.report")).isTrue();
    assertThat(report.isExported("org.napcheck.report.internal")).isFalse();

    // A public method of a public class, in an internal package: out of reach, even by
    // reflection. The API method that gives the same is not.
    Method internal =
        loader.loadClass("org.napcheck.rules.internal.DefaultRules").getMethod("ruleSetName");
    Method api = loader.loadClass("org.napcheck.rules.NapChecker").getMethod("defaultRuleSetName");

    assertThat(api.invoke(null)).isEqualTo(NapChecker.defaultRuleSetName());
    assertThatThrownBy(() -> internal.invoke(null))
        .isInstanceOf(IllegalAccessException.class)
        .hasMessageContaining("does not export org.napcheck.rules.internal");
    assertThatThrownBy(() -> internal.setAccessible(true))
        .isInstanceOf(InaccessibleObjectException.class)
        .hasMessageContaining("does not \"exports org.napcheck.rules.internal\"");
  }

  @Test
  void should_find_the_workbook_reader_of_nap_xlsx_as_a_service(@TempDir Path dir)
      throws Exception {
    // GIVEN a file named as a workbook that is not one
    Path notWorkbook = Files.writeString(dir.resolve("plan.xlsx"), "napcheck: 1\n");

    // WHEN NapReader reads it in the layer
    Throwable refused = catchThrowable(() -> call(reader(), "readPlan", notWorkbook)).getCause();

    // THEN nap-xlsx's reader, found through `uses` and `provides`, refused it: NapReader did not
    // read it as YAML, nor say that nap-xlsx is missing
    assertThat(refused.getClass().getName()).isEqualTo("org.napcheck.io.NapFormatException");
    assertThat(refused.getMessage())
        .contains("not an XLSX workbook")
        .doesNotContain("needs the module nap-xlsx");
  }

  @Test
  void should_give_the_json_schemas_to_anyone() throws Exception {
    Class<?> schemas = type("org.napcheck.io.Schemas");

    List<?> names = (List<?>) callAs(schemas, null, "all");

    assertThat(names)
        .isNotEmpty()
        .allSatisfy(name -> assertThat(callAs(schemas, null, "url", name)).isNotNull())
        .allSatisfy(name -> assertThat(loader.getResource((String) name)).isNotNull());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void should_give_the_same_reports_as_on_the_class_path(String language) throws Exception {
    // GIVEN Luxembourg's plan checked on the class path
    Locale locale = Locale.forLanguageTag(language);
    Plan plan = Luxembourg.plan();
    NapChecker checker = NapChecker.builder().locale(locale).build();
    CheckReport report = checker.check(plan, Luxembourg.reports(), AS_OF);
    var context = new ReportContext(report, plan, checker.catalog(), locale);

    // WHEN the same is done on the module path, in every format
    List<String> formats = Arrays.stream(ReportFormat.values()).map(Enum::name).toList();
    @SuppressWarnings("unchecked")
    List<String> rendered =
        (List<String>) inLayer(() -> renderInLayer(locale, Luxembourg.FOLDER, formats));

    // THEN
    assertThat(report.findings()).isNotEmpty();
    for (int i = 0; i < formats.size(); i++) {
      assertThat(rendered.get(i))
          .as(formats.get(i))
          .isEqualTo(ReportFormat.valueOf(formats.get(i)).render(context));
    }
  }

  @Test
  void should_compile_extra_rules_at_run_time() throws Exception {
    // GIVEN a ministry's rule in DRL
    String drl = MinistryRuleExample.ministryRules();

    // WHEN it is compiled and run on the module path
    Object count =
        inLayer(
            () -> {
              Object builder = callAs(type("org.napcheck.rules.NapChecker"), null, "builder");
              call(builder, "extraRules", MinistryRuleExample.RULES, drl);
              Object checker = call(builder, "build");
              Object report = check(checker, Luxembourg.FOLDER);
              return ((List<?>) call(report, "findings"))
                  .stream().filter(finding -> call(finding, "rule").equals("MIN-POL-001")).count();
            });

    // THEN it finds what it finds on the class path
    long expected =
        MinistryRuleExample.checker()
            .check(Luxembourg.plan(), Luxembourg.reports(), AS_OF)
            .findings()
            .stream()
            .filter(finding -> finding.rule().equals("MIN-POL-001"))
            .count();
    assertThat(expected).isPositive();
    assertThat(count).isEqualTo(expected);
  }

  /** Reads, checks and renders with the layer's classes only, reached through the public API. */
  private static List<String> renderInLayer(Locale locale, Path folder, List<String> formats)
      throws ReflectiveOperationException {
    Object builder = callAs(type("org.napcheck.rules.NapChecker"), null, "builder");
    call(builder, "locale", locale);
    Object checker = call(builder, "build");
    Object report = check(checker, folder);
    Object plan = call(reader(), "readPlan", folder.resolve("plan.yaml"));
    Object context =
        type("org.napcheck.report.ReportContext")
            .getConstructor(
                type("org.napcheck.model.CheckReport"),
                type("org.napcheck.model.Plan"),
                List.class,
                Locale.class)
            .newInstance(report, plan, call(checker, "catalog"), locale);
    Class<?> reportFormat = type("org.napcheck.report.ReportFormat");
    return formats.stream()
        .map(
            format ->
                (String)
                    callAs(
                        reportFormat,
                        callAs(reportFormat, null, "valueOf", format),
                        "render",
                        context))
        .toList();
  }

  private static Object check(Object checker, Path folder) throws ReflectiveOperationException {
    Object reader = reader();
    Object plan = call(reader, "readPlan", folder.resolve("plan.yaml"));
    Object reports = call(reader, "readMonitoring", folder.resolve("monitoring"));
    return call(checker, "check", plan, reports, AS_OF);
  }

  private static Object reader() throws ReflectiveOperationException {
    return type("org.napcheck.io.NapReader").getConstructor().newInstance();
  }

  private static Class<?> type(String name) throws ClassNotFoundException {
    Class<?> type = loader.loadClass(name);
    assertThat(type.getModule().getLayer()).isSameAs(layer);
    return type;
  }

  /** Drools looks for its parts through the context class loader: the layer's, here. */
  private static Object inLayer(Callable<?> work) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return work.call();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static Object call(Object target, String name, Object... arguments) {
    return callAs(target.getClass(), target, name, arguments);
  }

  /** Calls the public method {@code name} whose parameters take {@code arguments}. */
  private static Object callAs(Class<?> type, Object target, String name, Object... arguments) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && accepts(method.getParameterTypes(), arguments)) {
        try {
          return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
    }
    throw new IllegalArgumentException("no method " + type.getName() + "." + name);
  }

  private static boolean accepts(Class<?>[] parameters, Object[] arguments) {
    if (parameters.length != arguments.length) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      if (!parameters[i].isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }
}
