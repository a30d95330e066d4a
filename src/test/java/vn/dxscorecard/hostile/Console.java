package vn.dxscorecard.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * What an operator sees of a launch (cron mails it): one line per event, never a stack
 * trace.
 */
final class Console {

    private static final Pattern LINE = Pattern
        .compile("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (INFO|WARN|ERROR) .*|dx-scorecard: .*");

    private Console() {
    }

    static void assertClean(String output) {
        assertThat(output.lines()).as("console lines:\n%s", output)
            .allSatisfy(line -> assertThat(line).matches(LINE))
            .noneMatch(line -> line.contains("Exception:") && line.contains("\tat "));
        assertThat(output).doesNotContain("\tat ", "Caused by:");
    }

}
