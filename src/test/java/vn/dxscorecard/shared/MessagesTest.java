package vn.dxscorecard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.intake.FileStatus;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.scoring.IndicatorStatus;

/**
 * The message catalogue: both languages complete, every code with its texts, every text
 * valid MessageFormat.
 */
class MessagesTest {

    private static final Properties VI = bundle("messages_vi.properties");

    private static final Properties EN = bundle("messages_en.properties");

    private static final Messages MESSAGES = Messages.catalogue();

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(EN.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(VI.stringPropertyNames());
    }

    @Test
    void everyCodeAndStatusHasItsTextsInBothLanguages() {
        List<String> keys = new ArrayList<>();
        Stream.of(ErrorCode.values()).map(ErrorCode::key).forEach(keys::add);
        Stream.of(FileStatus.values()).map(FileStatus::key).forEach(keys::add);
        Stream.of(IndicatorStatus.values()).map(IndicatorStatus::key).forEach(keys::add);
        Stream.of(Classification.values()).map(Classification::key).forEach(keys::add);
        Stream.of(Kind.values()).map(k -> "validation.kind." + k.id()).forEach(keys::add);
        Stream.of(Kind.values()).map(k -> "pdf.group." + k.id()).forEach(keys::add);
        for (String key : keys) {
            assertThat(VI.getProperty(key)).as("vi " + key).isNotBlank();
            assertThat(EN.getProperty(key)).as("en " + key).isNotBlank();
        }
    }

    /**
     * MessageFormat silently drops a lone quote and what it encloses: every text,
     * formatted with its arguments, must read as written, with {@code ''} a quote and
     * {@code {n}} the n-th argument.
     */
    @Test
    void everyTextIsValidMessageFormatAndLosesNothing() {
        for (Properties bundle : List.of(VI, EN)) {
            Locale locale = bundle == VI ? Messages.VI : Messages.EN;
            for (String key : bundle.stringPropertyNames()) {
                String raw = bundle.getProperty(key);
                Object[] args = IntStream.range(0, 10).mapToObj(i -> "<" + i + ">").toArray();
                String expected = raw.replace("''", "'");
                for (int i = 0; i < 10; i++) {
                    expected = expected.replace("{" + i + "}", "<" + i + ">");
                }
                assertThat(new MessageFormat(raw, locale).format(args)).as(key).isEqualTo(expected);
                assertThat(MESSAGES.get(locale, key, args)).as(key).isEqualTo(expected);
            }
        }
    }

    @Test
    void argumentsAreWrittenAsGivenInEachLanguage() {
        Text text = MESSAGES.text("pdf.scorecard.all-rejected", 12345L, new Text("tệp", "file"));
        assertThat(text.vi()).isEqualTo("Tất cả 12345 dòng dữ liệu của tệp tệp đều bị loại.");
        assertThat(text.en()).isEqualTo("All 12345 data rows of file file were rejected.");
        assertThat(MESSAGES.vi("file.none-used", "01", new Message("pdf.period", 4, 2025)))
            .isEqualTo("Không có tệp nào của đơn vị 01 được sử dụng cho kỳ Quý 4/2025: đơn vị được coi là chưa nộp"
                    + " báo cáo.");
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(Collections.list(properties.propertyNames())).isNotEmpty();
        return properties;
    }

}
