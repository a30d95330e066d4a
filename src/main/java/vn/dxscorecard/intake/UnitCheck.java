package vn.dxscorecard.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.dxscorecard.feedback.ErrorCode;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.shared.Message;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.Text;

/**
 * Whether a unit code can report for a period (valid on the period's last day, SPEC §2),
 * and if not, what its sender should do instead: codes were merged and reused in 2025, so
 * the message names the code to use.
 */
final class UnitCheck {

    /**
     * Why the code cannot report; {@code replacement} is the code to use instead, when
     * there is one.
     */
    record Problem(ErrorCode code, Object[] args, String replacement) {
    }

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Successor chains are one step in the shipped registry; a longer chain is followed
     * this far.
     */
    private static final int MAX_HOPS = 10;

    private UnitCheck() {
    }

    static Optional<Problem> check(String code, Period period, Registry registry) {
        LocalDate day = period.lastDay();
        if (registry.find(code, day).isPresent()) {
            return Optional.empty();
        }
        List<RegistryUnit> history = registry.history(code);
        if (history.isEmpty()) {
            return Optional.of(new Problem(ErrorCode.FILE_UNKNOWN_UNIT, new Object[] { code }, null));
        }
        Optional<RegistryUnit> ended = history.stream()
            .filter(u -> u.validTo() != null && u.validTo().isBefore(day))
            .findFirst();
        RegistryUnit row = ended.orElse(history.getLast());
        Message advice;
        String replacement = null;
        if (ended.isPresent()) {
            Optional<RegistryUnit> successor = successorOn(ended.get(), day, registry);
            Text since = date(ended.get().validTo().plusDays(1));
            if (successor.isPresent()) {
                RegistryUnit s = successor.get();
                replacement = s.code();
                advice = new Message("unit.replaced-by", since, label(s), s.code(), s.code() + "_" + period + ".csv");
            }
            else {
                advice = new Message("unit.ceased", since);
            }
        }
        else {
            List<RegistryUnit> before = registry.validOn(day)
                .stream()
                .filter(u -> row.code().equals(u.successorCode()))
                .toList();
            replacement = before.size() == 1 ? before.getFirst().code() : null;
            advice = before.isEmpty() ? new Message("unit.not-yet", date(row.validFrom()))
                    : new Message("unit.not-yet.use", date(row.validFrom()),
                            before.stream().map(UnitCheck::label).collect(Collectors.joining(", ")));
        }
        Object[] args = { label(row), date(day), period, advice };
        return Optional.of(new Problem(ErrorCode.FILE_UNIT_NOT_VALID, args, replacement));
    }

    private static Optional<RegistryUnit> successorOn(RegistryUnit ended, LocalDate day, Registry registry) {
        RegistryUnit current = ended;
        for (int hop = 0; hop < MAX_HOPS && current.successorCode() != null; hop++) {
            Optional<RegistryUnit> valid = registry.find(current.successorCode(), day);
            if (valid.isPresent()) {
                return valid;
            }
            LocalDate after = current.validTo();
            Optional<RegistryUnit> next = registry.history(current.successorCode())
                .stream()
                .filter(u -> u.validTo() != null && !u.validFrom().isAfter(after.plusDays(1))
                        && u.validTo().isAfter(after))
                .findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.empty();
    }

    static String label(RegistryUnit unit) {
        return unit.code() + " (" + unit.nameVi() + ")";
    }

    /** Vietnamese messages write dates as 31/12/2025, English ones as 2025-12-31. */
    private static Text date(LocalDate date) {
        return new Text(VI_DATE.format(date), date.toString());
    }

}
