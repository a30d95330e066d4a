package vn.dxscorecard.ops;

/** The process exit codes of SPEC §7, documented in README. */
public final class ExitCodes {

    public static final int COMPLETED = 0;

    public static final int FAILED = 1;

    public static final int BAD_ARGUMENTS = 2;

    public static final int LOCKED = 3;

    /**
     * Published, but some messages of SPEC §9 remain undelivered; the next launch retries
     * them.
     */
    public static final int UNDELIVERED = 4;

    private ExitCodes() {
    }

}
