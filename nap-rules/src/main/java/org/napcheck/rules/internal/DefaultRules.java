package org.napcheck.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.conf.SequentialOption;

/**
 * Loads napcheck's own rules, compiled to an executable model when napcheck was built.
 *
 * <p>The model is read straight from the list of model classes the kie-maven-plugin writes, not
 * through a classpath {@code KieContainer}: that finds napcheck's rules the same way in its own
 * jar, in a shaded jar, and beside an application's own {@code kmodule.xml}, and never falls back
 * to compiling DRL at run time.
 */
public final class DefaultRules {
  /** Written by the kie-maven-plugin: a version line, then one model class per line. */
  private static final String MODEL_LIST = "META-INF/kie/org.napcheck/nap-rules/drools-model";

  private DefaultRules() {}

  /**
   * Rule bases already built, by the ids of the rules they leave out: one per distinct set, built
   * once and shared by every checker (a rule base is immutable; each check opens its own session).
   * A handful of sets is all an application uses; past {@link #MAX_CACHED}, a set's base is built
   * for its checker alone.
   */
  private static final Map<Set<String>, CompiledRules> BUILT = new ConcurrentHashMap<>();

  private static final int MAX_CACHED = 32;

  /** napcheck's rules, all of them. */
  public static CompiledRules load() {
    return without(Set.of());
  }

  /**
   * napcheck's rules but those whose id is in {@code ids}: the rule base a check runs when rules
   * are switched off, or do not apply (the monitoring rules, with no monitoring data). A rule left
   * out costs nothing: it is neither evaluated nor fired.
   */
  public static CompiledRules without(Set<String> ids) {
    Set<String> key = Set.copyOf(ids);
    CompiledRules built = BUILT.get(key);
    if (built != null) {
      return built;
    }
    if (BUILT.size() >= MAX_CACHED) {
      return build(key);
    }
    return BUILT.computeIfAbsent(key, DefaultRules::build);
  }

  private static CompiledRules build(Set<String> leftOut) {
    ClassLoader loader = DefaultRules.class.getClassLoader();
    var models = new ArrayList<Model>();
    for (String className : modelClassNames(loader)) {
      try {
        Model model = (Model) Class.forName(className, true, loader).getConstructor().newInstance();
        models.add(leftOut.isEmpty() ? model : new Without(model, leftOut));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "napcheck's rule model " + className + " cannot be loaded", e);
      }
    }
    // Sequential: each rule is evaluated once, over facts that all come before the first firing,
    // and what a consequence inserts or modifies is ignored; napcheck's rules only record. A
    // check of 100k actions takes a quarter less CPU time than with the usual, reactive agenda.
    return new CompiledRules(
        KieBaseBuilder.createKieBaseFromModel(models, SequentialOption.YES), true, "napcheck");
  }

  /** A model of rules without those whose {@code @id} is among some ids. */
  private record Without(Model model, Set<String> leftOut) implements Model {
    @Override
    public String getName() {
      return model.getName();
    }

    @Override
    public String getPackageName() {
      return model.getPackageName();
    }

    @Override
    public List<Global> getGlobals() {
      return model.getGlobals();
    }

    @Override
    public List<Rule> getRules() {
      return model.getRules().stream()
          .filter(
              rule -> {
                Object id = rule.getMetaData("id");
                return id == null || !leftOut.contains(CompiledRules.unquote(id.toString()));
              })
          .toList();
    }

    @Override
    public List<Query> getQueries() {
      return model.getQueries();
    }

    @Override
    public List<TypeMetaData> getTypeMetaDatas() {
      return model.getTypeMetaDatas();
    }

    @Override
    public List<org.drools.model.EntryPoint> getEntryPoints() {
      return model.getEntryPoints();
    }
  }

  private static List<String> modelClassNames(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
      if (in == null) {
        throw new IllegalStateException(
            MODEL_LIST + " is missing: nap-rules was not built by the kie-maven-plugin");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.contains(":"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
