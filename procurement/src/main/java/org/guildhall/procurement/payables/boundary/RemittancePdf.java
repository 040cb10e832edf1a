package org.guildhall.procurement.payables.boundary;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.pdf.TaggedPdf;
import org.guildhall.procurement.payables.control.PaymentRuns;
import org.guildhall.procurement.payables.entity.PaymentRun;
import org.guildhall.procurement.supplier.entity.Supplier;

/** A remittance advice, a tagged A4 PDF: who pays whom, when and into which account (its last digits), and for which invoices. */
final class RemittancePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<TaggedPdf.Column> INVOICES = List.of(new TaggedPdf.Column(0, 200, false), new TaggedPdf.Column(200, 160, false),
            new TaggedPdf.Column(360, TaggedPdf.WIDTH - 360, true));

    private RemittancePdf() {
    }

    static byte[] of(PaymentRun run, String payer, Supplier supplier, String accountEnding, List<PaymentRuns.Remitted> invoices) {
        TaggedPdf pdf = new TaggedPdf("Remittance advice, payment run " + run.id());
        pdf.heading("Remittance advice", 1);
        pdf.paragraph("From " + payer + " to " + supplier.name() + ".");
        Money total = invoices.stream().map(PaymentRuns.Remitted::amount).reduce(Money.ZERO, Money::plus);
        if (total.isPositive()) {
            pdf.paragraph("We are paying you " + pounds(total) + " by BACS on " + DAY.format(run.payDate()) + ", into your account ending "
                    + accountEnding + ", with the reference REMITTANCE PR" + run.id() + ".");
        } else {
            pdf.paragraph("Your credit notes settle these invoices in full as of " + DAY.format(run.payDate()) + ", so nothing is paid by BACS.");
        }
        pdf.heading("The invoices this pays, less your credit notes", 2);
        List<TaggedPdf.Row> rows = new ArrayList<>();
        for (PaymentRuns.Remitted invoice : invoices) {
            rows.add(TaggedPdf.Row.of(invoice.invoiceNumber(), DAY.format(invoice.invoiceDate()), pounds(invoice.amount())));
        }
        rows.add(new TaggedPdf.Row(List.of("Total", "", pounds(total)), true));
        pdf.table(INVOICES, List.of("Your invoice or credit note", "Dated", "Amount"), rows, false);
        return pdf.finish();
    }

    private static String pounds(Money amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount.amount());
    }
}
