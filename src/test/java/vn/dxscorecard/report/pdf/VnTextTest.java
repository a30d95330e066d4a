package vn.dxscorecard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.reference.ValueUnit;

class VnTextTest {

    @Test
    void scorecardFileNamesAreTheCodeAndTheNameWithoutDiacritics() {
        assertThat(ScorecardPdfWriter.fileName(unit("01", "Thành phố Hà Nội"))).isEqualTo("01-thanh-pho-ha-noi.pdf");
        assertThat(ScorecardPdfWriter.fileName(unit("BTC", "Bộ Tài chính"))).isEqualTo("BTC-bo-tai-chinh.pdf");
        assertThat(ScorecardPdfWriter.fileName(unit("66", "Tỉnh Đắk Lắk"))).isEqualTo("66-tinh-dak-lak.pdf");
        assertThat(ScorecardPdfWriter.fileName(unit("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch")))
                .isEqualTo("BVHTTDL-bo-van-hoa-the-thao-va-du-lich.pdf");
    }

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(VnText.score(new BigDecimal("87.345"))).isEqualTo("87,35");
        assertThat(VnText.score(new BigDecimal("100"))).isEqualTo("100,00");
        assertThat(VnText.quantity(ValueUnit.COUNT, new BigDecimal("55800"))).isEqualTo("55.800");
        assertThat(VnText.quantity(ValueUnit.PERCENT, new BigDecimal("87.50"))).isEqualTo("87,5%");
        assertThat(VnText.quantity(ValueUnit.BOOLEAN, BigDecimal.ONE)).isEqualTo("Có");
        assertThat(VnText.quantity(ValueUnit.BOOLEAN, BigDecimal.ZERO)).isEqualTo("Không");
        assertThat(VnText.quantity(ValueUnit.RANK, null)).isEqualTo("—");
    }

    @Test
    void changesCarryAnArrowAndNeverOnlyAColour() {
        assertThat(VnText.change(new BigDecimal("1.255"))).isEqualTo("▲ 1,26");
        assertThat(VnText.change(new BigDecimal("-0.5"))).isEqualTo("▼ 0,50");
        assertThat(VnText.change(new BigDecimal("0.001"))).isEqualTo("0,00");
        assertThat(VnText.change(null)).isEqualTo("—");
        assertThat(VnText.rankChange(3)).isEqualTo("▲ 3");
        assertThat(VnText.rankChange(-1)).isEqualTo("▼ 1");
        assertThat(VnText.rankChange(0)).isEqualTo("không đổi");
    }

    private static RegistryUnit unit(String code, String name) {
        return new RegistryUnit(code, name, Kind.PROVINCE, LocalDate.of(2025, 7, 1), null, null);
    }
}
