import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The baseline the ingest is compared with: Apache Commons CSV reading the same file in the same JVM setup, doing
 * nothing with the records but touching every field. Prints records and seconds.
 */
public class BareCsvParse {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long records = 0;
        long chars = 0;
        try (BufferedReader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                for (String field : record) {
                    chars += field.length();
                }
                records++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("records=%d chars=%d seconds=%.3f%n", records, chars, seconds);
    }
}
