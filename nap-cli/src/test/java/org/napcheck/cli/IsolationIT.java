package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the shipped jar is made of and what it does: no code of napcheck's that could reach the
 * network, nothing that would fetch Drools' dependencies, no connection opened during a run, and no
 * mutable state shared between checks.
 */
class IsolationIT {
  /** Names that any use of the network by a class would put in its constant pool. */
  private static final List<String> NETWORK =
      List.of(
          "java/net/Socket",
          "java/net/ServerSocket",
          "java/net/DatagramSocket",
          "java/net/URLConnection",
          "java/net/HttpURLConnection",
          "java/net/http/",
          "java/net/InetAddress",
          "java/nio/channels/SocketChannel",
          "java/nio/channels/ServerSocketChannel",
          "java/nio/channels/DatagramChannel",
          "openConnection");

  private static final List<String> MODULES =
      List.of(
          "nap-model", "nap-io", "nap-report", "nap-xlsx", "nap-rules", "nap-server", "nap-cli");

  @Test
  void should_hold_no_napcheck_class_that_names_a_network_api() throws IOException {
    // GIVEN every class of napcheck's in the jar, the rules compiled from DRL included
    var offenders = new ArrayList<String>();
    try (JarFile jar = new JarFile(Jar.JAR.toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (!entry.getName().startsWith("org/napcheck/") || !entry.getName().endsWith(".class")) {
          continue;
        }
        // WHEN
        String constants;
        try (InputStream in = jar.getInputStream(entry)) {
          constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        NETWORK.stream()
            .filter(constants::contains)
            .forEach(name -> offenders.add(entry.getName() + " names " + name));
      }
    }

    // THEN
    assertThat(offenders).isEmpty();
  }

  /**
   * Every proxy Java knows points to a socket of the test's: a connection to anywhere, by a socket,
   * a URL or the HTTP client, would reach it. Nothing must, during a run that uses every input.
   */
  @Test
  void should_connect_nowhere_during_a_run(@TempDir Path dir) throws Exception {
    // GIVEN a socket that counts who comes
    try (var canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      var visits = new AtomicInteger();
      Thread listener =
          new Thread(
              () -> {
                while (!canary.isClosed()) {
                  try (var visitor = canary.accept()) {
                    visits.incrementAndGet();
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      listener.start();
      String port = Integer.toString(canary.getLocalPort());
      List<String> proxies =
          List.of(
              "-Djava.net.useSystemProxies=false",
              "-DsocksProxyHost=127.0.0.1",
              "-DsocksProxyPort=" + port,
              "-Dhttp.proxyHost=127.0.0.1",
              "-Dhttp.proxyPort=" + port,
              "-Dhttps.proxyHost=127.0.0.1",
              "-Dhttps.proxyPort=" + port,
              "-Dhttp.nonProxyHosts=");
      Path rules =
          Files.writeString(
              dir.resolve("ministry.drl"),
              """
              package org.ministry.rules;
              import org.napcheck.rules.facts.*;
              global Findings findings;
              rule "MIN-0001 every action"
                @id("MIN-0001") @severity("info")
              when
                $action: ActionFact()
              then
                findings.record($action.getLocation());
              end
              """);

      // WHEN
      Jar.Run run =
          Jar.run(
              dir,
              Duration.ofSeconds(120),
              proxies,
              "check",
              Jar.LUXEMBOURG.resolve("plan.yaml").toString(),
              "--monitoring",
              Jar.LUXEMBOURG.resolve("monitoring").toString(),
              "--rules",
              rules.toString(),
              "--as-of",
              "2027-04-01",
              "--format",
              "html",
              "--output",
              dir.resolve("report.html").toString());
      canary.close();
      listener.join(10_000);

      // THEN
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
      assertThat(dir.resolve("report.html")).isNotEmptyFile();
      assertThat(visits).hasValue(0);
    }
  }

  @Test
  void should_not_carry_what_would_fetch_dependencies_of_extra_rules() throws IOException {
    // kie-ci resolves a rule module's pom.xml with Maven, from the network.
    try (JarFile jar = new JarFile(Jar.JAR.toFile())) {
      assertThat(Collections.list(jar.entries()))
          .extracting(JarEntry::getName)
          .noneMatch(name -> name.startsWith("org/kie/scanner/"))
          .noneMatch(name -> name.startsWith("org/eclipse/aether/"))
          .noneMatch(name -> name.startsWith("org/apache/maven/"));
    }
  }

  /**
   * A test, not a promise: no class of napcheck's has a static field that is not final, and every
   * field reachable from an object an application shares (a checker, a reader, a writer, their
   * settings and results) is final. A final field could still point to a mutable object; the
   * 16-thread test in nap-rules covers what this cannot see.
   */
  @Test
  void should_keep_no_mutable_state_that_checks_could_share() throws Exception {
    // GIVEN every class napcheck's sources declare, and the objects applications share
    var offenders = new ArrayList<String>();
    for (Class<?> type : sourceClasses()) {
      for (Field field : type.getDeclaredFields()) {
        // WHEN
        if (Modifier.isStatic(field.getModifiers())
            && !Modifier.isFinal(field.getModifiers())
            && !field.isSynthetic()
            && !isProcessWide(type, field)) {
          // THEN
          offenders.add("static " + type.getName() + "." + field.getName());
        }
      }
    }
    for (Class<?> type : reachableFrom(SHARED)) {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())
            && !Modifier.isFinal(field.getModifiers())
            && !field.isSynthetic()) {
          offenders.add(type.getName() + "." + field.getName());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  /** What an application builds once and shares, as the README says, and what they return. */
  private static final List<String> SHARED =
      List.of(
          "org.napcheck.rules.NapChecker",
          "org.napcheck.model.ReportComparison",
          "org.napcheck.io.NapReader",
          "org.napcheck.io.NapWriter",
          "org.napcheck.io.ReadLimits",
          "org.napcheck.report.ReportFormat",
          "org.napcheck.report.ReportContext",
          "org.napcheck.model.CheckReport",
          "org.napcheck.model.Plan",
          "org.napcheck.model.MonitoringReport",
          "org.napcheck.model.Waiver");

  /** Set once for the whole process by a shutdown hook, when every write must stop. */
  private static boolean isProcessWide(Class<?> type, Field field) {
    return type.getName().equals("org.napcheck.io.AtomicFiles")
        && field.getName().equals("aborted");
  }

  /** The classes of napcheck's that the fields of these hold, and theirs, and so on. */
  private static Set<Class<?>> reachableFrom(List<String> roots) throws ClassNotFoundException {
    var seen = new LinkedHashSet<Class<?>>();
    var queue = new ArrayDeque<Class<?>>();
    for (String root : roots) {
      queue.add(Class.forName(root, false, IsolationIT.class.getClassLoader()));
    }
    while (!queue.isEmpty()) {
      Class<?> type = queue.remove();
      if (!type.getName().startsWith("org.napcheck.") || !seen.add(type)) {
        continue;
      }
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          classesIn(field.getGenericType(), queue);
        }
      }
    }
    return seen;
  }

  private static void classesIn(Type type, Queue<Class<?>> into) {
    if (type instanceof Class<?> plain) {
      into.add(plain.isArray() ? plain.getComponentType() : plain);
    } else if (type instanceof ParameterizedType parameterized) {
      classesIn(parameterized.getRawType(), into);
      for (Type argument : parameterized.getActualTypeArguments()) {
        classesIn(argument, into);
      }
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        classesIn(bound, into);
      }
    } else if (type instanceof GenericArrayType array) {
      classesIn(array.getGenericComponentType(), into);
    }
  }

  private static List<Class<?>> sourceClasses() throws Exception {
    var classes = new ArrayList<Class<?>>();
    for (String module : MODULES) {
      Path sources = Jar.ROOT.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String name = sources.relativize(file).toString().replace('/', '.');
          name = name.substring(0, name.length() - ".java".length());
          if (!name.endsWith("package-info") && !name.equals("module-info")) {
            addWithNested(Class.forName(name, false, IsolationIT.class.getClassLoader()), classes);
          }
        }
      }
    }
    return classes;
  }

  private static void addWithNested(Class<?> type, List<Class<?>> classes) {
    classes.add(type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      addWithNested(nested, classes);
    }
  }
}
