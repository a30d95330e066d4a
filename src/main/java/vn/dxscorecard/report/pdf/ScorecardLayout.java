package vn.dxscorecard.report.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Period;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.report.PeriodReport;
import vn.dxscorecard.report.pdf.IndicatorTrends.History;
import vn.dxscorecard.report.pdf.IndicatorTrends.Trend;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.validation.ErrorCode;
import vn.dxscorecard.validation.Rejection;
import vn.dxscorecard.validation.RejectionDigest;

/**
 * One unit's scorecard (SPEC §6). Page 1 is what a leader reads: score, class, rank of N, change since last quarter,
 * pillars against the group average, the three weakest indicators. Then every indicator, then data quality.
 */
final class ScorecardLayout {

    static final int WEAKEST = 3;

    private final ReportFacts facts;
    private final PeriodReport report;
    private final RankingEntry entry;
    private final UnitScore score;
    private final History history;
    private final ZoneId zone;

    ScorecardLayout(ReportFacts facts, RankingEntry entry, History history, ZoneId zone) {
        this.facts = facts;
        this.report = facts.report();
        this.entry = entry;
        this.score = entry.score();
        this.history = history;
        this.zone = zone;
    }

    PdfDocs.Meta meta(String id) {
        String period = VnText.period(report.period());
        String name = entry.unit().nameVi();
        return new PdfDocs.Meta("Bảng điểm chuyển đổi số " + period + " – " + name,
                "Điểm, xếp hạng và các chỉ tiêu chuyển đổi số của " + name + " (" + entry.unit().code() + "), "
                        + period,
                "dx-scorecard · " + name + " · " + period + " · Bộ chỉ tiêu " + report.catalogue().version()
                        + " · Lập ngày " + VnText.date(report.generatedAt(), zone),
                id, report.generatedAt(), zone);
    }

    void render(Document document, PdfWriter writer) throws DocumentException {
        document.add(title());
        document.add(keyFigures());
        if (entry.previous().estimated() && !history.predecessors().isEmpty()) {
            document.add(PdfTables.note(estimateNote()));
        }
        Optional<PdfPTable> rejectedFile = allRowsRejected();
        if (rejectedFile.isPresent()) {
            document.add(rejectedFile.get());
        }
        document.add(PdfTables.heading("Điểm theo trụ cột"));
        document.add(PdfTables.note("So với điểm trung bình của " + facts.ranked(entry.group()).size() + " "
                + VnText.group(entry.group()) + " được xếp hạng trong " + VnText.period(report.period()) + "."));
        document.add(pillarChart(writer));
        PdfTables.heading(document, writer, "Ba chỉ tiêu yếu nhất", 90);
        document.add(weakest());
        document.newPage();
        document.add(PdfTables.heading("Chi tiết theo chỉ tiêu"));
        document.add(indicators());
        document.add(legend());
        PdfTables.heading(document, writer, "Chất lượng dữ liệu", 70);
        dataQuality(document);
    }

    // --- page 1

    private PdfPTable title() {
        Color light = new Color(0xC5, 0xD3, 0xE3);
        PdfPCell cell = new PdfPCell();
        cell.addElement(line("BẢNG ĐIỂM CHUYỂN ĐỔI SỐ · " + VnText.period(report.period()).toUpperCase(Locale.ROOT),
                PdfTheme.bold(8, light), 0));
        cell.addElement(line(entry.unit().nameVi(), PdfTheme.bold(20, Color.WHITE), 4));
        cell.addElement(line("Mã đơn vị " + entry.unit().code() + " · " + VnText.groupTitle(entry.group()),
                PdfTheme.regular(8.5f, light), 4));
        cell.setBackgroundColor(PdfTheme.NAVY);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(10);
        cell.setPaddingTop(6);
        cell.setPaddingBottom(12);
        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        band.addCell(cell);
        band.setSpacingAfter(8);
        return band;
    }

