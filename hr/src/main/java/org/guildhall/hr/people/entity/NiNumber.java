package org.guildhall.hr.people.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A National Insurance number in HMRC's format: two prefix letters (neither D, F, I, Q, U or V; the second not O;
 * not BG, GB, KN, NK, NT, TN or ZZ), six digits, and a suffix A to D. Stored without spaces, in capitals.
 */
public record NiNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]");
    private static final Set<String> NOT_ALLOCATED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    public NiNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a National Insurance number");
        }
    }

    /** Parses what a person typed: spaces ignored, any case. */
    public static NiNumber parse(String text) {
        return new NiNumber(normalise(text));
    }

    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String normalised) {
        return normalised != null && FORMAT.matcher(normalised).matches() && !NOT_ALLOCATED.contains(normalised.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
