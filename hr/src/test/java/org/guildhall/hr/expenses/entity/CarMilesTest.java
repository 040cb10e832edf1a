package org.guildhall.hr.expenses.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.guildhall.hr.expenses.entity.Mileage.Vehicle;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;

/** HMRC's 45p for the first 10,000 car miles of the employee's tax year, 25p after, counted across claims and lines. */
class CarMilesTest {

    static final LocalDate LAST_DAY_2025_26 = LocalDate.of(2026, 4, 5);
    static final LocalDate FIRST_DAY_2026_27 = LocalDate.of(2026, 4, 6);

    static String allowance(CarMiles miles, Vehicle vehicle, LocalDate date, String driven) {
        return miles.allowance(vehicle, date, new BigDecimal(driven)).toString();
    }

    @Test
    void a_journey_that_straddles_10000_miles_is_priced_in_two_parts() {
        CarMiles miles = new CarMiles(Map.of(new TaxYear(2025), new BigDecimal("9950")));
        // 50 miles at 45p (22.50) and 150 at 25p (37.50)
        assertEquals("60.00", allowance(miles, Vehicle.CAR, LAST_DAY_2025_26, "200"));
        assertEquals("25.00", allowance(miles, Vehicle.CAR, LAST_DAY_2025_26, "100"), "the year is past 10,000 now");
    }

    @Test
    void journeys_count_on_until_the_threshold_and_exactly_10000_is_all_at_45p() {
        CarMiles miles = new CarMiles(Map.of(new TaxYear(2025), BigDecimal.ZERO));
        assertEquals("4049.55", allowance(miles, Vehicle.CAR, LocalDate.of(2025, 6, 1), "8999"));
        assertEquals("450.45", allowance(miles, Vehicle.CAR, LocalDate.of(2025, 9, 1), "1001"));
        assertEquals("0.25", allowance(miles, Vehicle.CAR, LocalDate.of(2026, 1, 1), "1"));
    }

    @Test
    void a_new_tax_year_starts_again_at_45p() {
        CarMiles miles = new CarMiles(Map.of(new TaxYear(2025), new BigDecimal("10000"), new TaxYear(2026), BigDecimal.ZERO));
        assertEquals("25.00", allowance(miles, Vehicle.CAR, LAST_DAY_2025_26, "100"));
        assertEquals("45.00", allowance(miles, Vehicle.CAR, FIRST_DAY_2026_27, "100"));
        assertEquals("25.00", allowance(miles, Vehicle.CAR, LAST_DAY_2025_26, "100"), "the old year keeps its count");
    }

    @Test
    void motorcycles_are_24p_and_bicycles_20p_whatever_the_car_miles_and_are_not_counted() {
        CarMiles miles = new CarMiles(Map.of(new TaxYear(2025), new BigDecimal("9999")));
        assertEquals("24.00", allowance(miles, Vehicle.MOTORCYCLE, LAST_DAY_2025_26, "100"));
        assertEquals("20.00", allowance(miles, Vehicle.BICYCLE, LAST_DAY_2025_26, "100"));
        assertEquals("0.45", allowance(miles, Vehicle.CAR, LAST_DAY_2025_26, "1"), "the 10,000th mile is still at 45p");
    }

    @Test
    void a_year_whose_earlier_miles_were_not_given_is_not_guessed() {
        CarMiles miles = new CarMiles(Map.of(new TaxYear(2025), BigDecimal.ZERO));
        assertThrows(IllegalStateException.class, () -> allowance(miles, Vehicle.CAR, FIRST_DAY_2026_27, "10"));
        assertEquals("2.40", allowance(miles, Vehicle.MOTORCYCLE, FIRST_DAY_2026_27, "10"), "only cars are counted");
    }
}
