package org.guildhall.platform.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A BACS Standard 18 credit file, written a line at a time so that a file of any size is never held: the volume and
 * header labels, one 100-character credit record per payment, the contra record(s) debiting the originating account
 * with the total, and the trailer labels with the totals and counts. Labels are 80 characters, records 100, each line
 * ended by CR LF. Text fields are reduced to what BACS carries (upper-case A-Z, 0-9, space and {@code . & / -}):
 * accents are taken off, anything else dropped.
 */
public final class Bacs18 {

    /** Sort codes are six digits (hyphens and spaces in what is given are ignored), accounts eight, service user numbers six. */
    public static final Pattern SORT_CODE = Pattern.compile("[0-9]{6}");
    public static final Pattern ACCOUNT = Pattern.compile("[0-9]{8}");
    public static final Pattern SERVICE_USER = Pattern.compile("[0-9]{6}");
    /** The most one record, and so one contra, may carry: 11 digits of pence. */
    public static final long MOST_PENCE = 99_999_999_999L;
    static final String CREDIT = "99";
    static final String DEBIT = "17";
    private static final Pattern NOT_CARRIED = Pattern.compile("[^A-Z0-9 .&/-]");

    /** The account the payments leave from and the service user submitting them. */
    public record Originator(String sortCode, String accountNumber, String accountName, String serviceUserNumber) {
        public Originator {
            sortCode = digits(sortCode);
            accountNumber = digits(accountNumber);
            if (!SORT_CODE.matcher(sortCode).matches() || !ACCOUNT.matcher(accountNumber).matches()
                    || serviceUserNumber == null || !SERVICE_USER.matcher(serviceUserNumber).matches()) {
                throw new IllegalArgumentException("an originator needs a 6-digit sort code, an 8-digit account and a 6-digit service user number");
            }
        }
    }

    private final Writer out;
    private final Originator originator;
    private final String serial;
    private final String header1;
    private final String header2;
    private long credits;
    private long creditCount;
    private long debits;
    private long debitCount;

    /**
     * Starts the file: {@code serial}, six characters naming this submission; {@code processing}, the BACS processing
     * day (two working days before the money arrives).
     */
    public Bacs18(Writer out, Originator originator, String serial, LocalDate created, LocalDate processing) {
        this.out = out;
        this.originator = originator;
        this.serial = fit(text(serial), 6);
        String sun = originator.serviceUserNumber();
        this.header1 = fit("A" + sun + "S", 17) + this.serial + "00010001" + "      " + julian(created) + julian(created.plusDays(1))
                + " " + "000000" + " ".repeat(20);
        this.header2 = "F0200000100" + " ".repeat(65);
        line("VOL1" + this.serial + " " + " ".repeat(26) + "    " + sun + "    " + " ".repeat(28) + "1", 80);
        line("HDR1" + header1, 80);
        line("HDR2" + header2, 80);
        line("UHL1" + julian(processing) + "999999    " + "00" + "000000" + "1 DAILY  " + "001" + " ".repeat(40), 80);
    }

    /** A credit of {@code pence} to an account, with the payer's reference and the payee's name as the bank shows them. */
    public void credit(String sortCode, String accountNumber, long pence, String reference, String name) {
        if (pence <= 0 || pence > MOST_PENCE) {
            throw new IllegalArgumentException("a credit is 1 to " + MOST_PENCE + " pence");
        }
        record(digits(sortCode), digits(accountNumber), CREDIT, pence, reference, name);
        credits += pence;
        creditCount++;
    }

    /** Ends the file: the contra debiting the originator with the credits' total (in parts of at most MOST_PENCE), and the trailers. */
    public void finish() {
        long left = credits;
        while (left > 0) {
            long part = Math.min(left, MOST_PENCE);
            record(originator.sortCode(), originator.accountNumber(), DEBIT, part, "CONTRA", originator.accountName());
            debits += part;
            debitCount++;
            left -= part;
        }
        line("EOF1" + header1, 80);
        line("EOF2" + header2, 80);
        line("UTL1" + pad(debits, 13) + pad(credits, 13) + pad(debitCount, 7) + pad(creditCount, 7) + " ".repeat(36), 80);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long credits() {
        return credits;
    }

    public long creditCount() {
        return creditCount;
    }

    private void record(String sortCode, String account, String code, long pence, String reference, String name) {
        if (!SORT_CODE.matcher(sortCode).matches() || !ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("a payment needs a 6-digit sort code and an 8-digit account");
        }
        line(sortCode + account + "0" + code + originator.sortCode() + originator.accountNumber() + "    " + pad(pence, 11)
                + fit(text(originator.accountName()), 18) + fit(text(reference), 18) + fit(text(name), 18), 100);
    }

    private void line(String text, int length) {
        if (text.length() != length) {
            throw new IllegalStateException("a BACS line of " + text.length() + " characters, not " + length + ": " + text);
        }
        try {
            out.write(text);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What BACS carries of {@code text}: accents taken off, upper case, other characters dropped. */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        return NOT_CARRIED.matcher(plain).replaceAll("");
    }

    /** " YYDDD": a space, the year's last two digits and the day of the year. */
    static String julian(LocalDate day) {
        return " %02d%03d".formatted(day.getYear() % 100, day.getDayOfYear());
    }

    private static String digits(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "");
    }

    private static String fit(String text, int length) {
        return text.length() >= length ? text.substring(0, length) : text + " ".repeat(length - text.length());
    }

    private static String pad(long number, int digits) {
        return String.format("%0" + digits + "d", number);
    }
}
