package vn.dxscorecard.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a reference file comes from: the resources shipped in the jar, or a folder the
 * operator names.
 */
interface ReferenceSource {

    /** A readable name for messages, e.g. {@code /srv/catalogue/indicators.csv}. */
    String describe(String fileName);

    /** Opens the file, or returns null when it does not exist. */
    InputStream open(String fileName) throws IOException;

    default byte[] readAll(String fileName) {
        try (InputStream in = open(fileName)) {
            if (in == null) {
                throw new ReferenceDataException(describe(fileName) + ": file not found");
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(describe(fileName) + ": cannot read", e);
        }
    }

    static ReferenceSource classpath(String folder) {
        return new ReferenceSource() {
            @Override
            public String describe(String fileName) {
                return "classpath:" + folder + "/" + fileName;
            }

            @Override
            public InputStream open(String fileName) {
                return ReferenceSource.class.getClassLoader().getResourceAsStream(folder + "/" + fileName);
            }
        };
    }

    static ReferenceSource directory(Path dir) {
        return new ReferenceSource() {
            @Override
            public String describe(String fileName) {
                return dir.resolve(fileName).toString();
            }

            @Override
            public InputStream open(String fileName) throws IOException {
                Path file = dir.resolve(fileName);
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            }
        };
    }

}
