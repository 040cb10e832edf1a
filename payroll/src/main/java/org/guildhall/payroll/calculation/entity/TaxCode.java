package org.guildhall.payroll.calculation.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A PAYE tax code as HMRC issues it: an optional S (Scotland) or C (Wales) prefix; then an allowance with a suffix
 * (1257L, 1257M, 1257N, 1257T, 0T), a K code (K475), BR, D0, D1 (Scotland: SD0 to SD3, as many as its bands above the
 * basic rate), or NT; then optionally W1, M1 or X (also written W1/M1), which mark the code as non-cumulative.
 *
 * @param number the code number: the allowance (or the K code's addition) in tens of pounds; for D codes the digit
 */
public record TaxCode(String text, TaxRegion region, Kind kind, int number, boolean nonCumulative) {

    /** What a code tells the calculation to do. */
    public enum Kind {
        /** Free pay from the code number (0T is this with 0). */
        ALLOWANCE,
        /** Additional pay from the code number, added to pay. */
        K,
        /** Every pound at the basic rate. */
        BASIC_RATE,
        /** Every pound at the rate {@code number} steps above the basic rate (D0 the next one up). */
        HIGHER_RATE,
        /** No tax. */
        NO_TAX
    }

    private static final int MAX_DIGITS = 6;
    /** A code followed by something like a week or month marker that is not W1 or M1 (1257L W2, BR M12). */
    private static final Pattern WRONG_MARKER = Pattern.compile(".*(?:[0-9]|BR|NT)[LMNT]?(?:W|M|WK|MTH)[0-9]+");

    /**
     * Reads a code, tolerating lower case and spaces ({@code "s1257l w1"}); a code HMRC would not issue is refused
     * with a message that says what is wrong with it.
     */
    public static TaxCode parse(String written) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("Enter a tax code, such as 1257L");
        }
        String code = withoutWhitespace(written).toUpperCase(Locale.ROOT);
        boolean nonCumulative = false;
        if (code.equals("W1") || code.equals("M1") || code.equals("X") || code.equals("W1/M1") || code.equals("M1/W1")) {
            throw refused(written, "W1, M1 and X mark a code as non-cumulative; write the code before it, as in 1257L W1");
        }
        for (String marker : new String[] {"W1/M1", "M1/W1", "W1", "M1", "X"}) {
            if (code.endsWith(marker) && code.length() > marker.length()) {
                code = code.substring(0, code.length() - marker.length());
                nonCumulative = true;
                break;
            }
        }
        // A wrong marker always ends in a digit, so most codes (1257L, BR) never reach the regular expression.
        if (!nonCumulative && isDigit(code.charAt(code.length() - 1)) && WRONG_MARKER.matcher(code).matches()) {
            throw refused(written, "the only markers after a code are W1, M1 and X, for a non-cumulative code");
        }
        TaxRegion region = TaxRegion.REST_OF_UK;
        if (code.startsWith("S") || code.startsWith("C")) {
            region = code.charAt(0) == 'S' ? TaxRegion.SCOTLAND : TaxRegion.WALES;
            code = code.substring(1);
        }
        String normal = region.prefix() + code + (nonCumulative ? " W1/M1" : "");
        if (code.isEmpty()) {
            throw refused(written, "it has a prefix but no code after it");
        }
        if (code.equals("BR")) {
            return new TaxCode(normal, region, Kind.BASIC_RATE, 0, nonCumulative);
        }
        if (code.equals("NT")) {
            return new TaxCode(normal, region, Kind.NO_TAX, 0, nonCumulative);
        }
        if (code.charAt(0) == 'D') {
            if (code.length() != 2 || !isDigit(code.charAt(1))) {
                throw refused(written, "a D code is D followed by one digit, such as D0 or D1");
            }
            return new TaxCode(normal, region, Kind.HIGHER_RATE, code.charAt(1) - '0', nonCumulative);
        }
        if (code.charAt(0) == 'K') {
            int number = codeNumber(written, code.substring(1), "a K code is K followed by a number, such as K475");
            if (number == 0) {
                throw refused(written, "a K code's number is at least 1");
            }
            return new TaxCode(normal, region, Kind.K, number, nonCumulative);
        }
        char suffix = code.charAt(code.length() - 1);
        if (isDigit(suffix)) {
            throw refused(written, "an allowance needs a suffix letter L, M, N or T after the number, as in 1257L");
        }
        if ("LMNT".indexOf(suffix) < 0) {
            throw refused(written, "'" + suffix + "' is not a suffix HMRC uses; the suffix is L, M, N or T");
        }
        int number = codeNumber(written, code.substring(0, code.length() - 1),
                "an allowance is a number followed by L, M, N or T, such as 1257L");
        return new TaxCode(normal, region, Kind.ALLOWANCE, number, nonCumulative);
    }

    /** Without any whitespace: the HTTP endpoint reads a code a call, so no regular expression here. */
    private static String withoutWhitespace(String written) {
        StringBuilder kept = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (!Character.isWhitespace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static int codeNumber(String written, String digits, String expected) {
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> isDigit((char) c))) {
            throw refused(written, expected + (digits.length() > MAX_DIGITS ? " (at most " + MAX_DIGITS + " digits)" : ""));
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw refused(written, "the number does not start with 0");
        }
        return Integer.parseInt(digits);
    }

    /** 0 to 9 only: {@link Character#isDigit} would take other scripts' digits too. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException refused(String written, String why) {
        return new IllegalArgumentException(written.strip() + " is not a tax code: " + why);
    }

    @Override
    public String toString() {
        return text;
    }
}
