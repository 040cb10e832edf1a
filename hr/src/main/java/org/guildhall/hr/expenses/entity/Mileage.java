package org.guildhall.hr.expenses.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.guildhall.platform.money.Money;

/**
 * HMRC's approved mileage allowance payments: cars and vans 45p a mile for the first 10,000 business miles of the tax
 * year and 25p after; motorcycles 24p; bicycles 20p. A claim that crosses 10,000 miles is priced in two parts.
 */
public final class Mileage {

    public enum Vehicle { CAR, MOTORCYCLE, BICYCLE }

    public static final BigDecimal CAR_THRESHOLD_MILES = new BigDecimal("10000");
    private static final BigDecimal CAR_FIRST = new BigDecimal("0.45");
    private static final BigDecimal CAR_AFTER = new BigDecimal("0.25");
    private static final BigDecimal MOTORCYCLE = new BigDecimal("0.24");
    private static final BigDecimal BICYCLE = new BigDecimal("0.20");

    private Mileage() {
    }

    /** The allowance for {@code miles} when {@code milesBefore} business miles were already claimed this tax year. */
    public static Money allowance(Vehicle vehicle, BigDecimal milesBefore, BigDecimal miles) {
        if (miles.signum() < 0 || milesBefore.signum() < 0) {
            throw new IllegalArgumentException("miles cannot be negative");
        }
        BigDecimal amount = switch (vehicle) {
            case MOTORCYCLE -> miles.multiply(MOTORCYCLE);
            case BICYCLE -> miles.multiply(BICYCLE);
            case CAR -> {
                BigDecimal leftAtFirstRate = CAR_THRESHOLD_MILES.subtract(milesBefore).max(BigDecimal.ZERO);
                BigDecimal atFirst = miles.min(leftAtFirstRate);
                yield atFirst.multiply(CAR_FIRST).add(miles.subtract(atFirst).multiply(CAR_AFTER));
            }
        };
        return Money.ofRounded(amount.setScale(4, RoundingMode.HALF_UP));
    }
}
