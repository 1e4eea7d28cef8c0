package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.napcheck.model.Budget;
import org.napcheck.model.Coded;
import org.napcheck.model.Deadline;

/** The wire types of the formats, as DESIGN.md gives them, both ways. */
public final class Converters {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR_TEXT = Pattern.compile("\\d{4}");
  private static final Pattern DAY_OF_YEAR_TEXT = Pattern.compile("(\\d{2})-(\\d{2})");
  private static final int LAST_YEAR = 9999;

  /** A text; a number written without quotes is read as written, since YAML ids are often so. */
  public static final Codec<String> TEXT =
      Codec.of(
          (binder, path, node) -> {
            if (node.isTextual()) {
              return node.textValue();
            }
            if (node.isIntegralNumber()) {
              return node.bigIntegerValue().toString();
            }
            if (node.isNumber()) {
              return node.decimalValue().toPlainString();
            }
            return binder.wrong(path, "expected.text", node);
          },
          TextNode::valueOf);

  public static final Codec<Integer> YEAR =
      Codec.of(
          (binder, path, node) -> {
            if (isYear(node)) {
              return node.intValue();
            }
            // 99999 is a whole number: say what is wrong with it, as Bean Validation says of 1850.
            return binder.wrong(
                path, node.isIntegralNumber() ? "year.range" : "expected.year", node);
          },
          IntNode::valueOf);

  public static final Codec<Integer> WHOLE_NUMBER =
      Codec.of(
          (binder, path, node) ->
              node.isIntegralNumber() && node.canConvertToInt()
                  ? node.intValue()
                  : binder.wrong(path, "expected.wholeNumber", node),
          IntNode::valueOf);

  public static final Codec<BigDecimal> NUMBER =
      Codec.of(
          (binder, path, node) ->
              node.isNumber() ? decimal(node) : binder.wrong(path, "expected.number", node),
          DecimalNode::valueOf);

  public static final Codec<Boolean> BOOLEAN =
      Codec.of(
          (binder, path, node) ->
              node.isBoolean() ? node.booleanValue() : binder.wrong(path, "expected.boolean", node),
          BooleanNode::valueOf);

  public static final Codec<LocalDate> DATE_VALUE =
      Codec.of(
          (binder, path, node) -> {
            if (!node.isTextual() || !DATE.matcher(node.textValue()).matches()) {
              return binder.wrong(path, "expected.date", node);
            }
            return date(binder, path, node);
          },
          date -> TextNode.valueOf(date.toString()));

  /** A year ({@code 2029}: by the end of 2029) or a day ({@code 2029-06-30}). */
  public static final Codec<Deadline> DEADLINE =
      Codec.of(
          (binder, path, node) -> {
            if (isYear(node)) {
              return Deadline.ofYear(node.intValue());
            }
            if (node.isTextual() && YEAR_TEXT.matcher(node.textValue()).matches()) {
              return Deadline.ofYear(Integer.parseInt(node.textValue()));
            }
            if (node.isTextual() && DATE.matcher(node.textValue()).matches()) {
              LocalDate date = date(binder, path, node);
              return date == null ? null : Deadline.ofDate(date);
            }
            return binder.wrong(path, "expected.deadline", node);
          },
          Converters::deadline);

  /** A day of any year, written {@code MM-DD}: {@code 03-31}. */
  public static final Codec<MonthDay> DAY_OF_YEAR =
      Codec.of(
          (binder, path, node) -> {
            Matcher day = node.isTextual() ? DAY_OF_YEAR_TEXT.matcher(node.textValue()) : null;
            if (day == null || !day.matches()) {
              return binder.wrong(path, "expected.day", node);
            }
            try {
              return MonthDay.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
            } catch (DateTimeException e) {
              return binder.wrong(path, "invalid.day", node);
            }
          },
          day -> TextNode.valueOf(dayOfYear(day)));

  private static final Field<Budget, BigDecimal> AMOUNT =
      Field.optional("amount", NUMBER, Budget::amount);
  private static final Field<Budget, String> CURRENCY =
      Field.optional("currency", TEXT, Budget::currency);
  private static final Field<Budget, String> BUDGET_TEXT =
      Field.optional("text", TEXT, Budget::text);

  /** A budget written as an object: {@code {amount, currency, text}}. */
  public static final Shape<Budget> BUDGET_OBJECT =
      new Shape<>(
          "budget",
          List.of(AMOUNT, CURRENCY, BUDGET_TEXT),
          values -> new Budget(values.get(AMOUNT), values.get(CURRENCY), values.get(BUDGET_TEXT)));

  /** A text, or {@code {amount, currency, text}}. */
  public static final Codec<Budget> BUDGET =
      Codec.of(
          (binder, path, node) -> {
            if (node.isTextual()) {
              return Budget.ofText(node.textValue());
            }
            if (node.isNumber()) {
              return binder.wrong(path, "budget.currency", node);
            }
            if (node.isObject()) {
              return BUDGET_OBJECT.convert(binder, path, node);
            }
            return binder.wrong(path, "expected.budget", node);
          },
          Converters::budget,
          BUDGET_OBJECT);

