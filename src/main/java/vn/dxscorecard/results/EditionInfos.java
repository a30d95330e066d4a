package vn.dxscorecard.results;

import org.springframework.stereotype.Component;

import vn.dxscorecard.cycle.CycleProperties;
import vn.dxscorecard.cycle.Deadline;
import vn.dxscorecard.cycle.Edition;
import vn.dxscorecard.cycle.EditionRepository;
import vn.dxscorecard.cycle.EditionStatus;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Period;

/** An edition as its outputs name it, from the editions recorded before it. */
@Component
public class EditionInfos {

    private final EditionRepository editions;

    private final CycleProperties cycle;

    private final DxProperties properties;

    EditionInfos(EditionRepository editions, CycleProperties cycle, DxProperties properties) {
        this.editions = editions;
        this.cycle = cycle;
        this.properties = properties;
    }

    public EditionInfo of(Period period, int number, EditionStatus status, String inputsFingerprint) {
        // A correction's number counts the corrections: the first is "Bản đính chính số
        // 1".
        int correction = status != EditionStatus.CORRECTION ? 0
                : 1 + (int) editions.all(period)
                    .stream()
                    .filter(e -> e.status() == EditionStatus.CORRECTION)
                    .filter(e -> e.number() < number)
                    .count();
        return new EditionInfo(number, status, correction,
                Deadline.of(period, cycle.deadlineDays(), properties.zone()).at(), inputsFingerprint);
    }

    public EditionInfo of(Edition edition) {
        return of(edition.period(), edition.number(), edition.status(), edition.inputsFingerprint());
    }

}
