package vn.dxscorecard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.shared.Period;

/**
 * Scores of a period with their exact values, so later steps and reports rebuild them
 * without recomputing.
 */
@Repository
public class ScoreRepository {

    private final JdbcTemplate jdbc;

    private final Catalogue catalogue;

    public ScoreRepository(JdbcTemplate jdbc, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    void delete(Period period) {
        for (String table : List.of("dx_indicator_score", "dx_pillar_score", "dx_unit_score")) {
            jdbc.update("DELETE FROM " + table + " WHERE period = ?", period.toString());
        }
    }

    void save(Period period, List<? extends ScoredUnit> units) {
        String p = period.toString();
        jdbc.batchUpdate(
                "INSERT INTO dx_unit_score (period, unit_code, kind, submitted, overall) VALUES (?, ?, ?, ?, ?)", units,
                1000, (ps, u) -> {
                    ps.setString(1, p);
                    ps.setString(2, u.unit().code());
                    ps.setString(3, u.unit().kind().id());
                    ps.setBoolean(4, u.submitted());
                    ps.setString(5, u.submitted() ? text(u.score().overall()) : null);
                });
        List<UnitScore> scores = units.stream().filter(ScoredUnit::submitted).map(ScoredUnit::score).toList();
        List<Object[]> pillars = new ArrayList<>();
        List<Object[]> indicators = new ArrayList<>();
        for (UnitScore s : scores) {
            s.pillars()
                .forEach(r -> pillars.add(new Object[] { p, s.unit().code(), r.pillar().code(), text(r.score()) }));
            s.indicators()
                .forEach(r -> indicators.add(new Object[] { p, s.unit().code(), r.indicator().code(), text(r.value()),
                        text(r.target()), text(r.milestone()), text(r.score()), r.status().name() }));
        }
        jdbc.batchUpdate("INSERT INTO dx_pillar_score (period, unit_code, pillar, score) VALUES (?, ?, ?, ?)", pillars);
        jdbc.batchUpdate("INSERT INTO dx_indicator_score (period, unit_code, indicator_code, value_text, target,"
                + " milestone, score, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", indicators);
    }

    /**
     * The period's units in the given order, each with its scores or none when it did not
     * submit.
     */
    public List<ScoredUnit> load(Period period, List<RegistryUnit> units) {
        String p = period.toString();
        Map<String, BigDecimal> overall = new HashMap<>();
        jdbc.query("SELECT unit_code, overall FROM dx_unit_score WHERE period = ? AND submitted", rs -> {
            overall.put(rs.getString(1), new BigDecimal(rs.getString(2)));
        }, p);
        Map<String, Map<String, BigDecimal>> pillars = new HashMap<>();
        jdbc.query("SELECT unit_code, pillar, score FROM dx_pillar_score WHERE period = ?", rs -> {
            pillars.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .put(rs.getString(2), new BigDecimal(rs.getString(3)));
        }, p);
        Map<String, Map<String, IndicatorResult>> indicators = new HashMap<>();
        Map<String, Indicator> byCode = catalogue.indicatorsByCode();
        jdbc.query("SELECT * FROM dx_indicator_score WHERE period = ?", rs -> {
            Indicator indicator = byCode.get(rs.getString("indicator_code"));
            indicators.computeIfAbsent(rs.getString("unit_code"), k -> new HashMap<>())
                .put(indicator.code(),
                        new IndicatorResult(indicator, decimal(rs.getString("value_text")),
                                decimal(rs.getString("target")), decimal(rs.getString("milestone")),
                                decimal(rs.getString("score")), IndicatorStatus.valueOf(rs.getString("status"))));
        }, p);
        List<ScoredUnit> result = new ArrayList<>();
        for (RegistryUnit unit : units) {
            BigDecimal total = overall.get(unit.code());
            if (total == null) {
                result.add(new ScoredUnit(unit, null));
                continue;
            }
            Map<String, IndicatorResult> unitIndicators = indicators.getOrDefault(unit.code(), Map.of());
            Map<String, BigDecimal> unitPillars = pillars.getOrDefault(unit.code(), Map.of());
            List<IndicatorResult> ordered = catalogue.indicators()
                .stream()
                .map(i -> unitIndicators.get(i.code()))
                .filter(Objects::nonNull)
                .toList();
            Map<String, PillarResult> pillarResults = new LinkedHashMap<>();
            for (Pillar pillar : catalogue.pillars()) {
                if (unitPillars.containsKey(pillar.code())) {
                    pillarResults.put(pillar.code(), new PillarResult(pillar, unitPillars.get(pillar.code())));
                }
            }
            result.add(new ScoredUnit(unit, new UnitScore(unit, ordered, List.copyOf(pillarResults.values()), total)));
        }
        return result;
    }

    /**
     * The values accepted for the period, by unit code, then indicator code; units that
     * did not submit and indicators not reported are absent.
     */
    public Map<String, Map<String, BigDecimal>> acceptedValues(Period period) {
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.query("SELECT unit_code, indicator_code, value_text FROM dx_indicator_score"
                + " WHERE period = ? AND value_text IS NOT NULL", rs -> {
                    values.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .put(rs.getString(2), new BigDecimal(rs.getString(3)));
                }, period.toString());
        return values;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

}
