package org.guildhall.platform.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.guildhall.platform.time.IsoDate;

/** The day, month and year boxes of a GOV.UK date input, read as one date the way every form here reads them. */
public final class DateInput {

    private DateInput() {
    }

    /** True when all three boxes were left empty. */
    public static boolean blank(String day, String month, String year) {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /**
     * The date the boxes give; refused when it is not a real day, its year is not four digits, or it lies outside the
     * dates any field takes ({@link IsoDate#EARLIEST} to {@link IsoDate#LATEST}).
     */
    public static LocalDate of(String day, String month, String year) {
        if (!year.matches("\\d{4}")) {
            throw new DateTimeException("the year must be four digits");
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            if (date.isBefore(IsoDate.EARLIEST) || date.isAfter(IsoDate.LATEST)) {
                throw new DateTimeException("out of range");
            }
            return date;
        } catch (NumberFormatException notANumber) {
            throw new DateTimeException("not a number", notANumber);
        }
    }
}
