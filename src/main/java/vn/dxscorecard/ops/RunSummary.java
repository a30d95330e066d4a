package vn.dxscorecard.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.ranking.RankingRepository;
import vn.dxscorecard.report.Manifest;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Period;

/**
 * The last lines of a run's log: what came in, what was scored, what was written, and the
 * exit code.
 */
@Component
class RunSummary {

    private static final Logger log = LoggerFactory.getLogger(RunSummary.class);

    private final IntakeRepository files;

    private final RankingRepository rankings;

    private final DxProperties properties;

    RunSummary(IntakeRepository files, RankingRepository rankings, DxProperties properties) {
        this.files = files;
        this.rankings = rankings;
        this.properties = properties;
    }

    void log(Period period, String edition, String outcome, int exitCode) {
        Path periodDir = properties.output().resolve(period.toString());
        String counts;
        try {
            counts = counts(period);
        }
        catch (RuntimeException e) {
            // the database may be what failed: the summary still says what is on disk
            counts = "counts unavailable (" + e.getClass().getSimpleName() + ")";
        }
        log.info("Summary {} {}: {}; {}; PDFs published {}; output {}; exit code {}", period, edition, outcome, counts,
                countPdfs(periodDir), periodDir, exitCode);
    }

    private String counts(Period period) {
        List<FileRecord> seen = files.findFiles(period);
        long accepted = seen.stream().mapToLong(FileRecord::rowsAccepted).sum();
        long rejected = seen.stream().mapToLong(FileRecord::rowsRejected).sum();
        RankingRepository.Counts units = rankings.counts(period);
        return "files " + seen.size() + FileRecord.tally(seen) + "; rows accepted " + accepted + ", rejected "
                + rejected + "; units ranked " + units.ranked() + ", not submitted " + units.notSubmitted();
    }

    /**
     * The PDFs of the period's publication that are really there: those its manifest
     * lists and that are whole files on disk. A publication that did not complete has no
     * manifest, and so nothing published in this folder: its PDFs are not counted.
     */
    private String countPdfs(Path periodDir) {
        try {
            Optional<Manifest> manifest = Manifest.of(periodDir);
            if (manifest.isEmpty()) {
                return "0 (no complete publication: no manifest.json)";
            }
            long present = 0;
            for (Manifest.Output output : manifest.get().outputs()) {
                Path file = periodDir.resolve(output.path()).normalize();
                if (output.path().endsWith(".pdf") && file.startsWith(periodDir)
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == output.size()) {
                    present++;
                }
            }
            return String.valueOf(present);
        }
        catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

}
