package vn.dxscorecard.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Whether any entry in the drop folder is named as a submission of the period. */
    public boolean any(Period period) {
        return !submissions(period).isEmpty();
    }

    /**
     * Submissions of a period its last run did not see, or that changed since: a reason
     * to run it again.
     */
    public List<String> changedSince(Period period) {
        Map<String, String> seen = new HashMap<>();
        files.findFiles(period).forEach(f -> seen.put(f.fileName(), f.sha256()));
        return submissions(period).stream()
            .filter(e -> !seen.containsKey(e.name())
                    || !Objects.equals(seen.get(e.name()), DropFolder.sha256(e, properties.maxBytes())))
            .map(e -> FileNames.display(e.name()))
            .sorted()
            .toList();
    }

    private List<DropEntry> submissions(Period period) {
        try {
            return DropFolder.list(properties.folder())
                .stream()
                .filter(e -> SubmissionName.parse(e.name()).filter(n -> n.period().equals(period)).isPresent())
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the input folder " + properties.folder(), e);
        }
    }

}
