package vn.dxscorecard.validation;

import java.util.List;

import vn.dxscorecard.feedback.Rejection;
import vn.dxscorecard.intake.RawRow;

/**
 * A raw row after validation: either accepted, or rejected with one entry per failing
 * column.
 */
public record ValidatedRow(RawRow raw, AcceptedValue accepted, List<Rejection> rejections) {

    public boolean isAccepted() {
        return accepted != null;
    }
}
