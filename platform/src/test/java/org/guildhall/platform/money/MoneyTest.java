package org.guildhall.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesAndWritesTwoDecimalPlaces() {
        assertEquals("1234.50", Money.parse("1234.5").toString());
        assertEquals("0.00", Money.parse("0").toString());
        assertEquals("-12.00", Money.parse("-12").toString());
        assertEquals(Money.parse("1.10"), Money.parse("1.1"));
    }

    @Test
    void refusesWhatIsNotAnExactAmountInPence() {
        for (String bad : new String[] {null, "", "1.234", "1e3", "1,000.00", "£5", "abc", " ", "1.", ".5", "123456789012345678"}) {
            assertThrows(IllegalArgumentException.class, () -> Money.parse(bad), String.valueOf(bad));
        }
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("0.001")));
    }

    @Test
    void arithmeticIsExactAndOnlyRoundingRounds() {
        assertEquals("0.30", Money.parse("0.10").plus(Money.parse("0.20")).toString());
        assertEquals("-0.10", Money.parse("0.10").minus(Money.parse("0.20")).toString());
        assertEquals("0.13", Money.ofRounded(new BigDecimal("0.125")).toString());
        assertEquals("0.12", Money.ofRounded(new BigDecimal("0.1249")).toString());
        assertTrue(Money.parse("0.01").isPositive());
        assertTrue(Money.ZERO.isZero());
    }
}
