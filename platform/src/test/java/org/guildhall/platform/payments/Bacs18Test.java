package org.guildhall.platform.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Standard 18 layout, position by position, as the facts file gives it (PAYROLL-OUTPUTS.md). */
class Bacs18Test {

    static final Bacs18.Originator FROM = new Bacs18.Originator("20-00-00", "55779911", "DEPT OF EXAMPLES", "123456");

    @Test
    void aFileHasItsLabelsACreditPerPaymentTheContraAndTheTotals() {
        StringWriter out = new StringWriter();
        Bacs18 file = new Bacs18(out, FROM, "000042", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
        file.credit("30-94-30", "00733445", 212_345, "PAY E1", "Zoë O'Brien-Smith");
        file.credit("400515", "12345678", 5, "PAY E2", "A N OTHER");
        file.finish();
        List<String> lines = List.of(out.toString().split("\r\n"));
        assertEquals(10, lines.size());
        String vol1 = lines.get(0);
        assertEquals("VOL1", vol1.substring(0, 4));
        assertEquals("000042", vol1.substring(4, 10));
        assertEquals("123456", vol1.substring(41, 47));
        assertEquals("1", vol1.substring(79, 80));
        String hdr1 = lines.get(1);
        assertEquals("HDR1A123456S", hdr1.substring(0, 12));
        assertEquals("000042", hdr1.substring(21, 27));
        assertEquals("00010001", hdr1.substring(27, 35));
        assertEquals(" 26330", hdr1.substring(41, 47), "26 November 2026 is day 330");
        assertEquals("HDR2F0200000100" + " ".repeat(65), lines.get(2));
        String uhl1 = lines.get(3);
        assertEquals(" 26331", uhl1.substring(4, 10));
        assertEquals("999999", uhl1.substring(10, 16));
        assertEquals("1 DAILY  ", uhl1.substring(28, 37));
        assertEquals("001", uhl1.substring(37, 40));

        String credit = lines.get(4);
        assertEquals(100, credit.length());
        assertEquals("309430", credit.substring(0, 6));
        assertEquals("00733445", credit.substring(6, 14));
        assertEquals("099", credit.substring(14, 17));
        assertEquals("20000055779911", credit.substring(17, 31));
        assertEquals("00000212345", credit.substring(35, 46));
        assertEquals("DEPT OF EXAMPLES  ", credit.substring(46, 64));
        assertEquals("PAY E1            ", credit.substring(64, 82));
        assertEquals("ZOE OBRIEN-SMITH  ", credit.substring(82, 100), "accents off, the apostrophe dropped");
        String contra = lines.get(6);
        assertEquals("2000005577991101720000055779911", contra.substring(0, 31));
        assertEquals("00000212350", contra.substring(35, 46));
        assertEquals("CONTRA            ", contra.substring(64, 82));
        assertEquals("EOF1" + hdr1.substring(4), lines.get(7));
        assertEquals("EOF2" + lines.get(2).substring(4), lines.get(8));
        String utl1 = lines.get(9);
        assertEquals("UTL1" + "0000000212350" + "0000000212350" + "0000001" + "0000002", utl1.substring(0, 44));
        assertEquals(80, utl1.length());
    }

    @Test
    void aContraCarriesAtMostElevenDigitsOfPenceSoABiggerTotalTakesTwo() {
        StringWriter out = new StringWriter();
        Bacs18 file = new Bacs18(out, FROM, "1", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
        file.credit("309430", "00733445", Bacs18.MOST_PENCE, "PAY E1", "ONE");
        file.credit("309430", "00733446", 2, "PAY E2", "TWO");
        file.finish();
        List<String> lines = List.of(out.toString().split("\r\n"));
        assertEquals(List.of("99999999999", "00000000002"), lines.subList(6, 8).stream().map(l -> l.substring(35, 46)).toList());
        assertEquals("UTL1" + "0100000000001" + "0100000000001" + "0000002" + "0000002", lines.get(lines.size() - 1).substring(0, 44));
    }

    @Test
    void badAccountsAndAmountsAreRefused() {
        Bacs18 file = new Bacs18(new StringWriter(), FROM, "1", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
        assertThrows(IllegalArgumentException.class, () -> file.credit("30943", "00733445", 100, "R", "N"));
        assertThrows(IllegalArgumentException.class, () -> file.credit("309430", "0073344", 100, "R", "N"));
        assertThrows(IllegalArgumentException.class, () -> file.credit("309430", "00733445", 0, "R", "N"));
        assertThrows(IllegalArgumentException.class, () -> new Bacs18.Originator("309430", "00733445", "X", "12345"));
    }
}
