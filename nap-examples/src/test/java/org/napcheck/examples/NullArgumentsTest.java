package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.napcheck.io.AtomicFiles;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.NapReader;
import org.napcheck.io.NapWriter;
import org.napcheck.io.Problem;
import org.napcheck.io.ReadLimits;
import org.napcheck.io.Schemas;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.ReportComparison;
import org.napcheck.report.Catalogs;
import org.napcheck.report.ReportContext;
import org.napcheck.report.ReportFormat;
import org.napcheck.rules.ExtraRuleException;
import org.napcheck.rules.NapChecker;
import org.napcheck.rules.RuleCompilationException;
import org.napcheck.rules.facts.FactBuilder;
import org.napcheck.xlsx.XlsxPlans;
import org.napcheck.xlsx.XlsxReports;

/**
 * An embedder who passes {@code null} where the library needs a value is told which argument it was
 * ({@code Objects.requireNonNull(plan, "plan")}), never handed a bare NullPointerException from
 * deep inside: every public method and constructor of the checker's and the readers' and writers'
 * API, called with {@code null} for each argument in turn, the others given.
 */
class NullArgumentsTest {
  /** A message of the JVM's own (helpful NullPointerException), not of the library. */
  private static final Pattern JVM_MESSAGE =
      Pattern.compile("^(Cannot |Attempt to )|because \"|\"<local\\d+>\"");

  /** An argument's name, as the library gives it: {@code plan}, {@code drlFile}, ... */
  private static final Pattern ARGUMENT_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  @TempDir static Path dir;

  private static final Map<Class<?>, Object> SAMPLES = new HashMap<>();

  @BeforeAll
  static void samples() throws Exception {
    Path luxembourg = ExampleData.luxembourg();
    var reader = new NapReader();
    Plan plan = reader.readPlan(luxembourg.resolve("plan.yaml"));
    List<MonitoringReport> reports = reader.readMonitoring(luxembourg.resolve("monitoring"));
    NapChecker checker = NapChecker.withDefaults();
    CheckReport report = checker.check(plan, reports, LocalDate.of(2027, 4, 1));
    Path planFile = Files.copy(luxembourg.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    SAMPLES.put(String.class, "x");
    SAMPLES.put(Object.class, "x");
    SAMPLES.put(CharSequence.class, "x");
    SAMPLES.put(Path.class, planFile);
    SAMPLES.put(Plan.class, plan);
    SAMPLES.put(MonitoringReport.class, reports.get(0));
    SAMPLES.put(CheckReport.class, report);
    SAMPLES.put(NapChecker.class, checker);
    SAMPLES.put(NapChecker.Builder.class, NapChecker.builder());
    SAMPLES.put(NapReader.class, reader);
    SAMPLES.put(FactBuilder.class, new FactBuilder(Locale.ENGLISH, MonthDay.of(3, 31)));
    SAMPLES.put(Catalogs.class, new Catalogs());
    SAMPLES.put(XlsxReports.class, new XlsxReports());
    SAMPLES.put(ReadLimits.class, ReadLimits.defaults());
    SAMPLES.put(LocalDate.class, LocalDate.of(2027, 4, 1));
    SAMPLES.put(MonthDay.class, MonthDay.of(3, 31));
    SAMPLES.put(Period.class, Period.ofMonths(12));
    SAMPLES.put(Locale.class, Locale.ENGLISH);
    SAMPLES.put(List.class, List.of());
    SAMPLES.put(Collection.class, List.of());
    SAMPLES.put(Set.class, Set.of());
    SAMPLES.put(Map.class, Map.of());
    SAMPLES.put(Problem.class, new Problem("plan.yaml", 1, 1, "plan", "a problem"));
    SAMPLES.put(
        ReportContext.class, new ReportContext(report, plan, checker.catalog(), Locale.ENGLISH));
    SAMPLES.put(XlsxPlans.class, new XlsxPlans());
    SAMPLES.put(NapWriter.class, new NapWriter());
    SAMPLES.put(ReportFormat.class, ReportFormat.JSON);
  }

  /** The public types an embedder calls (the facts are DRL's, called by the rules). */
  private static final List<Class<?>> API =
      List.of(
          NapChecker.class,
          NapChecker.Builder.class,
          FactBuilder.class,
          ReportComparison.class,
          RuleCompilationException.class,
          ExtraRuleException.class,
          NapReader.class,
          NapWriter.class,
          AtomicFiles.class,
          Schemas.class,
          ReadLimits.class,
          NapFormatException.class,
          XlsxPlans.class,
          XlsxReports.class,
          ReportContext.class,
          ReportFormat.class,
          Catalogs.class);

  @Test
  void should_name_the_argument_that_is_null_in_every_public_method() throws Exception {
    // GIVEN every public method and constructor of the API, with a sample of each argument
    var bare = new ArrayList<String>();
    int calls = 0;
    for (Class<?> type : API) {
      var executables = new ArrayList<Executable>();
      for (Method method : type.getDeclaredMethods()) {
        // An enum's valueOf is the JDK's, which says "Name is null".
        boolean enumValueOf = type.isEnum() && method.getName().equals("valueOf");
        if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !enumValueOf) {
          executables.add(method);
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers())) {
          executables.add(constructor);
        }
      }
      for (Executable executable : executables) {
        Class<?>[] parameters = executable.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].isPrimitive() || !hasSamples(executable, i)) {
            continue;
          }
          // WHEN called with null for argument i
          calls++;
          Throwable thrown = call(type, executable, i);

