package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.reference.Direction;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.reference.ValueUnit;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;

/** Every text of the PDFs in each language: names, numbers, dates, file names. */
class WordsTest {

    private static final Words VI = new Words(Messages.catalogue(), Language.VI);

    private static final Words EN = new Words(Messages.catalogue(), Language.EN);

    @Test
    void scorecardFileNamesAreTheCodeAndTheNameWithoutDiacriticsInEveryLanguage() {
        assertThat(name(unit("01", "Thành phố Hà Nội"))).isEqualTo("01-thanh-pho-ha-noi.pdf");
        assertThat(name(unit("BTC", "Bộ Tài chính"))).isEqualTo("BTC-bo-tai-chinh.pdf");
        assertThat(name(unit("66", "Tỉnh Đắk Lắk"))).isEqualTo("66-tinh-dak-lak.pdf");
        assertThat(name(unit("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch")))
            .isEqualTo("BVHTTDL-bo-van-hoa-the-thao-va-du-lich.pdf");
        assertThat(Language.EN.scorecard(unit("01", "Thành phố Hà Nội")))
            .isEqualTo(Path.of("scorecards/en/01-thanh-pho-ha-noi.pdf"));
        assertThat(Language.VI.summary()).isEqualTo(Path.of("national-summary.pdf"));
        assertThat(Language.EN.summary()).isEqualTo(Path.of("national-summary.en.pdf"));
    }

    @Test
    void numbersAreWrittenTheVietnameseWayAndTheEnglishWay() {
        assertThat(VI.score(new BigDecimal("87.345"))).isEqualTo("87,35");
        assertThat(EN.score(new BigDecimal("87.345"))).isEqualTo("87.35");
        assertThat(VI.score(new BigDecimal("100"))).isEqualTo("100,00");
        assertThat(VI.quantity(ValueUnit.COUNT, new BigDecimal("55800"))).isEqualTo("55.800");
        assertThat(EN.quantity(ValueUnit.COUNT, new BigDecimal("55800"))).isEqualTo("55,800");
        assertThat(VI.quantity(ValueUnit.PERCENT, new BigDecimal("87.50"))).isEqualTo("87,5%");
        assertThat(EN.quantity(ValueUnit.PERCENT, new BigDecimal("87.50"))).isEqualTo("87.5%");
        assertThat(VI.quantity(ValueUnit.BOOLEAN, BigDecimal.ONE)).isEqualTo("Có");
        assertThat(VI.quantity(ValueUnit.BOOLEAN, BigDecimal.ZERO)).isEqualTo("Không");
        assertThat(EN.quantity(ValueUnit.BOOLEAN, BigDecimal.ONE)).isEqualTo("Yes");
        assertThat(VI.quantity(ValueUnit.RANK, null)).isEqualTo("—");
        assertThat(VI.decimalSeparator()).isEqualTo(',');
        assertThat(EN.decimalSeparator()).isEqualTo('.');
    }

    @Test
    void changesCarryAnArrowAndNeverOnlyAColour() {
        assertThat(VI.change(new BigDecimal("1.255"))).isEqualTo("▲ 1,26");
        assertThat(EN.change(new BigDecimal("1.255"))).isEqualTo("▲ 1.26");
        assertThat(VI.change(new BigDecimal("-0.5"))).isEqualTo("▼ 0,50");
        assertThat(VI.change(new BigDecimal("0.001"))).isEqualTo("0,00");
        assertThat(VI.change(null)).isEqualTo("—");
        assertThat(VI.rankChange(3)).isEqualTo("▲ 3");
        assertThat(VI.rankChange(-1)).isEqualTo("▼ 1");
        assertThat(VI.rankChange(0)).isEqualTo("không đổi");
        assertThat(EN.rankChange(0)).isEqualTo("unchanged");
    }

    @Test
    void datesAndDeadlines() {
        OffsetDateTime deadline = OffsetDateTime.parse("2026-01-15T23:59:59+07:00");
        assertThat(VI.date(deadline)).isEqualTo("15/01/2026");
        assertThat(EN.date(deadline)).isEqualTo("15 January 2026");
        assertThat(VI.deadline(deadline)).isEqualTo("23:59 ngày 15/01/2026");
        assertThat(EN.deadline(deadline)).isEqualTo("23:59 on 15 January 2026");
        assertThat(EN.date(Instant.parse("2026-01-05T20:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")))
            .isEqualTo("6 January 2026");
    }

    @Test
    void namesComeFromTheCatalogueInEnglishWhereItHasThemAndUnitsKeepTheirOwn() {
        Indicator named = indicator("Tỷ lệ thôn bản có cáp quang", "Villages with fibre");
        Indicator unnamed = indicator("Tỷ lệ thôn bản có cáp quang", "");
        assertThat(VI.name(named)).isEqualTo("Tỷ lệ thôn bản có cáp quang");
        assertThat(EN.name(named)).isEqualTo("Villages with fibre");
        assertThat(EN.name(unnamed)).isEqualTo("Tỷ lệ thôn bản có cáp quang");
        assertThat(EN.name(unit("01", "Thành phố Hà Nội"))).isEqualTo("Thành phố Hà Nội");
        assertThat(EN.period(new Period(2025, 4))).isEqualTo("Q4 2025");
    }

    private static Indicator indicator(String vi, String en) {
        return new Indicator("HT_X", "HT", vi, en, ValueUnit.PERCENT, Direction.HIGHER, Set.of(Kind.PROVINCE),
                BigDecimal.ONE, BigDecimal.ZERO, null, Map.of(2025, BigDecimal.TEN), "test");
    }

    private static String name(RegistryUnit unit) {
        return ScorecardPdf.file(unit).getFileName().toString();
    }

    private static RegistryUnit unit(String code, String name) {
        return new RegistryUnit(code, name, Kind.PROVINCE, LocalDate.of(2025, 7, 1), null, null);
    }

}
