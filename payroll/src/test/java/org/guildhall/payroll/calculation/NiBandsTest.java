package org.guildhall.payroll.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.NationalInsurance;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;

/** NI-able pay split at the 2026-27 LEL (559 a month, 129 a week), PT (1,048; 242) and UEL (4,189; 967). */
class NiBandsTest {

    private static final GrossToNet ENGINE = new GrossToNet(RateTables.standard());
    private static final TaxYear YEAR = TaxYear.parse("2026-27");

    private static List<String> bands(PayFrequency frequency, char letter, String pay) {
        NationalInsurance.Bands b = ENGINE.niBands(YEAR, frequency, letter, new BigDecimal(pay));
        return List.of(b.atLel().toPlainString(), b.lelToPt().toPlainString(), b.ptToUel().toPlainString());
    }

    @Test
    void payIsSplitAtEachThresholdOfItsPeriod() {
        assertEquals(List.of("0.00", "0.00", "0.00"), bands(PayFrequency.MONTHLY, 'A', "558.99"), "below the LEL nothing is recorded");
        assertEquals(List.of("559.00", "0.00", "0.00"), bands(PayFrequency.MONTHLY, 'A', "559.00"));
        assertEquals(List.of("559.00", "441.00", "0.00"), bands(PayFrequency.MONTHLY, 'A', "1000.00"));
        assertEquals(List.of("559.00", "489.00", "1952.34"), bands(PayFrequency.MONTHLY, 'A', "3000.34"));
        assertEquals(List.of("559.00", "489.00", "3141.00"), bands(PayFrequency.MONTHLY, 'M', "9000.00"), "above the UEL is not a band here");
        assertEquals(List.of("129.00", "113.00", "58.00"), bands(PayFrequency.WEEKLY, 'A', "300.00"));
        assertEquals(List.of("0.00", "0.00", "0.00"), bands(PayFrequency.MONTHLY, 'X', "3000.00"), "letter X records no NI");
    }
}
