package org.guildhall.hr.expenses.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MileageTest {

    static String allowance(Mileage.Vehicle vehicle, String before, String miles) {
        return Mileage.allowance(vehicle, new BigDecimal(before), new BigDecimal(miles)).toString();
    }

    @Test
    void carsAre45pUpTo10000MilesAnd25pAfter() {
        assertEquals("45.00", allowance(Mileage.Vehicle.CAR, "0", "100"));
        assertEquals("25.00", allowance(Mileage.Vehicle.CAR, "10000", "100"));
        assertEquals("4500.00", allowance(Mileage.Vehicle.CAR, "0", "10000"));
    }

    @Test
    void aClaimThatCrosses10000MilesIsPricedInTwoParts() {
        // 9,950 before: 50 miles at 45p (22.50) and 150 at 25p (37.50)
        assertEquals("60.00", allowance(Mileage.Vehicle.CAR, "9950", "200"));
        assertEquals("0.45", allowance(Mileage.Vehicle.CAR, "9999", "1"));
        assertEquals("0.70", allowance(Mileage.Vehicle.CAR, "9999", "2"));
        assertEquals("2.13", allowance(Mileage.Vehicle.CAR, "9999.5", "8.1"), "0.5 at 45p (0.225) and 7.6 at 25p (1.90): 2.125, half up");
    }

    @Test
    void motorcyclesAndBicyclesHaveOneRate() {
        assertEquals("2400.24", allowance(Mileage.Vehicle.MOTORCYCLE, "0", "10001"));
        assertEquals("4.00", allowance(Mileage.Vehicle.BICYCLE, "20000", "20"));
    }

    @Test
    void negativeMilesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> allowance(Mileage.Vehicle.CAR, "0", "-1"));
    }
}
