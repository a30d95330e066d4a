package vn.dxscorecard.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.shared.Messages;

/**
 * {@code docs/validation-errors.md} is generated from {@link ErrorCode} and the message
 * catalogue, so the documented list and messages are the ones the job writes. After
 * changing ErrorCode, regenerate it: {@code mvn test -Dtest=ValidationErrorsDocTest
 * -Ddx.write-docs=true}.
 */
class ValidationErrorsDocTest {

    private static final Path DOC = Path.of("docs/validation-errors.md");

    private static final Messages MESSAGES = Messages.catalogue();

    @Test
    void theDocumentListsEveryErrorCodeWithBothMessages() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("dx.write-docs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.readString(DOC, StandardCharsets.UTF_8);
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(actual).as("docs/validation-errors.md lists %s", code)
                .contains("### " + code.name() + "\n")
                .contains(message(Messages.VI, code))
                .contains(message(Messages.EN, code));
        }
        assertThat(actual)
            .as("docs/validation-errors.md is generated from ErrorCode; regenerate it with"
                    + " mvn test -Dtest=ValidationErrorsDocTest -Ddx.write-docs=true")
            .isEqualTo(expected);
    }

    static String render() {
        StringBuilder doc = new StringBuilder();
        doc.append("""
                # Validation error codes

                Every rejection in `output/<period>/validation/rejections.csv` (and in each unit's `<UNIT>.csv`) carries
                one of these codes in `error_code`, with its message in Vietnamese (`message_vi`) and English
                (`message_en`). The codes are a stable contract with the senders, who may filter their reports by them:
                a code is never renamed or removed, new ones may be added. This file is generated from
                `vn.dxscorecard.feedback.ErrorCode` and the message catalogue (`messages_vi.properties`,
                `messages_en.properties`; a test keeps them equal); `…` stands for the parts filled in from the file,
                such as the value, the line or the code to use instead.

                - **Whole file**: the file is not used at all (`files.csv` status `rejected`); the unit's next lower
                  revision is tried, and if there is none the unit has not submitted. `line` and `record` are filled
                  when the cause sits at a place in the file (a header, an unclosed quote, the first non-UTF-8 byte, the
                  first record over the limit), otherwise empty.
                - **Row**: only that record is rejected (its indicator counts as not reported); the other rows of the
                  file count. A row breaking several rules gets one rejection per rule, so it can be fixed in one go.
                  `line` is the physical line of the file, `record` the CSV record number (header = 1); they differ
                  after a quoted field that holds a line break.

                | code | scope | when |
                |---|---|---|
                """);
        for (ErrorCode code : ErrorCode.values()) {
            doc.append("| [`")
                .append(code.name())
                .append("`](#")
                .append(code.name().toLowerCase(Locale.ROOT))
                .append(") | ")
                .append(scope(code))
                .append(" | ")
                .append(code.when())
                .append(" |\n");
        }
        for (ErrorCode code : ErrorCode.values()) {
            doc.append("\n### ")
                .append(code.name())
                .append("\n\n")
                .append("- scope: ")
                .append(scope(code))
                .append("\n")
                .append("- when: ")
                .append(code.when())
                .append("\n")
                .append("- vi: ")
                .append(message(Messages.VI, code))
                .append("\n")
                .append("- en: ")
                .append(message(Messages.EN, code))
                .append("\n");
        }
        return doc.toString();
    }

    private static String scope(ErrorCode code) {
        return code.wholeFile() ? "whole file" : "row";
    }

    /** The code's message with every argument shown as {@code …}. */
    private static String message(Locale locale, ErrorCode code) {
        Object[] placeholders = IntStream.range(0, 10).mapToObj(i -> "…").toArray();
        return MESSAGES.get(locale, code.key(), placeholders).replace("*", "\\*");
    }

}
