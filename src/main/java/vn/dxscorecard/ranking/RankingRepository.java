package vn.dxscorecard.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Period;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.ScoredUnit;

/** The rankings of a period in their published order. */
@Repository
public class RankingRepository {

    private final JdbcTemplate jdbc;

    public RankingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(Period period, List<RankingEntry> entries) {
        jdbc.update("DELETE FROM dx_ranking WHERE period = ?", period.toString());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RankingEntry e = entries.get(i);
            rows.add(new Object[] {period.toString(), i, e.group().id(), e.unit().code(), e.rank(),
                    e.ranked() ? Decimals.format(e.overall()) : null, Decimals.format(e.previous().overall()),
                    e.previous().rank(), e.previous().estimated()});
        }
        jdbc.batchUpdate("INSERT INTO dx_ranking (period, position, grp, unit_code, unit_rank, overall,"
                + " previous_overall, previous_rank, previous_estimated) VALUES (?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?)",
                rows);
    }

    /** The ranked units of a period, as the next quarter compares with them. */
    public List<PreviousResult> rankedResults(Period period) {
        return jdbc.query("SELECT grp, unit_code, overall, unit_rank FROM dx_ranking"
                + " WHERE period = ? AND unit_rank IS NOT NULL", (rs, i) -> new PreviousResult(
                        Kind.fromId(rs.getString(1)), rs.getString(2), new BigDecimal(rs.getString(3)), rs.getInt(4)),
                period.toString());
    }

    /** Ranked and not-submitted units of the period's published ranking. */
    public long unitCount(Period period) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM dx_ranking WHERE period = ?", Long.class,
                period.toString());
        return count == null ? 0 : count;
    }

    /** Rebuilds the entries from the stored ranking and the period's scored units. */
    public List<RankingEntry> load(Period period, List<ScoredUnit> units) {
        Map<String, ScoredUnit> byCode = units.stream()
                .collect(Collectors.toMap(u -> u.unit().code(), Function.identity()));
        return jdbc.query("SELECT * FROM dx_ranking WHERE period = ? ORDER BY position", (rs, i) -> {
            ScoredUnit unit = byCode.get(rs.getString("unit_code"));
            String previous = rs.getString("previous_overall");
            return new RankingEntry(Kind.fromId(rs.getString("grp")), (Integer) rs.getObject("unit_rank", Integer.class),
                    unit.unit(), unit.score(), new PreviousFigures(previous == null ? null : new BigDecimal(previous),
                            (Integer) rs.getObject("previous_rank", Integer.class), rs.getBoolean("previous_estimated")));
        }, period.toString());
    }
}
