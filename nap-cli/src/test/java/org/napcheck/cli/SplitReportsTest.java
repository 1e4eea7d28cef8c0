package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.napcheck.report.SplitFiles;

class SplitReportsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MFA D7/Armed Forces | MFA-D7_Armed-Forces",
        "MAINT/Police | MAINT_Police",
        "Embassy in The Hague | Embassy-in-The-Hague",
        "Ministère de l'Égalité | Ministere-de-l-Egalite",
        "../../etc/passwd | etc_passwd",
        ".hidden | hidden",
        "index | index-body",
        "CON | CON-body",
        "外交部 | body",
        "a:b*c?d | a-b-c-d"
      })
  void should_name_a_file_safely_from_a_code(String code, String name) {
    assertThat(SplitFiles.safeName(code)).isEqualTo(name);
  }
}
