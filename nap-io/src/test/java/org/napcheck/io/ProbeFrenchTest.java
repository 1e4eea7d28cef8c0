package org.napcheck.io;

import static org.napcheck.io.TestData.PLAN_HEAD;
import static org.napcheck.io.TestData.data;
import static org.napcheck.io.TestData.problemsOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProbeFrenchTest {
  @Test
  void probe() throws Exception {
    NapReader reader = new NapReader().withLocale(Locale.FRENCH);
    var out = new StringBuilder();
    for (String f :
        List.of(
            "syntax.yaml",
            "syntax.json",
            "unknown-field.yaml",
            "wrong-types.yaml",
            "missing-field.yaml",
            "duplicate-key.yaml",
            "duplicate-key.json",
            "version.yaml",
            "invalid.yaml",
            "lead.yaml")) {
      out.append("== ").append(f).append('\n');
      problemsOf(() -> reader.readPlan(data("bad/" + f))).forEach(p -> out.append(p).append('\n'));
    }
    out.append("== bad-date\n");
    problemsOf(() -> reader.readReport(data("bad/bad-date.yaml")))
        .forEach(p -> out.append(p).append('\n'));
    out.append("== csv\n");
    problemsOf(() -> reader.readValuesCsv(data("bad/values.csv")))
        .forEach(p -> out.append(p).append('\n'));
    problemsOf(() -> reader.readPlan("# nothing yet\n", "plan.yaml"))
        .forEach(p -> out.append(p).append('\n'));
    byte[] latin1 = "napcheck: 1\nplan:\n  id: café\n".getBytes(StandardCharsets.ISO_8859_1);
    problemsOf(() -> reader.readPlan(new ByteArrayInputStream(latin1), "plan.yaml"))
        .forEach(p -> out.append(p).append('\n'));
    problemsOf(() -> reader.readPlan("- just\n- a list\n", "plan.yaml"))
        .forEach(p -> out.append(p).append('\n'));
    problemsOf(() -> reader.readPlan(PLAN_HEAD.replace("napcheck: 1\n", ""), "plan.yaml"))
        .forEach(p -> out.append(p).append('\n'));
    problemsOf(() -> reader.readPlan(PLAN_HEAD + "---\nnapcheck: 1\n", "p.yaml"))
        .forEach(p -> out.append(p).append('\n'));
    problemsOf(() -> reader.readPlan(PLAN_HEAD + "  actors: *nobody\n", "p.yaml"))
        .forEach(p -> out.append(p).append('\n'));
    problemsOf(() -> reader.readPlan(PLAN_HEAD + "  pillars:\n    - Participation\n", "p.yaml"))
        .forEach(p -> out.append(p).append('\n'));
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/fr/probe.txt"), out);
  }
}
