package org.guildhall.hr.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NiNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"AB123456C", "ab 12 34 56 c", "JG103759A", "ZY123456D", "CE123456B", "OA123456A", "TZ000000A"})
    void numbersInHmrcsFormatAreAccepted(String text) {
        assertTrue(NiNumber.isValid(NiNumber.normalise(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DA123456A", "FA123456A", "IA123456A", "QA123456A", "UA123456A", "VA123456A", // first letter D F I Q U V
            "AD123456A", "AF123456A", "AI123456A", "AQ123456A", "AU123456A", "AV123456A", // second letter D F I Q U V
            "AO123456A",                                                                  // second letter O
            "BG123456A", "GB123456A", "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A", // never allocated
            "AB123456E", "AB123456", "AB12345C", "AB1234567C", "A1123456C", "QQ123456C", "", "AB 12 34 56 Z"})
    void numbersOutsideItAreRefused(String text) {
        assertFalse(NiNumber.isValid(NiNumber.normalise(text)), text);
    }

    @Test
    void parsingNormalisesSpacesAndCase() {
        assertEquals("AB123456C", NiNumber.parse(" ab 12 34 56 c ").value());
        assertThrows(IllegalArgumentException.class, () -> NiNumber.parse(null));
    }
}
