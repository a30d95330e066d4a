package vn.dxscorecard.reference;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dxscorecard.shared.Period;

/**
 * Fixes the period's roster: the units valid on its last day (SPEC §2). It replaces the
 * period's roster in one transaction, so a restart leaves exactly one.
 */
public class RosterTasklet implements Tasklet {

    private final PeriodUnitRepository units;

    private final Registry registry;

    private final Period period;

    RosterTasklet(PeriodUnitRepository units, Registry registry, Period period) {
        this.units = units;
        this.registry = registry;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<RegistryUnit> valid = registry.validOn(period.lastDay());
        units.replace(period, valid);
        contribution.incrementWriteCount(valid.size());
        return RepeatStatus.FINISHED;
    }

}
