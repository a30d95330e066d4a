package vn.dxscorecard.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxscorecard.support.JobHarness;

/** The shipped tile layout and the checks of an operator's own. */
class ProvinceTilesTest {

    private static final ProvinceTiles SHIPPED = ProvinceTiles.load(ReferenceSource.classpath(ReferenceConfig.SHIPPED));

    @Test
    void theShippedTilesAreThe34ProvincesAfterTheMergerAndNotThe63Before() {
        assertThat(SHIPPED.tiles()).hasSize(34);
        assertThat(SHIPPED.covers(provincesOn(LocalDate.of(2025, 9, 30)))).isTrue();
        assertThat(SHIPPED.covers(provincesOn(LocalDate.of(2026, 12, 31)))).isTrue();
        assertThat(provincesOn(LocalDate.of(2025, 6, 30))).hasSize(63);
        assertThat(SHIPPED.covers(provincesOn(LocalDate.of(2025, 6, 30)))).isFalse();
    }

    @Test
    void twoProvincesOnOneTileOrOneProvinceTwiceAreRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ProvinceTiles.FILE), "code,row,col\n01,0,1\n04,0,1\n");
        assertThatThrownBy(() -> ProvinceTiles.load(ReferenceSource.directory(dir)))
            .isInstanceOf(ReferenceDataException.class)
            .hasMessageContaining(":3: row 0, col 1 holds another province already");
        Files.writeString(dir.resolve(ProvinceTiles.FILE), "code,row,col\n01,0,1\n01,0,2\n");
        assertThatThrownBy(() -> ProvinceTiles.load(ReferenceSource.directory(dir)))
            .hasMessageContaining(":3: province '01' is not a code or has a tile already");
        Files.writeString(dir.resolve(ProvinceTiles.FILE), "code,row,col\n01,-1,99\n");
        assertThatThrownBy(() -> ProvinceTiles.load(ReferenceSource.directory(dir)))
            .hasMessageContaining(":2: column 'row' must be a whole number from 0 to 39: '-1'");
    }

    @Test
    void aLaunchWithABrokenTileFileStopsWithExitCode2(@TempDir Path root) throws IOException {
        JobHarness job = new JobHarness(root.resolve("job")).withSample("2025-Q3");
        Path registry = Files.createDirectories(root.resolve("registry"));
        for (String file : List.of(RegistryLoader.PROVINCES, RegistryLoader.MINISTRIES)) {
            Files.copy(Path.of("src/main/resources/reference", file), registry.resolve(file));
        }
        Files.writeString(registry.resolve(ProvinceTiles.FILE), "code,row,col\n01,0,1\n04,0,1\n");
        assertThat(job.run("--period=2025-Q3", "--reference=" + registry)).isEqualTo(2);
        assertThat(job.periodDir("2025-Q3")).doesNotExist();
    }

    private static Set<String> provincesOn(LocalDate day) {
        return ShippedReference.registry()
            .validOn(day)
            .stream()
            .filter(u -> u.kind() == Kind.PROVINCE)
            .map(RegistryUnit::code)
            .collect(Collectors.toSet());
    }

}
