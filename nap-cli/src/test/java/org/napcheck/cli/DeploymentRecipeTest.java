package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napcheck.cli.DeploymentRecipe.execForm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.napcheck.cli.DeploymentRecipe.Instruction;

/**
 * The deployment recipes hold what docs/server.md says of them, checked without Docker or systemd:
 * the container runs the jar the build makes, as a user that is not root, from pinned images, with
 * a health check on the port it exposes; the systemd unit keeps its hardening. Where the tools are
 * installed, the Dockerfile also passes a linter and the unit {@code systemd-analyze}.
 */
class DeploymentRecipeTest {
  static final String PORT = "8080";

  @Nested
  class Dockerfile {
    final List<List<Instruction>> stages = DeploymentRecipe.stages();
    final List<Instruction> image = stages.get(stages.size() - 1);

    @Test
    void should_build_on_a_jdk_17_and_run_on_a_jre_17_in_two_stages() {
      assertThat(stages).hasSize(2);
      assertThat(from(stages.get(0))).startsWith("maven:").contains("-eclipse-temurin-17");
      assertThat(from(stages.get(0)).split("\\s+")).endsWith("AS", "build");
      assertThat(from(image)).startsWith("eclipse-temurin:17.").contains("-jre");
    }

    @Test
    void should_pin_every_base_image_to_a_version() {
      // name:version[-variant], optionally @sha256:digest; never :latest or a bare major version
      Pattern pinned =
          Pattern.compile(
              "[a-z0-9./_-]+:\\d+\\.\\d+[\\w.-]*(@sha256:[0-9a-f]{64})?(\\s+AS\\s+\\w+)?");
      for (List<Instruction> stage : stages) {
        assertThat(from(stage)).matches(pinned).doesNotContain(":latest");
      }
    }

    @Test
    void should_fetch_nothing_from_the_network_but_through_maven() {
      for (List<Instruction> stage : stages) {
        for (Instruction instruction : stage) {
          if (instruction.keyword().equals("ADD")) {
            assertThat(instruction.arguments()).doesNotContainPattern("(?i)(https?|ftp)://|git@");
          }
          if (instruction.keyword().equals("RUN")) {
            assertThat(instruction.arguments())
                .as("line %d", instruction.line())
                .doesNotContainPattern("(curl|wget)[^|]*\\|\\s*(ba)?sh");
          }
        }
      }
    }

    @Test
    void should_run_as_a_numeric_user_that_is_not_root_set_before_the_command() {
      int user = lastIndex(image, "USER");
      assertThat(user).as("a USER in the image's stage").isNotNegative();
      assertThat(user)
          .isLessThan(lastIndex(image, "ENTRYPOINT"))
          .isLessThan(lastIndex(image, "CMD"));
      String name = image.get(user).arguments().strip();
      assertThat(name).matches("[1-9]\\d*(:[1-9]\\d*)?");
      assertThat(name.split(":")[0]).isNotIn("0", "root");
    }

    @Test
    void should_copy_the_jar_the_build_makes_and_nothing_else() {
      String workdir = value(stages.get(0), "WORKDIR").orElseThrow();
      List<Instruction> copies = all(image, "COPY");
      assertThat(copies).hasSize(1);
      String[] copy = copies.get(0).arguments().split("\\s+");
      assertThat(copy)
          .containsExactly(
              "--from=build", workdir + "/nap-cli/target/" + DeploymentRecipe.jarName(), copy[2]);
      assertThat(copy[2]).endsWith("/" + DeploymentRecipe.jarName());
      assertThat(all(image, "ADD")).isEmpty();
      // The build makes that jar: the command module and what it needs, nothing more.
      assertThat(all(stages.get(0), "RUN"))
          .anySatisfy(run -> assertThat(run.arguments()).contains("package", "-pl nap-cli", "-am"));
      // and the image runs that copy.
      assertThat(command()).containsSubsequence("-jar", copy[2]);
    }

    @Test
    void should_serve_on_all_addresses_at_the_exposed_port_as_process_one() {
      assertThat(value(image, "EXPOSE")).hasValue(PORT);
      assertThat(command().get(0)).isEqualTo("java");
      assertThat(command()).endsWith("serve", "--bind", "0.0.0.0", "--port", PORT);
    }

