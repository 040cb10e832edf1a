package org.guildhall.platform.audit.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import org.guildhall.platform.json.Json;

/**
 * Hides personal and pay fields in an audit record's before and after states, for a reader whose roles do not reach
 * them (a tenant admin, who may not read HR's records either). Only the view is masked: the stored chain is whole, and
 * verifying it still covers every field.
 */
public final class AuditMask {

    public static final String HIDDEN = "(hidden)";

    /**
     * Fields that say who someone is beyond their name, what they are paid, in whose name they are paid, or why they were
     * away. Bank sort codes and account numbers are not here: the audit never holds them whole (****3445).
     */
    static final Set<String> PERSONAL = Set.of("niNumber", "dateOfBirth", "annualSalary", "salary", "accountName",
            "note", "homeAddress", "address", "phone");

    private AuditMask() {
    }

    /** The state with every personal field's value hidden, at any depth; null stays null, text that is not JSON is hidden. */
    public static String mask(String state) {
        if (state == null) {
            return null;
        }
        try {
            JsonValue value = Json.createReader(new StringReader(state)).readValue();
            return mask(value).toString();
        } catch (JsonException notJson) {
            return HIDDEN;
        }
    }

    private static JsonValue mask(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder masked = Json.createObjectBuilder();
            object.forEach((name, field) -> masked.add(name,
                    PERSONAL.contains(name) && field.getValueType() != JsonValue.ValueType.NULL ? Json.createValue(HIDDEN) : mask(field)));
            return masked.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder masked = Json.createArrayBuilder();
            array.forEach(item -> masked.add(mask(item)));
            return masked.build();
        }
        return value;
    }
}
