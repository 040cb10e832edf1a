package org.guildhall.payroll.run.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;

/** HMRC's P9X at a year end, with the 2021 uplift (L +7, M +8, N +6) where one is needed. */
class TaxCodeUpliftTest {

    static final TaxCodeUplift P9X_2021 = new TaxCodeUplift(new TaxYear(2021), 7, 8, 6, "P9X(2021)");

    static Optional<String> uplift(String code) {
        return P9X_2021.apply(TaxCode.parse(code));
    }

    @Test
    void cumulativeLMAndNCodesGoUpByTheirUnitsWhateverTheirRegion() {
        assertEquals(Optional.of("1257L"), uplift("1250L"));
        assertEquals(Optional.of("S1257L"), uplift("S1250L"));
        assertEquals(Optional.of("C1383M"), uplift("C1375M"));
        assertEquals(Optional.of("1131N"), uplift("1125N"));
    }

    @Test
    void everyOtherCodeAndAWeekOneMonthOneCodeIsCarriedForwardAsItIs() {
        for (String code : new String[] {"1250L W1", "1250L M1", "1250T", "K475", "SK100", "BR", "D0", "SD1", "0T", "NT", "C0T"}) {
            assertEquals(Optional.empty(), uplift(code), code);
        }
    }

    @Test
    void thePublishedUpliftsCarryTheNextTaxYearAndTheFrozenAllowanceAddsNothing() {
        TaxCodeUplift next = TaxCodeUplift.published().get(new TaxYear(2027));
        assertEquals(0, next.l() + next.m() + next.n());
        assertEquals(Optional.empty(), next.apply(TaxCode.parse("1257L")));
    }
}
