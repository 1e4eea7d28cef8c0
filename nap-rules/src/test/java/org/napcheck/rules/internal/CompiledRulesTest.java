package org.napcheck.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.napcheck.model.Location;

class CompiledRulesTest {

  @Property(tries = 500)
  void should_order_ids_as_locations_order_them(
      @ForAll("ids") String left, @ForAll("ids") String right) {
    // WHEN
    int fast = CompiledRules.compareNaturally(left, right);
    int model = Location.ORDER.compare(Location.ofPlan(left), Location.ofPlan(right));

    // THEN
    assertThat(Integer.signum(fast)).isEqualTo(Integer.signum(model));
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("0123456789.-abAB").ofMinLength(0).ofMaxLength(8);
  }
}
