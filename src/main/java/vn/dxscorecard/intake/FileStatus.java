package vn.dxscorecard.intake;

import java.util.Locale;

/**
 * What became of a file seen in the input folder (files.csv, SPEC §6); its label is the
 * catalogue's.
 */
public enum FileStatus {

    ACCEPTED, REJECTED, SUPERSEDED, DUPLICATE, IGNORED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The catalogue key of the status as reports name it ("Được sử dụng", "Used"). */
    public String key() {
        return "file.status." + id();
    }

}
