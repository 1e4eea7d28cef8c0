package org.napcheck.examples.spring;

import java.util.Locale;
import org.napcheck.io.NapReader;
import org.napcheck.rules.NapChecker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * napcheck in a Spring Boot application: one {@link NapChecker} bean, built when the application
 * starts (it compiles the rules once) and shared by every request thread, and a REST endpoint,
 * {@link ChecksController}.
 *
 * <pre>{@code
 * java -jar nap-examples/spring-boot/target/napcheck-spring-boot-example.jar
 * curl -s --data-binary @nap-examples/data/lu-wps-2/plan.yaml -H 'Content-Type: application/yaml' \
 *     'http://localhost:8080/checks?asOf=2030-01-01'
 * }</pre>
 */
@SpringBootApplication
public class NapcheckApplication {

  public static void main(String[] args) {
    SpringApplication.run(NapcheckApplication.class, args);
  }

  /**
   * Thread-safe: one for the whole application. {@code napcheck.locale}: {@code en} or {@code fr}.
   */
  @Bean
  NapChecker napChecker(@Value("${napcheck.locale:en}") Locale locale) {
    return NapChecker.builder().locale(locale).build();
  }

  /** Immutable, so shared too; tells the problems of a plan in the checker's language. */
  @Bean
  NapReader napReader(NapChecker checker) {
    return new NapReader().withLocale(checker.locale());
  }
}
