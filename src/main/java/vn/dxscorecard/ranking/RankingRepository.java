package vn.dxscorecard.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.ScoredUnit;
import vn.dxscorecard.shared.Period;

/**
 * The rankings of a period in their published order, with what each unit is compared
 * with: the previous figures, the predecessors they come from and the previous score of
 * each indicator.
 */
@Repository
public class RankingRepository {

    private static final List<String> TABLES = List.of("dx_indicator_trend", "dx_previous_source", "dx_ranking");

    private final JdbcTemplate jdbc;

    private final Registry registry;

    RankingRepository(JdbcTemplate jdbc, Registry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    void replace(Period period, List<RankingEntry> entries) {
        String p = period.toString();
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + table + " WHERE period = ?", p));
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> sources = new ArrayList<>();
        List<Object[]> trends = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RankingEntry e = entries.get(i);
            PreviousFigures previous = e.previous();
            rows.add(new Object[] { p, i, e.group().id(), e.unit().code(), e.rank(),
                    e.ranked() ? Decimals.format(e.overall()) : null, Decimals.format(previous.overall()),
                    previous.rank(), previous.estimated() });
            for (int s = 0; s < previous.sources().size(); s++) {
                PreviousSource source = previous.sources().get(s);
                sources.add(new Object[] { p, e.unit().code(), s, source.unit().code(),
                        Decimals.format(source.overall()) });
            }
            previous.indicatorScores()
                .forEach((indicator, score) -> trends
                    .add(new Object[] { p, e.unit().code(), indicator, Decimals.format(score) }));
        }
        jdbc.batchUpdate("INSERT INTO dx_ranking (period, position, grp, unit_code, unit_rank, overall,"
                + " previous_overall, previous_rank, previous_estimated)"
                + " VALUES (?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO dx_previous_source (period, unit_code, position, predecessor_code, overall)"
                + " VALUES (?, ?, ?, ?, ?)", sources);
        jdbc.batchUpdate("INSERT INTO dx_indicator_trend (period, unit_code, indicator_code, previous_score)"
                + " VALUES (?, ?, ?, ?)", trends);
    }

    /** The ranked units of a published period, as the next quarter compares with them. */
    List<PreviousResult> rankedResults(Period period, List<ScoredUnit> scored) {
        Map<String, Map<String, BigDecimal>> indicators = new HashMap<>();
        for (ScoredUnit unit : scored) {
            if (unit.submitted()) {
                indicators.put(unit.unit().code(),
                        unit.score()
                            .indicators()
                            .stream()
                            .filter(IndicatorResult::scored)
                            .collect(Collectors.toMap(r -> r.indicator().code(), r -> Decimals.round(r.score()))));
            }
        }
        return jdbc.query(
                "SELECT grp, unit_code, overall, unit_rank FROM dx_ranking"
                        + " WHERE period = ? AND unit_rank IS NOT NULL",
                (rs, i) -> new PreviousResult(Kind.fromId(rs.getString(1)), rs.getString(2),
                        new BigDecimal(rs.getString(3)), rs.getInt(4),
                        indicators.getOrDefault(rs.getString(2), Map.of())),
                period.toString());
    }

    /**
     * One line of a published ranking as stored: {@code rank} and {@code overall}
     * (rounded) are null for a unit that did not submit.
     */
    public record Line(Kind group, String unitCode, Integer rank, BigDecimal overall) {
    }

    /** The period's ranking lines in their published order. */
    public List<Line> lines(Period period) {
        return jdbc.query(
                "SELECT grp, unit_code, unit_rank, overall FROM dx_ranking WHERE period = ? ORDER BY position",
                (rs, i) -> new Line(Kind.fromId(rs.getString(1)), rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getString(4) == null ? null : new BigDecimal(rs.getString(4))),
                period.toString());
    }

    /** How many units of the period's ranking are ranked, and how many did not submit. */
    public record Counts(long ranked, long notSubmitted) {
    }

    public Counts counts(Period period) {
        return jdbc.query("SELECT COUNT(unit_rank), COUNT(*) FROM dx_ranking WHERE period = ?",
                rs -> rs.next() ? new Counts(rs.getLong(1), rs.getLong(2) - rs.getLong(1)) : new Counts(0, 0),
                period.toString());
    }

    /**
     * Rebuilds the published entries from the stored ranking and the period's scored
     * units.
     */
    public List<RankingEntry> load(Period period, List<ScoredUnit> units) {
        String p = period.toString();
        Map<String, ScoredUnit> byCode = units.stream()
            .collect(Collectors.toMap(u -> u.unit().code(), Function.identity()));
        Map<String, List<PreviousSource>> sources = new HashMap<>();
        jdbc.query("SELECT unit_code, predecessor_code, overall FROM dx_previous_source WHERE period = ?"
                + " ORDER BY unit_code, position", rs -> {
                    sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new PreviousSource(
                                registry.find(rs.getString(2), period.previous().lastDay()).orElseThrow(),
                                new BigDecimal(rs.getString(3))));
                }, p);
        Map<String, Map<String, BigDecimal>> trends = new HashMap<>();
        jdbc.query("SELECT unit_code, indicator_code, previous_score FROM dx_indicator_trend WHERE period = ?", rs -> {
            trends.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                .put(rs.getString(2), new BigDecimal(rs.getString(3)));
        }, p);
        return jdbc.query("SELECT * FROM dx_ranking WHERE period = ? ORDER BY position", (rs, i) -> {
            String code = rs.getString("unit_code");
            ScoredUnit unit = byCode.get(code);
            String previous = rs.getString("previous_overall");
            PreviousFigures figures = previous == null ? PreviousFigures.NONE
                    : new PreviousFigures(new BigDecimal(previous), rs.getObject("previous_rank", Integer.class),
                            rs.getBoolean("previous_estimated"), List.copyOf(sources.getOrDefault(code, List.of())),
                            Map.copyOf(trends.getOrDefault(code, Map.of())));
            return new RankingEntry(Kind.fromId(rs.getString("grp")), rs.getObject("unit_rank", Integer.class),
                    unit.unit(), unit.score(), figures);
        }, p);
    }

}
