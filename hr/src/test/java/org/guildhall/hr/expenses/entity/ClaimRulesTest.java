package org.guildhall.hr.expenses.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.hr.expenses.entity.ExpensePolicy.Category;
import org.guildhall.hr.expenses.entity.Mileage.Vehicle;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.InvalidInput.Field;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;

/** Making and submitting a claim under the central-government template's policy, on fixed dates. */
class ClaimRulesTest {

    static final ExpensePolicy POLICY = new ExpensePolicy(Money.parse("10.00"), List.of(
            new Category("RAIL", "Rail fares", "EXPENSE_RAIL", null, null, false),
            new Category("TAXI", "Taxi", "EXPENSE_TAXI", Money.parse("50.00"), null, false),
            new Category("HOTEL", "Hotel, a night", "EXPENSE_HOTEL", Money.parse("100.00"), Money.parse("150.00"), false),
            new Category("MILEAGE", "Mileage", "EXPENSE_MILEAGE", null, null, true)));
    static final ClaimRules RULES = new ClaimRules(POLICY);
    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);
    static final LocalDate EMPLOYED_FROM = LocalDate.of(2024, 9, 2);
    static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    static ClaimLine spent(String category, String amount, String vat) {
        return new ClaimLine(DAY, category, amount == null ? null : Money.parse(amount), vat == null ? null : Money.parse(vat), null, null,
                false, "Train to Leeds");
    }

    static ClaimLine driven(String miles, Vehicle vehicle) {
        return new ClaimLine(DAY, "MILEAGE", null, null, miles == null ? null : new BigDecimal(miles), vehicle, false, "Site visit");
    }

    static ClaimLine on(LocalDate date) {
        return new ClaimLine(date, "RAIL", Money.parse("12.00"), null, null, null, false, "Train to Leeds");
    }

    static ClaimLine described(String description) {
        return new ClaimLine(DAY, "RAIL", Money.parse("12.00"), null, null, null, false, description);
    }

    static void check(List<ClaimLine> lines) {
        RULES.check(lines, List.of(), TODAY, EMPLOYED_FROM);
    }

    static List<Field> invalid(ClaimLine... lines) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> check(List.of(lines)));
        assertEquals("The expense claim has invalid fields.", refused.getMessage());
        return refused.fields();
    }

    static List<Field> refused(ClaimLine... lines) {
        RuleRefused refused = assertThrows(RuleRefused.class, () -> check(List.of(lines)));
        assertEquals("The expense claim cannot be made.", refused.getMessage());
        return refused.fields();
    }

    static CarMiles noMilesBefore() {
        return new CarMiles(Map.of(TaxYear.of(DAY), BigDecimal.ZERO));
    }

    // ---- making a claim

    @Test
    void well_formed_lines_pass() {
        check(List.of(spent("RAIL", "12.00", null), spent("HOTEL", "180.00", "30.00"), driven("5000", Vehicle.CAR), on(TODAY),
                on(EMPLOYED_FROM), described("x".repeat(200)), driven("0.1", Vehicle.BICYCLE)));
    }

    @Test
    void a_claim_needs_lines_and_at_most_fifty() {
        InvalidInput none = assertThrows(InvalidInput.class, () -> check(List.of()));
        assertEquals("The request has invalid fields.", none.getMessage());
        assertEquals(List.of(new Field("lines", "Add at least one line")), none.fields());
        check(Collections.nCopies(50, spent("RAIL", "12.00", null)));
        InvalidInput tooMany = assertThrows(InvalidInput.class, () -> check(Collections.nCopies(51, spent("RAIL", "12.00", null))));
        assertEquals(List.of(new Field("lines", "A claim can have at most 50 lines; make two claims")), tooMany.fields());
    }

    @Test
    void with_no_lines_what_could_not_be_read_is_the_answer() {
        List<Field> unreadable = List.of(new Field("lines", "Send the lines as a list"));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> RULES.check(List.of(), unreadable, TODAY, EMPLOYED_FROM));
        assertEquals("The expense claim has invalid fields.", refused.getMessage());
        assertEquals(unreadable, refused.fields());
    }

    @Test
    void a_category_must_be_the_policys() {
        Field choose = new Field("lines[0].category", "Choose a category: RAIL, TAXI, HOTEL, MILEAGE");
        assertEquals(List.of(choose), invalid(spent("FLIGHT", "12.00", null)));
        assertEquals(List.of(choose), invalid(spent(null, "12.00", null)));
    }

    @Test
    void a_date_is_needed_and_one_that_could_not_be_read_is_named_once() {
        assertEquals(List.of(new Field("lines[0].date", "Enter the date of the expense")), invalid(on(null)));
        Field unreadable = new Field("lines[0].date", "The date must be a real date, such as 14 11 2026");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> RULES.check(List.of(on(null)), List.of(unreadable), TODAY, EMPLOYED_FROM));
        assertEquals(List.of(unreadable), refused.fields());
    }

    @Test
    void an_expense_is_dated_within_the_employment_and_not_in_the_future() {
        assertEquals(List.of(new Field("lines[0].date", "The date of the expense must be today or earlier")), refused(on(TODAY.plusDays(1))));
        assertEquals(List.of(new Field("lines[0].date", "The expense is dated before the employment started")),
                refused(on(EMPLOYED_FROM.minusDays(1))));
    }

    @Test
    void a_description_is_needed_and_short() {
        assertEquals(List.of(new Field("lines[0].description", "Describe what the expense was for")), invalid(described(null)));
        assertEquals(List.of(new Field("lines[0].description", "Describe what the expense was for")), invalid(described("  ")));
        assertEquals(List.of(new Field("lines[0].description", "Keep the description to 200 characters")), invalid(described("x".repeat(201))));
    }

    @Test
    void mileage_needs_miles_to_one_decimal_place_up_to_5000_and_a_vehicle() {
        Field miles = new Field("lines[0].miles", "Enter the business miles, more than 0 and at most 5000, to one decimal place");
        for (String bad : new String[] {null, "0", "-3", "12.25", "5000.1"}) {
            assertEquals(List.of(miles), invalid(driven(bad, Vehicle.CAR)), String.valueOf(bad));
        }
        assertEquals(List.of(new Field("lines[0].vehicle", "Choose CAR (or van), MOTORCYCLE or BICYCLE")), invalid(driven("12", null)));
    }

    @Test
    void money_spent_needs_an_amount_and_vat_below_it() {
        Field amount = new Field("lines[0].amount", "Enter the amount spent, more than 0.00");
        assertEquals(List.of(amount), invalid(spent("RAIL", null, null)));
        assertEquals(List.of(amount), invalid(spent("RAIL", "0.00", null)));
        Field vat = new Field("lines[0].vat", "The VAT must be 0.00 or more and less than the amount");
        assertEquals(List.of(vat), invalid(spent("RAIL", "12.00", "12.00")));
        assertEquals(List.of(vat), invalid(new ClaimLine(DAY, "RAIL", Money.parse("12.00"), Money.parse("-0.01"), null, null, false, "Train")));
        check(List.of(spent("RAIL", "12.00", "11.99"), spent("RAIL", "12.00", "0.00")));
    }

    @Test
    void every_bad_field_of_every_line_is_named_in_field_order_and_malformed_comes_before_refused() {
        List<Field> fields = invalid(on(TODAY.plusDays(1)), new ClaimLine(null, "TAXI", null, null, null, null, false, null));
        assertEquals(List.of("lines[1].amount", "lines[1].date", "lines[1].description"), fields.stream().map(Field::name).toList());
        assertEquals(List.of("lines[0].date", "lines[1].date"),
                refused(on(TODAY.plusDays(1)), on(EMPLOYED_FROM.minusDays(1))).stream().map(Field::name).toList());
    }

    @Test
    void refusals_answer_as_the_api_always_has() {
        Problem invalid = Problem.of(assertThrows(InvalidInput.class, () -> check(List.of(on(null)))));
        assertEquals(400, invalid.status());
        assertEquals("validation", invalid.type());
        assertEquals("lines[0].date", invalid.errors().get(0).field());
        Problem refused = Problem.of(assertThrows(RuleRefused.class, () -> check(List.of(on(TODAY.plusDays(1))))));
        assertEquals(422, refused.status());
        assertEquals("business-rule", refused.type());
        assertEquals("lines[0].date", refused.errors().get(0).field());
    }

    // ---- pricing

    @Test
    void hotels_have_a_higher_limit_in_london_and_breaches_are_shown_not_refused() {
        List<ClaimRules.Priced> priced = RULES.price(List.of(
                hotel("150.00", true), hotel("160.00", true), hotel("100.00", false), hotel("120.00", false)), noMilesBefore());
        assertNull(priced.get(0).breach());
        assertEquals("Above the policy limit of £150.00 in London for hotel, a night by £10.00", priced.get(1).breach());
        assertNull(priced.get(2).breach());
        assertEquals("Above the policy limit of £100.00 outside London for hotel, a night by £20.00", priced.get(3).breach());
    }

    static ClaimLine hotel(String amount, boolean london) {
        return new ClaimLine(DAY, "HOTEL", Money.parse(amount), null, null, null, london, "Hotel in town");
    }

    @Test
    void a_limit_without_a_london_one_applies_everywhere_and_no_limit_is_no_breach() {
        ClaimLine taxiInLondon = new ClaimLine(DAY, "TAXI", Money.parse("60.00"), null, null, null, true, "Taxi");
        List<ClaimRules.Priced> priced = RULES.price(List.of(taxiInLondon, spent("RAIL", "900.00", null)), noMilesBefore());
        assertEquals("Above the policy limit of £50.00 for taxi by £10.00", priced.get(0).breach());
        assertNull(priced.get(1).breach());
    }

    @Test
    void money_spent_keeps_its_vat_and_mileage_has_none() {
        List<ClaimRules.Priced> priced = RULES.price(List.of(spent("RAIL", "12.00", "2.00"), spent("RAIL", "8.00", null),
                driven("100", Vehicle.CAR)), noMilesBefore());
        assertEquals(List.of("12.00", "8.00", "45.00"), priced.stream().map(p -> p.amount().toString()).toList());
        assertEquals(List.of("2.00", "0.00", "0.00"), priced.stream().map(p -> p.vat().toString()).toList());
        assertEquals("65.00", ClaimRules.total(priced).toString());
    }

    @Test
    void a_priced_line_is_stored_with_miles_only_for_mileage() {
        ExpenseLine rail = RULES.price(List.of(new ClaimLine(DAY, "RAIL", Money.parse("12.00"), null, new BigDecimal("3"), Vehicle.CAR,
                false, "  Train to Leeds ")), noMilesBefore()).get(0).toLine(7L, 1);
        assertEquals("Train to Leeds", rail.description());
        assertNull(rail.miles());
        assertNull(rail.vehicle());
        ExpenseLine car = RULES.price(List.of(driven("12.5", Vehicle.CAR)), noMilesBefore()).get(0).toLine(7L, 2);
        assertEquals(new BigDecimal("12.5"), car.miles());
        assertEquals(Vehicle.CAR, car.vehicle());
        assertEquals("5.63", car.amount().toString());
    }

    @Test
    void the_car_lines_of_one_claim_count_against_each_other_across_10000_miles() {
        CarMiles milesBefore = new CarMiles(Map.of(TaxYear.of(DAY), new BigDecimal("5000")));
        List<ClaimRules.Priced> priced = RULES.price(List.of(driven("4000", Vehicle.CAR), driven("2000", Vehicle.CAR)), milesBefore);
        // 4,000 at 45p; then 1,000 at 45p and 1,000 at 25p
        assertEquals(List.of("1800.00", "700.00"), priced.stream().map(p -> p.amount().toString()).toList());
    }

    // ---- submitting

    static ExpenseLine stored(int lineNo, String category, String amount, String miles) {
        return new ExpenseLine(7L, lineNo, DAY, category, "Line " + lineNo, Money.parse(amount), Money.ZERO,
                miles == null ? null : new BigDecimal(miles), miles == null ? null : Vehicle.CAR, false, null);
    }

    @Test
    void a_receipt_is_needed_above_the_policy_amount_but_not_for_mileage() {
        List<ExpenseLine> lines = List.of(stored(1, "RAIL", "10.00", null), stored(2, "TAXI", "10.01", null),
                stored(3, "MILEAGE", "450.00", "1000"));
        RuleRefused refused = assertThrows(RuleRefused.class, () -> RULES.submit(lines, Set.of(1, 3), noMilesBefore()));
        assertEquals("The claim cannot be submitted.", refused.getMessage());
        assertEquals(List.of(new Field("lines[1].receipt", "Attach a receipt for line 2 (Line 2): the policy asks for one above £10.00")),
                refused.fields());
        assertEquals("470.01", RULES.submit(lines, Set.of(2), noMilesBefore()).toString());
    }

    @Test
    void mileage_is_priced_again_at_submission_and_not_when_refused() {
        List<ExpenseLine> lines = List.of(stored(1, "MILEAGE", "45.00", "100"), stored(2, "HOTEL", "90.00", null));
        CarMiles since = new CarMiles(Map.of(TaxYear.of(DAY), new BigDecimal("10000")));
        assertThrows(RuleRefused.class, () -> RULES.submit(lines, Set.of(), since));
        assertEquals("45.00", lines.get(0).amount().toString());
        assertEquals("115.00", RULES.submit(lines, Set.of(2), new CarMiles(Map.of(TaxYear.of(DAY), new BigDecimal("10000")))).toString());
        assertEquals("25.00", lines.get(0).amount().toString());
    }

    @Test
    void a_line_whose_category_left_the_policy_is_neither_repriced_nor_refused() {
        List<ExpenseLine> lines = List.of(stored(1, "FLIGHT", "300.00", null));
        assertEquals("300.00", RULES.submit(lines, Set.of(), noMilesBefore()).toString());
    }
}
