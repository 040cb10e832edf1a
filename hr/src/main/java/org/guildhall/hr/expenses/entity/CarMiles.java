package org.guildhall.hr.expenses.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.time.TaxYear;

/**
 * The car and van miles counted towards each tax year's first 10,000 at 45p: those of the employee's claims already
 * submitted or approved, then each line priced here in turn, so the lines of one claim count against each other too.
 * Motorcycle and bicycle miles have one rate and are not counted.
 */
public final class CarMiles {

    private final Map<TaxYear, BigDecimal> counted;

    /** {@code claimedBefore}: the miles already counted in every tax year a car line to be priced falls in. */
    public CarMiles(Map<TaxYear, BigDecimal> claimedBefore) {
        this.counted = new HashMap<>(claimedBefore);
    }

    /** The allowance for a journey on {@code date}; car and van miles are counted on in the journey's tax year. */
    public Money allowance(Mileage.Vehicle vehicle, LocalDate date, BigDecimal miles) {
        if (vehicle != Mileage.Vehicle.CAR) {
            return Mileage.allowance(vehicle, BigDecimal.ZERO, miles);
        }
        TaxYear year = TaxYear.of(date);
        BigDecimal before = counted.get(year);
        if (before == null) {
            throw new IllegalStateException("the miles claimed before in " + year + " were not given");
        }
        counted.put(year, before.add(miles));
        return Mileage.allowance(Mileage.Vehicle.CAR, before, miles);
    }
}