          // THEN a NullPointerException, if any, names the argument
          if (thrown instanceof NullPointerException npe
              && (npe.getMessage() == null
                  || JVM_MESSAGE.matcher(npe.getMessage()).find()
                  || !ARGUMENT_NAME.matcher(npe.getMessage()).matches())) {
            bare.add(
                type.getSimpleName()
                    + "."
                    + executable.getName()
                    + " argument "
                    + i
                    + " ("
                    + parameters[i].getSimpleName()
                    + "): "
                    + npe.getMessage());
          }
        }
      }
    }
    assertThat(calls).as("calls made").isGreaterThan(60);
    assertThat(bare).isEmpty();
  }

  private static boolean hasSamples(Executable executable, int nulled) {
    Class<?>[] parameters = executable.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (i != nulled && sample(parameters[i]) == null && !parameters[i].isPrimitive()) {
        return false;
      }
    }
    return Modifier.isStatic(executable.getModifiers())
        || executable instanceof Constructor
        || SAMPLES.containsKey(executable.getDeclaringClass())
        || executable.getDeclaringClass().isEnum();
  }

  private static Object sample(Class<?> type) {
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == InputStream.class) {
      return new ByteArrayInputStream(new byte[0]);
    }
    if (type == OutputStream.class) {
      return new ByteArrayOutputStream();
    }
    if (type == Writer.class || type == Appendable.class) {
      return new StringWriter();
    }
    return SAMPLES.get(type);
  }

  private static Object primitive(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class) {
      return 1.0;
    }
    return type == int.class ? 1 : (Object) null;
  }

  /** What calling {@code executable} with null for argument {@code nulled} threw, or null. */
  private static Throwable call(Class<?> type, Executable executable, int nulled) throws Exception {
    Class<?>[] parameters = executable.getParameterTypes();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      if (i == nulled) {
        continue;
      }
      arguments[i] = parameters[i].isPrimitive() ? primitive(parameters[i]) : sample(parameters[i]);
    }
    // Files written go to the test's folder, never over the sample plan.
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] instanceof Path && executable.getName().startsWith("write")) {
        arguments[i] = dir.resolve("written-" + i + ".out");
      }
    }
    try {
      if (executable instanceof Constructor<?> constructor) {
        constructor.newInstance(arguments);
      } else {
        Method method = (Method) executable;
        Object target =
            Modifier.isStatic(method.getModifiers())
                ? null
                : type.isEnum() ? type.getEnumConstants()[0] : SAMPLES.get(type);
        method.invoke(target, arguments);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }
}
