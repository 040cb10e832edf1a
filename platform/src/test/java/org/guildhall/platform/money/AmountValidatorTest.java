package org.guildhall.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class AmountValidatorTest {

    static AmountValidator validator(boolean signed, String max) {
        AmountValidator validator = new AmountValidator();
        validator.initialize(new Amount() {
            @Override public boolean signed() { return signed; }
            @Override public String max() { return max; }
            @Override public String message() { return MALFORMED; }
            @Override public Class<?>[] groups() { return new Class<?>[0]; }
            @SuppressWarnings("unchecked")
            @Override public Class<? extends jakarta.validation.Payload>[] payload() { return new Class[0]; }
            @Override public Class<? extends Annotation> annotationType() { return Amount.class; }
        });
        return validator;
    }

    @Test
    void pounds_with_at_most_two_decimals_are_amounts() {
        AmountValidator amounts = validator(false, "");
        for (String ok : new String[] {"0", "0.00", "12.5", "1234.50", "99999999999999999.99"}) {
            assertNull(amounts.refusal(ok), ok);
        }
        assertNull(amounts.refusal(null), "absent is for @NotNull to judge");
    }

    @Test
    void anything_else_is_refused_as_malformed() {
        AmountValidator amounts = validator(true, "");
        for (String bad : new String[] {"", "12.345", "1,234.50", "£12", "1e3", "12.", ".5", "NaN", "12.5x", "+1.00",
                "123456789012345678.00", " 7.10", "7.10 ", "\t7.10"}) {
            assertEquals(Amount.MALFORMED, amounts.refusal(bad), bad);
        }
    }

    @Test
    void negative_amounts_only_where_the_field_is_signed() {
        assertEquals(Amount.NEGATIVE, validator(false, "").refusal("-1.00"));
        assertNull(validator(true, "").refusal("-1.00"));
        assertNull(validator(false, "").refusal("-0.00"), "minus zero is zero");
    }

    @Test
    void a_maximum_is_inclusive() {
        AmountValidator capped = validator(false, "1000000.00");
        assertNull(capped.refusal("1000000.00"));
        assertEquals("must be at most 1000000.00", capped.refusal("1000000.01"));
    }

    @Test
    void without_a_context_the_answer_is_still_given() {
        assertEquals(false, validator(false, "").isValid("abc", null));
        assertEquals(true, validator(false, "").isValid("1.00", null));
    }
}
