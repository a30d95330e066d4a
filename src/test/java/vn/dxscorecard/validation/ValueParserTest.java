package vn.dxscorecard.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.reference.ValueUnit;

class ValueParserTest {

    @ParameterizedTest(name = "[{0}] {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ,  | 87.5      | PERCENT | 87.5
            ,  | 87.5%     | PERCENT | 87.5
            ,  | 87.5 %    | PERCENT | 87.5
            ,  | 100       | PERCENT | 100
            ,  | 0         | PERCENT | 0
            ,  | +12       | COUNT   | 12
            ,  | 1.234     | PERCENT | 1.234
            ,  | 2.0       | COUNT   | 2
            ;  | 87,5      | PERCENT | 87.5
            ;  | 87,5%     | PERCENT | 87.5
            ;  | 87.5      | PERCENT | 87.5
            ;  | 0.500     | PERCENT | 0.5
            ;  | 1,234     | PERCENT | 1.234
            ;  | 54100     | COUNT   | 54100
            ;  | 1         | RANK    | 1
            ,  | có        | BOOLEAN | 1
            ,  | CÓ        | BOOLEAN | 1
            ,  | Không     | BOOLEAN | 0
            ,  | TRUE      | BOOLEAN | 1
            ,  | No        | BOOLEAN | 0
            ,  | 1         | BOOLEAN | 1
            ,  | 0         | BOOLEAN | 0
            """)
    void accepts(char delimiter, String text, ValueUnit unit, String expected) {
        ValueParser.Result result = ValueParser.parse(text, unit, delimiter);
        assertThat(result.error()).isNull();
        assertThat(result.value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "[{0}] {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ;  | 1.234      | PERCENT | VALUE_AMBIGUOUS
            ;  | 12.500     | COUNT   | VALUE_AMBIGUOUS
            ;  | -1.234     | COUNT   | VALUE_AMBIGUOUS
            ;  | 1.234.567  | COUNT   | VALUE_THOUSANDS_SEPARATOR
            ;  | 1.234,5    | PERCENT | VALUE_THOUSANDS_SEPARATOR
            ,  | 1.234,5    | PERCENT | VALUE_THOUSANDS_SEPARATOR
            ,  | 1,234.5    | COUNT   | VALUE_THOUSANDS_SEPARATOR
            ,  | 1,234      | COUNT   | VALUE_THOUSANDS_SEPARATOR
            ;  | 1,234,567  | COUNT   | VALUE_THOUSANDS_SEPARATOR
            ,  | 54 100     | COUNT   | VALUE_THOUSANDS_SEPARATOR
            ,  | 87,5       | PERCENT | VALUE_DECIMAL_COMMA
            ,  | abc        | PERCENT | VALUE_UNPARSABLE
            ;  | =HYPERLINK("http://x.vn";"1,5") | PERCENT | VALUE_UNPARSABLE
            ,  | 1.234.5,6a | COUNT   | VALUE_UNPARSABLE
            ,  | 1e3        | COUNT   | VALUE_UNPARSABLE
            ,  | --1        | COUNT   | VALUE_UNPARSABLE
            ,  | 5%         | COUNT   | VALUE_UNPARSABLE
            ,  | %          | PERCENT | VALUE_UNPARSABLE
            ,  | 130%       | PERCENT | VALUE_OUT_OF_RANGE
            ,  | -0.1       | PERCENT | VALUE_OUT_OF_RANGE
            ,  | -1         | COUNT   | VALUE_OUT_OF_RANGE
            ,  | 0          | RANK    | VALUE_OUT_OF_RANGE
            ,  | 2.5        | COUNT   | VALUE_NOT_WHOLE
            ;  | 2,5        | RANK    | VALUE_NOT_WHOLE
            ,  | maybe      | BOOLEAN | VALUE_NOT_BOOLEAN
            ,  | 2          | BOOLEAN | VALUE_NOT_BOOLEAN
            ,  | 1234567890123456789012345678901 | COUNT | VALUE_TOO_LONG
            """)
    void rejects(char delimiter, String text, ValueUnit unit, ErrorCode expected) {
        ValueParser.Result result = ValueParser.parse(text, unit, delimiter);
        assertThat(result.error()).isEqualTo(expected);
        assertThat(result.value()).isNull();
    }

    @ParameterizedTest
    @CsvSource({ "PERCENT,130,0–100", "COUNT,-1,≥ 0", "RANK,0,≥ 1" })
    void outOfRangeSaysTheRange(ValueUnit unit, String text, String range) {
        assertThat(ValueParser.parse(text, unit, ',').detail()).isEqualTo(range);
    }

    @ParameterizedTest
    @CsvSource({ "co\u0301", "Co\u0301", "kho\u0302ng" })
    void decomposedVietnameseBooleansAreAccepted(String text) {
        assertThat(ValueParser.parse(text, ValueUnit.BOOLEAN, ',').error()).isNull();
    }

}
