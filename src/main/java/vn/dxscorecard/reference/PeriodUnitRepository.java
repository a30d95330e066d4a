package vn.dxscorecard.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dxscorecard.shared.Period;

/** The units that report for a period, fixed when the period's run starts. */
@Repository
public class PeriodUnitRepository {

    private final JdbcTemplate jdbc;

    private final Registry registry;

    public PeriodUnitRepository(JdbcTemplate jdbc, Registry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    public void replace(Period period, List<RegistryUnit> units) {
        jdbc.update("DELETE FROM dx_period_unit WHERE period = ?", period.toString());
        jdbc.batchUpdate("INSERT INTO dx_period_unit (period, unit_code, kind, valid_from) VALUES (?, ?, ?, ?)", units,
                500, (ps, u) -> {
                    ps.setString(1, period.toString());
                    ps.setString(2, u.code());
                    ps.setString(3, u.kind().id());
                    ps.setObject(4, u.validFrom());
                });
    }

    /** The period's units in registry order: provinces, ministries, then {@code QG}. */
    public List<RegistryUnit> findAll(Period period) {
        Set<String> codes = new HashSet<>(jdbc.queryForList("SELECT unit_code FROM dx_period_unit WHERE period = ?",
                String.class, period.toString()));
        return registry.validOn(period.lastDay()).stream().filter(u -> codes.contains(u.code())).toList();
    }

}
