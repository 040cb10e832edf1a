package org.guildhall.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of sterling to the penny. Every amount the ledger stores or the API exchanges is one of these: parsed
 * from and written as a decimal string ({@code "1234.50"}), never a floating-point number. Arithmetic is exact;
 * the only rounding is {@link #ofRounded}, which uses the ledger's rule (half up to the penny). Other rules (PAYE's
 * rounding down, NI's half-down) belong to their own calculations.
 */
public final class Money implements Comparable<Money> {

    public static final int SCALE = 2;
    public static final RoundingMode LEDGER_ROUNDING = RoundingMode.HALF_UP;
    /** numeric(19,2): 17 digits before the point. Declared before ZERO, whose construction checks it. */
    private static final BigDecimal LIMIT = new BigDecimal("99999999999999999.99");
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        if (amount.abs().compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("amount is too large");
        }
        this.amount = amount;
    }

    /** An exact amount: more than two decimal places is refused rather than rounded away. */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new IllegalArgumentException("amount has more than two decimal places");
        }
        return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    /** Parses a decimal string such as {@code "1234.50"}; exponents, grouping and currency signs are refused. */
    public static Money parse(String text) {
        if (text == null || !text.strip().matches("-?[0-9]{1,17}(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("must be an amount such as 1234.50");
        }
        return of(new BigDecimal(text.strip()));
    }

    /** Rounds to the penny by the ledger's rule. */
    public static Money ofRounded(BigDecimal amount) {
        return new Money(amount.setScale(SCALE, LEDGER_ROUNDING));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.compareTo(money.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    /** The API's form: a plain decimal with two places. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
