package org.guildhall.platform.money;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field that carries money: a JSON string of pounds with at most two decimals ({@code "1234.50"}), as
 * {@link Money#parse} reads it; null passes (add {@code @NotNull} where the amount is required). Not negative unless
 * {@link #signed()}. A JSON number is refused too, naming the field: the request body reader does that, since once bound
 * to a String a number can no longer be told from a string. Rates and quantities are not money and do not use this.
 */
@Documented
@Constraint(validatedBy = AmountValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

    /** Sent when the text is not an amount. */
    String MALFORMED = "Enter an amount in pounds and pence as a string, such as \"2500.00\"";
    /** Sent when the amount is a JSON number. */
    String NOT_A_STRING = "Send an amount as a string in pounds and pence, such as \"2500.00\"";
    String NEGATIVE = "must not be negative";

    /** True where a negative amount has a meaning (or a business rule, not the form, refuses it). */
    boolean signed() default false;

    /** The largest amount the field takes, as a decimal string; empty for Money's own limit. */
    String max() default "";

    String message() default MALFORMED;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
