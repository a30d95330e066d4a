package vn.dxscorecard.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files we hand to people: UTF-8 with a BOM so Excel shows Vietnamese, {@code ,}
 * delimited, and every cell that a spreadsheet would run as a formula neutralised (OWASP:
 * prefix {@code '}). A negative number stays a number.
 */
public final class CsvOutput {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static final String FORMULA_START = "=+-@\t\r";

    private CsvOutput() {
    }

    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        write(target, header, sink -> rows.forEach(sink));
    }

    /**
     * Rows handed over one at a time by {@code rows}, e.g. straight from a query: nothing
     * is held in memory.
     */
    public static void write(Path target, List<String> header, Consumer<Consumer<List<String>>> rows)
            throws IOException {
        AtomicFiles.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(header);
            try {
                rows.accept(row -> {
                    try {
                        List<String> safe = new ArrayList<>(row.size());
                        row.forEach(cell -> safe.add(neutralise(cell)));
                        printer.printRecord(safe);
                    }
                    catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            catch (UncheckedIOException e) {
                throw e.getCause();
            }
            printer.flush();
        });
    }

    /**
     * SPEC §3: a {@code '} before {@code = + - @}, tab or CR at the start of the cell and
     * right after any {@code ,} or {@code ;} inside it, where a spreadsheet that splits
     * on them would start a new cell. A plain number ({@code -1}) stays a number.
     */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        if (NUMBER.matcher(cell).matches()) {
            return cell;
        }
        StringBuilder safe = new StringBuilder(cell.length() + 2);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            boolean cellStart = i == 0 || cell.charAt(i - 1) == ',' || cell.charAt(i - 1) == ';';
            if (cellStart && FORMULA_START.indexOf(c) >= 0) {
                safe.append('\'');
            }
            safe.append(c);
        }
        return safe.toString();
    }

}
