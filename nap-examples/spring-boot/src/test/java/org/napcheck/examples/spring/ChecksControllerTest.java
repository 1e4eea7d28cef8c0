package org.napcheck.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The example through real HTTP, on a port of its own, as a client of the application sees it. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChecksControllerTest {
  static final Path LUXEMBOURG = Path.of("..", "data", "lu-wps-2", "plan.yaml");
  static final Path GOLDEN =
      Path.of("..", "src", "test", "resources", "lu-wps-2", "findings-plan-alone-2030-01-01.json");
  static final MediaType YAML = MediaType.parseMediaType(ChecksController.YAML);

  @Autowired TestRestTemplate http;

  @Test
  void should_answer_luxembourgs_plan_with_the_report_the_command_writes() throws IOException {
    // GIVEN Luxembourg's plan, as published
    byte[] plan = Files.readAllBytes(LUXEMBOURG);

    // WHEN it is posted as YAML
    ResponseEntity<String> answer = post("/checks?asOf=2030-01-01", plan, YAML, String.class);

    // THEN the answer is the JSON report pinned in the golden file, byte for byte
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    assertThat(answer.getBody()).isEqualTo(Files.readString(GOLDEN));
    JsonNode summary = new ObjectMapper().readTree(answer.getBody()).get("summary");
    assertThat(summary.get("error").asInt()).isEqualTo(2);
    assertThat(summary.get("warning").asInt()).isEqualTo(43);
    assertThat(summary.get("info").asInt()).isEqualTo(63);
  }

  @Test
  void should_read_the_same_plan_as_json() throws IOException {
    byte[] json =
        new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(LUXEMBOURG.toFile()));

    ResponseEntity<String> answer =
        post("/checks?asOf=2030-01-01", json, MediaType.APPLICATION_JSON, String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).isEqualTo(Files.readString(GOLDEN));
  }

  @Test
  void should_answer_concurrent_requests_alike_from_one_checker() throws Exception {
    byte[] plan = Files.readAllBytes(LUXEMBOURG);
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        answers.add(
            clients.submit(() -> post("/checks?asOf=2030-01-01", plan, YAML, String.class)));
      }
      String expected = Files.readString(GOLDEN);
      for (Future<ResponseEntity<String>> answer : answers) {
        assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.get().getBody()).isEqualTo(expected);
      }
    } finally {
      clients.shutdown();
    }
  }

  @Test
  void should_answer_an_unreadable_draft_with_every_problem() throws IOException {
    // GIVEN the README's broken draft: a country name, a year with a letter O, a misspelt field
    String draft =
        """
        napcheck: 1
        plan:
          id: XX-DRAFT
          country: Luxembourg
          title: Draft plan
          period: { start: 2025, end: 2O30 }
          pillars:
            - id: I
              title: Participation
              objectives:
                - id: 1.a
                  titel: Equal representation
        """;

    ResponseEntity<String> answer =
        post("/checks?asOf=2030-01-01", draft.getBytes(), YAML, String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = new ObjectMapper().readTree(answer.getBody());
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("detail").asText()).isEqualTo("4 problems in the plan");
    assertThat(problem.get("problems").findValuesAsText("text"))
        .containsExactly(
            "plan.yaml:4:12: plan.country: must be an ISO 3166-1 alpha-2 code, e.g. LU",
            "plan.yaml:6:31: plan.period.end: expected a whole number (a year), found \"2O30\"",
            "plan.yaml:11:11: plan.pillars[0].objectives[0].title: missing required field 'title'",
            "plan.yaml:12:11: plan.pillars[0].objectives[0].titel: unknown field 'titel' (did you"
                + " mean 'title'?); allowed: id, title, actions");
    assertThat(problem.get("problems").get(0).get("line").asInt()).isEqualTo(4);
  }

  @Test
  void should_refuse_a_check_without_a_date_or_in_an_unknown_type() throws IOException {
    byte[] plan = Files.readAllBytes(LUXEMBOURG);

    ResponseEntity<String> noDate = post("/checks", plan, YAML, String.class);
    ResponseEntity<String> text =
        post("/checks?asOf=2030-01-01", plan, MediaType.TEXT_PLAIN, String.class);

    assertThat(noDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDate.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(text.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void should_print_nothing_of_drools_or_hibernate_validator(CapturedOutput output)
      throws IOException {
    // GIVEN a check, so that the rules have run at least once in this JVM
    post("/checks?asOf=2030-01-01", Files.readAllBytes(LUXEMBOURG), YAML, String.class);

    // THEN neither the libraries nor the application logged anything but Spring's own start-up
    assertThat(output.getAll())
        .doesNotContain(
            "org.drools", "org.kie", "HV0000", " DEBUG ", " WARN ", " ERROR ", "Exception");
  }

  private <T> ResponseEntity<T> post(String path, byte[] body, MediaType type, Class<T> answer) {
    var headers = new HttpHeaders();
    headers.setContentType(type);
    return http.postForEntity(path, new HttpEntity<>(body, headers), answer);
  }
}
