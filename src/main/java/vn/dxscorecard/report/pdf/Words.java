package vn.dxscorecard.report.pdf;

import java.math.BigDecimal;

import vn.dxscorecard.intake.FileStatus;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.ValueUnit;
import vn.dxscorecard.results.EditionInfo;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.IndicatorStatus;
import vn.dxscorecard.shared.Message;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;

/**
 * The words of the PDFs, from the message catalogue in Vietnamese; numbers are
 * {@link VnText}'s.
 */
public final class Words {

    private final Messages messages;

    public Words(Messages messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.vi(key, args);
    }

    String period(Period period) {
        return get("pdf.period", period.quarter(), period.year());
    }

    /** What the units of a ranking group are called, plural. */
    String group(Kind kind) {
        return get("pdf.group." + kind.id());
    }

    String groupTitle(Kind kind) {
        return get("pdf.group-title." + kind.id());
    }

    /** SPEC §8: which edition the document is, on its page 1. */
    String edition(EditionInfo edition) {
        Message label = edition.label();
        return get(label.key(), label.args());
    }

    String estimated() {
        return get("pdf.estimated");
    }

    String status(IndicatorStatus status) {
        return get(status.key());
    }

    String classification(Classification classification) {
        return get(classification.key());
    }

    String fileStatus(FileStatus status) {
        return get(status.key());
    }

    /**
     * The classes with their thresholds:
     * {@code Tốt ≥ 80 · Khá ≥ 65 · Trung bình ≥ 50 · Yếu < 50}.
     */
    String classes() {
        StringBuilder text = new StringBuilder();
        Integer previous = null;
        for (Classification c : Classification.values()) {
            text.append(text.isEmpty() ? "" : " · ")
                .append(c.threshold() != null ? get("pdf.classification.at-least", classification(c), c.threshold())
                        : get("pdf.classification.below", classification(c), previous));
            previous = c.threshold();
        }
        return text.toString();
    }

    /**
     * A change of rank, positive = moved up: {@code ▲ 2}, {@code ▼ 1}, {@code không đổi}.
     */
    String rankChange(Integer change) {
        if (change == null) {
            return VnText.NONE;
        }
        return change > 0 ? VnText.UP + " " + change
                : change < 0 ? VnText.DOWN + " " + (-change) : get("pdf.rank.unchanged");
    }

    /** The value as the unit reported it; {@code —} when not reported. */
    String value(IndicatorResult result) {
        return result.value() == null ? VnText.NONE : quantity(result.indicator().unit(), result.value());
    }

    /**
     * A milestone: rounded to 2 decimals like in scores.csv, trailing zeros dropped;
     * booleans have none.
     */
    String milestone(IndicatorResult result) {
        return result.milestone() == null ? VnText.NONE
                : quantity(result.indicator().unit(), Decimals.round(result.milestone()));
    }

    String quantity(ValueUnit unit, BigDecimal value) {
        if (value == null) {
            return VnText.NONE;
        }
        return switch (unit) {
            case BOOLEAN -> get(value.signum() != 0 ? "pdf.boolean.true" : "pdf.boolean.false");
            case PERCENT -> VnText.decimal(value, 0, 2) + "%";
            case COUNT, RANK -> VnText.decimal(value, 0, 2);
        };
    }

}
