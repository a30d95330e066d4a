package vn.dxscorecard.delivery;

/** The delivery job's name and parameters. */
final class DeliveryJob {

    static final String NAME = "dxDeliveryJob";

    /** Identifying: every delivery run is an instance of its own. */
    static final String RUN = "run";

    /**
     * Not identifying: the periods the launch handled, comma-separated; empty for a run
     * that only retries.
     */
    static final String PERIODS = "periods";

    static final String PERIODS_VALUE = "#{jobParameters['" + PERIODS + "']}";

    private DeliveryJob() {
    }

}