    @Test
    void should_check_health_at_the_live_route_on_the_exposed_port() {
      Instruction health = all(image, "HEALTHCHECK").stream().findFirst().orElseThrow();
      assertThat(health.arguments())
          .contains("http://127.0.0.1:" + PORT + "/health/live")
          .containsPattern("--interval=\\d+s")
          .containsPattern("--timeout=\\d+s")
          .containsPattern("--start-period=\\d+s");
      // curl: present in the Temurin images on Ubuntu, which the image is built from
      List<String> check =
          execForm(new Instruction(0, "CMD", health.arguments().replaceAll("^.*?CMD\\s+", "")));
      assertThat(check.get(0)).isEqualTo("curl");
      assertThat(check).contains("--fail");
      assertThat(from(image)).containsPattern("-jre-(noble|jammy)");
    }

    @Test
    void should_keep_build_output_and_history_out_of_the_build_context() {
      List<String> ignored =
          DeploymentRecipe.read(DeploymentRecipe.DOCKERIGNORE).lines().map(String::strip).toList();
      assertThat(ignored).contains("**/target/", ".git/", ".browser-tools/");
    }

    @Test
    void should_be_documented_to_run_read_only_with_a_private_tmp() {
      String doc = DeploymentRecipe.read(DeploymentRecipe.SERVER_DOC);
      assertThat(doc).contains("\n## Deployment\n");
      // its commands with their continuation lines joined
      String deployment =
          doc.substring(doc.indexOf("\n## Deployment\n")).replaceAll("\\\\\n\\s*", " ");
      assertThat(deployment.lines().filter(line -> line.contains("docker run")))
          .anySatisfy(run -> assertThat(run).contains("--read-only", "--tmpfs /tmp", "napcheck"));
      assertThat(deployment).contains("docs/napcheck.service", "systemctl");
    }

    @Test
    void should_pass_the_dockerfile_linter_where_it_is_installed() throws Exception {
      Path linter =
          tool(
              "dockerfile-utils",
              DeploymentRecipe.ROOT.resolve(".browser-tools/node_modules/.bin"));
      Result lint = run(linter.toString(), "lint", DeploymentRecipe.DOCKERFILE.toString());
      assertThat(lint.output()).isEmpty();
      assertThat(lint.exitCode()).isZero();
    }

    @Test
    void should_pass_hadolint_where_it_is_installed() throws Exception {
      // Not required even in CI: Debian 12 has no package of it, npm's downloads it when run.
      Assumptions.assumeTrue(
          DeploymentRecipe.onPath("hadolint").isPresent(), "hadolint is not installed");
      Result lint =
          run(
              DeploymentRecipe.onPath("hadolint").get().toString(),
              DeploymentRecipe.DOCKERFILE.toString());
      assertThat(lint.exitCode()).as(lint.output()).isZero();
    }

    private List<String> command() {
      var command = new ArrayList<String>(execForm(all(image, "ENTRYPOINT").get(0)));
      command.addAll(execForm(all(image, "CMD").get(0)));
      return command;
    }
  }

  @Nested
  class SystemdUnit {
    final Map<String, List<String>> service = DeploymentRecipe.service();

    @Test
    void should_run_as_a_dynamic_user_with_no_privilege() {
      assertThat(service.get("DynamicUser")).containsExactly("yes");
      assertThat(service.get("NoNewPrivileges")).containsExactly("yes");
      assertThat(service.get("CapabilityBoundingSet")).containsExactly("");
      assertThat(service.get("AmbientCapabilities")).containsExactly("");
      assertThat(service).doesNotContainKeys("User", "Group", "SupplementaryGroups");
    }

    @Test
    void should_see_a_read_only_system_and_a_private_tmp() {
      assertThat(service.get("ProtectSystem")).containsExactly("strict");
      assertThat(service.get("ProtectHome")).containsExactly("yes");
      assertThat(service.get("PrivateTmp")).containsExactly("yes");
      assertThat(service.get("PrivateDevices")).containsExactly("yes");
      assertThat(service).doesNotContainKeys("ReadWritePaths", "StateDirectory");
    }

