package org.guildhall.finance.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.finance.budget.control.Budgets;
import org.guildhall.finance.calendar.control.FiscalCalendar;
import org.guildhall.finance.calendar.entity.FiscalPeriod;
import org.guildhall.finance.chart.control.ChartOfAccounts;
import org.guildhall.finance.chart.entity.LedgerAccount;
import org.guildhall.finance.ledger.control.Balances;
import org.guildhall.finance.ledger.control.Ledger;
import org.guildhall.finance.ledger.entity.Journal;
import org.guildhall.finance.ledger.entity.JournalLine;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.InTenant;

/** What the finance pages show and do, each in one transaction in the tenant the page's gate admitted. */
@ApplicationScoped
@Transactional
@InTenant
public class FinancePageModels {

    @Inject
    Ledger ledger;

    @Inject
    Balances balances;

    @Inject
    FiscalCalendar calendar;

    @Inject
    ChartOfAccounts chart;

    @Inject
    Budgets budgets;

    public List<Map<String, Object>> journals(int fiscalYear) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Journal j : ledger.inPeriod(fiscalYear, null, 0, 200)) {
            rows.add(Map.of("id", j.id(), "date", j.date().toString(), "period", j.period(), "description", j.description(),
                    "total", j.total().toString(), "status", j.status().name(), "reversed", j.reversedById() != null));
        }
        return rows;
    }

    public Map<String, Object> journal(long id) {
        Journal j = ledger.find(id);
        Map<String, Object> model = new HashMap<>();
        model.put("id", j.id());
        model.put("date", j.date().toString());
        model.put("fiscalYear", j.fiscalYear());
        model.put("period", j.period());
        model.put("description", j.description());
        model.put("reference", j.reference() == null ? "" : j.reference());
        model.put("status", j.status().name());
        model.put("reversed", j.reversedById() != null);
        model.put("reversedBy", j.reversedById());
        model.put("reverses", j.reversesId());
        model.put("total", j.total().toString());
        model.put("postedBy", j.postedBy());
        model.put("source", j.source());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JournalLine line : j.lines()) {
            lines.add(Map.of("account", line.account(), "costCentre", line.costCentre() == null ? "" : line.costCentre(),
                    "debit", line.debit().isZero() ? "" : line.debit().toString(), "credit", line.credit().isZero() ? "" : line.credit().toString(),
                    "memo", line.memo() == null ? "" : line.memo()));
        }
        model.put("lines", lines);
        return model;
    }

    public long post(String idempotencyKey, JournalDraft draft) {
        return ledger.post(Ledger.MANUAL, idempotencyKey, draft).journal().id();
    }

    public List<Map<String, Object>> postableAccounts() {
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (LedgerAccount a : chart.accounts()) {
            if (a.postable()) {
                accounts.add(Map.of("code", a.code(), "name", a.name()));
            }
        }
        return accounts;
    }

    public List<String> costCentres() {
        return chart.costCentres().stream().map(c -> c.code()).toList();
    }

    public Map<String, Object> trialBalance(int fiscalYear, int period) {
        List<Balances.Row> rows = balances.reported(fiscalYear, period);
        List<Map<String, Object>> lines = new ArrayList<>();
        Money debit = Money.ZERO;
        Money credit = Money.ZERO;
        Money closing = Money.ZERO;
        for (Balances.Row row : rows) {
            lines.add(Map.of("account", row.account(), "name", row.name(), "type", row.type().name(), "opening", row.opening().toString(),
                    "debit", row.debit().toString(), "credit", row.credit().toString(), "closing", row.closing().toString()));
            debit = debit.plus(row.debit());
            credit = credit.plus(row.credit());
            closing = closing.plus(row.closing());
        }
        return Map.of("lines", lines, "hasLines", !lines.isEmpty(), "totalDebit", debit.toString(), "totalCredit", credit.toString(),
                "totalClosing", closing.toString());
    }

    public List<Balances.Row> trialBalanceRows(int fiscalYear, int period) {
        return balances.reported(fiscalYear, period);
    }

    public List<Map<String, Object>> periods(int fiscalYear) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FiscalPeriod p : calendar.periods(fiscalYear)) {
            rows.add(Map.of("number", p.number(), "start", p.start().toString(), "end", p.end().toString(),
                    "status", p.status().name(), "open", p.isOpen()));
        }
        return rows;
    }

    public void closePeriod(int fiscalYear, int number) {
        calendar.close(fiscalYear, number);
    }

    public void reopenPeriod(int fiscalYear, int number) {
        calendar.reopen(fiscalYear, number);
    }

    public List<Map<String, Object>> budgetAgainstActual(int fiscalYear, int period) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Budgets.Comparison c : budgets.against(fiscalYear, period, null)) {
            rows.add(Map.of("costCentre", c.costCentre(), "account", c.account(), "name", c.name(), "budget", c.budget().toString(),
                    "actual", c.actual().toString(), "commitments", c.commitments().toString(), "remaining", c.remaining().toString(),
                    "over", c.remaining().amount().signum() < 0));
        }
        return rows;
    }
}
