package vn.dxscorecard.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.shared.AtomicFiles;
import vn.dxscorecard.shared.Sha256;

/**
 * {@code manifest.json} (SPEC §6): every output file with its size and SHA-256, the
 * period's input files with theirs, the catalogue, the job execution and the times. It is
 * written last, so its presence means the period's output is complete; the publish step
 * deletes the old one before it rewrites anything.
 */
@Component
class ManifestWriter {

    static final String FILE = "manifest.json";

    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * @param outputs the files the writers produced, relative to {@code periodDir}
     */
    Path write(PeriodReport report, Path periodDir, Collection<Path> outputs, Instant completedAt) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("period", report.period().toString());
        root.put("edition", report.edition().number());
        root.put("status", report.edition().status().id());
        root.put("deadline", report.edition().deadline().toString());
        root.put("inputs_fingerprint", report.edition().inputsFingerprint());
        root.put("jobExecutionId", report.jobExecutionId());
        root.put("generatedAt", report.generatedAt().toString());
        root.put("completedAt", completedAt.toString());
        ObjectNode catalogue = root.putObject("catalogue");
        catalogue.put("version", report.catalogue().version());
        catalogue.put("sha256", report.catalogue().sha256());

        ArrayNode inputs = root.putArray("inputs");
        List<FileRecord> files = report.files().stream().sorted(Comparator.comparing(FileRecord::fileName)).toList();
        for (FileRecord f : files) {
            ObjectNode input = inputs.addObject();
            input.put("file", f.fileName());
            input.put("sha256", f.sha256());
            input.put("status", f.status().id());
            input.put("unitCode", f.unitCode());
            input.put("revision", f.revision());
            input.put("rowsRead", f.rowsRead());
            input.put("rowsAccepted", f.rowsAccepted());
            input.put("rowsRejected", f.rowsRejected());
        }

        ArrayNode outputList = root.putArray("outputs");
        for (String path : new TreeSet<>(outputs.stream().map(ManifestWriter::slashed).toList())) {
            Path file = periodDir.resolve(path);
            ObjectNode output = outputList.addObject();
            output.put("path", path);
            output.put("size", Files.size(file));
            output.put("sha256", Sha256.of(file));
        }

        byte[] bytes = json.writeValueAsBytes(root);
        AtomicFiles.write(periodDir.resolve(FILE), out -> {
            out.write(bytes);
            out.write('\n');
        });
        return Path.of(FILE);
    }

    /**
     * Forward slashes on every system, so a manifest reads the same wherever it was
     * written.
     */
    static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

}
