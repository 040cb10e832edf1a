package org.guildhall.procurement.supplier.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * A UK VAT registration number: GB and 9 digits, or 12 for a branch of a group. The 9-digit core carries HMRC's check
 * digits: its first seven digits weighted 8 down to 2, plus the last two as a number, are a multiple of 97 (the first
 * series) or are one once 55 is added (the series issued since 2010).
 */
public final class VatNumber {

    private VatNumber() {
    }

    /** The number as stored ({@code GB123456789}), or empty when it is not a valid one. Spaces and a lower-case gb are fine. */
    public static Optional<String> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String text = written.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
        if (!text.matches("GB([0-9]{9}|[0-9]{12})")) {
            return Optional.empty();
        }
        String core = text.substring(2, 11);
        int total = Integer.parseInt(core.substring(7));
        for (int i = 0; i < 7; i++) {
            total += (8 - i) * (core.charAt(i) - '0');
        }
        return total % 97 == 0 || (total + 55) % 97 == 0 ? Optional.of(text) : Optional.empty();
    }
}