  /**
   * {@code {sex: {female: 52, male: 88}, age: {"15-24": 10}}}, in the file's order. A category
   * given as {@code null} is not reported, and left out, as a blank CSV cell is.
   */
  public static final Codec<Map<String, Map<String, BigDecimal>>> BREAKDOWN =
      Codec.of(
          (binder, path, node) -> {
            if (!(node instanceof ObjectNode dimensions)) {
              return binder.wrong(path, "expected.breakdown", node);
            }
            var breakdown = new LinkedHashMap<String, Map<String, BigDecimal>>();
            for (Iterator<Map.Entry<String, JsonNode>> it = dimensions.fields(); it.hasNext(); ) {
              Map.Entry<String, JsonNode> dimension = it.next();
              TreePath at = path.child(dimension.getKey());
              if (dimension.getValue().isNull()) {
                continue;
              }
              if (!(dimension.getValue() instanceof ObjectNode categories)) {
                binder.wrong(at, "expected.categories", dimension.getValue());
                continue;
              }
              var counts = new LinkedHashMap<String, BigDecimal>();
              for (Iterator<Map.Entry<String, JsonNode>> c = categories.fields(); c.hasNext(); ) {
                Map.Entry<String, JsonNode> category = c.next();
                if (!category.getValue().isNull()) {
                  BigDecimal count =
                      NUMBER.convert(binder, at.child(category.getKey()), category.getValue());
                  if (count != null) {
                    counts.put(category.getKey(), count);
                  }
                }
              }
              breakdown.put(dimension.getKey(), counts);
            }
            return breakdown;
          },
          Converters::breakdown);

  /** An object of texts, in the file's order. */
  public static final Codec<Map<String, String>> TEXTS_BY_NAME =
      Codec.of(
          (binder, path, node) -> {
            if (!(node instanceof ObjectNode object)) {
              return binder.wrong(path, "expected.texts", node);
            }
            var texts = new LinkedHashMap<String, String>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
              Map.Entry<String, JsonNode> entry = it.next();
              String text = TEXT.convert(binder, path.child(entry.getKey()), entry.getValue());
              if (text != null) {
                texts.put(entry.getKey(), text);
              }
            }
            return texts;
          },
          Converters::texts);

  private Converters() {}

  /** One of the lower-case codes of {@code type}, e.g. {@code in-progress}. */
  public static <E extends Enum<E> & Coded> Codec<E> code(Class<E> type) {
    return Codec.of(
        (binder, path, node) -> {
          E constant =
              node.isTextual() ? Coded.fromCode(type, node.textValue()).orElse(null) : null;
          return constant != null
              ? constant
              : binder.wrong(
                  path, "expected.code", node, binder.words().verbatim(Coded.codesOf(type)));
        },
        constant -> TextNode.valueOf(constant.code()));
  }

  /** A day of any year as written: {@code 03-31}. */
  static String dayOfYear(MonthDay day) {
    return String.format(Locale.ROOT, "%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
  }

  /** A whole-year deadline is written as the year, as the plan gave it. */
  private static JsonNode deadline(Deadline deadline) {
    return deadline.wholeYear()
        ? IntNode.valueOf(deadline.year())
        : TextNode.valueOf(deadline.date().toString());
  }

  /** A budget that is only a text is written as that text, as people write it. */
  private static JsonNode budget(Budget budget) {
    return budget.amount() == null && budget.currency() == null && budget.text() != null
        ? TextNode.valueOf(budget.text())
        : BUDGET_OBJECT.tree(budget);
  }

  private static JsonNode breakdown(Map<String, Map<String, BigDecimal>> breakdown) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    breakdown.forEach(
        (dimension, counts) -> {
          ObjectNode categories = node.putObject(dimension);
          // Exactly as read: 140.0 stays 140.0.
          counts.forEach((category, count) -> categories.set(category, DecimalNode.valueOf(count)));
        });
    return node;
  }

  private static JsonNode texts(Map<String, String> texts) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    texts.forEach(node::put);
    return node;
  }

  private static boolean isYear(JsonNode node) {
    return node.isIntegralNumber()
        && node.canConvertToInt()
        && node.intValue() >= 0
        && node.intValue() <= LAST_YEAR;
  }

  private static LocalDate date(Binder binder, TreePath path, JsonNode node) {
    try {
      return LocalDate.parse(node.textValue(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException e) {
      return binder.wrong(path, "invalid.date", node);
    }
  }

  /** Exponents become plain digits, so that {@code 1e3} reads as {@code 1000} and writes so. */
  static BigDecimal decimal(JsonNode node) {
    BigDecimal value = node.decimalValue();
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
