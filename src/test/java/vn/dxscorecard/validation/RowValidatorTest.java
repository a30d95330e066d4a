package vn.dxscorecard.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowValidatorTest {

    @Test
    void provinceCodesThatExcelTurnedIntoNumbersAreTheSameUnit() {
        assertThat(RowValidator.sameUnit("1", "01")).isTrue();
        assertThat(RowValidator.sameUnit("001", "01")).isTrue();
        assertThat(RowValidator.sameUnit("bxd", "BXD")).isTrue();
        assertThat(RowValidator.sameUnit("10", "01")).isFalse();
        assertThat(RowValidator.sameUnit("79", "01")).isFalse();
        assertThat(RowValidator.sameUnit("", "01")).isFalse();
    }

}
