package vn.dxscorecard.intake;

import java.util.Locale;

/** What became of a file seen in the input folder (files.csv, SPEC §6). */
public enum FileStatus {
    ACCEPTED, REJECTED, SUPERSEDED, DUPLICATE, IGNORED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
