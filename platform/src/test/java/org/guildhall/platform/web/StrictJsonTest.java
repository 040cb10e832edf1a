package org.guildhall.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    static JsonObject read(String body) throws IOException {
        return StrictJson.readObject(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    static Problem.BadRequest refused(String body) {
        return assertThrows(Problem.BadRequest.class, () -> read(body));
    }

    @Test
    void a_plain_object_is_read_whole() throws IOException {
        JsonObject read = read("""
                {"name": "Tab\\tand\\nnew line", "amount": "12.50", "n": 1e3, "lines": [{"a": true}, null], "x": {"y": false}}
                """);
        assertEquals("Tab\tand\nnew line", read.getString("name"));
        assertEquals(1000, read.getJsonNumber("n").intValueExact());
        assertEquals(2, read.getJsonArray("lines").size());
        assertNull(read("   ".substring(3)), "an empty body is null, for @NotNull to refuse");
    }

    @Test
    void a_nul_or_other_control_character_is_refused_naming_the_field() {
        assertEquals(List.of(new FieldError("lines[1].memo", StrictJson.CONTROL_CHARACTER)),
                refused("{\"lines\": [{}, {\"memo\": \"a\\u0000b\"}]}").errors());
        assertEquals("name", refused("{\"name\": \"bell\\u0007\"}").errors().get(0).field());
        assertEquals("name", refused("{\"name\": \"escape\\u001b[31m\"}").errors().get(0).field());
        assertEquals("name", refused("{\"name\": \"c1\\u0085\"}").errors().get(0).field());
        assertEquals("a\u0000b", refused("{\"a\\u0000b\": 1}").errors().get(0).field(), "in a key too");
    }

    @Test
    void a_key_sent_twice_is_refused() {
        assertEquals(List.of(new FieldError("x.amount", "appears more than once; send each field once")),
                refused("{\"x\": {\"amount\": \"1.00\", \"amount\": \"2.00\"}}").errors());
    }

    @Test
    void anything_after_the_object_is_refused() {
        assertEquals("There is more after the JSON object. Send one object and nothing else.", refused("{\"a\": 1} {\"b\": 2}").getMessage());
        refused("{\"a\": 1} x");
    }

    @Test
    void deep_nesting_is_refused_before_the_parser_gives_way() {
        String deep = "{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertEquals("a" + "[0]".repeat(StrictJson.MAX_DEPTH - 1), refused(deep).errors().get(0).field());
    }

    @Test
    void other_json_and_broken_json_are_refused() {
        assertEquals("Send the body as a JSON object, {...}.", refused("[1, 2]").getMessage());
        refused("\"text\"");
        refused("{\"a\": ");
        refused("{a: 1}");
        refused("not json");
    }

    @Test
    void a_body_past_the_limit_is_refused() {
        String big = "{\"a\": \"" + "x".repeat(StrictJson.MAX_BYTES) + "\"}";
        assertEquals("The body is larger than 1024 KiB.", refused(big).getMessage());
    }
}
