package org.guildhall.procurement.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.guildhall.platform.money.Money;

/**
 * What the demo has done for one tenant's purchasing and what it still has to do: the plan, the stored ids of what
 * the services made of it, and the steps waiting for their day. A month's requisitions are delivered and invoiced in
 * the months after it, so their steps wait here from one month's turn to the next.
 */
final class DemoBook {

    /** The ids the services gave what a planned order became, learnt as each step is done. */
    static final class Made {
        Long requisition;
        Long order;
        Long invoice;
    }

    private record Waiting(Step step, long scheduled) {
    }

    /** By day, then the desks' hours, then each sitting's own order; ties in the order they were planned. */
    private static final Comparator<Waiting> IN_TURN = Comparator.<Waiting, LocalDate>comparing(w -> w.step().day())
            .thenComparing(w -> w.step().desk()).thenComparingInt(w -> w.step().action().rank()).thenComparingLong(Waiting::scheduled);

    private final PurchasingPlan plan;
    private final List<Long> suppliers = new ArrayList<>();
    private final PriorityQueue<Waiting> waiting = new PriorityQueue<>(IN_TURN);
    private final Map<String, Made> made = new HashMap<>();
    private final Map<Integer, Integer> invoicesSent = new HashMap<>();
    private final Set<String> invoicesOnFile = new HashSet<>();
    private long scheduled;

    DemoBook(PurchasingPlan plan) {
        this.plan = plan;
    }

    PurchasingPlan plan() {
        return plan;
    }

    /** The tenant's suppliers as stored, in the plan's order. */
    void supplied(List<Long> ids) {
        suppliers.clear();
        suppliers.addAll(ids);
    }

    List<Long> suppliers() {
        return List.copyOf(suppliers);
    }

    long supplierId(DemoOrder order) {
        return suppliers.get(order.supplier());
    }

    void schedule(Collection<Step> steps) {
        steps.forEach(step -> waiting.add(new Waiting(step, scheduled++)));
    }

    /** The next sitting's steps (the first waiting step and all others of its day and desk), if its day is not after {@code until}. */
    List<Step> nextSitting(LocalDate until) {
        List<Step> sitting = new ArrayList<>();
        Waiting first = waiting.peek();
        if (first == null || first.step().day().isAfter(until)) {
            return sitting;
        }
        while (!waiting.isEmpty() && waiting.peek().step().day().equals(first.step().day()) && waiting.peek().step().desk() == first.step().desk()) {
            sitting.add(waiting.poll().step());
        }
        return sitting;
    }

    Made made(DemoOrder order) {
        return made.computeIfAbsent(order.key(), k -> new Made());
    }

    /** The supplier's next invoice number: each numbers its own invoices to the tenant from where its catalogue entry says. */
    String nextInvoiceNumber(DemoOrder order) {
        DemoSupplier supplier = plan.suppliers().get(order.supplier());
        int sent = invoicesSent.merge(order.supplier(), 1, Integer::sum) - 1;
        return supplier.invoicePrefix() + (supplier.firstInvoice() + sent);
    }

    /**
     * The invoice's date, a day earlier for as long as the supplier has another invoice of the same total on it, which
     * the match would hold as a suspected duplicate (a real supplier's two invoices of one day differ); noted as on file.
     */
    LocalDate undoubled(long supplier, LocalDate dated, Money total) {
        LocalDate day = dated;
        while (invoicesOnFile.contains(supplier + "|" + day + "|" + total)) {
            day = day.minusDays(1);
        }
        invoicesOnFile.add(supplier + "|" + day + "|" + total);
        return day;
    }
}
