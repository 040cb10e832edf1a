package org.guildhall.procurement.payables.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.domain.DomainException;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.spreadsheet.Uploads;
import org.guildhall.procurement.payables.entity.SupplierInvoice;
import org.guildhall.procurement.purchasing.control.PurchaseOrders;

/**
 * A batch of supplier invoices as an .xlsx: the {@code Invoices} sheet, one row per invoice line, the rows of one
 * invoice sharing its supplier and number; a row with no PurchaseOrder names its Description, Account and CostCentre
 * (optional columns) as an invoice without an order does. Each invoice is checked and matched by the same rules as one taken by the
 * API, in sheet order, each seeing the ones before it (a duplicate, an order line already billed); but what they name
 * is read once for the batch and everything is written in a few batches of statements at the end, one journal a day
 * received (see {@link Invoices#writeAll}). Any problem anywhere writes nothing, and a dry run writes nothing: every bad
 * cell is listed by row and column, and the answer says how each invoice would fare.
 */
@ApplicationScoped
public class InvoiceBatch {

    public static final String SHEET = "Invoices";
    public static final List<String> HEADERS = List.of("Supplier", "InvoiceNumber", "InvoiceDate", "ReceivedDate", "PurchaseOrder", "PoLine",
            "Quantity", "UnitPrice", "Vat", "Total");
    /** For an invoice without a purchase order (PurchaseOrder left blank): what each line is, and where it is charged. */
    public static final List<String> OPTIONAL = List.of("Description", "Account", "CostCentre");
    /** Where a field of an invoice request is on its rows. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("supplier", "Supplier"), Map.entry("invoiceNumber", "InvoiceNumber"),
            Map.entry("invoiceDate", "InvoiceDate"), Map.entry("receivedDate", "ReceivedDate"), Map.entry("purchaseOrder", "PurchaseOrder"),
            Map.entry("total", "Total"), Map.entry("poLine", "PoLine"), Map.entry("quantity", "Quantity"), Map.entry("unitPrice", "UnitPrice"),
            Map.entry("vat", "Vat"), Map.entry("account", "Account"), Map.entry("costCentre", "CostCentre"),
            Map.entry("description", "Description"));

    @Inject
    Invoices invoices;

    @Inject
    PurchaseOrders orders;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** How a batch went: whether it is (or would be) loaded, its invoices and rows, every problem, and the invoices by status. */
    public record Report(boolean valid, int invoices, int rows, List<CellError> errors, Map<String, Integer> statuses) {
    }

