package org.napcheck.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.napcheck.io.internal.Converters;
import org.napcheck.io.internal.Field;
import org.napcheck.io.internal.Shape;
import org.napcheck.io.internal.Shapes;

/**
 * The template's sheets have the fields of the plan format, as its field tables give them: a sheet
 * per object, a column per field (and one naming the row's parent); the Plan sheet one row per
 * field of the plan itself, nested objects spelled {@code period.start}.
 */
class TemplateColumnsTest {

  static Stream<Arguments> sheets() {
    return Stream.of(
        Arguments.of(PlanSheets.ACTORS, PlanSheets.ACTOR_COLUMNS, null, Shapes.ACTOR),
        Arguments.of(TemplateLayout.PILLARS, TemplateLayout.PILLAR_COLUMNS, null, Shapes.PILLAR),
        Arguments.of(
            TemplateLayout.OBJECTIVES,
            TemplateLayout.OBJECTIVE_COLUMNS,
            "pillar",
            Shapes.OBJECTIVE),
        Arguments.of(
            TemplateLayout.ACTIONS, TemplateLayout.ACTION_COLUMNS, "objective", Shapes.ACTION),
        Arguments.of(
            TemplateLayout.INDICATORS,
            TemplateLayout.INDICATOR_COLUMNS,
            "action",
            Shapes.INDICATOR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sheets")
  void should_have_a_column_for_each_field_of_its_object(
      String sheet, List<String> columns, String parent, Shape<?> shape) {
    // GIVEN the object's fields but the objects nested in it, which have sheets of their own
    List<String> fields = new ArrayList<>(shape.names());
    fields.removeIf(TemplateColumnsTest::isSheetOfItsOwn);
    if (parent != null) {
      fields.add(0, parent);
    }

    // THEN
    assertThat(columns).as(sheet).containsExactlyInAnyOrderElementsOf(fields);
  }

  @Test
  void should_list_every_field_of_the_plan_on_the_plan_sheet() {
    var fields = new ArrayList<String>();
    fields.add("napcheck");
    for (Field<?, ?> field : Shapes.PLAN.fields()) {
      Shape<?> nested = nestedShape(field.name());
      if (nested != null) {
        nested.names().forEach(name -> fields.add(field.name() + "." + name));
      } else if (!isSheetOfItsOwn(field.name())) {
        fields.add(field.name());
      }
    }

    assertThat(PlanSheets.fieldNames()).containsExactlyElementsOf(fields);
  }

  private static boolean isSheetOfItsOwn(String field) {
    return List.of("actors", "pillars", "objectives", "actions", "indicators").contains(field);
  }

  private static Shape<?> nestedShape(String field) {
    return switch (field) {
      case "period" -> Shapes.PERIOD;
      case "monitoring" -> Shapes.MONITORING;
      case "budget" -> Converters.BUDGET_OBJECT;
      default -> null;
    };
  }
}
