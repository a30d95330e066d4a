package vn.dxscorecard.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.feedback.RejectionDigest;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.FileStatus;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.reference.ValueUnit;
import vn.dxscorecard.results.EditionInfo;
import vn.dxscorecard.results.RankRange;
import vn.dxscorecard.scoring.Classification;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.IndicatorStatus;
import vn.dxscorecard.shared.Message;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;

/**
 * The words and numbers of the PDFs in one language: labels from the message catalogue,
 * names from the registry and the catalogue, numbers and dates as its readers write them
 * ({@code 87,35} and {@code 15/01/2026} in Vietnamese, {@code 87.35} and
 * {@code 15 January 2026} in English). The layouts take every text from here, so one
 * layout serves both languages.
 */
public final class Words {

    private final Messages messages;

    private final Language language;

    private final DecimalFormatSymbols symbols;

    private final DateTimeFormatter date;

    private final DateTimeFormatter deadline;

    public Words(Messages messages) {
        this(messages, Language.VI);
    }

    public Words(Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
        this.symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean vietnamese = language == Language.VI;
        symbols.setDecimalSeparator(vietnamese ? ',' : '.');
        symbols.setGroupingSeparator(vietnamese ? '.' : ',');
        symbols.setMinusSign('-');
        this.date = DateTimeFormatter.ofPattern(vietnamese ? "dd/MM/yyyy" : "d MMMM yyyy", language.locale());
        this.deadline = DateTimeFormatter.ofPattern(vietnamese ? "HH:mm 'ngày' dd/MM/yyyy" : "HH:mm 'on' d MMMM yyyy",
                language.locale());
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        return messages.get(language.locale(), key, args);
    }

    // --- names: English where the catalogue has it; the registry has Vietnamese names
    // only

    public String name(RegistryUnit unit) {
        return unit.nameVi();
    }

    public String name(Indicator indicator) {
        return language == Language.EN && !indicator.nameEn().isBlank() ? indicator.nameEn() : indicator.nameVi();
    }

    public String name(Pillar pillar) {
        return language == Language.EN && !pillar.nameEn().isBlank() ? pillar.nameEn() : pillar.nameVi();
    }

    /**
     * {@code Thành phố Hồ Chí Minh} → {@code Hồ Chí Minh}: a map's tile has no room for
     * the kind of unit.
     */
    public String shortName(RegistryUnit unit) {
        return unit.nameVi().replaceFirst("^(Tỉnh|Thành phố)\\s+", "");
    }

    /**
     * SPEC §6: "21/33, từ 18 đến 24 khi bỏ lần lượt từng trụ cột", shorter when the range
     * is the rank alone.
     */
    public String rankRange(int rank, int ranked, RankRange range) {
        return range.single() ? get("pdf.scorecard.range.single", rank, ranked)
                : get("pdf.scorecard.range", rank, ranked, range.min(), range.max());
    }

    /** What a sender was told about a row or a file, in this language. */
    public String message(Rejection rejection) {
        return language == Language.EN ? rejection.messageEn() : rejection.messageVi();
    }

    public String message(FileRecord file) {
        String text = language == Language.EN ? file.messageEn() : file.messageVi();
        return text == null ? "" : text;
    }

    public String example(RejectionDigest digest, ErrorCode code) {
        return language == Language.EN ? digest.exampleEn(code) : digest.exampleVi(code);
    }

    // --- numbers and dates

    /**
     * A score: half-up to 2 decimals, exactly as ranked (SPEC §5); {@code —} for none.
     */
    public String score(BigDecimal score) {
        return score == null ? PdfText.NONE : decimal(Decimals.round(score), 2, 2);
    }

    /** A change of score with its arrow: {@code ▲ 1,25}, {@code ▼ 0,80}, {@code 0,00}. */
    public String change(BigDecimal change) {
        if (change == null) {
            return PdfText.NONE;
        }
        BigDecimal rounded = Decimals.round(change);
        String text = decimal(rounded.abs(), 2, 2);
        return switch (rounded.signum()) {
            case 1 -> PdfText.UP + " " + text;
            case -1 -> PdfText.DOWN + " " + text;
            default -> text;
        };
    }

    public String decimal(BigDecimal value, int minDecimals, int maxDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public char decimalSeparator() {
        return symbols.getDecimalSeparator();
    }

    public String date(Instant instant, ZoneId zone) {
        return date.format(instant.atZone(zone));
    }

    public String date(OffsetDateTime time) {
        return date.format(time);
    }

    /** {@code 23:59 ngày 15/01/2026}, {@code 23:59 on 15 January 2026}. */
    public String deadline(OffsetDateTime time) {
        return deadline.format(time);
    }

    public String period(Period period) {
        return get("pdf.period", period.quarter(), period.year());
    }

    /** What the units of a ranking group are called, plural. */
    public String group(Kind kind) {
        return get("pdf.group." + kind.id());
    }

    public String groupTitle(Kind kind) {
        return get("pdf.group-title." + kind.id());
    }

    /** SPEC §8: which edition the document is, on its page 1. */
    public String edition(EditionInfo edition) {
        Message label = edition.label(this::date);
        return get(label.key(), label.args());
    }

    public String estimated() {
        return get("pdf.estimated");
    }

    public String status(IndicatorStatus status) {
        return get(status.key());
    }

    public String classification(Classification classification) {
        return get(classification.key());
    }

    public String fileStatus(FileStatus status) {
        return get(status.key());
    }

    /**
     * The classes with their thresholds:
     * {@code Tốt ≥ 80 · Khá ≥ 65 · Trung bình ≥ 50 · Yếu < 50}.
     */
    public String classes() {
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
    public String rankChange(Integer change) {
        if (change == null) {
            return PdfText.NONE;
        }
        return change > 0 ? PdfText.UP + " " + change
                : change < 0 ? PdfText.DOWN + " " + (-change) : get("pdf.rank.unchanged");
    }

    /** The value as the unit reported it; {@code —} when not reported. */
    public String value(IndicatorResult result) {
        return result.value() == null ? PdfText.NONE : quantity(result.indicator().unit(), result.value());
    }

    /**
     * A milestone: rounded to 2 decimals like in scores.csv, trailing zeros dropped;
     * booleans have none.
     */
    public String milestone(IndicatorResult result) {
        return result.milestone() == null ? PdfText.NONE
                : quantity(result.indicator().unit(), Decimals.round(result.milestone()));
    }

    public String quantity(ValueUnit unit, BigDecimal value) {
        if (value == null) {
            return PdfText.NONE;
        }
        return switch (unit) {
            case BOOLEAN -> get(value.signum() != 0 ? "pdf.boolean.true" : "pdf.boolean.false");
            case PERCENT -> decimal(value, 0, 2) + "%";
            case COUNT, RANK -> decimal(value, 0, 2);
        };
    }

}
