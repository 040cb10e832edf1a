package org.guildhall.procurement.purchasing.boundary;

import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.pdf.TaggedPdf;
import org.guildhall.procurement.purchasing.control.PurchaseOrders;
import org.guildhall.procurement.purchasing.entity.OrderLine;
import org.guildhall.procurement.supplier.entity.Supplier;

/**
 * A purchase order as the supplier receives it, a tagged A4 PDF: who orders from whom, the number to quote on the
 * invoice, each line with its quantity, price, VAT rate and net, and the totals.
 */
public final class PurchaseOrderPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<TaggedPdf.Column> LINES = List.of(new TaggedPdf.Column(0, 30, false), new TaggedPdf.Column(30, 195, false),
            new TaggedPdf.Column(225, 60, true), new TaggedPdf.Column(285, 75, true), new TaggedPdf.Column(360, 50, true),
            new TaggedPdf.Column(410, TaggedPdf.WIDTH - 410, true));
    private static final List<TaggedPdf.Column> TOTALS = List.of(new TaggedPdf.Column(0, 360, false),
            new TaggedPdf.Column(360, TaggedPdf.WIDTH - 360, true));

    private PurchaseOrderPdf() {
    }

    public static byte[] of(PurchaseOrders.Order order, String buyer, Supplier supplier) {
        String number = order.order().number();
        TaggedPdf pdf = new TaggedPdf("Purchase order " + number);
        pdf.heading("Purchase order " + number, 1);
        pdf.paragraph("From " + buyer + ", " + DAY.format(order.order().raisedAt().atZone(ZoneOffset.UTC)) + ".");
        pdf.paragraph("To " + supplier.name() + ", " + String.join(", ", supplier.details().addressLines())
                + (supplier.details().postcode() == null ? "" : ", " + supplier.details().postcode()) + ".");
        pdf.paragraph("Quote " + number + " on your invoice. Payment terms: " + supplier.paymentTermsDays() + " days"
                + (supplier.sme() ? " (paid within 5 days as a small or medium business)" : "") + ".");
        pdf.heading("What is ordered", 2);
        List<TaggedPdf.Row> rows = new ArrayList<>();
        Money net = Money.ZERO;
        Money vat = Money.ZERO;
        for (OrderLine line : order.lines()) {
            rows.add(TaggedPdf.Row.of(Integer.toString(line.line()), line.description(), line.quantity().toPlainString(),
                    pounds(line.unitPrice()), line.vatRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%", pounds(line.net())));
            net = net.plus(line.net());
            vat = vat.plus(line.vat());
        }
        pdf.table(LINES, List.of("Line", "Description", "Quantity", "Unit price", "VAT", "Net"), rows, false);
        pdf.table(TOTALS, List.of(), List.of(TaggedPdf.Row.of("Net", pounds(net)), TaggedPdf.Row.of("VAT", pounds(vat)),
                new TaggedPdf.Row(List.of("Total", pounds(net.plus(vat))), true)), true);
        return pdf.finish();
    }

    private static String pounds(Money amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount.amount());
    }

    public static String fileName(PurchaseOrders.Order order) {
        return order.order().number() + ".pdf";
    }
}
