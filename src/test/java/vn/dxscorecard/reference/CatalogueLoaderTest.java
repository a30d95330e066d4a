package vn.dxscorecard.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueLoaderTest {

    private static final Path SHIPPED = Path.of("src/main/resources/reference");

    @TempDir
    Path dir;

    @Test
    void theShippedCatalogueLoadsWithItsVersion() {
        Catalogue catalogue = CatalogueLoader.load(ReferenceSource.classpath("reference"));
        assertThat(catalogue.version()).isEqualTo("2024-2026.1");
        assertThat(catalogue.years()).containsExactly(2024, 2025, 2026);
        assertThat(catalogue.pillars()).extracting(Pillar::code)
            .containsExactly("TC", "HT", "DL", "CP", "KT", "XH", "AT");
        assertThat(catalogue.indicators()).hasSize(27);
        assertThat(catalogue.indicator("HT_TTDL_QUOC_GIA").orElseThrow().target(2024)).isEmpty();
        assertThat(catalogue.sha256()).hasSize(64);
    }

    @Test
    void aTargetColumnAddsAYearWithoutCodeChange() throws IOException {
        copyShipped();
        rewriteIndicators(line -> line.startsWith("code,") ? line.replace("target_2026,", "target_2026,target_2027,")
                : insertAfterField(line, 12, ""));
        Catalogue catalogue = CatalogueLoader.load(ReferenceSource.directory(dir));
        assertThat(catalogue.years()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(catalogue.version()).startsWith("custom-");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown pillar|HT_THON_CAP_QUANG,HT,|HT_THON_CAP_QUANG,XX,|:4: indicator HT_THON_CAP_QUANG: unknown pillar 'XX'",
            "unknown unit|,percent,higher,province,2,0,90|,permille,higher,province,2,0,90|:4: indicator HT_THON_CAP_QUANG: unknown unit 'permille'",
            "unknown kind|higher,province,2,0,90|higher,commune,2,0,90|:4: indicator HT_THON_CAP_QUANG: unknown applies_to 'commune'",
            "weight zero|higher,province,2,0,90|higher,province,0,0,90|:4: indicator HT_THON_CAP_QUANG: weight must be greater than 0",
            "no worst|higher,province,2,0,90|higher,province,2,,90|:4: indicator HT_THON_CAP_QUANG: a percent indicator needs 'worst'",
            "worst equals target|province,2,0,90,100,100|province,2,100,90,100,100|:4: indicator HT_THON_CAP_QUANG: target_2024 equals worst (100)",
            "target on the wrong side|count,lower,province,2,50,10,0,0|count,lower,province,2,50,10,60,0|:5: indicator HT_VUNG_LOM_SONG: target_2024 60 is on the wrong side of worst 50 for direction lower",
            "negative count target|count,lower,province,2,50,10,0,0|count,lower,province,2,50,10,0,-5|:5: indicator HT_VUNG_LOM_SONG: target_2025 -5 is outside the range of a count (≥ 0)",
            "percentage target over 100|province,2,0,90,100,100|province,2,0,90,100,120|:4: indicator HT_THON_CAP_QUANG: target_2025 120 is outside the range of a percent (0–100)" })
    void aBadCatalogueIsRefusedWithFileLineAndReason(String name, String from, String to, String expected)
            throws IOException {
        copyShipped();
        String indicators = Files.readString(dir.resolve("indicators.csv"), StandardCharsets.UTF_8);
        int at = indicators.indexOf(from);
        assertThat(at).as("fixture text present").isGreaterThan(0);
        Files.writeString(dir.resolve("indicators.csv"),
                indicators.substring(0, at) + to + indicators.substring(at + from.length()), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CatalogueLoader.load(ReferenceSource.directory(dir)))
            .isInstanceOf(ReferenceDataException.class)
            .hasMessageStartingWith(dir.resolve("indicators.csv").toString())
            .hasMessageContaining(expected);
    }

    private void copyShipped() throws IOException {
        for (String file : new String[] { "pillars.csv", "indicators.csv" }) {
            Files.copy(SHIPPED.resolve(file), dir.resolve(file));
        }
    }

    private void rewriteIndicators(java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = dir.resolve("indicators.csv");
        Files.write(file, Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(change).toList(),
                StandardCharsets.UTF_8);
    }

    /**
     * Inserts an empty cell after the n-th field; the shipped rows have no quoted commas
     * before it.
     */
    private static String insertAfterField(String line, int field, String value) {
        int index = -1;
        for (int i = 0; i < field; i++) {
            index = line.indexOf(',', index + 1);
        }
        return line.substring(0, index + 1) + value + "," + line.substring(index + 1);
    }

}
