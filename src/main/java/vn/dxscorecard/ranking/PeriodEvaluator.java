package vn.dxscorecard.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.FileStatus;
import vn.dxscorecard.intake.RawRow;
import vn.dxscorecard.intake.RowSink;
import vn.dxscorecard.intake.SubmissionIntake;
import vn.dxscorecard.ops.DxProperties;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Period;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.scoring.Scorer;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.validation.RowValidator;
import vn.dxscorecard.validation.ValidatedRow;
import vn.dxscorecard.validation.ValidationRepository;

/**
 * Ranks a period that was never run, in memory, with the same intake, validation and scoring as the job, so that
 * the first run of a quarter still shows the change since the quarter before. It writes nothing.
 */
public class PeriodEvaluator {

    private final SubmissionIntake intake;
    private final Catalogue catalogue;
    private final Registry registry;
    private final DxProperties properties;
    /** Ranking and publication both ask; one reading of the files keeps their answers consistent and the log quiet. */
    private final Map<Period, Evaluation> evaluations = new java.util.concurrent.ConcurrentHashMap<>();

    public PeriodEvaluator(SubmissionIntake intake, Catalogue catalogue, Registry registry, DxProperties properties) {
        this.intake = intake;
        this.catalogue = catalogue;
        this.registry = registry;
        this.properties = properties;
    }

    public List<PreviousResult> rank(Period period) {
        Evaluation evaluation = evaluate(period);
        PreviousQuarter none = new PreviousQuarter(registry, period, List.of());
        return Ranker.rank(evaluation.scores(), evaluation.notSubmitted(), none).stream().filter(RankingEntry::ranked)
                .map(e -> new PreviousResult(e.group(), e.unit().code(), e.overall(), e.rank())).toList();
    }

    /** The scores of every unit that submitted for the period, {@code QG} included, computed as {@link #rank} does. */
    public List<UnitScore> scores(Period period) {
        return evaluate(period).scores();
    }

    private Evaluation evaluate(Period period) {
        return evaluations.computeIfAbsent(period, this::read);
    }

    private Evaluation read(Period period) {
        ListSink sink = new ListSink();
        List<FileRecord> files = intake.intake(properties.input(), period, registry, sink);
        Set<String> submitted = new HashSet<>();
        files.stream().filter(f -> f.status() == FileStatus.ACCEPTED).forEach(f -> submitted.add(f.unitCode()));
        Map<String, Map<String, BigDecimal>> values = acceptedValues(period, sink.rows);

        Scorer scorer = new Scorer(catalogue);
        List<UnitScore> scores = new ArrayList<>();
        List<RegistryUnit> notSubmitted = new ArrayList<>();
        for (RegistryUnit unit : registry.validOn(period.lastDay())) {
            if (submitted.contains(unit.code())) {
                scores.add(scorer.score(unit, values.getOrDefault(unit.code(), Map.of()), period));
            } else {
                notSubmitted.add(unit);
            }
        }
        return new Evaluation(scores, notSubmitted);
    }

    private record Evaluation(List<UnitScore> scores, List<RegistryUnit> notSubmitted) {
    }

    private Map<String, Map<String, BigDecimal>> acceptedValues(Period period, List<RawRow> rows) {
        Map<String, Integer> occurrences = new HashMap<>();
        rows.stream().filter(r -> !r.ragged()).forEach(r -> occurrences.merge(
                ValidationRepository.duplicateKey(r.fileName(), r.indicatorCode()), 1, Integer::sum));
        RowValidator validator = new RowValidator(catalogue, registry, period);
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        for (RawRow row : rows) {
            boolean duplicate = !row.ragged()
                    && occurrences.get(ValidationRepository.duplicateKey(row.fileName(), row.indicatorCode())) > 1;
            ValidatedRow validated = validator.validate(row, duplicate);
            if (validated.isAccepted()) {
                values.computeIfAbsent(validated.accepted().unitCode(), k -> new HashMap<>())
                        .put(validated.accepted().indicatorCode(), validated.accepted().value());
            }
        }
        return values;
    }

    private static final class ListSink implements RowSink {

        private final List<RawRow> rows = new ArrayList<>();

        @Override
        public void accept(RawRow row) {
            rows.add(row);
        }

        @Override
        public void discardFile(String fileName) {
            rows.removeIf(r -> r.fileName().equals(fileName));
        }
    }
}
