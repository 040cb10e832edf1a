package org.guildhall.procurement.payables.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.guildhall.platform.money.Money;
import org.guildhall.procurement.payables.entity.SupplierInvoice;
import org.guildhall.procurement.purchasing.control.PurchaseOrders;
import org.guildhall.procurement.purchasing.control.PurchasingPolicies;
import org.guildhall.procurement.purchasing.entity.OrderLine;
import org.guildhall.procurement.supplier.entity.Supplier;

/**
 * What a batch of invoices is checked and matched against, read before the first is looked at: its orders (held) with
 * their lines, the invoices already on file that any of it may duplicate, and, once each, the suppliers, their bank
 * details, the tolerance, accounts and cost centres. As the batch goes on it keeps what its own invoices change (an
 * approved invoice bills its order's lines; a later invoice may duplicate an earlier one), so each is matched as it
 * would be had the earlier ones been entered one by one.
 */
final class BatchLookups implements Invoices.Lookups {

    private final Invoices.Lookups source;
    private final Map<Long, PurchaseOrders.Order> orders;
    private final Map<String, Invoices.Duplicate> byNumber = new HashMap<>();
    private final Map<String, Invoices.Duplicate> byAmount = new HashMap<>();
    private final Map<Long, Supplier> suppliers = new HashMap<>();
    private final Map<String, Boolean> costCentres = new HashMap<>();
    private final Map<String, Optional<String>> accounts = new HashMap<>();
    private final Map<Long, Optional<LocalDate>> bankChanges = new HashMap<>();
    private PurchasingPolicies.PriceTolerance tolerance;

    /** {@code source} reads each thing once; {@code onFile}: each invoice on file (not rejected, not a credit note) with its supplier, oldest first. */
    BatchLookups(Invoices.Lookups source, Map<Long, PurchaseOrders.Order> orders, List<Map.Entry<Long, Invoices.Duplicate>> onFile) {
        this.source = source;
        this.orders = new HashMap<>(orders);
        onFile.forEach(e -> remember(e.getKey(), e.getValue()));
    }

    private static String numberKey(long supplier, String key) {
        return supplier + "|" + key;
    }

    private static String amountKey(long supplier, Money total, LocalDate date) {
        return supplier + "|" + total + "|" + date;
    }

    private void remember(long supplier, Invoices.Duplicate invoice) {
        byNumber.putIfAbsent(numberKey(supplier, invoice.numberKey()), invoice);
        byAmount.putIfAbsent(amountKey(supplier, invoice.total(), invoice.date()), invoice);
    }

    /** A new invoice of the batch, matched: later ones may duplicate it, and, matched (to be approved), it bills its order's lines. */
    void matched(SupplierInvoice invoice, Map<Integer, BigDecimal> billed) {
        remember(invoice.supplierId(), new Invoices.Duplicate(invoice.id(), invoice.invoiceNumber(), invoice.total(), invoice.invoiceDate(),
                invoice.numberKey()));
        if (invoice.status() == SupplierInvoice.Status.MATCHED && invoice.orderId() != null) {
            PurchaseOrders.Order order = orders.get(invoice.orderId());
            List<OrderLine> lines = new ArrayList<>();
            for (OrderLine line : order.lines()) {
                BigDecimal more = billed.get(line.line());
                lines.add(more == null ? line : line.invoicing(more));
            }
            orders.put(invoice.orderId(), new PurchaseOrders.Order(order.order(), lines));
        }
    }

    @Override
    public Supplier supplier(long id) {
        Supplier supplier = suppliers.get(id);
        if (supplier == null) {
            supplier = source.supplier(id);
            suppliers.put(id, supplier);
        }
        return supplier;
    }

    @Override
    public PurchaseOrders.Order order(long id) {
        return orders.get(id);
    }

    @Override
    public Set<String> costCentres(Set<String> codes) {
        Set<String> unknown = codes.stream().filter(c -> !costCentres.containsKey(c)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            Set<String> existing = source.costCentres(unknown);
            unknown.forEach(c -> costCentres.put(c, existing.contains(c)));
        }
        return codes.stream().filter(costCentres::get).collect(Collectors.toSet());
    }

    @Override
    public Optional<String> expenseAccount(String codeOrPurpose) {
        return accounts.computeIfAbsent(String.valueOf(codeOrPurpose), c -> source.expenseAccount(codeOrPurpose));
    }

    @Override
    public PurchasingPolicies.PriceTolerance tolerance() {
        if (tolerance == null) {
            tolerance = source.tolerance();
        }
        return tolerance;
    }

    @Override
    public Optional<Invoices.Duplicate> duplicateOf(SupplierInvoice invoice) {
        return java.util.stream.Stream.of(byNumber.get(numberKey(invoice.supplierId(), invoice.numberKey())),
                        byAmount.get(amountKey(invoice.supplierId(), invoice.total(), invoice.invoiceDate())))
                .filter(d -> d != null && d.id() != invoice.id()).min(java.util.Comparator.comparingLong(Invoices.Duplicate::id));
    }

    @Override
    public Optional<LocalDate> bankDetailsChanged(long supplier) {
        return bankChanges.computeIfAbsent(supplier, source::bankDetailsChanged);
    }
}
