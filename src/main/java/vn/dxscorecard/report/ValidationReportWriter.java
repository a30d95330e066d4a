package vn.dxscorecard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.results.RejectionSource;
import vn.dxscorecard.shared.CsvOutput;

/**
 * {@code validation/} (SPEC §3, §6): {@code rejections.csv}, {@code files.csv}, and one
 * {@code <UNIT>.csv} per sending unit with only its own files and rejections, to be
 * mailed back as it is. The per-unit file puts each file's {@code files.csv} row
 * ({@code row_type} {@code file}) followed by that file's rejections ({@code row_type}
 * {@code rejection}) in one table, so the sender reads top to bottom what became of each
 * file and what to fix.
 */
@Component
@Order(30)
class ValidationReportWriter implements ReportWriter {

    static final String FOLDER = "validation";
    static final String REJECTIONS = "rejections.csv";
    static final String FILES = "files.csv";
    static final List<String> REJECTIONS_HEADER = List.of("file", "line", "record", "column", "value", "error_code",
            "message_vi", "message_en");
    static final List<String> FILES_HEADER = List.of("file", "unit_code", "revision", "sha256", "status", "rows_read",
            "rows_accepted", "rows_rejected", "message_vi", "message_en");
    static final List<String> UNIT_HEADER = List.of("row_type", "file", "revision", "sha256", "status", "rows_read",
            "rows_accepted", "rows_rejected", "line", "record", "column", "value", "error_code", "message_vi",
            "message_en");

    @Override
    public List<Path> write(PeriodReport report, Path periodDir) throws IOException {
        Path dir = periodDir.resolve(FOLDER);
        RejectionSource rejections = report.rejections();
        List<String> written = new ArrayList<>();

        CsvOutput.write(dir.resolve(REJECTIONS), REJECTIONS_HEADER,
                sink -> rejections.forEach(r -> sink.accept(rejectionRow(r))));
        written.add(REJECTIONS);
        CsvOutput.write(dir.resolve(FILES), FILES_HEADER,
                report.files().stream().map(ValidationReportWriter::fileRow).toList());
        written.add(FILES);

        Map<String, List<FileRecord>> byUnit = new TreeMap<>();
        report.files()
            .stream()
            .filter(f -> f.unitCode() != null)
            .forEach(f -> byUnit.computeIfAbsent(f.unitCode(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<FileRecord>> unit : byUnit.entrySet()) {
            String name = unit.getKey() + ".csv";
            if (written.stream().anyMatch(w -> w.equalsIgnoreCase(name))) {
                // A "unit" named FILES or REJECTIONS (only an unknown one can be) would
                // overwrite a shared report on
                // a case-insensitive disk; its files are in files.csv all the same.
                continue;
            }
            CsvOutput.write(dir.resolve(name), UNIT_HEADER, sink -> {
                for (FileRecord file : unit.getValue()) {
                    sink.accept(unitFileRow(file));
                    rejections.forEachOfFile(file.fileName(), r -> sink.accept(unitRejectionRow(r)));
                }
            });
            written.add(name);
        }
        return written.stream().map(w -> Path.of(FOLDER, w)).toList();
    }

    private static List<String> rejectionRow(Rejection r) {
        return List.of(r.fileName(), text(r.line()), text(r.record()), text(r.column()), text(r.value()),
                r.code().name(), r.messageVi(), r.messageEn());
    }

    private static List<String> fileRow(FileRecord f) {
        return List.of(f.fileName(), text(f.unitCode()), text(f.revision()), text(f.sha256()), f.status().id(),
                String.valueOf(f.rowsRead()), String.valueOf(f.rowsAccepted()), String.valueOf(f.rowsRejected()),
                text(f.messageVi()), text(f.messageEn()));
    }

    private static List<String> unitFileRow(FileRecord f) {
        return List.of("file", f.fileName(), text(f.revision()), text(f.sha256()), f.status().id(),
                String.valueOf(f.rowsRead()), String.valueOf(f.rowsAccepted()), String.valueOf(f.rowsRejected()), "",
                "", "", "", "", text(f.messageVi()), text(f.messageEn()));
    }

    private static List<String> unitRejectionRow(Rejection r) {
        return List.of("rejection", r.fileName(), "", "", "", "", "", "", text(r.line()), text(r.record()),
                text(r.column()), text(r.value()), r.code().name(), r.messageVi(), r.messageEn());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

}
