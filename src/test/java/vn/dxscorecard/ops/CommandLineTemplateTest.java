package vn.dxscorecard.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CommandLineTemplateTest {

    @Test
    void templateTakesAPeriodAndOptionallyOneUnit() {
        CommandLine all = CommandLine.parse("--template", "--period=2025-Q4");
        assertThat(all.template()).isTrue();
        assertThat(all.unit()).isEmpty();
        assertThat(all.period()).map(Object::toString).contains("2025-Q4");
        assertThat(CommandLine.parse("--template", "--period=2025-Q4", "--unit=bxd").unit())
            .isEqualTo(Optional.of("bxd"));
        assertThat(CommandLine.parse("--period=2025-Q4").template()).isFalse();
    }

    @Test
    void unitWithoutTemplateAndTemplateWithRerunAreErrors() {
        assertThatThrownBy(() -> CommandLine.parse("--unit=01")).isInstanceOf(UsageException.class)
            .hasMessageContaining("--unit is only for --template");
        assertThatThrownBy(() -> CommandLine.parse("--template", "--rerun")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse("--template=yes")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse("--template", "--unit=")).isInstanceOf(UsageException.class);
    }

    @Test
    void templatesNeedNoInputFolder() {
        CommandLine.parse("--template", "--input=no-such-folder-anywhere").checkFolders();
        assertThatThrownBy(() -> CommandLine.parse("--input=no-such-folder-anywhere").checkFolders())
            .isInstanceOf(UsageException.class);
    }

    @Test
    void usageMentionsTheNewOptions() {
        assertThat(CommandLine.USAGE).contains("--template")
            .contains("--unit=CODE")
            .contains("output/<period>/templates/<UNIT>_<PERIOD>.csv");
    }

}
