package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.reference.ValueUnit;
import vn.dxscorecard.shared.Messages;

class VnTextTest {

    private static final Words WORDS = new Words(Messages.catalogue());

    @Test
    void scorecardFileNamesAreTheCodeAndTheNameWithoutDiacritics() {
        assertThat(name(unit("01", "Thành phố Hà Nội"))).isEqualTo("01-thanh-pho-ha-noi.pdf");
        assertThat(name(unit("BTC", "Bộ Tài chính"))).isEqualTo("BTC-bo-tai-chinh.pdf");
        assertThat(name(unit("66", "Tỉnh Đắk Lắk"))).isEqualTo("66-tinh-dak-lak.pdf");
        assertThat(name(unit("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch")))
            .isEqualTo("BVHTTDL-bo-van-hoa-the-thao-va-du-lich.pdf");
    }

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(VnText.score(new BigDecimal("87.345"))).isEqualTo("87,35");
        assertThat(VnText.score(new BigDecimal("100"))).isEqualTo("100,00");
        assertThat(WORDS.quantity(ValueUnit.COUNT, new BigDecimal("55800"))).isEqualTo("55.800");
        assertThat(WORDS.quantity(ValueUnit.PERCENT, new BigDecimal("87.50"))).isEqualTo("87,5%");
        assertThat(WORDS.quantity(ValueUnit.BOOLEAN, BigDecimal.ONE)).isEqualTo("Có");
        assertThat(WORDS.quantity(ValueUnit.BOOLEAN, BigDecimal.ZERO)).isEqualTo("Không");
        assertThat(WORDS.quantity(ValueUnit.RANK, null)).isEqualTo("—");
    }

    @Test
    void changesCarryAnArrowAndNeverOnlyAColour() {
        assertThat(VnText.change(new BigDecimal("1.255"))).isEqualTo("▲ 1,26");
        assertThat(VnText.change(new BigDecimal("-0.5"))).isEqualTo("▼ 0,50");
        assertThat(VnText.change(new BigDecimal("0.001"))).isEqualTo("0,00");
        assertThat(VnText.change(null)).isEqualTo("—");
        assertThat(WORDS.rankChange(3)).isEqualTo("▲ 3");
        assertThat(WORDS.rankChange(-1)).isEqualTo("▼ 1");
        assertThat(WORDS.rankChange(0)).isEqualTo("không đổi");
    }

    private static String name(RegistryUnit unit) {
        return ScorecardPdf.file(unit).getFileName().toString();
    }

    private static RegistryUnit unit(String code, String name) {
        return new RegistryUnit(code, name, Kind.PROVINCE, LocalDate.of(2025, 7, 1), null, null);
    }

}
