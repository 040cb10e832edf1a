package org.guildhall.platform.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.problem.FieldError;

/**
 * The form of a JSON body against the request record it is read into, before binding: every field the record does not
 * have, and every value of the wrong JSON kind, named by its path ({@code lines[1].amount}). The rules, one per Java type
 * of the record's component: a String takes a JSON string, or a number as its text, except an {@link Amount}, which takes
 * a string only; a BigDecimal (a quantity, a rate) takes a number or a numeric string below a billion with at most six
 * decimals; Integer and Long a whole number that fits;
 * Boolean true or false; an enum the name of one of its constants; a List an array; a record an object. A refused value
 * is left out of the body, so that binding cannot fail on it and each field is named once.
 */
public final class RequestShape {

    private static final JsonProvider JSON = JsonProvider.provider();
    /** Quantities and rates (hours, miles, FTE, a percentage) are far below this; numeric(19,6) holds it. */
    private static final BigDecimal LARGEST_QUANTITY = new BigDecimal("1000000000");
    private static final int QUANTITY_DECIMALS = 6;
    /** A body wrong in more places than this is answered with the first ones: a 1 MiB list of bad values must not cost more. */
    static final int MOST_ERRORS = 100;

    /** The body as it will be bound, and what was wrong with its form. */
    public record Checked(JsonObject body, List<FieldError> errors) {
    }

    private RequestShape() {
    }

    public static Checked check(Class<?> record, JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        JsonObject checked = object(record, body, "", errors);
        return new Checked(checked, errors);
    }

    /** A record's components by name, read by reflection once per record type rather than on every request. */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> record) {
            Map<String, RecordComponent> components = new LinkedHashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                components.put(component.getName(), component);
            }
            return java.util.Collections.unmodifiableMap(components);
        }
    };

    private static JsonObject object(Class<?> record, JsonObject body, String path, List<FieldError> errors) {
        Map<String, RecordComponent> components = COMPONENTS.get(record);
        JsonObjectBuilder checked = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> field : body.entrySet()) {
            if (errors.size() >= MOST_ERRORS) {
                break;
            }
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                errors.add(new FieldError(path + field.getKey(), "There is no such field here"));
                continue;
            }
            JsonValue value = value(component.getGenericType(), component.isAnnotationPresent(Amount.class), field.getValue(),
                    path + field.getKey(), errors);
            if (value != null) {
                checked.add(field.getKey(), value);
            }
        }
        return checked.build();
    }

    /** The value to bind, or null to leave it out. */
    private static JsonValue value(Type type, boolean amount, JsonValue value, String path, List<FieldError> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return value;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            if (value instanceof JsonString || (value instanceof JsonNumber && !amount)) {
                return value instanceof JsonNumber number ? JSON.createValue(number.toString()) : value;
            }
            return refuse(errors, path, amount ? Amount.NOT_A_STRING : "must be a string");
        }
        if (raw == BigDecimal.class) {
            BigDecimal number = null;
            if (value instanceof JsonNumber json) {
                number = json.bigDecimalValue();
            } else if (value instanceof JsonString text) {
                try {
                    number = new BigDecimal(text.getString().strip());
                } catch (NumberFormatException e) {
                    // refused below
                }
            }
            if (number == null) {
                return refuse(errors, path, "Enter a number, such as 7.5");
            }
            if (number.abs().compareTo(LARGEST_QUANTITY) >= 0 || Math.max(number.stripTrailingZeros().scale(), 0) > QUANTITY_DECIMALS) {
                return refuse(errors, path, "Enter a number below 1000000000 with at most " + QUANTITY_DECIMALS + " decimals");
            }
            return JSON.createValue(number);
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            boolean wide = raw == Long.class || raw == long.class;
            if (value instanceof JsonNumber number && number.isIntegral() && fits(number.bigDecimalValue(), wide)) {
                return JSON.createValue(number.bigDecimalValue().toBigIntegerExact());
            }
            return refuse(errors, path, "must be a whole number, such as 1");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return value == JsonValue.TRUE || value == JsonValue.FALSE ? value : refuse(errors, path, "must be true or false");
        }
        if (raw == List.class) {
            if (!(value instanceof JsonArray array)) {
                return refuse(errors, path, "Send a list, [...]");
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            JsonArrayBuilder checked = JSON.createArrayBuilder();
            for (int i = 0; i < array.size() && errors.size() < MOST_ERRORS; i++) {
                JsonValue item = value(element, false, array.get(i), path + "[" + i + "]", errors);
                checked.add(item == null ? JsonValue.NULL : item);
            }
            return checked.build();
        }
        if (raw.isEnum()) {
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return value instanceof JsonString name && names.contains(name.getString()) ? value
                    : refuse(errors, path, "Choose one of " + String.join(", ", names));
        }
        if (raw.isRecord() || raw == JsonObject.class) {
            if (!(value instanceof JsonObject object)) {
                return refuse(errors, path, "Send an object, {...}");
            }
            return raw.isRecord() ? object(raw, object, path + ".", errors) : object;
        }
        return value;
    }

    private static boolean fits(BigDecimal number, boolean wide) {
        if (number.scale() < -20) {
            return false;
        }
        try {
            if (wide) {
                number.longValueExact();
            } else {
                number.intValueExact();
            }
            return true;
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    private static JsonValue refuse(List<FieldError> errors, String path, String message) {
        errors.add(new FieldError(path, message));
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /**
     * The errors in the order of the body's fields as the record declares them (unknown fields first, items of a list in
     * list order), one a field: the first said about it.
     */
    public static List<FieldError> inBodyOrder(Class<?> record, List<FieldError> errors) {
        Map<String, FieldError> byField = new LinkedHashMap<>();
        errors.stream()
                .sorted(Comparator.comparing((FieldError e) -> position(record, e.field()), RequestShape::compare))
                .forEach(e -> byField.putIfAbsent(e.field(), e));
        return List.copyOf(byField.values());
    }

    /** {@code lines[1].amount} as the place of each step: lines' component index, 1, amount's component index. */
    private static List<Integer> position(Class<?> record, String field) {
        List<Integer> position = new ArrayList<>();
        Type current = record;
        for (String step : field.split("\\.|(?=\\[)")) {
            if (step.startsWith("[")) {
                position.add(parseIndex(step));
                current = current instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
                continue;
            }
            Class<?> raw = raw(current);
            RecordComponent[] components = raw.isRecord() ? raw.getRecordComponents() : new RecordComponent[0];
            int index = -1;
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(step)) {
                    index = i;
                    current = components[i].getGenericType();
                }
            }
            position.add(index);
            if (index < 0) {
                current = Object.class;
            }
        }
        return position;
    }

    private static int parseIndex(String step) {
        try {
            return Integer.parseInt(step.substring(1, step.length() - 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
