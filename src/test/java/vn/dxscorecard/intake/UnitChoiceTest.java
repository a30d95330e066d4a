package vn.dxscorecard.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dxscorecard.intake.UnitChoice.File;
import vn.dxscorecard.intake.UnitChoice.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * SPEC §3's choice among one unit's files, on names, revisions and contents alone: which
 * files are read, in which order, and what each becomes.
 */
class UnitChoiceTest {

    private final List<String> readOrder = new ArrayList<>();

    @Test
    void theHighestRevisionIsUsedAndLowerOnesAreSuperseded() {
        UnitChoice.Result result = choose(Set.of(), file("01_2025-Q4.csv", 1, "a"), file("01_2025-Q4_r2.csv", 2, "b"),
                file("01_2025-Q4_r3.csv", 3, "c"));
        assertThat(result.chosen().name()).isEqualTo("01_2025-Q4_r3.csv");
        assertThat(result.latest()).isEqualTo(result.chosen());
        assertThat(result.verdicts()).containsExactly(entry("01_2025-Q4_r3.csv", Verdict.READ),
                entry("01_2025-Q4_r2.csv", Verdict.SUPERSEDED), entry("01_2025-Q4.csv", Verdict.SUPERSEDED));
        assertThat(readOrder).containsExactly("01_2025-Q4_r3.csv");
    }

    @Test
    void aRevisionRejectedWholeGivesWayToTheNextOne() {
        UnitChoice.Result result = choose(Set.of("01_2025-Q4_r3.csv", "01_2025-Q4_r2.csv"),
                file("01_2025-Q4.csv", 1, "a"), file("01_2025-Q4_r2.csv", 2, "b"), file("01_2025-Q4_r3.csv", 3, "c"));
        assertThat(result.chosen().name()).isEqualTo("01_2025-Q4.csv");
        assertThat(readOrder).containsExactly("01_2025-Q4_r3.csv", "01_2025-Q4_r2.csv", "01_2025-Q4.csv");
        assertThat(result.verdicts().values()).containsOnly(Verdict.READ);
    }

    @Test
    void noFileAcceptedMeansNoneUsed() {
        UnitChoice.Result result = choose(Set.of("01_2025-Q4.csv", "01_2025-Q4_r2.csv"), file("01_2025-Q4.csv", 1, "a"),
                file("01_2025-Q4_r2.csv", 2, "b"));
        assertThat(result.chosen()).isNull();
        assertThat(result.latest()).isNull();
        assertThat(readOrder).containsExactly("01_2025-Q4_r2.csv", "01_2025-Q4.csv");
    }

    @Test
    void theEarliestOfIdenticalCopiesIsUsedWithTheLatestRevisionsContent() {
        UnitChoice.Result result = choose(Set.of(), file("01_2025-Q4.csv", 1, "a"), file("01_2025-Q4_r2.csv", 2, "b"),
                file("01_2025-Q4_r3.csv", 3, "a"));
        assertThat(result.chosen().name()).isEqualTo("01_2025-Q4.csv");
        assertThat(result.latest().name()).isEqualTo("01_2025-Q4_r3.csv");
        assertThat(result.verdicts()).containsOnly(entry("01_2025-Q4.csv", Verdict.READ),
                entry("01_2025-Q4_r3.csv", Verdict.DUPLICATE), entry("01_2025-Q4_r2.csv", Verdict.SUPERSEDED));
        assertThat(readOrder).containsExactly("01_2025-Q4.csv");
    }

