package vn.dxscorecard.intake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemReader;

import vn.dxscorecard.shared.Period;

/**
 * The period's staged rows, file by file in name order and by record within a file, read
 * a page at a time on the staging table's key. No cursor stays open across the step's
 * commits and no result larger than a page is held: each page is a short query of its
 * own. It keeps no restart state: a restarted validation step starts over, its partial
 * output removed first.
 */
public class RawRowReader implements ItemReader<RawRow> {

    /** Rows per query: a validation chunk's worth, so a page is read per commit. */
    static final int PAGE_SIZE = 1000;

    private final IntakeRepository staging;

    private final Period period;

    private Iterator<String> files;

    private String file;

    private long lastRecord;

    private final Deque<RawRow> page = new ArrayDeque<>();

    RawRowReader(IntakeRepository staging, Period period) {
        this.staging = staging;
        this.period = period;
    }

    @Override
    public RawRow read() {
        if (files == null) {
            files = staging.stagedFiles(period).iterator();
        }
        while (page.isEmpty()) {
            if (file == null) {
                if (!files.hasNext()) {
                    return null;
                }
                file = files.next();
                lastRecord = 0;
            }
            List<RawRow> rows = staging.rawRows(period, file, lastRecord, PAGE_SIZE);
            if (rows.isEmpty()) {
                file = null;
            }
            else {
                page.addAll(rows);
                lastRecord = rows.getLast().record();
            }
        }
        return page.poll();
    }

}
