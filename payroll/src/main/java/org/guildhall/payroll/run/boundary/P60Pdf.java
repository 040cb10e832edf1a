package org.guildhall.payroll.run.boundary;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.platform.pdf.TaggedPdf;
import org.guildhall.payroll.run.control.TaxForms;
import org.guildhall.platform.money.Money;

/**
 * An employee's P60 end of year certificate as a tagged PDF, with HMRC's sections in HMRC's order: pay and income tax
 * (an earlier employment counted this year, this employment, the total), the final tax code, NI contributions in this
 * employment per letter in their earnings bands, and student and postgraduate loan deductions in whole pounds.
 */
public final class P60Pdf {

    private static final List<TaggedPdf.Column> TWO = List.of(new TaggedPdf.Column(0, 200, false),
            new TaggedPdf.Column(200, TaggedPdf.WIDTH - 200, false));
    private static final List<TaggedPdf.Column> PAY = List.of(new TaggedPdf.Column(0, 215, false),
            new TaggedPdf.Column(215, 140, true), new TaggedPdf.Column(355, TaggedPdf.WIDTH - 355, true));
    private static final List<TaggedPdf.Column> NI = List.of(new TaggedPdf.Column(0, 45, false), new TaggedPdf.Column(45, 95, true),
            new TaggedPdf.Column(140, 115, true), new TaggedPdf.Column(255, 120, true), new TaggedPdf.Column(375, TaggedPdf.WIDTH - 375, true));

    private P60Pdf() {
    }

    public static String fileName(TaxForms.P60 p60) {
        return "p60-" + p60.employeeNumber().replaceAll("[^A-Za-z0-9-]", "_") + "-" + p60.taxYear() + ".pdf";
    }

    public static byte[] of(TaxForms.P60 p60) {
        String end = PayslipPdf.day(p60.taxYear().end().toString());
        TaggedPdf pdf = new TaggedPdf("P60 for " + p60.name() + ", tax year to " + end);
        pdf.heading("P60 End of Year Certificate", 1);
        pdf.paragraph("Tax year to " + end + ". To the employee: keep this certificate in a safe place; you will need it if you fill in a tax return.");
        pdf.table(TWO, List.of(), List.of(
                TaggedPdf.Row.of("Employee", p60.name()),
                TaggedPdf.Row.of("National Insurance number", p60.niNumber()),
                TaggedPdf.Row.of("Works or payroll number", p60.employeeNumber()),
                TaggedPdf.Row.of("Employer PAYE reference", p60.reference().employerReference()),
                TaggedPdf.Row.of("Employer", p60.employer())), true);

        pdf.heading("Pay and Income Tax details", 2);
        List<TaggedPdf.Row> pay = new ArrayList<>();
        Money totalPay = p60.pay();
        Money totalTax = p60.tax();
        if (p60.previousPay() != null) {
            pay.add(TaggedPdf.Row.of("In previous employment(s)", money(p60.previousPay()), money(p60.previousTax())));
            totalPay = totalPay.plus(p60.previousPay());
            totalTax = totalTax.plus(p60.previousTax());
        }
        pay.add(TaggedPdf.Row.of("In this employment", money(p60.pay()), money(p60.tax())));
        pay.add(new TaggedPdf.Row(List.of("Total for year", money(totalPay), money(totalTax)), true));
        pdf.table(PAY, List.of("Employment", "Pay", "Tax deducted"), pay, true);
        pdf.table(TWO, List.of(), List.of(TaggedPdf.Row.of("Final tax code", p60.finalTaxCode())), true);

        pdf.heading("National Insurance contributions in this employment", 2);
        List<TaggedPdf.Row> letters = new ArrayList<>();
        for (TaxForms.Letter letter : p60.letters()) {
            letters.add(TaggedPdf.Row.of(String.valueOf(letter.letter()), money(letter.atLel()), money(letter.lelToPt()),
                    money(letter.ptToUel()), money(letter.employeeNi())));
        }
        if (letters.isEmpty()) {
            pdf.paragraph("None.");
        } else {
            pdf.table(NI, List.of("Letter", "Earnings at LEL", "Above LEL to PT", "Above PT to UEL", "Employee's NI above PT"), letters, true);
        }

        pdf.heading("Student loan deductions", 2);
        pdf.table(TWO, List.of(), List.of(
                TaggedPdf.Row.of("Student loan deductions", pounds(p60.studentLoan())),
                TaggedPdf.Row.of("Postgraduate loan deductions", pounds(p60.postgraduateLoan()))), true);
        pdf.paragraph("Student and postgraduate loan deductions are shown in whole pounds only.");
        return pdf.finish();
    }

    private static String money(Money amount) {
        return PayslipPdf.money(amount.amount());
    }

    private static String pounds(Money amount) {
        return "£" + amount.amount().setScale(0, RoundingMode.DOWN).toPlainString();
    }
}