    @Test
    void should_open_only_internet_and_local_sockets_to_the_loopback() {
      assertThat(service.get("RestrictAddressFamilies")).hasSize(1);
      assertThat(Set.of(service.get("RestrictAddressFamilies").get(0).split("\\s+")))
          .containsExactlyInAnyOrder("AF_INET", "AF_INET6", "AF_UNIX");
      assertThat(service.get("IPAddressDeny")).containsExactly("any");
      assertThat(service.get("IPAddressAllow")).containsExactly("localhost");
    }

    @Test
    void should_bound_memory_and_filter_system_calls_but_let_the_jit_compile() {
      assertThat(service.get("MemoryMax")).singleElement().asString().matches("\\d+[KMG]");
      assertThat(service.get("TasksMax")).singleElement().asString().matches("\\d+");
      assertThat(service.get("SystemCallFilter")).contains("@system-service");
      assertThat(service.get("SystemCallArchitectures")).containsExactly("native");
      // The JVM writes the code its just-in-time compiler makes: with this it would not start.
      assertThat(service.getOrDefault("MemoryDenyWriteExecute", List.of())).doesNotContain("yes");
    }

    @Test
    void should_serve_the_built_jar_on_the_loopback_only() {
      assertThat(service.get("ExecStart"))
          .singleElement()
          .asString()
          .contains("-jar /opt/napcheck/" + DeploymentRecipe.jarName() + " serve")
          .contains("--bind 127.0.0.1", "--port " + PORT);
    }

    @Test
    void should_pass_systemd_analyze_where_it_is_installed() throws Exception {
      Path analyze = tool("systemd-analyze", null);
      String unit = DeploymentRecipe.UNIT.toString();

      Result verify = run(analyze.toString(), "verify", unit);
      Result security = run(analyze.toString(), "security", "--offline=yes", unit);

      assertThat(verify.exitCode()).as(verify.output()).isZero();
      Matcher exposure =
          Pattern.compile("Overall exposure level for napcheck.service: (\\d+\\.\\d)")
              .matcher(security.output());
      assertThat(exposure.find()).as(security.output()).isTrue();
      // 0 is the most locked down, 10 the least; systemd calls under 2 "OK". This unit: 1.1.
      assertThat(Double.parseDouble(exposure.group(1))).isLessThanOrEqualTo(1.5);
    }
  }

  private static String from(List<Instruction> stage) {
    return stage.get(0).arguments().strip();
  }

  private static List<Instruction> all(List<Instruction> stage, String keyword) {
    return stage.stream().filter(instruction -> instruction.keyword().equals(keyword)).toList();
  }

  private static Optional<String> value(List<Instruction> stage, String keyword) {
    return all(stage, keyword).stream().reduce((a, b) -> b).map(i -> i.arguments().strip());
  }

  private static int lastIndex(List<Instruction> stage, String keyword) {
    for (int i = stage.size() - 1; i >= 0; i--) {
      if (stage.get(i).keyword().equals(keyword)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A tool from {@code folder} or the PATH. Absent, the test is skipped, but not in CI ({@code
   * CI=true}), where .ci/run installs the Dockerfile linter; systemd-analyze comes with systemd.
   */
  private static Path tool(String name, Path folder) {
    Stream<Path> places =
        Stream.concat(
            Stream.ofNullable(folder),
            Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(Path::of));
    Optional<Path> found =
        places.map(dir -> dir.resolve(name)).filter(Files::isExecutable).findFirst();
    if (found.isEmpty()) {
      boolean ci = "true".equals(System.getenv("CI"));
      boolean required = ci && !name.equals("systemd-analyze");
      if (required) {
        throw new AssertionError(name + " is not installed (.ci/run installs it)");
      }
      Assumptions.abort(name + " is not installed");
    }
    return found.get();
  }

  record Result(int exitCode, String output) {}

  private static Result run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish within 60 s: " + List.of(command));
    }
    return new Result(process.exitValue(), output.strip());
  }
}
