package vn.dxscorecard.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Text;

class ErrorCodeTest {

    private static final Messages MESSAGES = Messages.catalogue();

    @Test
    void argumentsWordedPerLanguageAreWrittenInEach() {
        Text text = MESSAGES.text(ErrorCode.FILE_ENCODING.message(new Text("tệp UTF-16", "a UTF-16 file")));
        assertThat(text.vi()).startsWith("Tệp không phải UTF-8: tệp UTF-16.").doesNotContain("a UTF-16 file");
        assertThat(text.en()).startsWith("The file is not UTF-8: a UTF-16 file.");
    }

    @Test
    void textFromTheFileIsCutInMessages() {
        String message = MESSAGES.text(ErrorCode.VALUE_UNPARSABLE.message("x".repeat(5000))).vi();
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
        Rejection r = Rejection.of(MESSAGES, "f.csv", "01", 2L, 2L, "c".repeat(500), "v".repeat(500),
                ErrorCode.FILE_DUPLICATE_COLUMN, "c".repeat(500));
        assertThat(r.value()).hasSize(Rejection.MAX_VALUE_LENGTH);
        assertThat(r.column()).hasSize(Rejection.MAX_COLUMN_LENGTH);
        String emoji = "a".repeat(99) + "😀";
        assertThat(Rejection.of(MESSAGES, "f.csv", "01", 2L, 2L, "value", emoji, ErrorCode.VALUE_UNPARSABLE, emoji)
            .value()).isEqualTo("a".repeat(99));
    }

}
