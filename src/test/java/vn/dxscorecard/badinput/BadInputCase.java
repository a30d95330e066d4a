package vn.dxscorecard.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;

import vn.dxscorecard.feedback.ErrorCode;

/**
 * One bad-input case: the files it puts into {@code input/} (from
 * {@code src/test/resources/bad-input/}) and exactly what the job must make of them.
 * Every case has units of its own, so cases can share a run without meeting.
 */
final class BadInputCase {

    /**
     * Cases are run in a few shared runs; a run needs its cases to use distinct units,
     * nothing more.
     */
    enum Run {

        FILES, ROWS

    }

    record Input(String resource, String fileName) {
    }

    private record FileExpectation(String status, String unit, Integer revision, long[] counts, List<String> messages) {
        FileExpectation {
            messages = new ArrayList<>(messages);
        }
    }

    private final String name;

    private final Run run;

    private final List<Input> inputs = new ArrayList<>();

    private final Map<String, FileExpectation> files = new LinkedHashMap<>();

    private final List<String> notListed = new ArrayList<>();

    private final Map<String, List<Tuple>> rejections = new LinkedHashMap<>();

    private final Map<String, List<String>> rejectionMessages = new LinkedHashMap<>();

    private final Map<String, String> ranked = new LinkedHashMap<>();

    private final List<String[]> scored = new ArrayList<>();

    private BadInputCase(String name, Run run) {
        this.name = name;
        this.run = run;
    }

    static BadInputCase of(String name, Run run) {
        return new BadInputCase(name, run);
    }

    /**
     * A file rejected whole, sent as revision 2 of a unit whose sample file is revision
     * 1: the job falls back to the sample file and the unit is still ranked with it.
     */
    static BadInputCase wholeFile(String name, String resource, String unit, ErrorCode code, Long line, Long record,
            String column) {
        String fileName = unit + "_" + JobOutcome.PERIOD + "_r2.csv";
        String sample = unit + "_" + JobOutcome.PERIOD + ".csv";
        return of(name, Run.FILES).input(resource, fileName)
            .file(fileName, "rejected", unit, 2, 0, 0, 0, "Tệp được sử dụng thay thế: " + sample + ".",
                    "Used instead: " + sample + ".")
            .rejection(fileName, line, record, column, null, code)
            .file(sample, "accepted", unit, 1)
            .ranked(unit);
    }

    /**
     * A file accepted with some rows rejected (or none), sent as a revision that
     * supersedes the unit's sample file.
     */
    static BadInputCase rows(String name, String resource, String fileName, String unit, int revision, long read,
            long accepted, long rejected) {
        return of(name, Run.ROWS).input(resource, fileName)
            .file(fileName, "accepted", unit, revision, read, accepted, rejected)
            .ranked(unit);
    }

    BadInputCase input(String resource, String fileName) {
        inputs.add(new Input(resource, fileName));
        return this;
    }

    BadInputCase file(String fileName, String status, String unit, Integer revision, String... messages) {
        files.put(fileName, new FileExpectation(status, unit, revision, null, List.of(messages)));
        return this;
    }

    BadInputCase file(String fileName, String status, String unit, Integer revision, long read, long accepted,
            long rejected, String... messages) {
        files.put(fileName, new FileExpectation(status, unit, revision, new long[] { read, accepted, rejected },
                List.of(messages)));
        return this;
    }

    /**
     * Fragments that the file's files.csv messages (Vietnamese | English) must contain.
     */
    BadInputCase messages(String fileName, String... fragments) {
        files.get(fileName).messages().addAll(List.of(fragments));
        return this;
    }

    /** Fragments that the messages of the file's rejections must contain. */
    BadInputCase rejectionMessages(String fileName, String... fragments) {
        rejectionMessages.computeIfAbsent(fileName, k -> new ArrayList<>()).addAll(List.of(fragments));
        return this;
    }

    /** The file is not in files.csv at all (another period). */
    BadInputCase notListed(String fileName) {
        notListed.add(fileName);
        return this;
    }

