package vn.dxscorecard.report.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.FileStatus;
import vn.dxscorecard.ranking.Ranker;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.report.PeriodReport;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.IndicatorStatus;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.validation.RejectionDigest;

/**
 * The national summary (SPEC §6): national indicators against targets, the two rankings, pillar averages, the
 * indicators furthest behind nationwide, who did not submit, and an overview of data quality.
 */
final class NationalSummaryLayout {

    static final int FURTHEST_BEHIND = 5;
    private static final String NOT_SUBMITTED = "Chưa nộp báo cáo";

    private final ReportFacts facts;
    private final PeriodReport report;
    private final ZoneId zone;

    NationalSummaryLayout(ReportFacts facts, ZoneId zone) {
        this.facts = facts;
        this.report = facts.report();
        this.zone = zone;
    }

    PdfDocs.Meta meta(String id) {
        String period = VnText.period(report.period());
        return new PdfDocs.Meta("Báo cáo tổng hợp chuyển đổi số toàn quốc " + period,
                "Chỉ tiêu quốc gia, xếp hạng tỉnh, thành phố và bộ, cơ quan, chất lượng dữ liệu, " + period,
                "dx-scorecard · Báo cáo tổng hợp · " + period + " · Bộ chỉ tiêu " + report.catalogue().version()
                        + " · Lập ngày " + VnText.date(report.generatedAt(), zone),
                id, report.generatedAt(), zone);
    }

    void render(Document document, PdfWriter writer) throws DocumentException {
        document.add(title());
        document.add(keyFigures());
        PdfTables.heading(document, writer, "1. Chỉ tiêu quốc gia", 80);
        national(document);
        for (Kind group : Ranker.GROUPS) {
            PdfTables.heading(document, writer, (group == Kind.PROVINCE ? "2" : "3") + ". Xếp hạng "
                    + VnText.group(group), 80);
            document.add(ranking(group));
        }
        document.add(PdfTables.note(pillarCodes() + " Thay đổi: so với " + VnText.period(report.period().previous())
                + " (▲ tăng, ▼ giảm, — không có số liệu); * " + VnText.ESTIMATED + "."));
        pillarAverages(document, writer);
        PdfTables.heading(document, writer, "5. Chỉ tiêu chậm nhất trên toàn quốc", 80);
        document.add(furthestBehind());
        PdfTables.heading(document, writer, "6. Đơn vị chưa nộp báo cáo", 50);
        notSubmitted(document);
        PdfTables.heading(document, writer, "7. Chất lượng dữ liệu", 60);
        dataQuality(document);
    }

    // --- header

