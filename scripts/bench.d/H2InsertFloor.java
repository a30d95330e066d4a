import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The floor under the job's ingest: N rows shaped like dx_raw_row inserted into a fresh H2 file database with the
 * job's URL settings, in JDBC batches of 1,000 and one transaction, as the intake writes them. Nothing else: no file,
 * no parsing, no validation. Prints rows and seconds (inserts, then the commit).
 * Usage: java -cp <h2.jar> H2InsertFloor.java DIR ROWS
 */
public class H2InsertFloor {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + args[0] + "/floor;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LAZY_QUERY_EXECUTION=1";
        int rows = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS raw_row");
            s.execute("CREATE TABLE raw_row (period VARCHAR(7) NOT NULL, file_name VARCHAR(255) NOT NULL,"
                    + " record_no BIGINT NOT NULL, line_no BIGINT NOT NULL, file_unit_code VARCHAR(16) NOT NULL,"
                    + " delimiter VARCHAR(1) NOT NULL, unit_code VARCHAR(1000), period_text VARCHAR(1000),"
                    + " indicator_code VARCHAR(1000), value_text VARCHAR(1000), field_count INT NOT NULL,"
                    + " header_size INT NOT NULL, PRIMARY KEY (period, file_name, record_no))");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO raw_row VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    ps.setString(1, "2025-Q4");
                    ps.setString(2, "01_2025-Q4.csv");
                    ps.setLong(3, i + 2);
                    ps.setLong(4, i + 2);
                    ps.setString(5, "01");
                    ps.setString(6, ",");
                    ps.setString(7, "01");
                    ps.setString(8, "2025-Q4");
                    ps.setString(9, "HT_CHI_TIEU_" + i % 26);
                    ps.setString(10, i % 100 + ".5");
                    ps.setInt(11, 5);
                    ps.setInt(12, 5);
                    ps.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            long inserted = System.nanoTime();
            c.commit();
            long committed = System.nanoTime();
            System.out.printf(java.util.Locale.ROOT, "rows=%d insert_seconds=%.3f commit_seconds=%.3f seconds=%.3f%n",
                    rows, (inserted - start) / 1e9, (committed - inserted) / 1e9, (committed - start) / 1e9);
        }
    }
}
