package org.guildhall.hr.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.guildhall.platform.measure.Measured;
import org.junit.jupiter.api.Test;

class OnboardingErrorsTest {

    @Test
    void problemsAreCountedPerThousandRowsCheckedToTwoPlaces() {
        Measured measured = HrMeasures.onboardingErrors(1_234, 50);
        assertEquals(new BigDecimal("40.52"), measured.value()); // 50 000 / 1 234 = 40.5186...
        assertEquals(1_234, measured.count());
        assertEquals(Measured.Unit.PER_THOUSAND, measured.unit());
        assertEquals(new BigDecimal("333.33"), HrMeasures.onboardingErrors(3, 1).value());
        assertEquals(new BigDecimal("0.00"), HrMeasures.onboardingErrors(400, 0).value());
    }

    @Test
    void aMonthWithNoRowsCheckedHasNoFigureRatherThanZero() {
        Measured measured = HrMeasures.onboardingErrors(0, 0);
        assertNull(measured.value());
        assertNull(measured.headline());
        assertEquals(0, measured.count());
    }
}