    public Report load(InputStream workbook, boolean dryRun) {
        List<Uploads.SheetRow> rows = Uploads.rows(workbook, SHEET, HEADERS, OPTIONAL);
        List<CellError> errors = new ArrayList<>();
        Map<String, List<Uploads.SheetRow>> byInvoice = new LinkedHashMap<>();
        for (Uploads.SheetRow row : rows) {
            String supplier = Uploads.text(row.cells().get("Supplier"), SHEET, row.number(), "Supplier", errors);
            String number = Uploads.text(row.cells().get("InvoiceNumber"), SHEET, row.number(), "InvoiceNumber", errors);
            byInvoice.computeIfAbsent(supplier + "\u0000" + (number == null ? "row " + row.number() : SupplierInvoice.key(number)),
                    k -> new ArrayList<>()).add(row);
        }
        // first every invoice's cells, then what they name (orders, the invoices on file) read once for the lot
        List<Parsed> parsed = new ArrayList<>();
        for (List<Uploads.SheetRow> group : byInvoice.values()) {
            parsed.add(parse(group, errors));
        }
        Map<String, Long> orderIds = orders.numberedAll(parsed.stream().map(Parsed::order).filter(java.util.Objects::nonNull).toList());
        List<Invoices.Request> requests = new ArrayList<>();
        for (Parsed invoice : parsed) {
            Long orderId = invoice.order() == null ? null : orderIds.get(invoice.order());
            if (invoice.order() != null && orderId == null) {
                errors.add(new CellError(SHEET, invoice.group().get(0).number(), "PurchaseOrder", "There is no purchase order " + invoice.order()));
            }
            Invoices.Request r = invoice.request();
            requests.add(new Invoices.Request(r.supplier(), r.invoiceNumber(), r.invoiceDate(), r.receivedDate(), orderId, r.lines(), r.total()));
        }
        BatchLookups lookups = invoices.batchLookups(requests);
        List<Long> ids = invoices.newIds(requests.size());
        List<Invoices.Matched> matched = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            List<Uploads.SheetRow> group = parsed.get(i).group();
            // matched even with bad cells elsewhere, so that every problem of every cell is listed; nothing is written then
            try {
                Invoices.Checked checked = invoices.check(requests.get(i), lookups);
                SupplierInvoice invoice = invoices.newInvoice(checked).numbered(ids.get(i));
                invoice.matched(invoices.reasons(invoice, checked.order(), checked.lines(), lookups));
                lookups.matched(invoice, Invoices.quantities(checked.lines()));
                matched.add(new Invoices.Matched(invoice, checked.order(), checked.lines()));
            } catch (InvalidInput refused) {
                for (InvalidInput.Field field : refused.fields()) {
                    java.util.regex.Matcher line = InvalidInput.Field.IN_LINE.matcher(field.name());
                    Uploads.SheetRow at = line.matches() && Integer.parseInt(line.group(1)) < group.size() ? group.get(Integer.parseInt(line.group(1)))
                            : group.get(0);
                    String named = COLUMNS.getOrDefault(line.matches() ? line.group(2) : field.name(), "InvoiceNumber");
                    // a column the sheet lacks: the blank PurchaseOrder is why the line needed it
                    String column = at.cells().containsKey(named) ? named : "PurchaseOrder";
                    if (errors.stream().noneMatch(e -> e.row() == at.number() && e.column().equals(column))) {
                        errors.add(new CellError(SHEET, at.number(), column, field.message()));
                    }
                }
            } catch (DomainException refused) {
                errors.add(new CellError(SHEET, group.get(0).number(), "InvoiceNumber", refused.getMessage()));
            }
        }
        if (errors.isEmpty() && !dryRun) {
            Map<LocalDate, String> refused = invoices.writeAll(matched);
            for (int i = 0; i < matched.size(); i++) {
                SupplierInvoice invoice = matched.get(i).invoice();
                String why = invoice.status() == SupplierInvoice.Status.MATCHED ? refused.get(invoice.receivedOn()) : null;
                if (why != null) {
                    errors.add(new CellError(SHEET, parsed.get(i).group().get(0).number(), "ReceivedDate", why));
                }
            }
        }
        Map<String, Integer> statuses = new TreeMap<>();
        // a matched invoice is approved as it is written (in a dry run, it would be)
        matched.forEach(m -> statuses.merge(m.invoice().status() == SupplierInvoice.Status.MATCHED ? SupplierInvoice.Status.APPROVED.name()
                : m.invoice().status().name(), 1, Integer::sum));
        errors.sort(java.util.Comparator.comparingInt(CellError::row));
        if (dryRun || !errors.isEmpty()) {
            transaction.setRollbackOnly();
        }
        return new Report(errors.isEmpty(), byInvoice.size(), rows.size(), errors, statuses);
    }

    /** An invoice's rows as read: the request (its order not yet looked up) and the order number named. */
    private record Parsed(List<Uploads.SheetRow> group, Invoices.Request request, String order) {
    }

    private static Parsed parse(List<Uploads.SheetRow> group, List<CellError> errors) {
        Uploads.SheetRow first = group.get(0);
        Long supplier = id(first, "Supplier", errors);
        String number = Uploads.text(first.cells().get("InvoiceNumber"), SHEET, first.number(), "InvoiceNumber", errors);
        LocalDate invoiceDate = date(first, "InvoiceDate", errors);
        LocalDate receivedDate = date(first, "ReceivedDate", errors);
        String order = Uploads.text(first.cells().get("PurchaseOrder"), SHEET, first.number(), "PurchaseOrder", errors);
        Money total = money(first, "Total", errors);
        List<Invoices.LineRequest> lines = new ArrayList<>();
        for (Uploads.SheetRow row : group) {
            BigDecimal line = Uploads.decimal(row.cells().get("PoLine"), SHEET, row.number(), "PoLine", errors);
            Integer poLine = null;
            if (line != null) {
                try {
                    poLine = line.intValueExact();
                } catch (ArithmeticException e) {
                    errors.add(new CellError(SHEET, row.number(), "PoLine", "Enter the order's line number, such as 1"));
                }
            }
            BigDecimal vat = Uploads.decimal(row.cells().get("Vat"), SHEET, row.number(), "Vat", errors);
            lines.add(new Invoices.LineRequest(poLine, Uploads.text(row.cells().get("Description"), SHEET, row.number(), "Description", errors),
                    Uploads.decimal(row.cells().get("Quantity"), SHEET, row.number(), "Quantity", errors), money(row, "UnitPrice", errors),
                    vat == null ? null : vat.toPlainString(), Uploads.text(row.cells().get("Account"), SHEET, row.number(), "Account", errors),
                    Uploads.text(row.cells().get("CostCentre"), SHEET, row.number(), "CostCentre", errors)));
        }
        return new Parsed(group, new Invoices.Request(supplier, number, invoiceDate, receivedDate, null, lines, total), order);
    }

    private static Long id(Uploads.SheetRow row, String column, List<CellError> errors) {
        BigDecimal value = Uploads.decimal(row.cells().get(column), SHEET, row.number(), column, errors);
        try {
            return value == null ? null : value.longValueExact();
        } catch (ArithmeticException e) {
            errors.add(new CellError(SHEET, row.number(), column, "Enter the supplier's id, a whole number"));
            return null;
        }
    }

    private static Money money(Uploads.SheetRow row, String column, List<CellError> errors) {
        BigDecimal value = Uploads.decimal(row.cells().get(column), SHEET, row.number(), column, errors);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new CellError(SHEET, row.number(), column, "Enter pounds and pence, with at most two decimal places"));
            return null;
        }
        return Money.of(value.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    /** A date cell, or text written as 2026-11-20. */
    private static LocalDate date(Uploads.SheetRow row, String column, List<CellError> errors) {
        Cell cell = row.cells().get(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = Uploads.text(cell, SHEET, row.number(), column, errors);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new CellError(SHEET, row.number(), column, "Enter a date, such as 2026-11-20"));
            return null;
        }
    }
}
