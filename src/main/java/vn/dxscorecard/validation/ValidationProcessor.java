package vn.dxscorecard.validation;

import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.dxscorecard.intake.IntakeRepository;
import vn.dxscorecard.intake.RawRow;

/**
 * Applies the row rules to each staged row; duplicates are known from the whole file,
 * looked up once.
 */
public class ValidationProcessor implements ItemProcessor<RawRow, ValidatedRow> {

    private final RowValidator validator;

    private final Set<String> duplicates;

    ValidationProcessor(RowValidator validator, Set<String> duplicates) {
        this.validator = validator;
        this.duplicates = duplicates;
    }

    @Override
    public ValidatedRow process(RawRow row) {
        boolean duplicate = row.indicatorCode() != null
                && duplicates.contains(IntakeRepository.indicatorKey(row.fileName(), row.indicatorCode()));
        return validator.validate(row, duplicate);
    }

}
