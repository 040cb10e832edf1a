package org.guildhall.procurement.purchasing.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.guildhall.platform.json.Json;
import org.guildhall.procurement.purchasing.control.PurchaseOrders;
import org.guildhall.procurement.purchasing.control.Requisitions;
import org.guildhall.procurement.purchasing.entity.OrderLine;

/** Requisitions and orders as the API shows them. */
final class PurchasingViews {

    private PurchasingViews() {
    }

    static JsonObject requisition(Requisitions.Raised raised) {
        JsonObjectBuilder json = Json.createObjectBuilder(raised.requisition().state()).add("lines", lines(raised.lines(), false));
        Requisitions.Budget budget = raised.budget();
        JsonArrayBuilder funds = Json.createArrayBuilder();
        for (Requisitions.Funds f : budget.lines()) {
            funds.add(Json.createObjectBuilder().add("costCentre", f.costCentre()).add("account", f.account())
                    .add("available", f.available().toString()).add("afterThis", f.afterThis().toString()));
        }
        json.add("budget", Json.createObjectBuilder().add("available", budget.available().toString())
                .add("afterThis", budget.afterThis().toString()).add("overBudget", budget.overBudget()).add("lines", funds));
        if (raised.order() != null) {
            json.add("purchaseOrder", Json.createObjectBuilder().add("id", raised.order().order().id())
                    .add("number", raised.order().order().number()));
        }
        return json.build();
    }

    static JsonObject order(PurchaseOrders.Order order) {
        return Json.createObjectBuilder(order.order().state()).add("lines", lines(order.lines(), true)).build();
    }

    private static JsonArrayBuilder lines(List<OrderLine> lines, boolean order) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (OrderLine l : lines) {
            JsonObjectBuilder line = Json.createObjectBuilder().add("line", l.line()).add("description", l.description())
                    .add("quantity", l.quantity().toPlainString()).add("unitPrice", l.unitPrice().toString())
                    .add("vat", l.vatRate().stripTrailingZeros().toPlainString()).add("account", l.account()).add("costCentre", l.costCentre())
                    .add("net", l.net().toString()).add("vatAmount", l.vat().toString());
            if (order) {
                line.add("received", l.received().stripTrailingZeros().toPlainString()).add("invoiced", l.invoiced().stripTrailingZeros().toPlainString());
            }
            array.add(line);
        }
        return array;
    }
}
