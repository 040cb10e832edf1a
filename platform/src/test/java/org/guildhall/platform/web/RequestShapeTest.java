package org.guildhall.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

class RequestShapeTest {

    record Line(String date, @Amount String amount, BigDecimal miles, Boolean london) {
    }

    record Claim(String employeeNumber, Integer period, List<Line> lines) {
    }

    enum Role { EMPLOYEE, AUDITOR }

    record User(List<Role> roles) {
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static List<String> fields(RequestShape.Checked checked) {
        return checked.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void a_well_formed_body_passes_unchanged_but_for_numbers_as_text() {
        RequestShape.Checked checked = RequestShape.check(Claim.class, json("""
                {"employeeNumber": 1001, "period": 3, "lines": [{"date": "2026-05-01", "amount": "12.50", "miles": "42.5", "london": true}]}"""));
        assertEquals(List.of(), checked.errors());
        assertEquals("1001", checked.body().getString("employeeNumber"), "a number where text is wanted is its text");
        assertEquals(new BigDecimal("42.5"), checked.body().getJsonArray("lines").getJsonObject(0).getJsonNumber("miles").bigDecimalValue());
    }

    @Test
    void money_as_a_json_number_is_refused_naming_the_field() {
        RequestShape.Checked checked = RequestShape.check(Claim.class, json("""
                {"lines": [{"amount": "1.00"}, {"amount": 12.5}]}"""));
        assertEquals(List.of(new FieldError("lines[1].amount", Amount.NOT_A_STRING)), checked.errors());
        assertFalse(checked.body().getJsonArray("lines").getJsonObject(1).containsKey("amount"), "left out, so binding cannot fail");
    }

    @Test
    void unknown_fields_and_wrong_kinds_are_each_named() {
        RequestShape.Checked checked = RequestShape.check(Claim.class, json("""
                {"bonus": 1, "period": "3", "lines": [{"miles": "far", "london": "yes", "colour": "red"}, 7]}"""));
        assertEquals(List.of("bonus", "period", "lines[0].miles", "lines[0].london", "lines[0].colour", "lines[1]"), fields(checked));
        assertEquals(List.of("lines", "period"), fields(RequestShape.check(Claim.class, json("{\"lines\": {}, \"period\": 1.5}")))
                .stream().sorted().toList());
    }

    @Test
    void an_enum_takes_the_name_of_one_of_its_constants() {
        assertEquals(List.of(), RequestShape.check(User.class, json("{\"roles\": [\"AUDITOR\"]}")).errors());
        assertEquals(List.of(new FieldError("roles[1]", "Choose one of EMPLOYEE, AUDITOR")),
                RequestShape.check(User.class, json("{\"roles\": [\"EMPLOYEE\", \"auditor\"]}")).errors());
    }

    @Test
    void errors_are_answered_in_the_order_the_record_declares_its_fields_one_a_field() {
        List<FieldError> ordered = RequestShape.inBodyOrder(Claim.class, List.of(
                new FieldError("lines[1].date", "a"), new FieldError("period", "b"), new FieldError("lines[0].amount", "c"),
                new FieldError("lines[0].date", "d"), new FieldError("bonus", "e"), new FieldError("period", "f"),
                new FieldError("lines[10].date", "g")));
        assertEquals(List.of("bonus", "period", "lines[0].date", "lines[0].amount", "lines[1].date", "lines[10].date"),
                ordered.stream().map(FieldError::field).toList());
        assertEquals("b", ordered.get(1).message(), "the first thing said about a field");
    }

    @Test
    void a_body_wrong_in_thousands_of_places_is_answered_with_the_first_hundred() {
        String many = "{\"roles\": [" + "1,".repeat(200_000) + "1]}";
        RequestShape.Checked checked = RequestShape.check(User.class, json(many));
        assertEquals(RequestShape.MOST_ERRORS, checked.errors().size());
        assertEquals("roles[0]", checked.errors().get(0).field());
        assertEquals(RequestShape.MOST_ERRORS, RequestShape.inBodyOrder(User.class, checked.errors()).size());
    }
}
