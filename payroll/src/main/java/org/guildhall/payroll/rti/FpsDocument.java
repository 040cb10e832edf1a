package org.guildhall.payroll.rti;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.guildhall.platform.time.TaxYear;

/**
 * HMRC's RTI Full Payment Submission for one payment date, in its GovTalk envelope, with its IRmark: SHA-1 over the
 * canonical form of the Body (with the envelope's namespace it inherits, without the IRmark element). The employees are
 * read once and their part of the Body written to a scratch file as it goes into SHA-1, so the document is never held,
 * and a submission for 100,000 employees streams in bounded memory.
 * Element names and order follow HMRC's FPS schema (2014-15 artefacts, with the 2025-26 Payment order); the namespace
 * is the tax year's.
 */
public final class FpsDocument {

    static final String ENVELOPE = "http://www.govtalk.gov.uk/CM/envelope";

    /** The employer's references and the submission's tax year and payment date. */
    public record Employer(String officeNumber, String officeReference, String accountsOfficeReference, TaxYear year) {
    }

    /** One NI letter's figures for the employee: this period's (nothing unless it is the payslip's letter) and the year's. */
    public record Letter(char letter, BigDecimal grossInPeriod, BigDecimal grossToDate, BigDecimal atLelToDate, BigDecimal lelToPtToDate,
                         BigDecimal ptToUelToDate, BigDecimal totalNicInPeriod, BigDecimal totalNicToDate, BigDecimal employeeInPeriod,
                         BigDecimal employeeToDate) {
    }

    /**
     * One employee's payment. {@code startDate} and {@code starterDeclaration} only on a starter's first submission;
     * {@code leavingDate} only when they leave in it; {@code frequency} MONTHLY, WEEKLY, FORTNIGHTLY or FOUR_WEEKLY;
     * {@code taxCode} as the payslip has it (a region prefix S or C and a W1, M1 or X basis are read off it).
     */
    public record Employee(String nino, String givenName, String familyName, List<String> addressLines, String postcode,
                           LocalDate birthDate, char gender, LocalDate startDate, Character starterDeclaration, String payId,
                           LocalDate leavingDate, BigDecimal taxablePayToDate, BigDecimal taxToDate, BigDecimal studentLoansToDate,
                           BigDecimal postgraduateLoansToDate, String frequency, LocalDate paymentDate, int period, BigDecimal weeklyHours,
                           String taxCode, BigDecimal taxablePay, BigDecimal payAfterStatutoryDeductions, BigDecimal studentLoan,
                           String studentLoanPlan, BigDecimal postgraduateLoan, BigDecimal tax, List<Letter> letters) {
    }

    private FpsDocument() {
    }

    public static String namespace(TaxYear year) {
        return "http://www.govtalk.gov.uk/taxation/PAYE/RTI/FullPaymentSubmission/" + shortYear(year) + "/1";
    }

