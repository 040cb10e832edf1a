package org.guildhall.hr.expenses.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.InvalidInput.Field;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.money.Money;

/**
 * A tenant's expense policy applied to a claim: which lines may be claimed (refused as {@link InvalidInput} when a
 * line is malformed, {@link RuleRefused} when it is well formed but not allowed), what each is worth (mileage at
 * HMRC's rates, see {@link CarMiles}) and whether the claim may be submitted (a receipt for every line above the
 * policy's amount). Lines above a category's limit are not refused: the breach is shown to the approver.
 */
public final class ClaimRules {

    public static final int MOST_LINES = 50;
    static final BigDecimal MOST_MILES = new BigDecimal("5000");

    private final ExpensePolicy policy;

    public ClaimRules(ExpensePolicy policy) {
        this.policy = policy;
    }

    /** A line as it will be stored, priced; the claim's id is known only once the claim is. */
    public record Priced(ClaimLine claimed, ExpensePolicy.Category category, Money amount, Money vat, String breach) {

        public ExpenseLine toLine(Long claimId, int lineNo) {
            return new ExpenseLine(claimId, lineNo, claimed.date(), category.code(), claimed.description().strip(), amount, vat,
                    category.mileage() ? claimed.miles() : null, category.mileage() ? claimed.vehicle() : null, claimed.london(), breach);
        }
    }

    /**
     * Refuses a claim unless every line can be claimed on {@code today} by someone employed from {@code employedFrom}.
     * {@code unreadable} are the fields the sender could not even read (a date that is not one), answered together
     * with every other problem, one message a field.
     */
    public void check(List<ClaimLine> lines, List<Field> unreadable, LocalDate today, LocalDate employedFrom) {
        if (lines.isEmpty() && !unreadable.isEmpty()) {
            throw new InvalidInput("The expense claim has invalid fields.", unreadable);
        }
        if (lines.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", List.of(new Field("lines", "Add at least one line")));
        }
        if (lines.size() > MOST_LINES) {
            throw new InvalidInput("The request has invalid fields.",
                    List.of(new Field("lines", "A claim can have at most " + MOST_LINES + " lines; make two claims")));
        }
        List<Field> malformed = new ArrayList<>(unreadable);
        List<Field> refused = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            check(lines.get(i), "lines[" + i + "].", today, employedFrom, malformed, refused);
        }
        if (!malformed.isEmpty()) {
            // one message a field (an unreadable date is not also a missing one), in field order
            Map<String, Field> byField = new TreeMap<>();
            malformed.forEach(e -> byField.putIfAbsent(e.name(), e));
            throw new InvalidInput("The expense claim has invalid fields.", List.copyOf(byField.values()));
        }
        if (!refused.isEmpty()) {
            throw new RuleRefused("The expense claim cannot be made.", refused);
        }
    }

    private void check(ClaimLine line, String at, LocalDate today, LocalDate employedFrom, List<Field> malformed, List<Field> refused) {
        ExpensePolicy.Category category = line.category() == null ? null : policy.category(line.category()).orElse(null);
        if (category == null) {
            malformed.add(new Field(at + "category", "Choose a category: "
                    + String.join(", ", policy.categories().stream().map(ExpensePolicy.Category::code).toList())));
        }
        if (line.date() == null) {
            malformed.add(new Field(at + "date", "Enter the date of the expense"));
        } else if (line.date().isAfter(today)) {
            refused.add(new Field(at + "date", "The date of the expense must be today or earlier"));
        } else if (line.date().isBefore(employedFrom)) {
            refused.add(new Field(at + "date", "The expense is dated before the employment started"));
        }
        if (line.description() == null || line.description().isBlank()) {
            malformed.add(new Field(at + "description", "Describe what the expense was for"));
        } else if (line.description().length() > 200) {
            malformed.add(new Field(at + "description", "Keep the description to 200 characters"));
        }
        if (category != null && category.mileage()) {
            BigDecimal miles = line.miles();
            if (miles == null || miles.signum() <= 0 || miles.scale() > 1 || miles.compareTo(MOST_MILES) > 0) {
                malformed.add(new Field(at + "miles", "Enter the business miles, more than 0 and at most 5000, to one decimal place"));
            }
            if (line.vehicle() == null) {
                malformed.add(new Field(at + "vehicle", "Choose CAR (or van), MOTORCYCLE or BICYCLE"));
            }
        } else if (category != null) {
            if (line.amount() == null || !line.amount().isPositive()) {
                malformed.add(new Field(at + "amount", "Enter the amount spent, more than 0.00"));
            } else if (line.vat() != null && (line.vat().compareTo(Money.ZERO) < 0 || line.vat().compareTo(line.amount()) >= 0)) {
                malformed.add(new Field(at + "vat", "The VAT must be 0.00 or more and less than the amount"));
            }
        }
    }

    /** Checked lines priced in order: mileage from the miles, anything else as claimed, each with its policy breach. */
    public List<Priced> price(List<ClaimLine> lines, CarMiles carMiles) {
        List<Priced> priced = new ArrayList<>();
        for (ClaimLine line : lines) {
            ExpensePolicy.Category category = policy.category(line.category()).orElseThrow();
            Money amount = category.mileage() ? carMiles.allowance(line.vehicle(), line.date(), line.miles()) : line.amount();
            Money vat = category.mileage() || line.vat() == null ? Money.ZERO : line.vat();
            priced.add(new Priced(line, category, amount, vat, policy.breach(category, amount, line.london())));
        }
        return priced;
    }

    public static Money total(List<Priced> priced) {
        return priced.stream().map(Priced::amount).reduce(Money.ZERO, Money::plus);
    }

    /**
     * A draft's lines made ready to submit: refused unless every line that needs a receipt has one ({@code withReceipts}
     * are the numbers of the lines that have); otherwise mileage is priced again, since more miles may have been
     * claimed since the draft was made. Answers the claim's new total.
     */
    public Money submit(List<ExpenseLine> lines, Set<Integer> withReceipts, CarMiles carMiles) {
        List<Field> missing = new ArrayList<>();
        for (ExpenseLine line : lines) {
            ExpensePolicy.Category category = policy.category(line.category()).orElse(null);
            if (category != null && policy.needsReceipt(category, line.amount()) && !withReceipts.contains(line.lineNo())) {
                missing.add(new Field("lines[" + (line.lineNo() - 1) + "].receipt", "Attach a receipt for line " + line.lineNo()
                        + " (" + line.description() + "): the policy asks for one above £" + policy.receiptRequiredAbove()));
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleRefused("The claim cannot be submitted.", missing);
        }
        for (ExpenseLine line : lines) {
            if (policy.category(line.category()).map(ExpensePolicy.Category::mileage).orElse(false)) {
                line.reprice(carMiles.allowance(line.vehicle(), line.spentOn(), line.miles()));
            }
        }
        return lines.stream().map(ExpenseLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
