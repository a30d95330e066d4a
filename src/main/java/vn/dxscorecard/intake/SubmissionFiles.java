package vn.dxscorecard.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.dxscorecard.shared.Period;

/**
 * What the launcher asks of the drop folder without running the intake: whether a period
 * has submissions at all, and which of them a finished run did not see. Only the intake
 * reads the drop folder.
 */
@Component
public class SubmissionFiles {

    private final IntakeRepository files;

    private final IntakeProperties properties;

    SubmissionFiles(IntakeRepository files, IntakeProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    /** Whether any file in the drop folder is named as a submission of the period. */
    public boolean any(Period period) {
        return !submissions(period).isEmpty();
    }

    /**
     * Submissions of a period its last run did not see, or that changed since: a reason
     * to run it again.
     */
    public List<String> changedSince(Period period) {
        Map<String, String> seen = files.findFiles(period)
            .stream()
            .filter(f -> f.sha256() != null)
            .collect(Collectors.toMap(FileRecord::fileName, FileRecord::sha256));
        return submissions(period).stream()
            .filter(p -> !SubmissionIntake.sha256(p).equals(seen.get(p.getFileName().toString())))
            .map(p -> p.getFileName().toString())
            .sorted()
            .toList();
    }

    private List<Path> submissions(Period period) {
        try (Stream<Path> list = Files.list(properties.folder())) {
            return list.filter(Files::isRegularFile)
                .filter(p -> SubmissionName.parse(p.getFileName().toString())
                    .filter(n -> n.period().equals(period))
                    .isPresent())
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
