package org.guildhall.procurement.purchasing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.finance.posting.Commitments;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.finance.posting.Posting;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.procurement.purchasing.entity.OrderLine;
import org.guildhall.procurement.purchasing.entity.PurchaseOrder;
import org.guildhall.procurement.purchasing.entity.Requisition;

/**
 * Goods received against an order, by its requester or procurement: part of it or all, never more than ordered beyond
 * the purchasing policy's tolerance (422 naming the line). The order is held while a receipt is recorded, so two
 * receipts racing for the last units are taken one after the other and the second sees the first. Each receipt posts
 * its value to the lines' expense accounts and cost centres against goods received not invoiced (GRNI), and releases
 * as much of the order's commitment: from then on the budget counts it as actual, not as committed too.
 */
@ApplicationScoped
public class Receipts {

    public static final String SOURCE = "GOODS_RECEIPT";

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    PurchaseOrders orders;

    @Inject
    OrderLines lines;

    @Inject
    PurchasingPolicies policies;

    @Inject
    Posting finance;

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

    @Inject
    jakarta.enterprise.event.Event<org.guildhall.procurement.purchasing.entity.GoodsReceived> goodsReceived;

    public record LineRequest(Integer line, BigDecimal quantity) {
    }

    /** A receipt as recorded: its id, the journal accruing it, and the order as it now stands. */
    public record Received(long id, long journalId, Money value, PurchaseOrders.Order order) {
    }

