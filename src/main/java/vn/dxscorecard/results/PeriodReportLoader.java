package vn.dxscorecard.results;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.feedback.RejectionRepository;
import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.ranking.RankingRepository;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.scoring.ScoreRepository;
import vn.dxscorecard.scoring.ScoredUnit;
import vn.dxscorecard.shared.Period;

/**
 * Assembles a {@link PeriodReport} from what the steps stored for the period, and from
 * nothing else.
 */
@Component
class PeriodReportLoader {

    private final PeriodUnitRepository units;

    private final ScoreRepository scores;

    private final RankingRepository rankings;

    private final IntakeRepository files;

    private final RejectionRepository rejections;

    private final Catalogue catalogue;

    PeriodReportLoader(PeriodUnitRepository units, ScoreRepository scores, RankingRepository rankings,
            IntakeRepository files, RejectionRepository rejections, Catalogue catalogue) {
        this.units = units;
        this.scores = scores;
        this.rankings = rankings;
        this.files = files;
        this.rejections = rejections;
        this.catalogue = catalogue;
    }

    PeriodReport load(Period period, long jobExecutionId, Instant generatedAt, EditionInfo edition) {
        List<ScoredUnit> scored = scores.load(period, units.findAll(period));
        ScoredUnit national = scored.stream()
            .filter(u -> u.unit().isNational())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("QG missing from the units of " + period));
        return new PeriodReport(period, catalogue, rankings.load(period, scored), national, files.findFiles(period),
                rejectionsOf(period), jobExecutionId, generatedAt, edition);
    }

    private RejectionSource rejectionsOf(Period period) {
        return new RejectionSource(new RejectionSource.Store() {
            @Override
            public void forEach(Consumer<Rejection> action) {
                rejections.forEach(period, action);
            }

            @Override
            public void forEachOfFile(String fileName, Consumer<Rejection> action) {
                rejections.forEachOfFile(period, fileName, action);
            }
        });
    }

}
