package vn.dxscorecard.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void detailsAreLocalised() {
        ErrorCode.Detail detail = new ErrorCode.Detail("tệp UTF-16", "a UTF-16 file");
        assertThat(ErrorCode.FILE_ENCODING.messageVi(detail)).startsWith("Tệp không phải UTF-8: tệp UTF-16.")
                .doesNotContain("a UTF-16 file");
        assertThat(ErrorCode.FILE_ENCODING.messageEn(detail)).startsWith("The file is not UTF-8: a UTF-16 file.");
    }

    @Test
    void textFromTheFileIsCutInMessages() {
        String message = ErrorCode.VALUE_UNPARSABLE.messageVi("x".repeat(5000));
        assertThat(message).hasSizeLessThan(200).contains("x".repeat(100) + "…");
    }

    @Test
    void codesFitTheirColumn() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.name().length()).as(code.name()).isLessThanOrEqualTo(40);
            assertThat(code.when()).as(code.name()).isNotBlank();
        }
    }

    @Test
    void rejectionsCutValuesAndColumnsToTheirColumns() {
        Rejection r = Rejection.of("f.csv", "01", 2L, 2L, "c".repeat(500), "v".repeat(500),
                ErrorCode.FILE_DUPLICATE_COLUMN, "c".repeat(500));
        assertThat(r.value()).hasSize(Rejection.MAX_VALUE_LENGTH);
        assertThat(r.column()).hasSize(Rejection.MAX_COLUMN_LENGTH);
        String emoji = "a".repeat(99) + "😀";
        assertThat(Rejection.of("f.csv", "01", 2L, 2L, "value", emoji, ErrorCode.VALUE_UNPARSABLE, emoji).value())
                .isEqualTo("a".repeat(99));
    }

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
