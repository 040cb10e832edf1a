package org.guildhall.payroll.calculation.entity;

/** One pay period of a tax year: month 1 to 12, or week 1 to 53, fortnight 1 to 27, four weeks 1 to 14. */
public record PayPeriod(PayFrequency frequency, int number) {

    public PayPeriod {
        if (number < 1 || number > frequency.lastPeriod()) {
            throw new IllegalArgumentException("A " + frequency.described() + " payroll has periods 1 to " + frequency.lastPeriod());
        }
    }

    /**
     * Week 53, or the 27th fortnightly or 14th four-weekly payment (HMRC's weeks 54 and 56): taxed on a week 1, 2 or 4
     * basis, never cumulatively (PAYE Manual PAYE70015).
     */
    public boolean extraWeeksPayment() {
        return number > frequency.regularPeriods();
    }

    /** Weeks or months from the start of the tax year to the end of this period. */
    public int unitsToDate() {
        return number * frequency.unitsPerPeriod();
    }
}
