package org.guildhall.procurement.purchasing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.procurement.purchasing.entity.OrderLine;

/** The lines of requisitions and purchase orders, written and read in one statement each, in the caller's transaction. */
@ApplicationScoped
public class OrderLines {

    static final String REQUISITION = "requisition_line";
    static final String ORDER = "purchase_order_line";

    @Inject
    TenantSession session;

    void write(String table, long owner, List<OrderLine> lines) {
        String ownerColumn = table.equals(ORDER) ? "order_id" : "requisition_id";
        String vatColumn = table.equals(ORDER) ? "" : ", vat";
        try (PreparedStatement insert = session.connection().prepareStatement("insert into " + table + " (tenant_id, " + ownerColumn
                + ", line_no, description, quantity, unit_price, vat_rate, account_code, cost_centre, net" + vatColumn
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + (vatColumn.isEmpty() ? "" : ", ?") + ")")) {
            for (OrderLine line : lines) {
                insert.setString(1, session.current());
                insert.setLong(2, owner);
                insert.setInt(3, line.line());
                insert.setString(4, line.description());
                insert.setBigDecimal(5, line.quantity());
                insert.setBigDecimal(6, line.unitPrice().amount());
                insert.setBigDecimal(7, line.vatRate());
                insert.setString(8, line.account());
                insert.setString(9, line.costCentre());
                insert.setBigDecimal(10, line.net().amount());
                if (!vatColumn.isEmpty()) {
                    insert.setBigDecimal(11, line.vat().amount());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the lines", e);
        }
    }

    List<OrderLine> read(String table, long owner) {
        return readAll(table, List.of(owner)).getOrDefault(owner, List.of());
    }

    /** The lines of each of {@code owners}, in one statement; every owner is a key, with no lines if it has none. */
    Map<Long, List<OrderLine>> readAll(String table, List<Long> owners) {
        boolean order = table.equals(ORDER);
        String ownerColumn = order ? "order_id" : "requisition_id";
        Map<Long, List<OrderLine>> lines = new LinkedHashMap<>();
        owners.forEach(owner -> lines.put(owner, new ArrayList<>()));
        if (owners.isEmpty()) {
            return lines;
        }
        Connection connection = session.connection();
        try (PreparedStatement query = connection.prepareStatement("select " + ownerColumn + ", line_no, description, quantity, unit_price, "
                + "vat_rate, account_code, cost_centre" + (order ? ", received, invoiced" : "") + " from " + table + " where tenant_id = ? and "
                + ownerColumn + " = any (?) order by " + ownerColumn + ", line_no")) {
            query.setString(1, session.current());
            query.setArray(2, connection.createArrayOf("bigint", owners.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    lines.get(row.getLong(1)).add(new OrderLine(row.getInt(2), row.getString(3), row.getBigDecimal(4).stripTrailingZeros(),
                            Money.of(row.getBigDecimal(5)), row.getBigDecimal(6), row.getString(7), row.getString(8),
                            order ? row.getBigDecimal(9) : BigDecimal.ZERO, order ? row.getBigDecimal(10) : BigDecimal.ZERO));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the lines", e);
        }
        return lines;
    }
}
