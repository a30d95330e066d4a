package vn.dxscorecard.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.dxscorecard.cycle.Edition;
import vn.dxscorecard.cycle.EditionRepository;
import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.feedback.RejectionRepository;
import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.ranking.RankingRepository;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.PeriodUnitRepository;
import vn.dxscorecard.reference.ProvinceTiles;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
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

    private final EditionRepository editions;

    private final Registry registry;

    private final ProvinceTiles tiles;

    PeriodReportLoader(PeriodUnitRepository units, ScoreRepository scores, RankingRepository rankings,
            IntakeRepository files, RejectionRepository rejections, Catalogue catalogue, EditionRepository editions,
            Registry registry, ProvinceTiles tiles) {
        this.units = units;
        this.scores = scores;
        this.rankings = rankings;
        this.files = files;
        this.rejections = rejections;
        this.catalogue = catalogue;
        this.editions = editions;
        this.registry = registry;
        this.tiles = tiles;
    }

    PeriodReport load(Period period, long jobExecutionId, Instant generatedAt, EditionInfo edition) {
        List<ScoredUnit> scored = scores.load(period, units.findAll(period));
        ScoredUnit national = scored.stream()
            .filter(u -> u.unit().isNational())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("QG missing from the units of " + period));
        return new PeriodReport(period, catalogue, rankings.load(period, scored), national, files.findFiles(period),
                rejectionsOf(period), jobExecutionId, generatedAt, edition, trajectories(period), history(period),
                tiles);
    }

    /**
     * The accepted values of the year's earlier quarters that are published here, from
     * what their latest edition stored.
     */
    private Trajectories trajectories(Period period) {
        Map<Period, Map<String, Map<String, BigDecimal>>> earlier = new HashMap<>();
        for (int q = 1; q < period.quarter(); q++) {
            Period quarter = new Period(period.year(), q);
            if (editions.latest(quarter).isPresent()) {
                earlier.put(quarter, scores.acceptedValues(quarter));
            }
        }
        return new Trajectories(period, registry, earlier);
    }

    private List<HistoryRow> history(Period period) {
        List<HistoryRow> rows = new ArrayList<>();
        for (Period earlier : editions.publishedPeriods()) {
            if (earlier.compareTo(period) >= 0) {
                break;
            }
            Edition latest = editions.latest(earlier).orElseThrow();
            for (RankingRepository.Line line : rankings.lines(earlier)) {
                String name = registry.find(line.unitCode(), earlier.lastDay())
                    .map(RegistryUnit::nameVi)
                    .orElse(line.unitCode());
                rows.add(new HistoryRow(earlier, latest.number(), latest.status(), line.group(), line.unitCode(), name,
                        line.rank(), line.overall()));
            }
        }
        return rows;
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