    private PdfPTable title() {
        Color light = new Color(0xC5, 0xD3, 0xE3);
        PdfPCell cell = new PdfPCell();
        cell.addElement(line("BÁO CÁO TỔNG HỢP CHUYỂN ĐỔI SỐ · "
                + VnText.period(report.period()).toUpperCase(Locale.ROOT), PdfTheme.bold(8, light), 0));
        cell.addElement(line("Toàn quốc", PdfTheme.bold(20, Color.WHITE), 4));
        cell.addElement(line(count(Kind.PROVINCE) + " " + VnText.group(Kind.PROVINCE) + " · " + count(Kind.MINISTRY)
                + " " + VnText.group(Kind.MINISTRY) + " · Bộ chỉ tiêu " + report.catalogue().version(),
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

    private int count(Kind group) {
        return facts.ranked(group).size() + facts.notSubmitted(group).size();
    }

    private PdfPTable keyFigures() {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setSpacingAfter(4);
        for (Kind group : Ranker.GROUPS) {
            BigDecimal mean = ReportFacts.mean(facts.ranked(group).stream().map(e -> e.score().overall()).toList());
            table.addCell(figure(VnText.group(group).toUpperCase(Locale.ROOT), VnText.score(mean),
                    "điểm trung bình · " + facts.ranked(group).size() + "/" + count(group) + " đã nộp báo cáo"));
        }
        UnitScore national = report.national().score();
        table.addCell(figure("QUỐC GIA (QG)", national == null ? VnText.NONE : VnText.score(national.overall()),
                national == null ? "chưa nộp báo cáo quý này"
                        : "điểm chỉ tiêu quốc gia · " + national.classification().labelVi()));
        long read = report.files().stream().mapToLong(FileRecord::rowsRead).sum();
        long rejected = report.files().stream().mapToLong(FileRecord::rowsRejected).sum();
        table.addCell(figure("DỮ LIỆU", read + " dòng", report.files().size() + " tệp đã nhận · " + rejected
                + " dòng bị loại"));
        return table;
    }

    private static PdfPCell figure(String label, String value, String sub) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(line(label, PdfTheme.bold(7, PdfTheme.MUTED), 0));
        cell.addElement(line(value, PdfTheme.bold(18, PdfTheme.INK), 3));
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

    private static Paragraph line(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(font.getSize() * 1.2f);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    // --- 1. national indicators

    private void national(Document document) throws DocumentException {
        UnitScore national = report.national().score();
        int year = report.period().year();
        if (national == null) {
            document.add(PdfTables.paragraph("Quốc gia (QG) chưa nộp báo cáo " + VnText.period(report.period())
                    + ": các chỉ tiêu quốc gia dưới đây chưa có số liệu.", PdfTheme.bold(PdfTables.BODY,
                            PdfTheme.RED)));
        }
        PdfPTable table = PdfTables.table(44, 10, 11, 10, 9, 16);
        table.addCell(PdfTables.header("Chỉ tiêu"));
        table.addCell(PdfTables.headerRight("Giá trị"));
        table.addCell(PdfTables.headerRight("Mục tiêu " + year));
        table.addCell(PdfTables.headerRight("Mốc quý " + report.period().quarter()));
        table.addCell(PdfTables.headerRight("Điểm"));
        table.addCell(PdfTables.header("Tình trạng"));
        if (national == null) {
            for (Indicator indicator : report.catalogue().applicableTo(Kind.NATIONAL)) {
                table.addCell(PdfTables.indicator(indicator));
                table.addCell(PdfTables.number(VnText.NONE));
                table.addCell(PdfTables.number(indicator.target(year)
                        .map(t -> VnText.quantity(indicator.unit(), t)).orElse(VnText.NONE)));
                table.addCell(PdfTables.number(VnText.NONE));
                table.addCell(PdfTables.number(VnText.NONE));
                table.addCell(PdfTables.label(NOT_SUBMITTED, PdfTheme.GREY));
            }
        } else {
            for (IndicatorResult r : national.indicators()) {
                table.addCell(PdfTables.indicator(r.indicator()));
                table.addCell(PdfTables.number(VnText.value(r)));
                table.addCell(PdfTables.number(r.target() == null ? VnText.NONE
                        : VnText.quantity(r.indicator().unit(), r.target())));
                table.addCell(PdfTables.number(VnText.milestone(r)));
                table.addCell(PdfTables.boldNumber(r.scored() ? VnText.score(r.score()) : VnText.NONE));
                table.addCell(PdfTables.status(r.status()));
            }
        }
        document.add(table);
    }

    // --- 2 and 3. rankings

    private PdfPTable ranking(Kind group) throws DocumentException {
        List<Pillar> pillars = facts.pillarsOf(group);
        float[] widths = new float[7 + pillars.size()];
        widths[0] = 7;
        widths[1] = group == Kind.MINISTRY ? 8.5f : 4.5f;
        widths[2] = group == Kind.MINISTRY ? 26 : 18;
        widths[3] = 7;
        widths[4] = 9;
        for (int i = 0; i < pillars.size(); i++) {
            widths[5 + i] = 6;
        }
        widths[5 + pillars.size()] = 8.5f;
        widths[6 + pillars.size()] = 8;
        PdfPTable table = PdfTables.table(widths);
        table.addCell(PdfTables.headerRight("Hạng"));
        table.addCell(PdfTables.header("Mã"));
        table.addCell(PdfTables.header("Đơn vị"));
        table.addCell(PdfTables.headerRight("Điểm"));
        table.addCell(PdfTables.header("Xếp loại"));
        pillars.forEach(p -> table.addCell(PdfTables.headerRight(p.code())));
        table.addCell(PdfTables.headerRight("Thay đổi"));
        table.addCell(PdfTables.headerRight("Hạng ±"));
        for (RankingEntry e : facts.ranked(group)) {
            table.addCell(PdfTables.boldNumber(e.rank() + "/" + facts.ranked(group).size()));
            table.addCell(small(e.unit().code()));
            table.addCell(small(e.unit().nameVi()));
            table.addCell(PdfTables.boldNumber(VnText.score(e.overall())));
            table.addCell(PdfTables.classification(e.classification()));
            for (Pillar pillar : pillars) {
                table.addCell(smallNumber(ReportFacts.pillarScore(e.score(), pillar).map(VnText::score)
                        .orElse(VnText.NONE)));
            }
            table.addCell(change(e.overallChange(), e.previous().estimated()));
            table.addCell(smallNumber(VnText.rankChange(e.rankChange())));
        }
        for (RankingEntry e : facts.notSubmitted(group)) {
            table.addCell(smallNumber(VnText.NONE));
            table.addCell(small(e.unit().code()));
            table.addCell(small(e.unit().nameVi()));
            String previous = e.previous().overall() == null ? ""
                    : " · điểm " + VnText.period(report.period().previous()) + ": "
                            + VnText.score(e.previous().overall()) + (e.previous().estimated() ? "*" : "");
            PdfPCell cell = PdfTables.label(NOT_SUBMITTED + previous, PdfTheme.GREY);
            cell.setColspan(4 + pillars.size());
            table.addCell(cell);
        }
        return table;
    }

    private String pillarCodes() {
        StringBuilder text = new StringBuilder("Trụ cột: ");
        List<Pillar> pillars = report.catalogue().pillars();
        for (int i = 0; i < pillars.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(pillars.get(i).code()).append(" – ").append(pillars.get(i).nameVi());
        }
        return text.append('.').toString();
    }

    private static PdfPCell change(BigDecimal change, boolean estimated) {
        if (change == null) {
            return smallNumber(VnText.NONE);
        }
        Color color = change.signum() > 0 ? PdfTheme.GREEN : change.signum() < 0 ? PdfTheme.RED : PdfTheme.INK;
        return PdfTables.cell(new Phrase(VnText.change(change) + (estimated ? "*" : ""), PdfTheme.regular(7, color)),
                Element.ALIGN_RIGHT);
    }

    private static PdfPCell small(String text) {
        return PdfTables.text(new Phrase(text, PdfTheme.regular(7)));
    }

    private static PdfPCell smallNumber(String text) {
        return PdfTables.cell(new Phrase(text, PdfTheme.regular(7)), Element.ALIGN_RIGHT);
    }

    // --- 4. pillar averages

    private void pillarAverages(Document document, PdfWriter writer) throws DocumentException {
        List<Pillar> pillars = report.catalogue().pillars().stream()
                .filter(p -> Ranker.GROUPS.stream().anyMatch(g -> facts.pillarAverage(g, p) != null)).toList();
        Map<Kind, List<BigDecimal>> averages = new EnumMap<>(Kind.class);
        for (Kind group : Ranker.GROUPS) {
            averages.put(group, pillars.stream().map(p -> Decimals.round(facts.pillarAverage(group, p))).toList());
        }
        Image chart = BarCharts.scores(writer, PdfDocs.WIDTH, 40 + pillars.size() * 30,
                pillars.stream().map(Pillar::nameVi).toList(), List.of(
                        new BarCharts.Series("Trung bình " + VnText.group(Kind.PROVINCE), PdfTheme.NAVY,
                                averages.get(Kind.PROVINCE)),
                        new BarCharts.Series("Trung bình " + VnText.group(Kind.MINISTRY), PdfTheme.AMBER,
                                averages.get(Kind.MINISTRY))));
        PdfTables.heading(document, writer, "4. Điểm trung bình theo trụ cột", chart.getScaledHeight() + 20);
        document.add(chart);
        document.add(PdfTables.note("Trung bình cộng điểm trụ cột của các đơn vị được xếp hạng; trụ cột không áp "
                + "dụng cho một nhóm thì không có cột."));
    }

    // --- 5. indicators furthest behind

    private record Behind(Indicator indicator, List<Kind> groups, BigDecimal mean, int units, long achieved,
            long notReported) {
    }

    private PdfPTable furthestBehind() {
        int year = report.period().year();
        List<Behind> rows = new ArrayList<>();
        for (Indicator indicator : report.catalogue().indicators()) {
            List<Kind> groups = Ranker.GROUPS.stream().filter(indicator::appliesTo).toList();
            if (groups.isEmpty() || indicator.target(year).isEmpty()) {
                continue;
            }
            List<IndicatorResult> results = groups.stream().flatMap(g -> facts.ranked(g).stream())
                    .flatMap(e -> e.score().indicators().stream())
                    .filter(r -> r.indicator().code().equals(indicator.code()) && r.scored()).toList();
            if (results.isEmpty()) {
                continue;
            }
            rows.add(new Behind(indicator, groups,
                    ReportFacts.mean(results.stream().map(IndicatorResult::score).toList()), results.size(),
                    results.stream().filter(r -> r.status() == IndicatorStatus.ACHIEVED).count(),
                    results.stream().filter(r -> r.status() == IndicatorStatus.NOT_REPORTED).count()));
        }
        rows.sort(Comparator.comparing(Behind::mean));
        PdfPTable table = PdfTables.table(46, 14, 12, 14, 14);
        table.addCell(PdfTables.header("Chỉ tiêu"));
        table.addCell(PdfTables.header("Áp dụng cho"));
        table.addCell(PdfTables.headerRight("Điểm trung bình"));
        table.addCell(PdfTables.headerRight("Đơn vị đạt mục tiêu"));
        table.addCell(PdfTables.headerRight("Không báo cáo"));
        for (Behind b : rows.subList(0, Math.min(FURTHEST_BEHIND, rows.size()))) {
            table.addCell(PdfTables.indicator(b.indicator()));
            table.addCell(PdfTables.text(new Phrase(String.join(", ", b.groups().stream().map(VnText::group)
                    .toList()), PdfTheme.regular(7.5f))));
            table.addCell(PdfTables.boldNumber(VnText.score(b.mean())));
            table.addCell(PdfTables.number(b.achieved() + "/" + b.units()));
            table.addCell(PdfTables.number(String.valueOf(b.notReported())));
        }
        return table;
    }

    // --- 6. not submitted

    private void notSubmitted(Document document) throws DocumentException {
        List<RankingEntry> missing = Ranker.GROUPS.stream().flatMap(g -> facts.notSubmitted(g).stream()).toList();
        boolean nationalMissing = report.national().score() == null;
        if (missing.isEmpty() && !nationalMissing) {
            document.add(PdfTables.paragraph("Tất cả các đơn vị đã nộp báo cáo.", PdfTheme.regular(PdfTables.BODY)));
            return;
        }
        PdfPTable table = PdfTables.table(26, 10, 40, 24);
        table.addCell(PdfTables.header("Nhóm"));
        table.addCell(PdfTables.header("Mã"));
        table.addCell(PdfTables.header("Đơn vị"));
        table.addCell(PdfTables.headerRight("Điểm " + VnText.period(report.period().previous())));
        for (RankingEntry e : missing) {
            table.addCell(PdfTables.text(VnText.groupTitle(e.group())));
            table.addCell(PdfTables.text(e.unit().code()));
            table.addCell(PdfTables.text(e.unit().nameVi()));
            table.addCell(PdfTables.number(e.previous().overall() == null ? VnText.NONE
                    : VnText.score(e.previous().overall()) + (e.previous().estimated() ? "*" : "")));
        }
        if (nationalMissing) {
            table.addCell(PdfTables.text(VnText.groupTitle(Kind.NATIONAL)));
            table.addCell(PdfTables.text(report.national().unit().code()));
            table.addCell(PdfTables.text(report.national().unit().nameVi()));
            table.addCell(PdfTables.number(VnText.NONE));
        }
        document.add(table);
    }

    // --- 7. data quality

    private void dataQuality(Document document) throws DocumentException {
        Map<FileStatus, Long> byStatus = new EnumMap<>(FileStatus.class);
        report.files().forEach(f -> byStatus.merge(f.status(), 1L, Long::sum));
        long read = report.files().stream().mapToLong(FileRecord::rowsRead).sum();
        long accepted = report.files().stream().mapToLong(FileRecord::rowsAccepted).sum();
        long rejected = report.files().stream().mapToLong(FileRecord::rowsRejected).sum();
        StringBuilder files = new StringBuilder(report.files().size() + " tệp đã nhận");
        String separator = ": ";
        for (FileStatus status : FileStatus.values()) {
            if (byStatus.containsKey(status)) {
                files.append(separator).append(byStatus.get(status)).append(' ')
                        .append(FileStatusText.of(status).toLowerCase(Locale.ROOT));
                separator = "; ";
            }
        }
        document.add(PdfTables.paragraph(files + ". Trong các tệp được sử dụng: " + read + " dòng dữ liệu, "
                + accepted + " dòng được chấp nhận, " + rejected + " dòng bị loại.",
                PdfTheme.regular(PdfTables.BODY)));
        document.add(PdfTables.note("Chi tiết từng dòng bị loại: validation/rejections.csv; mọi tệp đã nhận và "
                + "trạng thái: validation/files.csv; mỗi đơn vị có tệp riêng validation/<mã đơn vị>.csv."));

        List<FileRecord> problemFiles = report.files().stream().filter(f -> f.status() != FileStatus.ACCEPTED)
                .toList();
        if (!problemFiles.isEmpty()) {
            PdfPTable table = PdfTables.table(28, 18, 54);
            table.addCell(PdfTables.header("Tệp không được sử dụng"));
            table.addCell(PdfTables.header("Trạng thái"));
            table.addCell(PdfTables.header("Lý do"));
            for (FileRecord f : problemFiles) {
                table.addCell(small(f.fileName()));
                table.addCell(small(FileStatusText.of(f.status())));
                table.addCell(small(Objects.requireNonNullElse(f.messageVi(), "")));
            }
            document.add(table);
        }

        Map<String, RejectionDigest> byFile = new LinkedHashMap<>();
        report.files().stream().filter(f -> f.status() == FileStatus.ACCEPTED && f.rowsRejected() > 0)
                .forEach(f -> byFile.put(f.fileName(),
                        facts.rejectionsOf(f.fileName()).orElseGet(RejectionDigest::new)));
        if (!byFile.isEmpty()) {
            PdfPTable table = PdfTables.table(10, 24, 10, 56);
            table.addCell(PdfTables.header("Mã"));
            table.addCell(PdfTables.header("Tệp có dòng bị loại"));
            table.addCell(PdfTables.headerRight("Dòng bị loại"));
            table.addCell(PdfTables.header("Lỗi thường gặp nhất"));
            for (FileRecord f : report.files()) {
                RejectionDigest rejections = byFile.get(f.fileName());
                if (rejections == null) {
                    continue;
                }
                table.addCell(small(f.unitCode()));
                table.addCell(small(f.fileName()));
                table.addCell(smallNumber(f.rowsRejected() + "/" + f.rowsRead()));
                String reason = rejections.reasons().stream().findFirst()
                        .map(top -> rejections.exampleVi(top.getKey())).orElse("");
                table.addCell(small(reason));
            }
            document.add(table);
        }
    }
}