    @Test
    void aCopyOfTheFileUsedIsADuplicateWhateverItsRevision() {
        UnitChoice.Result result = choose(Set.of(), file("01_2025-Q4.csv", 1, "a"), file("01_2025-Q4_r2.csv", 2, "a"),
                file("01_2025-Q4_r3.csv", 3, "b"));
        assertThat(result.chosen().name()).isEqualTo("01_2025-Q4_r3.csv");
        assertThat(result.verdicts()).containsOnly(entry("01_2025-Q4_r3.csv", Verdict.READ),
                entry("01_2025-Q4_r2.csv", Verdict.SUPERSEDED), entry("01_2025-Q4.csv", Verdict.SUPERSEDED));
        UnitChoice.Result copies = choose(Set.of(), file("01_2025-Q4_r2.csv", 2, "b"),
                file("01_2025-Q4_r3.csv", 3, "b"), file("01_2025-Q4.csv", 1, "a"));
        assertThat(copies.chosen().name()).isEqualTo("01_2025-Q4_r2.csv");
        assertThat(copies.verdicts()).containsEntry("01_2025-Q4_r3.csv", Verdict.DUPLICATE)
            .containsEntry("01_2025-Q4.csv", Verdict.SUPERSEDED);
    }

    @Test
    void twoContentsAtOneRevisionAreNeverGuessedBetween() {
        List<File> files = List.of(file("01_2025-Q4_r2.csv", 2, "b"), file("01_2025-q4_r2.CSV", 2, "c"),
                file("01_2025-Q4.csv", 1, "a"));
        UnitChoice.Result result = choose(Set.of(), files.toArray(File[]::new));
        assertThat(result.verdicts()).containsEntry("01_2025-Q4_r2.csv", Verdict.CONFLICT)
            .containsEntry("01_2025-q4_r2.CSV", Verdict.CONFLICT)
            .containsEntry("01_2025-Q4.csv", Verdict.READ);
        assertThat(result.chosen().name()).isEqualTo("01_2025-Q4.csv");
        assertThat(result.conflicting(2, files)).containsExactly("01_2025-Q4_r2.csv", "01_2025-q4_r2.CSV");
        assertThat(readOrder).containsExactly("01_2025-Q4.csv");
    }

    @Test
    void identicalFilesAtOneRevisionAreNoConflict() {
        UnitChoice.Result result = choose(Set.of(), file("01_2025-Q4_r2.csv", 2, "b"),
                file("01_2025-q4_r2.CSV", 2, "b"));
        assertThat(result.chosen().name()).isEqualTo("01_2025-Q4_r2.csv");
        assertThat(result.verdicts()).containsEntry("01_2025-q4_r2.CSV", Verdict.DUPLICATE);
    }

    @Test
    void aFileWhoseContentCannotBeComparedIsReadAndTheNextOneTried() {
        UnitChoice.Result result = choose(Set.of("01_2025-Q4_r2.csv"), file("01_2025-Q4.csv", 1, "a"),
                file("01_2025-Q4_r2.csv", 2, null));
        assertThat(result.chosen().name()).isEqualTo("01_2025-Q4.csv");
        assertThat(readOrder).containsExactly("01_2025-Q4_r2.csv", "01_2025-Q4.csv");
    }

    @Test
    void aRejectedCopyIsReadItselfBeforeLowerRevisionsAreTried() {
        UnitChoice.Result result = choose(Set.of("01_2025-Q4.csv", "01_2025-Q4_r3.csv"), file("01_2025-Q4.csv", 1, "a"),
                file("01_2025-Q4_r2.csv", 2, "b"), file("01_2025-Q4_r3.csv", 3, "a"));
        assertThat(readOrder).containsExactly("01_2025-Q4.csv", "01_2025-Q4_r3.csv", "01_2025-Q4_r2.csv");
        assertThat(result.chosen().name()).isEqualTo("01_2025-Q4_r2.csv");
        assertThat(result.verdicts()).isEqualTo(Map.of("01_2025-Q4.csv", Verdict.READ, "01_2025-Q4_r3.csv",
                Verdict.READ, "01_2025-Q4_r2.csv", Verdict.READ));
    }

    private UnitChoice.Result choose(Set<String> rejectedWhole, File... files) {
        return UnitChoice.choose(List.of(files), f -> {
            readOrder.add(f.name());
            return !rejectedWhole.contains(f.name());
        });
    }

    private static File file(String name, int revision, String content) {
        return new File(name, revision, content);
    }

}