    /** A line of a composite cell, with its own leading so big and small type do not collide. */
    private static Paragraph line(String text, org.openpdf.text.Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(font.getSize() * 1.2f);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private PdfPTable keyFigures() {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setSpacingAfter(4);
        int ranked = facts.ranked(entry.group()).size();
        table.addCell(figure("ĐIỂM TỔNG HỢP", VnText.score(entry.overall()), PdfTheme.INK, "trên thang điểm 100"));
        table.addCell(figure("XẾP LOẠI", entry.classification().labelVi(), PdfTheme.color(entry.classification()),
                "Tốt ≥ 80 · Khá ≥ 65 · Trung bình ≥ 50 · Yếu < 50"));
        String tie = facts.sharesRank(entry) ? "đồng hạng; " : "";
        table.addCell(figure("XẾP HẠNG", entry.rank() + "/" + ranked, PdfTheme.INK,
                tie + "trong " + ranked + " " + VnText.group(entry.group()) + " được xếp hạng"));
        table.addCell(change());
        return table;
    }

    private PdfPCell change() {
        Period previous = report.period().previous();
        String label = "SO VỚI " + VnText.period(previous).toUpperCase(Locale.ROOT);
        BigDecimal change = entry.overallChange();
        if (change == null) {
            return figure(label, VnText.NONE, PdfTheme.INK, "không có số liệu " + VnText.period(previous));
        }
        StringBuilder sub = new StringBuilder("điểm quý trước " + VnText.score(entry.previous().overall()));
        if (entry.previous().estimated()) {
            sub.append(", ").append(VnText.ESTIMATED);
        }
        if (entry.rankChange() != null) {
            sub.append("\nhạng: ").append(VnText.rankChange(entry.rankChange())).append(" (quý trước ")
                    .append(entry.previous().rank()).append(")");
        }
        return figure(label, VnText.change(change) + " điểm", signColor(change.signum()), sub.toString());
    }

    /** Which rows the estimate comes from, with their figures, so a reader can check the arithmetic. */
    private String estimateNote() {
        List<String> parts = history.predecessors().stream().map(p -> p.unit().code() + " " + p.unit().nameVi()
                + " (" + VnText.score(p.roundedOverall()) + ")").toList();
        String sources = parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.getLast();
        return "Điểm " + VnText.period(report.period().previous()) + " " + VnText.ESTIMATED + ": "
                + (parts.size() == 1 ? "điểm của " : "trung bình điểm của ") + sources + ".";
    }

    private static PdfPCell figure(String label, String value, Color valueColor, String sub) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(line(label, PdfTheme.bold(7, PdfTheme.MUTED), 0));
        cell.addElement(line(value, PdfTheme.bold(value.length() > 10 ? 15 : 20, valueColor), 3));
        cell.addElement(line(sub, PdfTheme.regular(7, PdfTheme.MUTED), 3));
        cell.setPadding(6);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(8);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(PdfTheme.NAVY);
        cell.setBorderWidthLeft(2);
        cell.setBackgroundColor(PdfTheme.BAND_FILL);
        return cell;
    }

    private static Color signColor(int signum) {
        return signum > 0 ? PdfTheme.GREEN : signum < 0 ? PdfTheme.RED : PdfTheme.INK;
    }

    /** SPEC §5: a file whose every row was rejected still counts as submitted; the scorecard must say why. */
    private Optional<PdfPTable> allRowsRejected() {
        Optional<FileRecord> file = facts.countingFile(entry.unit().code());
        if (file.isEmpty() || file.get().rowsAccepted() > 0 || file.get().rowsRead() == 0) {
            return Optional.empty();
        }
        FileRecord f = file.get();
        RejectionDigest rejections = facts.rejectionsOf(f.fileName()).orElseGet(RejectionDigest::new);
        Phrase phrase = new Phrase();
        phrase.add(new Chunk("Tất cả " + f.rowsRead() + " dòng dữ liệu của tệp " + f.fileName() + " đều bị loại.",
                PdfTheme.bold(9, PdfTheme.RED)));
        phrase.add(new Chunk("\nĐơn vị đã nộp báo cáo nên vẫn được xếp hạng, nhưng mọi chỉ tiêu được tính là "
                + "“Không báo cáo” (điểm 0). Lý do:", PdfTheme.regular(8)));
        for (Map.Entry<ErrorCode, Long> reason : rejections.reasons()) {
            phrase.add(new Chunk("\n• " + reason.getValue() + " dòng: " + rejections.exampleVi(reason.getKey()),
                    PdfTheme.regular(8)));
        }
        phrase.add(new Chunk("\nDanh sách đầy đủ: " + rejectionFile() + ".", PdfTheme.regular(8)));
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(4);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBackgroundColor(PdfTheme.WARNING_FILL);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(PdfTheme.RED);
        cell.setBorderWidthLeft(2);
        cell.setPadding(8);
        cell.setLeading(0, 1.35f);
        box.addCell(cell);
        return Optional.of(box);
    }

