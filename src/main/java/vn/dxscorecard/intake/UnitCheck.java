package vn.dxscorecard.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.dxscorecard.reference.Period;
import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.validation.ErrorCode;

/**
 * Whether a unit code can report for a period (valid on the period's last day, SPEC §2), and if not, what its
 * sender should do instead: codes were merged and reused in 2025, so the message names the code to use.
 */
final class UnitCheck {

    /** Why the code cannot report; {@code replacement} is the code to use instead, when there is one. */
    record Problem(ErrorCode code, Object[] args, String replacement) {
    }

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Successor chains are one step in the shipped registry; a longer chain is followed this far. */
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
            return Optional.of(new Problem(ErrorCode.FILE_UNKNOWN_UNIT, new Object[] {code}, null));
        }
        Optional<RegistryUnit> ended = history.stream()
                .filter(u -> u.validTo() != null && u.validTo().isBefore(day)).findFirst();
        RegistryUnit row = ended.orElse(history.getLast());
        ErrorCode.Detail advice;
        String replacement = null;
        if (ended.isPresent()) {
            Optional<RegistryUnit> successor = successorOn(ended.get(), day, registry);
            LocalDate since = ended.get().validTo().plusDays(1);
            if (successor.isPresent()) {
                RegistryUnit s = successor.get();
                replacement = s.code();
                String file = s.code() + "_" + period + ".csv";
                advice = new ErrorCode.Detail(
                        "Từ ngày " + vi(since) + " đơn vị được thay thế bởi " + label(s) + ": hãy nộp báo cáo dưới mã "
                                + s.code() + ", tên tệp " + file + ".",
                        "Since " + since + " it is replaced by " + label(s) + ": send the report under code "
                                + s.code() + ", file name " + file + ".");
            } else {
                advice = new ErrorCode.Detail("Đơn vị hết hiệu lực từ ngày " + vi(since) + ".",
                        "It ceased to exist on " + since + ".");
            }
        } else {
            List<RegistryUnit> before = registry.validOn(day).stream()
                    .filter(u -> row.code().equals(u.successorCode())).toList();
            String codes = before.stream().map(UnitCheck::label).collect(Collectors.joining(", "));
            replacement = before.size() == 1 ? before.getFirst().code() : null;
            advice = before.isEmpty()
                    ? new ErrorCode.Detail("Đơn vị chỉ có hiệu lực từ ngày " + vi(row.validFrom()) + ".",
                            "It exists only from " + row.validFrom() + ".")
                    : new ErrorCode.Detail("Đơn vị chỉ có hiệu lực từ ngày " + vi(row.validFrom())
                            + "; cho kỳ này hãy nộp báo cáo dưới mã của đơn vị lúc đó: " + codes + ".",
                            "It exists only from " + row.validFrom() + "; for this period send the report under"
                                    + " the code valid then: " + codes + ".");
        }
        Object[] args = {label(row), new ErrorCode.Detail(vi(day), day.toString()), period, advice};
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
            Optional<RegistryUnit> next = registry.history(current.successorCode()).stream()
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

    private static String vi(LocalDate date) {
        return VI_DATE.format(date);
    }
}