    public Received record(long orderId, LocalDate receivedOn, List<LineRequest> requested) {
        PurchaseOrder order = approvals.hold(PurchaseOrder.class, orderId);
        Requisition requisition = order == null ? null : em.find(Requisition.class, order.requisitionId());
        if (order == null || !(me.holds(TenantRole.PROCUREMENT) || requisition.requester().equals(me.username()))) {
            throw new Absent("There is no purchase order " + orderId + ".");
        }
        List<OrderLine> ordered = lines.read(OrderLines.ORDER, orderId);
        Map<Integer, BigDecimal> quantities = check(receivedOn, requested, ordered);
        if (order.status() != PurchaseOrder.Status.OPEN && order.status() != PurchaseOrder.Status.PARTLY_RECEIVED) {
            throw new org.guildhall.platform.domain.StateConflict("Order " + order.number() + " is " + order.status() + ": nothing more is received against it.");
        }
        BigDecimal tolerance = policies.receiptTolerancePercent();
        List<JournalDraft.Line> journal = new ArrayList<>();
        Money value = Money.ZERO;
        Map<Integer, Money> values = new LinkedHashMap<>();
        for (OrderLine line : ordered) {
            BigDecimal quantity = quantities.get(line.line());
            if (quantity == null) {
                continue;
            }
            BigDecimal most = line.quantity().multiply(BigDecimal.ONE.add(tolerance.movePointLeft(2)));
            BigDecimal after = line.received().add(quantity);
            if (after.compareTo(most) > 0) {
                throw new RuleRefused("Line " + line.line() + " (" + line.description() + "): " + plain(after) + " received of "
                        + plain(line.quantity()) + " ordered is more than the purchasing policy's " + plain(tolerance)
                        + "% tolerance allows (" + plain(most) + ").");
            }
            Money lineValue = Money.of(quantity.multiply(line.unitPrice().amount()).setScale(2, RoundingMode.HALF_UP));
            values.put(line.line(), lineValue);
            value = value.plus(lineValue);
            if (lineValue.isPositive()) {
                journal.add(new JournalDraft.Line(line.account(), line.costCentre(), lineValue, null,
                        order.number() + " line " + line.line() + ": " + shortened(line.description())));
            }
        }
        String grni = finance.requireAccountFor("GRNI", "goods received not invoiced", "the receipt cannot be accrued");
        Connection connection = session.connection();
        try {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into goods_receipt (tenant_id, order_id, received_on, recorded_by, recorded_at, journal_id)
                    values (?, ?, ?, ?, ?, 0) returning id""")) {
                insert.setString(1, session.current());
                insert.setLong(2, orderId);
                insert.setDate(3, Date.valueOf(receivedOn));
                insert.setString(4, me.username());
                insert.setTimestamp(5, Timestamp.from(clock.instant()));
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            // the value is now an actual (accrued), so it no longer needs committing: the budget never counts it twice
            commitments.release(PurchaseOrder.COMMITMENT_SOURCE, order.number(),
                    PurchaseOrders.onBudgets(order, ordered, line -> values.getOrDefault(line.line(), Money.ZERO)));
            try (PreparedStatement line = connection.prepareStatement(
                         "insert into goods_receipt_line (tenant_id, receipt_id, line_no, quantity, value) values (?, ?, ?, ?, ?)");
                 PreparedStatement received = connection.prepareStatement(
                         "update purchase_order_line set received = received + ? where tenant_id = ? and order_id = ? and line_no = ?")) {
                for (Map.Entry<Integer, Money> entry : values.entrySet()) {
                    line.setString(1, session.current());
                    line.setLong(2, id);
                    line.setInt(3, entry.getKey());
                    line.setBigDecimal(4, quantities.get(entry.getKey()));
                    line.setBigDecimal(5, entry.getValue().amount());
                    line.addBatch();
                    received.setBigDecimal(1, quantities.get(entry.getKey()));
                    received.setString(2, session.current());
                    received.setLong(3, orderId);
                    received.setInt(4, entry.getKey());
                    received.addBatch();
                }
                line.executeBatch();
                received.executeBatch();
            }
            JsonObject before = order.state();
            List<OrderLine> now = ordered.stream()
                    .map(l -> quantities.containsKey(l.line()) ? l.receiving(quantities.get(l.line())) : l).toList();
            order.received(now.stream().allMatch(l -> l.received().compareTo(l.quantity()) >= 0));
            em.flush();
            // the journal and the audit last: each takes the tenant's audit chain head, held to the commit
            long journalId = 0;
            if (value.isPositive()) {
                journal.add(new JournalDraft.Line(grni, null, null, value, order.number() + ": goods received not invoiced"));
                journalId = finance.post(SOURCE, Long.toString(id), new JournalDraft(receivedOn, "Goods received, " + order.number(),
                        "GRN-" + id, journal)).journalId();
                try (PreparedStatement journalOf = connection.prepareStatement("update goods_receipt set journal_id = ? where tenant_id = ? and id = ?")) {
                    journalOf.setLong(1, journalId);
                    journalOf.setString(2, session.current());
                    journalOf.setLong(3, id);
                    journalOf.executeUpdate();
                }
            }
            audit.record("GoodsReceipt", Long.toString(id), "CREATE", null, Json.createObjectBuilder().add("order", order.number())
                    .add("receivedOn", receivedOn.toString()).add("value", value.toString()).add("journal", journalId).build());
            audit.record("PurchaseOrder", order.id().toString(), "RECEIVE", before, order.state());
            goodsReceived.fire(new org.guildhall.procurement.purchasing.entity.GoodsReceived(orderId));
            return new Received(id, journalId, value, new PurchaseOrders.Order(order, now));
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the receipt", e);
        }
    }

    /** The quantities received by line number; every bad field in one 400. */
    private static Map<Integer, BigDecimal> check(LocalDate receivedOn, List<LineRequest> requested, List<OrderLine> ordered) {
        List<InvalidInput.Field> errors = new ArrayList<>();
        if (receivedOn == null) {
            errors.add(new InvalidInput.Field("date", "Enter the day the goods arrived, such as 2026-11-20"));
        }
        Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
        if (requested == null || requested.isEmpty() || requested.size() > ordered.size() * 4) {
            errors.add(new InvalidInput.Field("lines", "Say what arrived against which of the order's lines"));
        } else {
            for (int i = 0; i < requested.size(); i++) {
                LineRequest line = requested.get(i);
                if (line == null || line.line() == null || line.line() < 1 || line.line() > ordered.size()) {
                    errors.add(new InvalidInput.Field("lines[" + i + "].line", "Choose one of the order's lines, 1 to " + ordered.size()));
                } else if (line.quantity() == null || line.quantity().signum() <= 0 || line.quantity().stripTrailingZeros().scale() > 3
                        || line.quantity().compareTo(new BigDecimal("999999999")) > 0) {
                    errors.add(new InvalidInput.Field("lines[" + i + "].quantity", "Enter a quantity more than 0 with at most 3 decimals"));
                } else {
                    quantities.merge(line.line(), line.quantity(), BigDecimal::add);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The receipt has invalid fields.", errors);
        }
        return quantities;
    }

    private static String shortened(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
