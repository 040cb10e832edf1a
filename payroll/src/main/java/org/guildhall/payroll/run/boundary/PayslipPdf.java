package org.guildhall.payroll.run.boundary;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.guildhall.platform.pdf.TaggedPdf;
import org.guildhall.payroll.run.entity.PayslipCalculation;

/**
 * A payslip as a tagged A4 PDF, drawn from the same {@link PayslipView} the API answers with, so the two never differ.
 * It carries what Employment Rights Act 1996 s.8 asks for (gross pay, each deduction with its purpose, net pay, the
 * hours paid where pay varies with time worked) and what payroll offices customarily add: the employer, the pay date
 * and period, the tax code, the NI number shown only by its last three characters, the NI letter, the year-to-date
 * figures and what the employer pays on top (NI and pension). A normal payslip fits one page.
 */
public final class PayslipPdf {

    /** Lines taken off the pay (the rest were paid): tax, NI, loans, pension, deductions after tax. */
    static final Set<String> DEDUCTIONS = Set.of("TAX", "EMPLOYEE_NI", "STUDENT_LOAN", "POSTGRADUATE_LOAN", "PENSION", "DEDUCTION",
            PayslipCalculation.RECOVERY_AFTER_TAX);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<TaggedPdf.Column> PAYMENTS = List.of(new TaggedPdf.Column(0, 250, false),
            new TaggedPdf.Column(250, 70, true), new TaggedPdf.Column(320, 80, true), new TaggedPdf.Column(400, TaggedPdf.WIDTH - 400, true));
    private static final List<TaggedPdf.Column> TWO = List.of(new TaggedPdf.Column(0, 300, false),
            new TaggedPdf.Column(300, TaggedPdf.WIDTH - 300, true));
    private static final List<TaggedPdf.Column> DETAILS = List.of(new TaggedPdf.Column(0, 120, false),
            new TaggedPdf.Column(120, TaggedPdf.WIDTH - 120, false));
    private static final List<TaggedPdf.Column> THREE = List.of(new TaggedPdf.Column(0, 255, false),
            new TaggedPdf.Column(255, 120, true), new TaggedPdf.Column(375, TaggedPdf.WIDTH - 375, true));

    private PayslipPdf() {
    }

    public static String fileName(PayslipView slip) {
        return "payslip-" + slip.employeeNumber().replaceAll("[^A-Za-z0-9-]", "_") + "-" + slip.payDate() + ".pdf";
    }

    public static byte[] of(PayslipView slip) {
        String paid = day(slip.payDate());
        TaggedPdf pdf = new TaggedPdf("Payslip for " + slip.name() + ", paid " + paid);
        pdf.heading("Payslip", 1);
        PayslipView.PeriodView period = slip.period();
        pdf.table(DETAILS, List.of(), List.of(
                TaggedPdf.Row.of("Employer", slip.employer()),
                TaggedPdf.Row.of("Employee", slip.name() + ", number " + slip.employeeNumber()),
                TaggedPdf.Row.of("Pay date", paid),
                TaggedPdf.Row.of("Pay period", period(period)),
                TaggedPdf.Row.of("Tax code", slip.taxCode()),
                TaggedPdf.Row.of("National Insurance", "Number " + slip.niNumber() + ", category letter " + slip.niCategory())), true);

        PayslipSections sections = PayslipSections.of(slip);
        List<TaggedPdf.Row> payments = new ArrayList<>();
        for (PayslipSections.Payment payment : sections.payments()) {
            payments.add(TaggedPdf.Row.of(payment.description(), payment.hours(), payment.rate(), payment.amount()));
        }
        payments.add(new TaggedPdf.Row(List.of("Total payments", "", "", sections.totalPayments()), true));
        pdf.heading("Payments", 2);
        pdf.table(PAYMENTS, List.of("Description", "Hours", "Rate", "Amount"), payments, false);
        pdf.heading("Deductions", 2);
        if (sections.deductions().isEmpty()) {
            pdf.paragraph("Nothing was deducted.");
        } else {
            List<TaggedPdf.Row> deductions = new ArrayList<>();
            for (PayslipSections.Deduction deduction : sections.deductions()) {
                deductions.add(TaggedPdf.Row.of(deduction.description(), deduction.amount()));
            }
            deductions.add(new TaggedPdf.Row(List.of("Total deductions", sections.totalDeductions()), true));
            pdf.table(TWO, List.of("What for", "Amount"), deductions, false);
        }
        pdf.table(TWO, List.of(), List.of(new TaggedPdf.Row(List.of("Net pay", sections.net()), true)), true);

        List<TaggedPdf.Row> figures = new ArrayList<>();
        for (PayslipSections.Figure figure : sections.figures()) {
            figures.add(TaggedPdf.Row.of(figure.name(), figure.now(), figure.toDate()));
        }
        pdf.heading("This period and the tax year to date", 2);
        pdf.table(THREE, List.of("Figure", "This period", "Tax year to date"), figures, true);
        pdf.paragraph("Your employer's National Insurance and pension contributions are paid on top of your pay.");
        return pdf.finish();
    }

    /** Whether a line of that kind was taken off the pay rather than paid. */
    public static boolean deduction(String kind) {
        return DEDUCTIONS.contains(kind);
    }

    /** "Period 8 (monthly), 2026-27: 1 November 2026 to 30 November 2026". */
    public static String period(PayslipView.PeriodView period) {
        return "Period " + period.number() + " (" + period.frequency().toLowerCase(Locale.UK).replace('_', '-') + "), " + period.taxYear()
                + ": " + day(period.start()) + " to " + day(period.end());
    }

    public static String money(String amount) {
        return money(new BigDecimal(amount));
    }

    public static String money(BigDecimal amount) {
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        return pounds.format(amount);
    }

    /** A rate per hour in pounds, to as many decimals as it has, at least two. */
    public static String rate(String rate) {
        BigDecimal pounds = new BigDecimal(rate);
        return "£" + pounds.setScale(Math.max(2, pounds.stripTrailingZeros().scale())).toPlainString();
    }

    public static String day(String isoDate) {
        return DAY.format(LocalDate.parse(isoDate));
    }
}
