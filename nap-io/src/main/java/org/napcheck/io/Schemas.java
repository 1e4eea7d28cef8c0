package org.napcheck.io;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of napcheck's file formats, shipped in this jar. YAML files
 * follow them too, read as the same tree.
 *
 * <pre>{@code
 * URL plan = Schemas.url(Schemas.PLAN);
 * }</pre>
 */
public final class Schemas {

  /** Plans, {@code {napcheck: 1, plan: {...}}}. */
  public static final String PLAN = "org/napcheck/io/schema/plan.schema.json";

  /** Monitoring reports, {@code {napcheck: 1, report: {...}}}; CSV values have no schema. */
  public static final String MONITORING = "org/napcheck/io/schema/monitoring.schema.json";

  /** Waivers, {@code {napcheck: 1, waivers: [...]}}. */
  public static final String WAIVERS = "org/napcheck/io/schema/waivers.schema.json";

  /** The JSON report written by {@link NapWriter#reportToJson}. */
  public static final String REPORT = "org/napcheck/io/schema/report.schema.json";

  private Schemas() {}

  /** The resource names of every schema. */
  public static List<String> all() {
    return List.of(PLAN, MONITORING, WAIVERS, REPORT);
  }

  /**
   * Where a schema is, to load it or hand it to a validator.
   *
   * @param resourceName one of the constants of this class
   */
  public static URL url(String resourceName) {
    Objects.requireNonNull(resourceName, "resourceName");
    if (!all().contains(resourceName)) {
      throw new IllegalArgumentException("not a napcheck schema: " + resourceName);
    }
    URL url = Schemas.class.getClassLoader().getResource(resourceName);
    if (url == null) {
      throw new IllegalStateException("schema missing from the jar: " + resourceName);
    }
    return url;
  }
}
