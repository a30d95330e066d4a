package vn.dxscorecard.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.ranking.RankingRepository;
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

    private static final String MANIFEST = "manifest.json";

    private final JsonMapper json = JsonMapper.builder().build();

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
        Path manifest = periodDir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return "0 (no complete publication: no " + MANIFEST + ")";
        }
        try {
            long present = 0;
            for (JsonNode output : json.readTree(Files.readAllBytes(manifest)).path("outputs")) {
                String path = output.path("path").asString("");
                Path file = periodDir.resolve(path).normalize();
                if (path.endsWith(".pdf") && file.startsWith(periodDir)
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.size(file) == output.path("size").asLong(-1)) {
                    present++;
                }
            }
            return String.valueOf(present);
        }
        catch (IOException | JacksonException e) {
            return "unknown (" + MANIFEST + " cannot be read: " + e.getMessage() + ")";
        }
    }

}