    /**
     * A rejection the file must have; a file with any expected rejection must have
     * exactly those.
     */
    BadInputCase rejection(String fileName, Long line, Long record, String column, String value, ErrorCode code) {
        rejections.computeIfAbsent(fileName, k -> new ArrayList<>())
            .add(tuple(text(line), text(record), text(column), value, code.name()));
        return this;
    }

    BadInputCase ranked(String unit) {
        ranked.put(unit, "ranked");
        return this;
    }

    BadInputCase notSubmitted(String unit) {
        ranked.put(unit, "not_submitted");
        return this;
    }

    /**
     * A value scores.csv must show for the unit and indicator, as SPEC §6 normalises it.
     */
    BadInputCase scored(String unit, String indicator, String value) {
        scored.add(new String[] { unit, indicator, value });
        return this;
    }

    String name() {
        return name;
    }

    Run run() {
        return run;
    }

    List<Input> inputs() {
        return inputs;
    }

    void assertOutcome(JobOutcome outcome) throws Exception {
        assertThat(outcome.exitCode).as("exit code").isZero();
        files.forEach((fileName, expected) -> {
            Map<String, String> actual = outcome.file(fileName);
            assertThat(actual.get("status")).as("status of %s", fileName).isEqualTo(expected.status());
            assertThat(actual.get("unit_code")).as("unit of %s", fileName).isEqualTo(text(expected.unit()));
            assertThat(actual.get("revision")).as("revision of %s", fileName).isEqualTo(text(expected.revision()));
            if (expected.counts() != null) {
                assertThat(List.of(actual.get("rows_read"), actual.get("rows_accepted"), actual.get("rows_rejected")))
                    .as("rows read, accepted, rejected of %s", fileName)
                    .containsExactly(String.valueOf(expected.counts()[0]), String.valueOf(expected.counts()[1]),
                            String.valueOf(expected.counts()[2]));
            }
            expected.messages()
                .forEach(m -> assertThat(actual.get("message_vi") + " | " + actual.get("message_en"))
                    .as("messages of %s", fileName)
                    .contains(m));
        });
        for (Input input : inputs) {
            assertRejections(outcome, input.fileName());
        }
        rejectionMessages.forEach((fileName, fragments) -> {
            String all = outcome.rejectionsOf(fileName)
                .stream()
                .map(r -> r.get("message_vi") + " | " + r.get("message_en"))
                .reduce("", String::concat);
            fragments.forEach(f -> assertThat(all).as("rejection messages of %s", fileName).contains(f));
        });
        notListed.forEach(f -> assertThat(outcome.listed(f)).as("%s listed in files.csv", f).isFalse());
        for (Map.Entry<String, String> unit : ranked.entrySet()) {
            // QG is scored, never ranked (SPEC §4).
            String status = unit.getKey().equals("QG") ? null : unit.getValue();
            assertThat(outcome.rankingStatus(unit.getKey())).as("rankings.csv status of %s", unit.getKey())
                .isEqualTo(status);
            outcome.assertValidRowsScored(unit.getKey());
        }
        for (String[] s : scored) {
            assertThat(outcome.score(s[0], s[1])).as("scores.csv value of %s %s", s[0], s[1]).isEqualTo(s[2]);
        }
        outcome.assertSampleUnitsRanked();
    }

    /** Exactly the expected rejections, none for a file that expects none. */
    private void assertRejections(JobOutcome outcome, String fileName) {
        List<Tuple> want = rejections.getOrDefault(fileName, List.of());
        // A null expected value leaves it unchecked: whole-file rejections hold the file
        // name there, or nothing.
        boolean valueUnchecked = want.stream().anyMatch(t -> t.toList().get(3) == null);
        List<Tuple> got = outcome.rejectionsOf(fileName)
            .stream()
            .map(r -> tuple(r.get("line"), r.get("record"), r.get("column"), valueUnchecked ? null : r.get("value"),
                    r.get("error_code")))
            .toList();
        assertThat(got).as("rejections of %s", fileName).containsExactlyElementsOf(want);
    }

    @Override
    public String toString() {
        return name;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

}