    /**
     * Writes the message to {@code output}, reading the employees once: their part of the Body goes into SHA-1 and into
     * {@code scratch} as it is made; then the IRmark (SHA-1 over the Body's opening for the mark, that part and the
     * Body's close) is known, and the message is written with the part copied back from {@code scratch}.
     */
    public static String write(OutputStream output, Employer employer, Consumer<Consumer<Employee>> employees, Path scratch) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required", e);
        }
        sha1.update(opening(employer, null));
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(scratch), 64 * 1024)) {
            CanonicalXml part = new CanonicalXml(new DigestOutputStream(file, sha1));
            employees.accept(employee -> employee(part, employee));
            part.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sha1.update(CLOSING);
        String irmark = Base64.getEncoder().encodeToString(sha1.digest());
        try {
            output.write(header(employer));
            output.write(opening(employer, irmark));
            Files.copy(scratch, output);
            output.write(CLOSING);
            output.write("</GovTalkMessage>".getBytes(StandardCharsets.UTF_8));
            output.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return irmark;
    }

    private static final byte[] CLOSING = "</FullPaymentSubmission></IRenvelope></Body>".getBytes(StandardCharsets.UTF_8);

    /** The envelope up to the Body. */
    private static byte[] header(Employer employer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CanonicalXml xml = new CanonicalXml(bytes);
        xml.start("GovTalkMessage", "xmlns", ENVELOPE);
        xml.element("EnvelopeVersion", "2.0");
        xml.start("Header").start("MessageDetails");
        xml.element("Class", "HMRC-PAYE-RTI-FPS").element("Qualifier", "request").element("Function", "submit")
                .element("CorrelationID", "").element("Transformation", "XML");
        xml.end().end();
        xml.start("GovTalkDetails").start("Keys");
        xml.element("Key", employer.officeNumber(), "Type", "TaxOfficeNumber");
        xml.element("Key", employer.officeReference(), "Type", "TaxOfficeReference");
        xml.end().start("ChannelRouting").start("Channel").element("Product", "Guildhall").element("Version", "1.0").end().end();
        xml.end();
        xml.flush();
        return bytes.toByteArray();
    }

    /**
     * The Body up to its first employee: for the IRmark ({@code irmark} null) with the envelope's namespace it inherits
     * and no IRmark element, as HMRC's recipe canonicalises it; otherwise as the message carries it.
     */
    private static byte[] opening(Employer employer, String irmark) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CanonicalXml xml = new CanonicalXml(bytes);
        if (irmark == null) {
            xml.start("Body", "xmlns", ENVELOPE);
        } else {
            xml.start("Body");
        }
        xml.start("IRenvelope", "xmlns", namespace(employer.year()));
        xml.start("IRheader").start("Keys");
        xml.element("Key", employer.officeNumber(), "Type", "TaxOfficeNumber");
        xml.element("Key", employer.officeReference(), "Type", "TaxOfficeReference");
        xml.end();
        xml.element("PeriodEnd", employer.year().end().toString());
        xml.element("DefaultCurrency", "GBP");
        if (irmark != null) {
            xml.element("IRmark", irmark, "Type", "generic");
        }
        xml.element("Sender", "Employer");
        xml.end();
        xml.start("FullPaymentSubmission");
        xml.start("EmpRefs").element("OfficeNo", employer.officeNumber()).element("PayeRef", employer.officeReference())
                .element("AORef", employer.accountsOfficeReference()).end();
        xml.element("RelatedTaxYear", shortYear(employer.year()));
        xml.flush();
        return bytes.toByteArray();
    }

    /** The IRmark as HMRC shows it to people: Base32 of the same SHA-1. */
    public static String base32(String irmark) {
        byte[] bytes = Base64.getDecoder().decode(irmark);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    private static void employee(CanonicalXml xml, Employee e) {
        xml.start("Employee").start("EmployeeDetails");
        xml.element("NINO", e.nino());
        xml.start("Name").element("Fore", name(e.givenName())).element("Sur", name(e.familyName())).end();
        if (!e.addressLines().isEmpty()) {
            xml.start("Address");
            for (String line : e.addressLines()) {
                xml.element("Line", line);
            }
            xml.optional("UKPostcode", e.postcode());
            xml.end();
        }
        xml.element("BirthDate", e.birthDate().toString()).element("Gender", String.valueOf(e.gender()));
        xml.end();
        xml.start("Employment");
        if (e.startDate() != null) {
            xml.start("Starter").element("StartDate", e.startDate().toString());
            if (e.starterDeclaration() != null) {
                xml.element("StartDec", e.starterDeclaration().toString());
            }
            xml.end();
        }
        xml.element("PayId", e.payId());
        if (e.leavingDate() != null) {
            xml.element("LeavingDate", e.leavingDate().toString());
        }
        xml.start("FiguresToDate").element("TaxablePay", money(e.taxablePayToDate())).element("TotalTax", money(e.taxToDate()));
        if (e.studentLoansToDate().signum() != 0) {
            xml.element("StudentLoansTD", money(e.studentLoansToDate()));
        }
        if (e.postgraduateLoansToDate().signum() != 0) {
            xml.element("PostgradLoansTD", money(e.postgraduateLoansToDate()));
        }
        xml.end();
        xml.start("Payment");
        xml.element("PayFreq", frequency(e.frequency())).element("PmtDate", e.paymentDate().toString());
        if ("MONTHLY".equals(e.frequency())) {
            xml.element("MonthNo", Integer.toString(e.period()));
        } else {
            xml.element("WeekNo", Integer.toString(weekNumber(e.frequency(), e.period())));
        }
        xml.element("PeriodsCovered", "1").element("HoursWorked", hoursBand(e.weeklyHours()));
        taxCode(xml, e.taxCode());
        xml.element("TaxablePay", money(e.taxablePay())).element("PayAfterStatDedns", money(e.payAfterStatutoryDeductions()));
        if (e.studentLoan().signum() != 0) {
            xml.element("StudentLoanRecovered", money(e.studentLoan()), "PlanType", e.studentLoanPlan());
        }
        if (e.postgraduateLoan().signum() != 0) {
            xml.element("PostgradLoanRecovered", money(e.postgraduateLoan()));
        }
        xml.element("TaxDeductedOrRefunded", money(e.tax()));
        xml.end();
        for (Letter l : e.letters()) {
            xml.start("NIlettersAndValues").element("NIletter", String.valueOf(l.letter()))
                    .element("GrossEarningsForNICsInPd", money(l.grossInPeriod())).element("GrossEarningsForNICsYTD", money(l.grossToDate()))
                    .element("AtLELYTD", money(l.atLelToDate())).element("LELtoPTYTD", money(l.lelToPtToDate()))
                    .element("PTtoUELYTD", money(l.ptToUelToDate())).element("TotalEmpNICInPd", money(l.totalNicInPeriod()))
                    .element("TotalEmpNICYTD", money(l.totalNicToDate())).element("EmpeeContribnsInPd", money(l.employeeInPeriod()))
                    .element("EmpeeContribnsYTD", money(l.employeeToDate())).end();
        }
        xml.end().end();
    }

    /** The code without its region prefix and basis, which become TaxRegime and BasisNonCumulative. */
    private static void taxCode(CanonicalXml xml, String stored) {
        String code = stored.strip().toUpperCase(Locale.ROOT);
        boolean nonCumulative = code.matches(".*\\s*(W1|M1|X)$");
        code = code.replaceAll("\\s*(W1|M1|X)$", "").strip();
        String regime = null;
        if (code.startsWith("S") || code.startsWith("C")) {
            regime = code.substring(0, 1);
            code = code.substring(1);
        }
        List<String> attributes = new ArrayList<>();
        if (nonCumulative) {
            attributes.add("BasisNonCumulative");
            attributes.add("yes");
        }
        if (regime != null) {
            attributes.add("TaxRegime");
            attributes.add(regime);
        }
        xml.element("TaxCode", code, attributes.toArray(String[]::new));
    }

    static String hoursBand(BigDecimal weeklyHours) {
        if (weeklyHours == null) {
            return "E";
        }
        if (weeklyHours.compareTo(BigDecimal.valueOf(16)) < 0) {
            return "A";
        }
        if (weeklyHours.compareTo(BigDecimal.valueOf(24)) < 0) {
            return "B";
        }
        return weeklyHours.compareTo(BigDecimal.valueOf(30)) < 0 ? "C" : "D";
    }

    private static String frequency(String frequency) {
        return switch (frequency) {
            case "WEEKLY" -> "W1";
            case "FORTNIGHTLY" -> "W2";
            case "FOUR_WEEKLY" -> "W4";
            default -> "M1";
        };
    }

    /** The tax week a two- or four-weekly period ends in: its number times two or four. */
    private static int weekNumber(String frequency, int period) {
        return switch (frequency) {
            case "FORTNIGHTLY" -> period * 2;
            case "FOUR_WEEKLY" -> period * 4;
            default -> period;
        };
    }

    private static String name(String name) {
        String cleaned = name.replaceAll("[^A-Za-z '\\-.]", "").strip();
        return cleaned.length() > 35 ? cleaned.substring(0, 35) : cleaned;
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    static String shortYear(TaxYear year) {
        return String.format("%02d-%02d", year.firstYear() % 100, (year.firstYear() + 1) % 100);
    }
}
