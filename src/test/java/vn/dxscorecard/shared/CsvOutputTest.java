package vn.dxscorecard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvOutputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =1+1             | '=1+1
            x;=1+1;y         | x;'=1+1;y
            a,@SUM(A1),b     | a,'@SUM(A1),b
            +5;-2            | '+5;'-2
            -1               | -1
            -0.5             | -0.5
            87.5             | 87.5
            Tệp a; b, c      | Tệp a; b, c
            """)
    void aSpreadsheetSplittingOnCommaOrSemicolonRunsNoFormula(String cell, String written) {
        assertThat(CsvOutput.neutralise(cell)).isEqualTo(written);
    }

}
