package vn.dxscorecard.shared;

import java.nio.file.FileSystemException;

/**
 * A failure in one line for the console: a file system fault names its file (a full disk
 * alone says only "No space left on device", and the log file with the rest may be on
 * that same disk); anything else, its innermost cause.
 */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileSystemException named && named.getFile() != null) {
                return named.getClass().getSimpleName() + ": " + named.getMessage();
            }
            root = t;
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

}