    private Image pillarChart(PdfWriter writer) throws DocumentException {
        List<Pillar> pillars = facts.pillarsOf(entry.group());
        List<String> names = pillars.stream().map(Pillar::nameVi).toList();
        List<BigDecimal> unit = new ArrayList<>();
        List<BigDecimal> average = new ArrayList<>();
        for (Pillar pillar : pillars) {
            unit.add(ReportFacts.pillarScore(score, pillar).map(Decimals::round).orElse(null));
            BigDecimal mean = facts.pillarAverage(entry.group(), pillar);
            average.add(Decimals.round(mean));
        }
        float height = 40 + pillars.size() * 30;
        Image chart = BarCharts.scores(writer, PdfDocs.WIDTH, height, names, List.of(
                new BarCharts.Series(entry.unit().nameVi(), PdfTheme.NAVY, unit),
                new BarCharts.Series("Trung bình " + VnText.group(entry.group()), PdfTheme.AVERAGE, average)));
        chart.setSpacingAfter(4);
        return chart;
    }

    private PdfPTable weakest() {
        int year = report.period().year();
        PdfPTable table = PdfTables.table(46, 13, 13, 11, 17);
        table.addCell(PdfTables.header("Chỉ tiêu"));
        table.addCell(PdfTables.headerRight("Giá trị"));
        table.addCell(PdfTables.headerRight("Mục tiêu " + year));
        table.addCell(PdfTables.headerRight("Điểm"));
        table.addCell(PdfTables.header("Tình trạng"));
        for (IndicatorResult r : ReportFacts.weakest(score, WEAKEST)) {
            table.addCell(PdfTables.indicator(r.indicator()));
            table.addCell(PdfTables.number(VnText.value(r)));
            table.addCell(PdfTables.number(target(r)));
            table.addCell(PdfTables.boldNumber(VnText.score(r.score())));
            table.addCell(PdfTables.status(r.status()));
        }
        return table;
    }

    // --- detail

    private PdfPTable indicators() {
        int year = report.period().year();
        PdfPTable table = PdfTables.table(43, 9, 10, 9, 8, 12, 9);
        table.addCell(PdfTables.header("Chỉ tiêu"));
        table.addCell(PdfTables.headerRight("Giá trị"));
        table.addCell(PdfTables.headerRight("Mục tiêu " + year));
        table.addCell(PdfTables.headerRight("Mốc quý " + report.period().quarter()));
        table.addCell(PdfTables.headerRight("Điểm"));
        table.addCell(PdfTables.header("Tình trạng"));
        table.addCell(PdfTables.headerRight("Xu hướng"));
        for (Pillar pillar : report.catalogue().pillars()) {
            List<IndicatorResult> results = score.indicators().stream()
                    .filter(r -> r.indicator().pillar().equals(pillar.code())).toList();
            if (results.isEmpty()) {
                continue;
            }
            table.addCell(PdfTables.band(pillarTitle(pillar), 7));
            for (IndicatorResult r : results) {
                table.addCell(PdfTables.indicator(r.indicator()));
                table.addCell(PdfTables.number(VnText.value(r)));
                table.addCell(PdfTables.number(target(r)));
                table.addCell(PdfTables.number(VnText.milestone(r)));
                table.addCell(PdfTables.boldNumber(r.scored() ? VnText.score(r.score()) : VnText.NONE));
                table.addCell(PdfTables.status(r.status()));
                table.addCell(trend(r));
            }
        }
        return table;
    }

