package vn.dxscorecard.reference;

import java.math.BigDecimal;

public record Pillar(String code, String nameVi, String nameEn, BigDecimal weight, int displayOrder) {
}
