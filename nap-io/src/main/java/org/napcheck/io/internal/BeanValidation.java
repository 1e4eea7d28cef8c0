package org.napcheck.io.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.napcheck.model.internal.Typography;

/**
 * Checks bound values against the model's Bean Validation constraints, and names each violation by
 * its place in the file format.
 */
public final class BeanValidation {

  /** What a violation says, and where, relative to the validated value. */
  public record Violation(TreePath path, String message) {}

  private static final Set<Class<? extends Annotation>> PRESENCE =
      Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

  private BeanValidation() {}

  /**
   * Every violation of {@code value}'s constraints, in path order. Where a value is missing, only
   * that is said: its other checks (a pattern on a blank id) would only repeat it.
   */
  public static List<Violation> violations(Object value) {
    return violations(value, Wording.ENGLISH);
  }

  /** Like {@link #violations(Object)}, the messages in the language of {@code words}. */
  public static List<Violation> violations(Object value, Wording words) {
    var byPath = new LinkedHashMap<TreePath, List<Found>>();
    Validator validator = words.french() ? Shared.FRENCH : Shared.ENGLISH;
    for (ConstraintViolation<Object> violation : validator.validate(value)) {
      byPath
          .computeIfAbsent(pathOf(violation), path -> new ArrayList<>())
          .add(
              new Found(
                  violation.getMessage(),
                  PRESENCE.contains(
                      violation.getConstraintDescriptor().getAnnotation().annotationType())));
    }
    var violations = new ArrayList<Violation>();
    for (Map.Entry<TreePath, List<Found>> entry : byPath.entrySet()) {
      boolean missing = entry.getValue().stream().anyMatch(Found::presence);
      entry.getValue().stream()
          .filter(found -> found.presence() || !missing)
          .map(Found::message)
          .distinct()
          .sorted()
          .forEach(message -> violations.add(new Violation(entry.getKey(), message)));
    }
    // Each pointer made once, not at every comparison: a file of 50,000 problems sorts in a blink.
    var pointers = new HashMap<TreePath, String>();
    violations.sort(
        Comparator.comparing(
                (Violation violation) ->
                    pointers.computeIfAbsent(violation.path(), TreePath::pointer))
            .thenComparing(Violation::message));
    return violations;
  }

  /**
   * The path in file terms: {@code pillars[0].id} for a field, {@code period} (not {@code
   * period.ordered}) for a check over a whole object, which is a method rather than a field.
   */
  static TreePath pathOf(ConstraintViolation<?> violation) {
    var segments = new ArrayList<Object>();
    var nodes = new ArrayList<Path.Node>();
    violation.getPropertyPath().forEach(nodes::add);
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      // The index or key on a node is the position in the container named by the node before.
      if (node.getIndex() != null) {
        segments.add(node.getIndex());
      } else if (node.getKey() != null) {
        segments.add(node.getKey().toString());
      }
      boolean last = i == nodes.size() - 1;
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
          && !(last && isDerived(violation.getLeafBean(), node.getName()))) {
        segments.add(node.getName());
      }
    }
    return new TreePath(segments);
  }

  private static boolean isDerived(Object bean, String property) {
    if (bean == null || !bean.getClass().isRecord()) {
      return false;
    }
    return Arrays.stream(bean.getClass().getRecordComponents())
        .map(RecordComponent::getName)
        .noneMatch(property::equals);
  }

  private record Found(String message, boolean presence) {}

  /**
   * One validator per language for the whole process: building one is slow, using one is
   * thread-safe.
   */
  private static final class Shared {
    static final ValidatorFactory FACTORY =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            // English whatever the machine's locale, like every other file problem, so that the
            // same file gives the same messages everywhere; French when asked for.
            .defaultLocale(Locale.ENGLISH)
            .locales(Locale.ENGLISH, Locale.FRENCH)
            .buildValidatorFactory();
    static final Validator ENGLISH = FACTORY.getValidator();
    static final Validator FRENCH =
        FACTORY
            .usingContext()
            .messageInterpolator(new French(FACTORY.getMessageInterpolator()))
            .getValidator();
  }

  /**
   * Messages in French: Hibernate Validator's own for the standard constraints ({@code
   * ValidationMessages_fr}), nap-io's for the model's (their texts are written in the model, in
   * English: {@code constraints*.properties} gives each its French), in French typography.
   */
  private static final class French implements MessageInterpolator {
    private static final String BUNDLE = "org.napcheck.io.constraints";

    private final MessageInterpolator standard;
    private final Map<String, String> translations = new HashMap<>();

    French(MessageInterpolator standard) {
      this.standard = standard;
      ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
      ResourceBundle french = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH);
      for (String key : english.keySet()) {
        translations.put(english.getString(key), french.getString(key));
      }
    }

    @Override
    public String interpolate(String template, Context context) {
      return interpolate(template, context, Locale.FRENCH);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      String french = translations.getOrDefault(template, template);
      return Typography.french(standard.interpolate(french, context, Locale.FRENCH));
    }
  }
}
