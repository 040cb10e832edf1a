package org.guildhall.payroll.run.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guildhall.platform.pdf.TaggedPdf;
import org.guildhall.payroll.run.control.TaxForms;

/**
 * A leaver's P45 (Part 1A, the employee's copy) as a tagged PDF: HMRC's boxes in HMRC's order, numbered as on the form,
 * so that a new employer or Jobcentre Plus finds each where they expect it. The employee's gender and address, which the
 * paper form also asks for, are not held by Guildhall and are left off.
 */
public final class P45Pdf {

    private static final List<TaggedPdf.Column> BOXES = List.of(new TaggedPdf.Column(0, 250, false),
            new TaggedPdf.Column(250, TaggedPdf.WIDTH - 250, false));

    private P45Pdf() {
    }

    public static String fileName(TaxForms.P45 p45) {
        return "p45-" + p45.employeeNumber().replaceAll("[^A-Za-z0-9-]", "_") + "-" + p45.leavingDate() + ".pdf";
    }

    public static byte[] of(TaxForms.P45 p45) {
        TaggedPdf pdf = new TaggedPdf("P45 for " + p45.givenNames() + " " + p45.familyName() + ", leaving " + PayslipPdf.day(p45.leavingDate().toString()));
        pdf.heading("P45 Part 1A: details of employee leaving work", 1);
        pdf.paragraph("Copy for the employee, from " + p45.employer() + ". Give your new employer these details, or Jobcentre Plus if you claim benefits.");
        List<TaggedPdf.Row> boxes = new ArrayList<>();
        boxes.add(TaggedPdf.Row.of("1 Employer PAYE reference", p45.reference().employerReference()));
        boxes.add(TaggedPdf.Row.of("2 Employee's National Insurance number", p45.niNumber()));
        boxes.add(TaggedPdf.Row.of("3 Surname or family name", p45.familyName()));
        boxes.add(TaggedPdf.Row.of("   First or given names", p45.givenNames()));
        boxes.add(TaggedPdf.Row.of("4 Leaving date", PayslipPdf.day(p45.leavingDate().toString())));
        boxes.add(TaggedPdf.Row.of("5 Continue Student Loan deductions", p45.studentLoan() ? "Yes" : "No"));
        boxes.add(TaggedPdf.Row.of("   Continue Postgraduate Loan deductions", p45.postgraduateLoan() ? "Yes" : "No"));
        String code = p45.taxCode().strip();
        boolean nonCumulative = code.matches(".*\\s*(W1|M1|X)$");
        boxes.add(TaggedPdf.Row.of("6 Tax code at leaving date", code.replaceAll("\\s*(W1|M1|X)$", "")));
        boxes.add(TaggedPdf.Row.of("   Week 1 or Month 1 basis", nonCumulative ? "Yes" : "No"));
        boxes.add(TaggedPdf.Row.of("7 Last entries on the payroll: tax year", p45.taxYear()));
        boxes.add(TaggedPdf.Row.of("   " + unit(p45.frequency()), Integer.toString(p45.period())));
        boxes.add(TaggedPdf.Row.of("   Total pay to date", PayslipPdf.money(p45.totalPay().amount())));
        boxes.add(TaggedPdf.Row.of("   Total tax to date", PayslipPdf.money(p45.totalTax().amount())));
        if (p45.thisEmploymentPay() != null) {
            boxes.add(TaggedPdf.Row.of("8 This employment: total pay", PayslipPdf.money(p45.thisEmploymentPay().amount())));
            boxes.add(TaggedPdf.Row.of("   This employment: total tax", PayslipPdf.money(p45.thisEmploymentTax().amount())));
        }
        boxes.add(TaggedPdf.Row.of("9 Works number or payroll ID", p45.employeeNumber()));
        boxes.add(TaggedPdf.Row.of("10 Date of birth", PayslipPdf.day(p45.birthDate().toString())));
        boxes.add(TaggedPdf.Row.of("14 Employer name", p45.employer()));
        pdf.table(BOXES, List.of(), boxes, true);
        pdf.paragraph("Box 7's pay and tax include any earlier employment in the tax year that this employer counted;");
        pdf.paragraph("box 8 is this employment's own, shown only when they differ.");
        return pdf.finish();
    }

    private static String unit(String frequency) {
        return switch (frequency.toUpperCase(Locale.ROOT)) {
            case "MONTHLY" -> "Month number";
            case "WEEKLY" -> "Week number";
            default -> "Period number (" + frequency.toLowerCase(Locale.ROOT).replace('_', '-') + ")";
        };
    }
}
