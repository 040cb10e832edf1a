package org.guildhall.finance.posting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guildhall.finance.chart.control.ChartOfAccounts;
import org.guildhall.finance.chart.entity.LedgerAccount;
import org.guildhall.finance.ledger.control.Ledger;

/**
 * Finance as other modules see it: post a {@link JournalDraft} to the ledger, find the account the chart names for a
 * purpose, check cost centres. Payroll runs, expense claims and supplier invoices call this, never the ledger's or the
 * chart's controls and entities, so those can change without them.
 */
@ApplicationScoped
public class Posting {

    @Inject
    Ledger ledger;

    @Inject
    ChartOfAccounts chart;

    /**
     * Posts {@code draft} once for ({@code source}, {@code sourceReference}), in the caller's transaction and tenant: a
     * repeat answers the journal already posted. Refused (nothing written) when the draft breaks a double-entry rule or
     * its period is closed.
     */
    public Posted post(String source, String sourceReference, JournalDraft draft) {
        Ledger.Posted posted = ledger.post(source, sourceReference, draft);
        return new Posted(posted.journal().id(), posted.created());
    }

    /** The code of the account the tenant's chart names for {@code purpose} (EMPLOYEE_EXPENSES_PAYABLE, ...). */
    public Optional<String> accountFor(String purpose) {
        return chart.accountFor(purpose).map(LedgerAccount::code);
    }

    /**
     * The code of the account the chart names for {@code purpose}; refused (422) when it names none, saying what
     * {@code cannot} be done without it.
     */
    public String requireAccountFor(String purpose, String name, String cannot) {
        return accountFor(purpose).orElseThrow(() -> new org.guildhall.platform.domain.RuleRefused("The chart of accounts has no account for "
                + purpose + " (" + name + "), so " + cannot + ". Ask finance to add one."));
    }

    /**
     * The code of a postable expense account named by its code or by the purpose the chart gives it, as a buyer
     * may write either; empty when there is none.
     */
    public Optional<String> expenseAccount(String codeOrPurpose) {
        if (codeOrPurpose == null || codeOrPurpose.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrPurpose.strip();
        return chart.account(text).or(() -> chart.accountFor(text))
                .filter(account -> account.postable() && account.type() == org.guildhall.finance.chart.entity.AccountType.EXPENSE)
                .map(LedgerAccount::code);
    }

    /** Who holds the budget of a cost centre (as the chart names them), if it names anyone. */
    public Optional<String> budgetHolder(String costCentre) {
        return chart.costCentre(costCentre).map(c -> c.budgetHolder());
    }

    /** Those of {@code codes} that are cost centres of the tenant. */
    public Set<String> existingCostCentres(Collection<String> codes) {
        return chart.existingCostCentres(codes);
    }

    /** An account or cost centre as a form offers it: its code and name. */
    public record Named(String code, String name) {
    }

    /** The postable expense accounts of the chart, in code order, as a buyer chooses one. */
    public List<Named> expenseAccounts() {
        return chart.accounts().stream().filter(a -> a.postable() && a.type() == org.guildhall.finance.chart.entity.AccountType.EXPENSE)
                .map(a -> new Named(a.code(), a.name())).sorted(java.util.Comparator.comparing(Named::code)).toList();
    }

    /** The tenant's cost centres, in code order. */
    public List<Named> costCentres() {
        return chart.costCentres().stream().map(c -> new Named(c.code(), c.name())).sorted(java.util.Comparator.comparing(Named::code)).toList();
    }

    /** The journal a posting made or found: its id, and whether this call created it. */
    public record Posted(long journalId, boolean created) {
    }
}
