package vn.dxscorecard.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

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

    /**
     * @param outputs the files the writers produced, relative to {@code periodDir}
     */
    Path write(PeriodReport report, Path periodDir, Collection<Path> outputs, Instant completedAt) throws IOException {
        List<Manifest.Input> inputs = report.files()
            .stream()
            .sorted(Comparator.comparing(FileRecord::fileName))
            .map(f -> new Manifest.Input(f.fileName(), f.sha256(), f.status().id(), f.unitCode(), f.revision(),
                    f.rowsRead(), f.rowsAccepted(), f.rowsRejected()))
            .toList();
        List<Manifest.Output> listed = new ArrayList<>();
        for (String path : new TreeSet<>(outputs.stream().map(ManifestWriter::slashed).toList())) {
            Path file = periodDir.resolve(path);
            listed.add(new Manifest.Output(path, Files.size(file), Sha256.of(file)));
        }
        Manifest manifest = new Manifest(report.period().toString(), report.edition().number(),
                report.edition().status().id(), report.edition().deadline().toString(),
                report.edition().inputsFingerprint(), report.jobExecutionId(), report.generatedAt().toString(),
                completedAt.toString(),
                new Manifest.Catalogue(report.catalogue().version(), report.catalogue().sha256()), inputs, listed);
        byte[] bytes = manifest.bytes();
        AtomicFiles.write(periodDir.resolve(Manifest.FILE), out -> out.write(bytes));
        return Path.of(Manifest.FILE);
    }

    /**
     * Forward slashes on every system, so a manifest reads the same wherever it was
     * written.
     */
    static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

}