    private Phrase pillarTitle(Pillar pillar) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(pillar.nameVi(), PdfTheme.bold(8.5f, PdfTheme.NAVY)));
        Optional<BigDecimal> pillarScore = ReportFacts.pillarScore(score, pillar);
        String detail = pillarScore.map(s -> "   điểm trụ cột " + VnText.score(s) + " · trung bình "
                + VnText.group(entry.group()) + " " + VnText.score(facts.pillarAverage(entry.group(), pillar)))
                .orElse("   không tính điểm năm " + report.period().year());
        phrase.add(new Chunk(detail, PdfTheme.regular(7.5f, PdfTheme.MUTED)));
        return phrase;
    }

    private PdfPCell trend(IndicatorResult r) {
        Trend trend = history.indicators().get(r.indicator().code());
        if (trend == null) {
            return PdfTables.number(VnText.NONE);
        }
        BigDecimal change = trend.change(r.score());
        String text = VnText.change(change) + (trend.estimated() ? "*" : "");
        return PdfTables.cell(new Phrase(text, PdfTheme.regular(PdfTables.BODY, signColor(change.signum()))),
                Element.ALIGN_RIGHT);
    }

    private String target(IndicatorResult r) {
        Indicator indicator = r.indicator();
        if (r.target() == null) {
            return VnText.NONE;
        }
        return VnText.quantity(indicator.unit(), r.target()) + (indicator.targetAssumed() ? " †" : "");
    }

    private Paragraph legend() {
        Period previous = report.period().previous();
        return PdfTables.note("Tình trạng: “Đạt” – đã đạt mục tiêu năm; “Đúng tiến độ” / “Chậm tiến độ” – so với mốc "
                + "quý (mục tiêu năm chia đều theo quý); “Không đạt” – hết năm chưa đạt mục tiêu; “Không báo cáo” – "
                + "không có giá trị hợp lệ, tính 0 điểm; “Chưa có chỉ tiêu” – năm nay không có mục tiêu, không tính "
                + "điểm. Xu hướng: thay đổi điểm của chỉ tiêu so với " + VnText.period(previous) + " (▲ tăng, ▼ giảm, "
                + "— không có số liệu); * " + VnText.ESTIMATED + ". † Mục tiêu tạm tính, chờ cơ quan chủ trì công "
                + "bố chính thức (bộ chỉ tiêu " + report.catalogue().version() + ").");
    }

    // --- data quality

    private void dataQuality(Document document) throws DocumentException {
        String code = entry.unit().code();
        Optional<FileRecord> counting = facts.countingFile(code);
        if (counting.isPresent()) {
            FileRecord f = counting.get();
            document.add(PdfTables.paragraph("Tệp được tính: " + f.fileName() + " – " + f.rowsRead()
                    + " dòng dữ liệu, " + f.rowsAccepted() + " dòng được chấp nhận, " + f.rowsRejected()
                    + " dòng bị loại.", PdfTheme.regular(PdfTables.BODY)));
        }
        PdfPTable files = PdfTables.table(40, 30, 10, 10, 10);
        files.addCell(PdfTables.header("Tệp đã nhận"));
        files.addCell(PdfTables.header("Trạng thái"));
        files.addCell(PdfTables.headerRight("Số dòng"));
        files.addCell(PdfTables.headerRight("Chấp nhận"));
        files.addCell(PdfTables.headerRight("Bị loại"));
        for (FileRecord f : facts.filesOf(code)) {
            files.addCell(PdfTables.text(f.fileName()));
            files.addCell(PdfTables.text(FileStatusText.of(f.status())));
            files.addCell(PdfTables.number(String.valueOf(f.rowsRead())));
            files.addCell(PdfTables.number(String.valueOf(f.rowsAccepted())));
            files.addCell(PdfTables.number(String.valueOf(f.rowsRejected())));
        }
        document.add(files);

        List<RejectionDigest> digests = facts.filesOf(code).stream()
                .flatMap(f -> facts.rejectionsOf(f.fileName()).stream()).toList();
        long total = digests.stream().mapToLong(RejectionDigest::count).sum();
        if (total == 0) {
            document.add(PdfTables.paragraph("Không có dòng nào bị loại.", PdfTheme.regular(PdfTables.BODY)));
            return;
        }
        // Each digest keeps its file's first rejections, so together they hold the unit's first ones in order.
        List<Rejection> rejections = digests.stream().flatMap(d -> d.first().stream())
                .limit(RejectionDigest.KEPT).toList();
        String more = total > RejectionDigest.KEPT
                ? "; " + (total - RejectionDigest.KEPT) + " lỗi cuối không in ở đây" : "";
        document.add(PdfTables.note("Danh sách đầy đủ các dòng bị loại, kèm hướng dẫn sửa: " + rejectionFile()
                + more + "."));
        PdfPTable table = PdfTables.table(22, 7, 15, 12, 44);
        table.addCell(PdfTables.header("Tệp"));
        table.addCell(PdfTables.headerRight("Dòng"));
        table.addCell(PdfTables.header("Cột"));
        table.addCell(PdfTables.header("Giá trị"));
        table.addCell(PdfTables.header("Lý do"));
        for (Rejection r : rejections) {
            table.addCell(PdfTables.text(new Phrase(r.fileName(), PdfTheme.regular(7))));
            table.addCell(PdfTables.number(r.line() == null ? VnText.NONE : r.line().toString()));
            table.addCell(PdfTables.text(new Phrase(r.column() == null ? VnText.NONE : r.column(),
                    PdfTheme.regular(7))));
            table.addCell(PdfTables.text(new Phrase(r.value() == null ? "" : r.value(), PdfTheme.regular(7))));
            table.addCell(PdfTables.text(new Phrase(r.messageVi(), PdfTheme.regular(7))));
        }
        document.add(table);
    }

    private String rejectionFile() {
        return "validation/" + entry.unit().code() + ".csv";
    }
}
