package vn.dxscorecard.shared;

/**
 * The names by which the launcher and the steps know the one job: the launcher starts it
 * by name, the steps read their period from its parameters. No feature depends on the
 * job's configuration.
 */
public final class ScorecardJob {

    public static final String NAME = "dxScorecardJob";

    /** Identifying: a period's result is one job instance. */
    public static final String PERIOD = "period";

    /**
     * Not identifying: the instant the run's outputs are stamped with, fixed when the
     * instance starts so a restarted run stamps what the first attempt would have.
     */
    public static final String GENERATED_AT = "generatedAt";

    /** The period parameter for {@code @Value} in step-scoped beans. */
    public static final String PERIOD_VALUE = "#{jobParameters['" + PERIOD + "']}";

    public static final String GENERATED_AT_VALUE = "#{jobParameters['" + GENERATED_AT + "']}";

    private ScorecardJob() {
    }

}
