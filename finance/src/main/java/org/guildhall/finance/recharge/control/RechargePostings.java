package org.guildhall.finance.recharge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.guildhall.finance.ledger.control.Ledger;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.finance.posting.Posting;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * The two sides of a recharge, each posted through its own tenant's ledger in a transaction of its own, scoped to that
 * tenant: the cost in the tenant's (DR the price list's expense account, CR trade payables), the income in the centre's
 * (DR trade receivables, CR the income account), both on the month's last day; and the tenant's side reversed when the
 * centre's cannot be posted. Each attempt has its own posting reference (the month and the attempt's number), so a
 * retry after a crash finds what it posted, and a new attempt after a failure posts afresh rather than finding the
 * reversed journal.
 */
@ApplicationScoped
public class RechargePostings {

    public static final String SOURCE = "RECHARGE";

    @Inject
    TenantSession session;

    @Inject
    Posting posting;

    @Inject
    Ledger ledger;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long cost(String tenant, YearMonth month, int attempt, Money total, String expenseAccount, String centreName) {
        session.enter(tenant);
        String payables = posting.requireAccountFor("TRADE_PAYABLES", "trade payables", "the recharge cannot be posted");
        String memo = "Shared service recharge, " + month + ", from " + centreName;
        return posting.post(SOURCE, month + "#" + attempt, new JournalDraft(month.atEndOfMonth(), memo, "RC-" + month, List.of(
                new JournalDraft.Line(expenseAccount, null, total, null, memo),
                new JournalDraft.Line(payables, null, null, total, memo)))).journalId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long income(String centre, String tenant, YearMonth month, int attempt, Money total, String incomeAccount) {
        session.enter(centre);
        String receivables = posting.requireAccountFor("TRADE_RECEIVABLES", "trade receivables", "the recharge cannot be posted");
        String memo = "Shared service recharge, " + month + ", to " + tenant;
        return posting.post(SOURCE, month + "/" + tenant + "#" + attempt, new JournalDraft(month.atEndOfMonth(), memo, "RC-" + month + "-" + tenant, List.of(
                new JournalDraft.Line(receivables, null, total, null, memo),
                new JournalDraft.Line(incomeAccount, null, null, total, memo)))).journalId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void undo(String tenant, long journal, LocalDate on) {
        session.enter(tenant);
        ledger.reverse(journal, on);
    }
}
