package vn.dxscorecard.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dxscorecard.shared.Sha256;

/**
 * Loads {@code pillars.csv} and {@code indicators.csv} and applies the start-up checks of
 * SPEC §4.
 */
final class CatalogueLoader {

    static final String PILLARS = "pillars.csv";
    static final String INDICATORS = "indicators.csv";

    /**
     * Optional one-line file naming the catalogue version; the shipped catalogue is
     * {@code 2024-2025.1}.
     */
    static final String VERSION = "VERSION";

    private static final Pattern TARGET_COLUMN = Pattern.compile("target_(\\d{4})");

    private CatalogueLoader() {
    }

    static Catalogue load(ReferenceSource source) {
        byte[] pillarBytes = source.readAll(PILLARS);
        byte[] indicatorBytes = source.readAll(INDICATORS);
        String sha256 = Sha256.of(pillarBytes, indicatorBytes);
        List<Pillar> pillars = pillars(source);
        Map<String, Pillar> pillarsByCode = new HashMap<>();
        pillars.forEach(p -> pillarsByCode.put(p.code(), p));

        ReferenceCsv.Table table = ReferenceCsv.read(source, INDICATORS, List.of("code", "pillar", "name_vi", "name_en",
                "unit", "direction", "applies_to", "weight", "worst", "baseline", "source"));
        Map<String, Integer> yearColumns = new LinkedHashMap<>();
        for (String column : table.header()) {
            Matcher m = TARGET_COLUMN.matcher(column);
            if (m.matches()) {
                yearColumns.put(column, Integer.parseInt(m.group(1)));
            }
        }
        if (yearColumns.isEmpty()) {
            throw ReferenceDataException.at(source.describe(INDICATORS), 1, "no target_YYYY column");
        }
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (ReferenceCsv.Row row : table.rows()) {
            Indicator indicator = indicator(row, pillarsByCode, yearColumns);
            if (indicators.putIfAbsent(indicator.code(), indicator) != null) {
                throw row.error("indicator code '" + indicator.code() + "' appears twice");
            }
        }
        String version = version(source, sha256);
        return new Catalogue(version, sha256, pillars, new ArrayList<>(indicators.values()),
                new TreeSet<>(yearColumns.values()));
    }

    private static List<Pillar> pillars(ReferenceSource source) {
        ReferenceCsv.Table table = ReferenceCsv.read(source, PILLARS,
                List.of("code", "name_vi", "name_en", "weight", "display_order"));
        List<Pillar> pillars = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ReferenceCsv.Row row : table.rows()) {
            String code = row.get("code").toUpperCase(Locale.ROOT);
            if (code.isEmpty() || !codes.add(code)) {
                throw row.error("pillar code '" + code + "' is empty or appears twice");
            }
            BigDecimal weight = row.decimal("weight", true);
            if (weight.signum() <= 0) {
                throw row.error("weight must be greater than 0, found " + weight.toPlainString());
            }
            int order;
            try {
                order = Integer.parseInt(row.get("display_order"));
            }
            catch (NumberFormatException e) {
                throw row.error("display_order is not a whole number: '" + row.get("display_order") + "'");
            }
            pillars.add(new Pillar(code, row.get("name_vi"), row.get("name_en"), weight, order));
        }
        if (pillars.isEmpty()) {
            throw new ReferenceDataException(source.describe(PILLARS) + ": no pillar");
        }
        pillars.sort(Comparator.comparingInt(Pillar::displayOrder).thenComparing(Pillar::code));
        return pillars;
    }

    private static Indicator indicator(ReferenceCsv.Row row, Map<String, Pillar> pillars,
            Map<String, Integer> yearColumns) {
        String code = row.get("code").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw row.error("empty indicator code");
        }
        String pillar = row.get("pillar").toUpperCase(Locale.ROOT);
        if (!pillars.containsKey(pillar)) {
            throw row.error("indicator " + code + ": unknown pillar '" + row.get("pillar") + "'");
        }
        ValueUnit unit = parse(row, code, "unit", ValueUnit::fromId);
        Direction direction = parse(row, code, "direction", Direction::fromId);
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String kind : row.get("applies_to").split(";")) {
            kinds.add(parseValue(row, code, "applies_to", kind, Kind::fromId));
        }
        BigDecimal weight = row.decimal("weight", true);
        if (weight.signum() <= 0) {
            throw row.error("indicator " + code + ": weight must be greater than 0, found " + weight.toPlainString());
        }
        BigDecimal worst = row.decimal("worst", false);
        if (unit != ValueUnit.BOOLEAN && worst == null) {
            throw row.error(
                    "indicator " + code + ": a " + unit.name().toLowerCase(Locale.ROOT) + " indicator needs 'worst'");
        }
        BigDecimal baseline = row.decimal("baseline", false);
        if (worst != null) {
            checkRange(row, code, "worst", unit, worst);
        }
        if (baseline != null) {
            checkRange(row, code, "baseline", unit, baseline);
        }
        Map<Integer, BigDecimal> targets = new HashMap<>();
        yearColumns.forEach((column, year) -> {
            BigDecimal target = row.decimal(column, false);
            if (target == null) {
                return;
            }
            checkRange(row, code, column, unit, target);
            if (worst != null) {
                int side = target.compareTo(worst);
                if (side == 0) {
                    throw row
                        .error("indicator " + code + ": " + column + " equals worst (" + worst.toPlainString() + ")");
                }
                if ((direction == Direction.HIGHER) != (side > 0)) {
                    throw row.error("indicator " + code + ": " + column + " " + target.toPlainString()
                            + " is on the wrong side of worst " + worst.toPlainString() + " for direction "
                            + direction.name().toLowerCase(Locale.ROOT));
                }
            }
            targets.put(year, target);
        });
        return new Indicator(code, pillar, row.get("name_vi"), row.get("name_en"), unit, direction, Set.copyOf(kinds),
                weight, worst, baseline, Map.copyOf(targets), row.get("source"));
    }

    /**
     * A target a valid report could never meet (a negative count, a percentage over 100)
     * is no target.
     */
    private static void checkRange(ReferenceCsv.Row row, String code, String column, ValueUnit unit, BigDecimal value) {
        String range = switch (unit) {
            case PERCENT -> value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 ? "0–100" : null;
            case COUNT -> value.signum() < 0 ? "≥ 0" : null;
            case RANK -> value.compareTo(BigDecimal.ONE) < 0 ? "≥ 1" : null;
            case BOOLEAN -> value.signum() == 0 || value.compareTo(BigDecimal.ONE) == 0 ? null : "0 or 1";
        };
        if (range != null) {
            throw row.error("indicator " + code + ": " + column + " " + value.toPlainString() + " is outside the range"
                    + " of a " + unit.name().toLowerCase(Locale.ROOT) + " (" + range + ")");
        }
    }

    private static <T> T parse(ReferenceCsv.Row row, String code, String column, Function<String, T> parser) {
        return parseValue(row, code, column, row.get(column), parser);
    }

    private static <T> T parseValue(ReferenceCsv.Row row, String code, String column, String value,
            Function<String, T> parser) {
        try {
            return parser.apply(value);
        }
        catch (IllegalArgumentException e) {
            throw row.error("indicator " + code + ": unknown " + column + " '" + value + "'");
        }
    }

    private static String version(ReferenceSource source, String sha256) {
        try (InputStream in = source.open(VERSION)) {
            if (in != null) {
                String version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!version.isEmpty()) {
                    return version;
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "custom-" + sha256.substring(0, 12);
    }

}
