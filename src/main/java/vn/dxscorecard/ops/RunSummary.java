package vn.dxscorecard.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.FileStatus;
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

    RunSummary(IntakeRepository files, RankingRepository rankings, DxProperties properties) {
        this.files = files;
        this.rankings = rankings;
        this.properties = properties;
    }

    void log(Period period, String edition, String outcome, int exitCode) {
        List<FileRecord> seen = files.findFiles(period);
        Map<FileStatus, Long> byStatus = seen.stream()
            .collect(Collectors.groupingBy(FileRecord::status, TreeMap::new, Collectors.counting()));
        long accepted = seen.stream().mapToLong(FileRecord::rowsAccepted).sum();
        long rejected = seen.stream().mapToLong(FileRecord::rowsRejected).sum();
        RankingRepository.Counts units = rankings.counts(period);
        Path periodDir = properties.output().resolve(period.toString());
        log.info(
                "Summary {} {}: {}; files {} ({}); rows accepted {}, rejected {}; units ranked {}, not submitted {};"
                        + " PDFs written {}; output {}; exit code {}",
                period, edition, outcome, seen.size(),
                byStatus.entrySet()
                    .stream()
                    .map(e -> e.getValue() + " " + e.getKey().id())
                    .collect(Collectors.joining(", ")),
                accepted, rejected, units.ranked(), units.notSubmitted(), countPdfs(periodDir), periodDir, exitCode);
    }

    private static long countPdfs(Path periodDir) {
        if (!Files.isDirectory(periodDir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(periodDir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".pdf")).count();
        }
        catch (IOException e) {
            return 0;
        }
    }

}
