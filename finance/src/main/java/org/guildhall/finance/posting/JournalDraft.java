package org.guildhall.finance.posting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.problem.FieldError;

/**
 * A journal before it is posted, as every module hands it to {@link Posting#post}, and the double-entry rules it must
 * meet: at least two lines, each either a debit or a credit of a positive amount, to a postable account of the chart
 * and a known cost centre, with debits equal to credits.
 */
public record JournalDraft(LocalDate date, String description, String reference, List<Line> lines) {

    public static final int MAX_LINES = 10_000;

    public JournalDraft {
        lines = List.copyOf(lines);
    }

    /** One line: an amount in {@code debit} or in {@code credit}, the other left out. */
    public record Line(String account, String costCentre, Money debit, Money credit, String memo) {

        public Money debitOrZero() {
            return debit == null ? Money.ZERO : debit;
        }

        public Money creditOrZero() {
            return credit == null ? Money.ZERO : credit;
        }
    }

    /** What the rules need to know of the tenant's chart: each account's postability, and its cost centres. */
    public record Chart(Map<String, Boolean> postableByAccount, Set<String> costCentres) {
    }

    public Money totalDebits() {
        return lines.stream().map(Line::debitOrZero).reduce(Money.ZERO, Money::plus);
    }

    public Money totalCredits() {
        return lines.stream().map(Line::creditOrZero).reduce(Money.ZERO, Money::plus);
    }

    /** Every rule the draft breaks, each against the field it concerns; empty when it may be posted. */
    public List<FieldError> problems(Chart chart) {
        List<FieldError> problems = new ArrayList<>();
        if (lines.size() < 2) {
            problems.add(new FieldError("lines", "A journal needs at least two lines"));
        }
        if (lines.size() > MAX_LINES) {
            problems.add(new FieldError("lines", "A journal can have at most " + MAX_LINES + " lines"));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String at = "lines[" + i + "].";
            boolean hasDebit = line.debit() != null;
            boolean hasCredit = line.credit() != null;
            if (hasDebit == hasCredit) {
                problems.add(new FieldError(at + "debit", "Enter either a debit or a credit on each line, not both or neither"));
            } else if (hasDebit && !line.debit().isPositive()) {
                problems.add(new FieldError(at + "debit", "A debit must be more than 0.00"));
            } else if (hasCredit && !line.credit().isPositive()) {
                problems.add(new FieldError(at + "credit", "A credit must be more than 0.00"));
            }
            Boolean postable = chart.postableByAccount().get(line.account());
            if (postable == null) {
                problems.add(new FieldError(at + "account", "There is no account " + line.account() + " in the chart of accounts"));
            } else if (!postable) {
                problems.add(new FieldError(at + "account", "Account " + line.account() + " is a heading and cannot be posted to"));
            }
            if (line.costCentre() != null && !chart.costCentres().contains(line.costCentre())) {
                problems.add(new FieldError(at + "costCentre", "There is no cost centre " + line.costCentre()));
            }
        }
        if (!totalDebits().equals(totalCredits())) {
            problems.add(new FieldError("lines", "Debits (" + totalDebits() + ") must equal credits (" + totalCredits() + ")"));
        }
        return problems;
    }
}
