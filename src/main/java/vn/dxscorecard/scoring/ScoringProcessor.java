package vn.dxscorecard.scoring;

import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.validation.ValidationRepository;

/**
 * Scores one unit from its accepted values. A unit with an accepted file is submitted
 * even when every row was rejected: it is scored with zeros and its scorecard says why
 * (SPEC §5).
 */
public class ScoringProcessor implements ItemProcessor<RegistryUnit, ScoredUnit> {

    private final Scorer scorer;

    private final ValidationRepository values;

    private final Set<String> submitted;

    private final Period period;

    /**
     * @param submitted codes of the units whose file was accepted
     */
    ScoringProcessor(Scorer scorer, ValidationRepository values, Set<String> submitted, Period period) {
        this.scorer = scorer;
        this.values = values;
        this.submitted = submitted;
        this.period = period;
    }

    @Override
    public ScoredUnit process(RegistryUnit unit) {
        if (!submitted.contains(unit.code())) {
            return new ScoredUnit(unit, null);
        }
        return new ScoredUnit(unit, scorer.score(unit, values.values(period, unit.code()), period));
    }

}
