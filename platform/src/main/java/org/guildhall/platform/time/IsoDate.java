package org.guildhall.platform.time;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A request field that carries a date: a real calendar day written {@code YYYY-MM-DD}, from {@link #EARLIEST} to
 * {@link #LATEST}; null passes. Dates stay strings
 * in request records so that an impossible day is a 400 naming the field, not a binding failure naming nothing.
 */
@Documented
@Constraint(validatedBy = IsoDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDate {

    String message() default "Enter a real date as YYYY-MM-DD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The earliest date any field takes; a domain may narrow it. */
    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date any field takes; a domain may narrow it. */
    LocalDate LATEST = LocalDate.of(2100, 12, 31);

    class Validator implements ConstraintValidator<IsoDate, CharSequence> {
        private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            if (!FORM.matcher(value).matches()) {
                return false;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                    if (context != null) {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate("must be between " + EARLIEST + " and " + LATEST)
                                .addConstraintViolation();
                    }
                    return false;
                }
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
