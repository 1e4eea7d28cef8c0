package org.napcheck.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

/** Loads napcheck's own rules, compiled to an executable model when napcheck was built. */
public final class DefaultRules {
  /** The name of the knowledge base in {@code META-INF/kmodule.xml}. */
  private static final String KIE_BASE = "napcheck";

  private DefaultRules() {}

  public static CompiledRules load() {
    ClassLoader loader = DefaultRules.class.getClassLoader();
    KieContainer container = KieServices.get().newKieClasspathContainer(loader);
    return new CompiledRules(container.getKieBase(KIE_BASE), "napcheck");
  }

  /**
   * The name and version of the default rule set, e.g. {@code napcheck-rules 0.1.0}. It changes
   * when the rules do, which is not every release of napcheck.
   */
  public static String ruleSetName() {
    var properties = new Properties();
    try (InputStream in =
        DefaultRules.class.getResourceAsStream("/org/napcheck/rules/ruleset.properties")) {
      if (in == null) {
        throw new IllegalStateException("ruleset.properties is missing from nap-rules");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("name") + " " + properties.getProperty("version");
  }
}
