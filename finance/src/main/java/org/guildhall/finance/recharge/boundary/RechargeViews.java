package org.guildhall.finance.recharge.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guildhall.finance.recharge.control.Recharges;
import org.guildhall.finance.recharge.control.Statement;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.pdf.TaggedPdf;
import org.guildhall.platform.web.Inputs;

/** A recharge statement as JSON and as a tagged PDF, and the month a request names. */
final class RechargeViews {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final List<TaggedPdf.Column> LINES = List.of(new TaggedPdf.Column(0, 200, false), new TaggedPdf.Column(200, 90, true),
            new TaggedPdf.Column(290, 90, true), new TaggedPdf.Column(380, TaggedPdf.WIDTH - 380, true));

    private RechargeViews() {
    }

    static YearMonth month(String month) {
        return Inputs.month("month", month);
    }

    static JsonObjectBuilder json(String tenant, YearMonth month, Statement statement, Recharges.Approved approved) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        statement.lines().forEach(l -> lines.add(Json.createObjectBuilder().add("unit", l.unit()).add("quantity", l.quantity())
                .add("price", l.price().toPlainString()).add("amount", l.amount().toString())));
        JsonObjectBuilder json = Json.createObjectBuilder().add("tenant", tenant).add("month", month.toString()).add("lines", lines)
                .add("usage", statement.usage().toString()).add("minimumTopUp", statement.minimumTopUp().toString())
                .add("total", statement.total().toString());
        if (approved != null) {
            JsonObjectBuilder approval = Json.createObjectBuilder().add("status", approved.status()).add("total", approved.total().toString());
            if (approved.tenantJournal() != null) {
                approval.add("tenantJournal", approved.tenantJournal()).add("centreJournal", approved.centreJournal());
            }
            if (approved.failure() != null) {
                approval.add("failure", approved.failure());
            }
            json.add("approval", approval);
        }
        return json;
    }

    static byte[] pdf(String tenantName, String centreName, YearMonth month, Statement statement) {
        TaggedPdf pdf = new TaggedPdf("Shared service recharge, " + MONTH.format(month));
        pdf.heading("Shared service recharge: " + MONTH.format(month), 1);
        pdf.paragraph("From " + centreName + " to " + tenantName + ", for the use of Guildhall in " + MONTH.format(month) + ".");
        List<TaggedPdf.Row> rows = new ArrayList<>();
        for (Statement.Line line : statement.lines()) {
            rows.add(TaggedPdf.Row.of(words(line.unit()), String.valueOf(line.quantity()), "£" + line.price().toPlainString(), pounds(line.amount())));
        }
        rows.add(new TaggedPdf.Row(List.of("Usage", "", "", pounds(statement.usage())), true));
        if (statement.minimumTopUp().isPositive()) {
            rows.add(TaggedPdf.Row.of("To the monthly minimum", "", "", pounds(statement.minimumTopUp())));
        }
        rows.add(new TaggedPdf.Row(List.of("Total", "", "", pounds(statement.total())), true));
        pdf.table(LINES, List.of("What was used", "How many", "Price each", "Amount"), rows, false);
        return pdf.finish();
    }

    /** EMPLOYEES_PAID as "Employees paid". */
    static String words(String unit) {
        String lower = unit.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String pounds(Money amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount.amount());
    }
}
