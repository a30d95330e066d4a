package vn.dxscorecard.reference;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.dxscorecard.shared.Utf8;

/**
 * Reads one reference CSV (UTF-8, comma, header row) into rows that remember their
 * physical line for messages.
 */
final class ReferenceCsv {

    record Row(String file, long line, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }

        ReferenceDataException error(String reason) {
            return ReferenceDataException.at(file, line, reason);
        }

        BigDecimal decimal(String column, boolean required) {
            String text = get(column);
            if (text.isEmpty()) {
                if (required) {
                    throw error("column '" + column + "' is empty");
                }
                return null;
            }
            try {
                return new BigDecimal(text);
            }
            catch (NumberFormatException e) {
                throw error("column '" + column + "' is not a number: '" + text + "'");
            }
        }
    }

    record Table(List<String> header, List<Row> rows) {
    }

    private ReferenceCsv() {
    }

    static Table read(ReferenceSource source, String fileName, List<String> requiredColumns) {
        String name = source.describe(fileName);
        String text = Utf8.decode(source.readAll(fileName))
            .orElseThrow(() -> new ReferenceDataException(name + ": not valid UTF-8"));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw ReferenceDataException.at(name, 1, "missing column '" + column + "'");
                }
            }
            List<Row> rows = new ArrayList<>();
            long nextLine = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (!record.isConsistent()) {
                    throw ReferenceDataException.at(name, line,
                            "expected " + header.size() + " fields, found " + record.size());
                }
                rows.add(new Row(name, line, record.toMap()));
            }
            return new Table(header, rows);
        }
        catch (IOException | RuntimeException e) {
            if (e instanceof ReferenceDataException rde) {
                throw rde;
            }
            throw new ReferenceDataException(name + ": not a valid CSV file: " + e.getMessage());
        }
    }

}
