package vn.dxscorecard.shared;

/**
 * The names by which the launcher and the steps know the quarterly scorecard job (the
 * delivery job has its names in {@code delivery}): the launcher starts it by name, the
 * steps read their period from its parameters. No feature depends on the job's
 * configuration.
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

    /** Identifying: the period's edition this instance publishes (SPEC §8). */
    public static final String EDITION = "edition";

    /**
     * Not identifying: provisional, final or correction, decided when the instance
     * starts.
     */
    public static final String STATUS = "status";

    /** Not identifying: why the launcher published this edition, for the summary. */
    public static final String REASON = "reason";

    /** The period parameter for {@code @Value} in step-scoped beans. */
    public static final String PERIOD_VALUE = "#{jobParameters['" + PERIOD + "']}";

    public static final String GENERATED_AT_VALUE = "#{jobParameters['" + GENERATED_AT + "']}";

    public static final String EDITION_VALUE = "#{jobParameters['" + EDITION + "']}";

    public static final String STATUS_VALUE = "#{jobParameters['" + STATUS + "']}";

    private ScorecardJob() {
    }

}
