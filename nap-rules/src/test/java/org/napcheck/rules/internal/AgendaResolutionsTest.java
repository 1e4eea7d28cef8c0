package org.napcheck.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgendaResolutionsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2242 | Support women's leadership in preventing violent extremism           | true
          2242 | Integrate a gender perspective into counter-terrorism strategies     | true
          2242 | Prévenir la radicalisation et l'extrémisme violent                   | true
          2242 | Fund P/CVE programmes led by women                                   | true
          2242 | We've supported women mediators                                      | false
          2250 | Include young people in national delegations                         | true
          2250 | Number of youth-led organisations supported                          | true
          2250 | Inclure des jeunes dans les délégations                              | true
          2250 | Protéger les femmes et les jeunes filles                             | false
          2250 | Number of women and girls in peacebuilding                           | false
          2467 | Advocate for accountability in cases of conflict-related sexual violence | true
          2467 | Fund survivor-centred services                                       | true
          2467 | Lutter contre les violences sexuelles liées aux conflits             | true
          2467 | Raise awareness among survivors of domestic violence                 | false
          2493 | Protect women human rights defenders                                 | true
          2493 | Protéger les défenseuses des droits humains                          | true
          2493 | Defend civic space                                                   | true
          2493 | Protéger l'espace civique                                            | true
          2493 | Soutenir les artisanes de la paix                                    | true
          2493 | Promouvoir la paix et la sécurité                                    | false
          2467 | Poursuivre les violences sexuelles commises en période de conflit    | true
          2467 | Strengthen conflict prevention                                       | false
          2467 | Des services centrés sur les survivantes                             | true
          2493 | Ensure the participation of women in peacebuilding                   | false
          2493 | Support civil society-led initiatives                                | false
          2250 | In line with UNSCR 2250 (2015)                                       | true
          2242 | Conformément à la résolution 2242                                    | true
          """)
  void should_recognise_a_resolution_by_its_theme_or_its_number(
      String number, String text, boolean addresses) {
    var resolution =
        AgendaResolutions.CHECKED.stream()
            .filter(checked -> checked.number().equals(number))
            .findFirst()
            .orElseThrow();

    assertThat(AgendaResolutions.addresses(resolution, text.toLowerCase(Locale.ROOT)))
        .isEqualTo(addresses);
  }
}
