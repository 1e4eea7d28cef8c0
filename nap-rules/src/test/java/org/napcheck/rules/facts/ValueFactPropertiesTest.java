package org.napcheck.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.Location;

/** A value's quick answers agree with what they stand for. */
class ValueFactPropertiesTest {

  @Property(tries = 300)
  void should_add_up_exactly_when_every_breakdown_total_adds_up(
      @ForAll("values") IndicatorValue value) {
    // GIVEN
    var fact = new ValueFact(value, 2025, "MFA", Location.ofPlan("P"), true);

    // THEN
    assertThat(fact.isBreakdownAddingUp())
        .isEqualTo(fact.getBreakdownTotals().stream().allMatch(BreakdownTotal::isAddingUp));
  }

  @Provide
  Arbitrary<IndicatorValue> values() {
    Arbitrary<BigDecimal> count = Arbitraries.integers().between(0, 6).map(BigDecimal::valueOf);
    Arbitrary<Map<String, BigDecimal>> categories =
        Arbitraries.maps(Arbitraries.of("female", "male", "other", "15-24"), count).ofMaxSize(3);
    Arbitrary<Map<String, Map<String, BigDecimal>>> breakdown =
        Arbitraries.maps(Arbitraries.of("sex", "age", "region"), categories).ofMaxSize(3);
    return net.jqwik.api.Combinators.combine(count.injectNull(0.2), breakdown)
        .as(
            (number, byDimension) ->
                new IndicatorValue("1.a.1-1", number, "text", byDimension, null));
  }
}
