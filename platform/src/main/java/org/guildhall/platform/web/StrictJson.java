package org.guildhall.platform.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.guildhall.platform.problem.Problem;

/**
 * Reads a request body as one JSON object, more strictly than the JSON parser does by itself: at most
 * {@value #MAX_BYTES} bytes, nested at most {@value #MAX_DEPTH} deep, no key twice in an object (the parser would keep
 * the last and the sender would not know which counted), nothing after the object, and no control character in any
 * text other than tab, line feed and carriage return (PostgreSQL cannot store NUL, and the others have no business in a
 * name or a description). Each refusal is a 400 naming where it is; none reaches the parser's own exceptions or a 500.
 */
public final class StrictJson {

    public static final int MAX_DEPTH = 16;
    public static final int MAX_BYTES = 1 << 20;
    public static final String CONTROL_CHARACTER = "must not contain control characters";

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String UNREADABLE = "The request could not be read. Send a well-formed JSON body with the documented fields.";

    private StrictJson() {
    }

    /** The body as a JSON object; null when empty; 400 for anything else. */
    public static JsonObject readObject(InputStream entity) throws IOException {
        LimitedStream body = new LimitedStream(entity);
        if (body.atEnd()) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new Problem.BadRequest("Send the body as a JSON object, {...}.");
            }
            JsonObject object = object(parser, "", 1);
            if (trailing(parser)) {
                throw new Problem.BadRequest("There is more after the JSON object. Send one object and nothing else.");
            }
            return object;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            if (body.overLimit()) {
                throw new Problem.BadRequest("The body is larger than " + MAX_BYTES / 1024 + " KiB.");
            }
            throw new Problem.BadRequest(UNREADABLE);
        }
    }

    /** True when anything but white space follows the object (the parser refuses some of it itself). */
    private static boolean trailing(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonException more) {
            return true;
        }
    }

    private static JsonObject object(JsonParser parser, String path, int depth) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return object.build();
            }
            String key = parser.getString();
            String field = path.isEmpty() ? key : path + "." + key;
            text(key, field);
            if (!keys.add(key)) {
                throw Problem.BadRequest.invalid(field, "appears more than once; send each field once");
            }
            object.add(key, value(parser, parser.next(), field, depth));
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, String path, int depth) {
        switch (event) {
            case START_OBJECT -> {
                return object(parser, path, deeper(depth, path));
            }
            case START_ARRAY -> {
                int inner = deeper(depth, path);
                JsonArrayBuilder array = JSON.createArrayBuilder();
                int index = 0;
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next, path + "[" + index++ + "]", inner));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                return JSON.createValue(text(parser.getString(), path));
            }
            case VALUE_NUMBER -> {
                return JSON.createValue(parser.getBigDecimal());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw new Problem.BadRequest(UNREADABLE);
        }
    }

    private static int deeper(int depth, String path) {
        if (depth >= MAX_DEPTH) {
            throw Problem.BadRequest.invalid(path, "is nested too deeply; at most " + MAX_DEPTH + " levels are read");
        }
        return depth + 1;
    }

    private static String text(String text, String field) {
        if (hasControlCharacter(text)) {
            throw Problem.BadRequest.invalid(field.isEmpty() ? "body" : field, CONTROL_CHARACTER);
        }
        return text;
    }

    /** True when the text holds a control character other than tab, line feed or carriage return. */
    public static boolean hasControlCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** The body, refused past {@link #MAX_BYTES}; it can tell whether it is empty without consuming a byte. */
    private static final class LimitedStream extends InputStream {
        private final InputStream in;
        private int peeked = -2;
        private long read;
        private boolean overLimit;

        LimitedStream(InputStream in) {
            this.in = in;
        }

        boolean atEnd() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
            }
            return peeked == -1;
        }

        boolean overLimit() {
            return overLimit;
        }

        @Override
        public int read() throws IOException {
            int b;
            if (peeked != -2) {
                b = peeked;
                peeked = -2;
            } else {
                b = in.read();
            }
            if (b != -1 && ++read > MAX_BYTES) {
                overLimit = true;
                throw new JsonException("body too large");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (peeked != -2) {
                int b = read();
                if (b == -1) {
                    return -1;
                }
                buffer[offset] = (byte) b;
                return 1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, MAX_BYTES + 1L - read));
            if (n > 0) {
                read += n;
                if (read > MAX_BYTES) {
                    overLimit = true;
                    throw new JsonException("body too large");
                }
            }
            return n;
        }
    }
}
