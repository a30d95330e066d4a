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

import vn.dxscorecard.reference.Period;

/** Files of a completed period that its run did not see, or that changed since: a reason to ask for a rerun. */
@Component
public class NewSubmissions {

    private final IntakeRepository files;

    public NewSubmissions(IntakeRepository files) {
        this.files = files;
    }

    public List<String> since(Period period, Path inputDir) {
        Map<String, String> seen = files.findFiles(period).stream().filter(f -> f.sha256() != null)
                .collect(Collectors.toMap(FileRecord::fileName, FileRecord::sha256));
        try (Stream<Path> list = Files.list(inputDir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> SubmissionName.parse(p.getFileName().toString())
                            .filter(n -> n.period().equals(period)).isPresent())
                    .filter(p -> !SubmissionIntake.sha256(p).equals(seen.get(p.getFileName().toString())))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
