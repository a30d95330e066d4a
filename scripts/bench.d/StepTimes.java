import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/** Per-step durations of the last job execution, read from the Spring Batch job repository (H2 file). */
public class StepTimes {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0] + "/dx-scorecard", "sa", "");
                ResultSet rs = c.createStatement().executeQuery("""
                        SELECT STEP_NAME, DATEDIFF('MILLISECOND', START_TIME, END_TIME), READ_COUNT, WRITE_COUNT
                        FROM BATCH_STEP_EXECUTION
                        WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
                        ORDER BY STEP_EXECUTION_ID""")) {
            while (rs.next()) {
                System.out.printf("%s=%d%n", rs.getString(1), rs.getLong(2));
            }
        }
    }
}
