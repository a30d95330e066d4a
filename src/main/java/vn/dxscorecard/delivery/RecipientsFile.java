package vn.dxscorecard.delivery;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.shared.ConfigurationException;
import vn.dxscorecard.shared.SettingFiles;
import vn.dxscorecard.shared.Utf8;

/**
 * Reads and checks the recipients file (SPEC §9) as the registry is checked: any fault
 * stops the launch (exit 2) naming file, line and reason. The file is treated as hostile:
 * a regular file only (a link is refused), read within {@link #MAX_BYTES}, no control
 * character anywhere, so nothing in it can reach a header but a checked mailbox and a
 * one-line name.
 */
final class RecipientsFile {

    static final int MAX_BYTES = 1024 * 1024;

    static final int MAX_ROWS = 10_000;

    private static final int MAX_NAME = 100;

    private static final int MAX_ADDRESS = 254;

    private static final List<String> COLUMNS = List.of("unit_code", "role", "name", "email");

    private RecipientsFile() {
    }

    static Recipients load(Path file, Registry registry) {
        String name = file.toString();
        String text = Utf8.decode(SettingFiles.read(file, MAX_BYTES, "the recipients file"))
            .orElseThrow(() -> new ConfigurationException(name + ": not valid UTF-8"));
        if (text.isBlank()) {
            throw error(name, 1, "the file is empty; expected the header " + String.join(",", COLUMNS));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().get();
        List<Recipient> recipients = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = null;
            long line = 1;
            for (CSVRecord record : parser) {
                long thisLine = line;
                line = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                for (String cell : record) {
                    checkCharacters(name, thisLine, cell);
                }
                if (columns == null) {
                    columns = header(name, record);
                    continue;
                }
                if (recipients.size() == MAX_ROWS) {
                    throw error(name, thisLine, "more than " + MAX_ROWS + " recipients");
                }
                Recipient recipient = recipient(name, thisLine, record, columns, registry);
                String identity = recipient.unitCode() + " " + recipient.role() + " "
                        + Mailbox.identity(recipient.email());
                Long earlier = seen.putIfAbsent(identity, thisLine);
                if (earlier != null) {
                    throw error(name, thisLine, "the same unit, role and mailbox as line " + earlier
                            + " (addresses are compared without regard to letter case)");
                }
                recipients.add(recipient);
            }
        }
        catch (IOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof ConfigurationException c) {
                throw c;
            }
            throw new ConfigurationException(name + ": not a valid CSV file: " + e.getMessage());
        }
        if (recipients.isEmpty()) {
            throw error(name, 2, "no recipients under the header");
        }
        return new Recipients(name, List.copyOf(recipients));
    }

    private static Map<String, Integer> header(String file, CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = record.get(i).trim();
            if (!COLUMNS.contains(column)) {
                throw error(file, 1, "unknown column '" + column + "'; the header is " + String.join(",", COLUMNS));
            }
            if (columns.putIfAbsent(column, i) != null) {
                throw error(file, 1, "column '" + column + "' appears twice in the header");
            }
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw error(file, 1, "missing column '" + column + "'");
            }
        }
        return columns;
    }

    private static Recipient recipient(String file, long line, CSVRecord record, Map<String, Integer> columns,
            Registry registry) {
        if (record.size() != COLUMNS.size()) {
            throw error(file, line, "expected " + COLUMNS.size() + " fields, found " + record.size());
        }
        String unit = record.get(columns.get("unit_code")).trim();
        String roleId = record.get(columns.get("role")).trim();
        String name = record.get(columns.get("name")).trim();
        String email = record.get(columns.get("email")).trim();
        boolean national = unit.equals(RegistryUnit.NATIONAL_CODE);
        if (unit.isEmpty() || (!national && registry.history(unit).isEmpty())) {
            throw error(file, line, "unknown unit '" + unit + "' (not in the registry)");
        }
        Role role = Role.fromId(roleId)
            .orElseThrow(() -> error(file, line, "unknown role '" + roleId + "'; roles are officer, leader, national"));
        if (role == Role.NATIONAL && !national) {
            throw error(file, line, "role national is for unit " + RegistryUnit.NATIONAL_CODE + " only, not " + unit);
        }
        if (role == Role.LEADER && national) {
            throw error(file, line, "unit " + unit + " has no scorecard: its committee has role national");
        }
        if (name.length() > MAX_NAME) {
            throw error(file, line, "the name is longer than " + MAX_NAME + " characters");
        }
        return new Recipient(unit, role, name, mailbox(file, line, email));
    }

    /** A plain ASCII {@code local@domain}: no display name, group, route or comment. */
    private static String mailbox(String file, long line, String email) {
        String reason = null;
        if (email.isEmpty()) {
            reason = "the e-mail is empty";
        }
        else if (email.length() > MAX_ADDRESS || !email.chars().allMatch(c -> c > 32 && c < 127)) {
            reason = "not a plain ASCII mailbox of at most " + MAX_ADDRESS + " characters";
        }
        else {
            try {
                InternetAddress address = new InternetAddress(email, true);
                address.validate();
                if (!address.getAddress().equals(email) || address.isGroup() || address.getPersonal() != null
                        || email.indexOf('@') <= 0 || email.indexOf('@') != email.lastIndexOf('@')) {
                    reason = "not a plain mailbox local@domain";
                }
            }
            catch (AddressException e) {
                reason = "not a valid mailbox (" + e.getMessage() + ")";
            }
        }
        if (reason != null) {
            throw error(file, line, "'" + printable(email) + "': " + reason);
        }
        return email;
    }

    private static void checkCharacters(String file, long line, String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\r' || c == '\n') {
                throw error(file, line, "a line break inside a field");
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw error(file, line, "a control character (U+%04X) in a field".formatted((int) c));
            }
        }
    }

    private static String printable(String text) {
        String shown = text.codePoints()
            .map(c -> c < 32 || c == 127 ? '?' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }

    private static ConfigurationException error(String file, long line, String reason) {
        return new ConfigurationException(file + ":" + line + ": " + reason);
    }

}
