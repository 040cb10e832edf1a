package org.guildhall.procurement.payables.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.json.Json;

/** Why an invoice did not match by itself: {@code {code, line?, expected, actual}}, as the exception queue shows it. */
public record MatchReason(String code, Integer line, String expected, String actual) {

    public static final String PRICE_OVER_TOLERANCE = "PRICE_OVER_TOLERANCE";
    public static final String QUANTITY_OVER_RECEIVED = "QUANTITY_OVER_RECEIVED";
    public static final String NOT_RECEIVED = "NOT_RECEIVED";
    public static final String SUSPECTED_DUPLICATE = "SUSPECTED_DUPLICATE";
    public static final String BANK_DETAILS_CHANGED = "BANK_DETAILS_CHANGED";
    public static final String ORDER_CLOSED = "ORDER_CLOSED";
    /** An invoice without a purchase order: a budget holder approves it, by limit. */
    public static final String NO_PURCHASE_ORDER = "NO_PURCHASE_ORDER";

    /** Reasons that go away by themselves once goods arrive: matching runs again after every receipt. */
    public static final Set<String> WAITING_FOR_GOODS = Set.of(QUANTITY_OVER_RECEIVED, NOT_RECEIVED);
    /** Reasons a person may accept, with a reason of their own, so that the invoice is approved. */
    public static final Set<String> ACCEPTABLE = Set.of(PRICE_OVER_TOLERANCE, SUSPECTED_DUPLICATE, BANK_DETAILS_CHANGED, NO_PURCHASE_ORDER);

    public JsonObject json() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("code", code);
        if (line != null) {
            json.add("line", line);
        }
        return json.add("expected", expected).add("actual", actual).build();
    }

    public static String text(List<MatchReason> reasons) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        reasons.forEach(r -> array.add(r.json()));
        return array.build().toString();
    }

    public static List<MatchReason> of(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        JsonArray array;
        try (var reader = Json.createReader(new java.io.StringReader(text))) {
            array = reader.readArray();
        }
        return array.getValuesAs(JsonObject.class).stream().map(o -> new MatchReason(o.getString("code"),
                o.containsKey("line") ? o.getInt("line") : null, o.getString("expected"), o.getString("actual"))).toList();
    }
}
