package org.guildhall.procurement.purchasing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.guildhall.finance.posting.Commitments;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.purchasing.entity.OrderLine;
import org.guildhall.procurement.purchasing.entity.PurchaseOrder;
import org.guildhall.procurement.purchasing.entity.Requisition;

/**
 * Purchase orders: raised from an approved requisition with the next number of the tenant's year (a counter row moved
 * in the same transaction, so a rolled-back approval leaves no gap), their net value committed against each line's
 * budget; cancelling or closing one releases what is still committed.
 */
@ApplicationScoped
public class PurchaseOrders {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    OrderLines lines;

    @Inject
    Commitments commitments;

    @Inject
    Approvals approvals;

    @Inject
    TenantSession session;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** An order and its lines. */
    public record Order(PurchaseOrder order, List<OrderLine> lines) {
    }

    Order raise(Requisition requisition, List<OrderLine> requested) {
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        String number = "PO-%d-%06d".formatted(year, next(year));
        PurchaseOrder order = new PurchaseOrder(number, requisition.id(), requisition.supplierId(), requisition.fiscalYear(),
                requisition.total(), me.username(), clock.instant());
        em.persist(order);
        em.flush();
        lines.write(OrderLines.ORDER, order.id(), requested);
        commitments.commit(PurchaseOrder.COMMITMENT_SOURCE, number, committed(order, requested));
        audit.record("PurchaseOrder", order.id().toString(), "RAISE", null, order.state());
        return new Order(order, requested);
    }

    public Order find(long id) {
        PurchaseOrder order = em.find(PurchaseOrder.class, id);
        if (order == null) {
            throw new Absent("There is no purchase order " + id + ".");
        }
        return new Order(order, lines.read(OrderLines.ORDER, id));
    }

    /**
     * The order with its lines, its row held to the end of the transaction, so that invoices matched against it (and
     * receipts recorded) are taken in turn; null when there is none.
     */
    public Order hold(long id) {
        PurchaseOrder order = approvals.hold(PurchaseOrder.class, id);
        return order == null ? null : new Order(order, lines.read(OrderLines.ORDER, id));
    }

    /**
     * The orders of {@code ids} that exist, with their lines, each held as {@link #hold} holds one: a batch's orders,
     * locked in one statement in id order (so two batches wait rather than deadlock) and read in one more.
     */
    public Map<Long, Order> holdAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<PurchaseOrder> held = em.createQuery("select o from PurchaseOrder o where o.id in :ids order by o.id", PurchaseOrder.class)
                .setParameter("ids", List.copyOf(new java.util.TreeSet<>(ids))).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<Long, List<OrderLine>> read = lines.readAll(OrderLines.ORDER, held.stream().map(PurchaseOrder::id).toList());
        Map<Long, Order> found = new java.util.LinkedHashMap<>();
        held.forEach(o -> found.put(o.id(), new Order(o, read.get(o.id()))));
        return found;
    }

    /** The ids of the orders numbered {@code numbers} that exist, by number, in one statement. */
    public Map<String, Long> numberedAll(java.util.Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> found = new java.util.HashMap<>();
        em.createQuery("select o.number, o.id from PurchaseOrder o where o.number in :numbers", Object[].class)
                .setParameter("numbers", List.copyOf(new java.util.HashSet<>(numbers))).getResultList()
                .forEach(row -> found.put((String) row[0], (Long) row[1]));
        return found;
    }

    /** The order numbered {@code number} (such as PO-2026-000123), if there is one; without its lines. */
    public java.util.Optional<PurchaseOrder> numbered(String number) {
        return em.createQuery("select o from PurchaseOrder o where o.number = :number", PurchaseOrder.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    /** Adds the quantities an approved invoice bills to its order's lines, by line number. */
    public void invoiced(long orderId, Map<Integer, java.math.BigDecimal> quantities) {
        invoicedAll(Map.of(orderId, quantities));
    }

    /** {@link #invoiced} for many orders in one batch: by order id, then line number. */
    public void invoicedAll(Map<Long, Map<Integer, java.math.BigDecimal>> byOrder) {
        try (PreparedStatement update = session.connection().prepareStatement(
                "update purchase_order_line set invoiced = invoiced + ? where tenant_id = ? and order_id = ? and line_no = ?")) {
            for (Map.Entry<Long, Map<Integer, java.math.BigDecimal>> order : byOrder.entrySet()) {
                for (Map.Entry<Integer, java.math.BigDecimal> entry : order.getValue().entrySet()) {
                    update.setBigDecimal(1, entry.getValue());
                    update.setString(2, session.current());
                    update.setLong(3, order.getKey());
                    update.setInt(4, entry.getKey());
                    update.addBatch();
                }
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record what is invoiced", e);
        }
    }

    /** The tenant's name, as an order shows who is buying. */
    public String buyer() {
        try (PreparedStatement query = session.connection().prepareStatement("select name from tenant where code = ?")) {
            query.setString(1, session.current());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : session.current();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tenant's name", e);
        }
    }

    public PageRequest.Page<PurchaseOrder> list(PageRequest paging) {
        List<PurchaseOrder> page = em.createQuery("select o from PurchaseOrder o order by o.id desc", PurchaseOrder.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return paging.page(page, em.createQuery("select count(o) from PurchaseOrder o", Long.class).getSingleResult());
    }

    /** Cancels or closes the order, releasing whatever it still commits. */
    public Order end(long id, boolean cancel) {
        PurchaseOrder order = approvals.hold(PurchaseOrder.class, id);
        if (order == null) {
            throw new Absent("There is no purchase order " + id + ".");
        }
        JsonObject before = order.state();
        order.end(cancel);
        Money released = commitments.releaseAll(PurchaseOrder.COMMITMENT_SOURCE, order.number());
        em.flush();
        audit.record("PurchaseOrder", order.id().toString(), cancel ? "CANCEL" : "CLOSE", before,
                org.guildhall.platform.json.Json.createObjectBuilder(order.state()).add("released", released.toString()).build());
        return new Order(order, lines.read(OrderLines.ORDER, id));
    }

    /** The net of each cost centre and account of the order, in the order's fiscal year. */
    static List<Commitments.Line> committed(PurchaseOrder order, List<OrderLine> lines) {
        return onBudgets(order, lines, OrderLine::net);
    }

    /** {@code amount} of each line added up by cost centre and account, in the order's fiscal year; nothing for zero. */
    static List<Commitments.Line> onBudgets(PurchaseOrder order, List<OrderLine> lines, java.util.function.Function<OrderLine, Money> amount) {
        Map<Commitments.Key, Money> byKey = new java.util.LinkedHashMap<>();
        for (OrderLine line : lines) {
            byKey.merge(new Commitments.Key(line.costCentre(), line.account()), amount.apply(line), Money::plus);
        }
        return byKey.entrySet().stream().filter(e -> e.getValue().isPositive())
                .map(e -> new Commitments.Line(order.fiscalYear(), e.getKey().costCentre(), e.getKey().account(), e.getValue())).toList();
    }

    /** The next order number of the tenant's year, from a counter row held to the end of the transaction. */
    private int next(int year) {
        try (PreparedStatement counter = session.connection().prepareStatement("""
                insert into purchase_order_counter as c (tenant_id, year, last) values (?, ?, 1)
                on conflict (tenant_id, year) do update set last = c.last + 1 returning last""")) {
            counter.setString(1, session.current());
            counter.setInt(2, year);
            try (ResultSet row = counter.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not number the order", e);
        }
    }
}
