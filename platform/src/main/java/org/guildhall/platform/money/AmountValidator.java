package org.guildhall.platform.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link Amount}: the text is money, not negative unless signed, and at most the field's maximum. */
public class AmountValidator implements ConstraintValidator<Amount, CharSequence> {

    private boolean signed;
    private BigDecimal max;

    @Override
    public void initialize(Amount amount) {
        signed = amount.signed();
        max = amount.max().isEmpty() ? null : new BigDecimal(amount.max());
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        String refusal = refusal(value);
        if (refusal == null) {
            return true;
        }
        if (context != null) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(refusal).addConstraintViolation();
        }
        return false;
    }

    /** Why the value is refused, or null when it is a valid amount (or absent). */
    String refusal(CharSequence value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (!text.equals(text.strip())) {
            return Amount.MALFORMED;
        }
        Money money;
        try {
            money = Money.parse(text);
        } catch (IllegalArgumentException e) {
            return Amount.MALFORMED;
        }
        if (!signed && money.amount().signum() < 0) {
            return Amount.NEGATIVE;
        }
        if (max != null && money.amount().compareTo(max) > 0) {
            return "must be at most " + max.toPlainString();
        }
        return null;
    }
}
