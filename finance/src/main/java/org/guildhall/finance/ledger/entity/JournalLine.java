package org.guildhall.finance.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.guildhall.platform.money.Money;

/** One line of a posted journal: an account (and cost centre) debited or credited, never both. */
@Embeddable
public class JournalLine {

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "account_code", nullable = false, length = 16)
    private String account;

    @Column(name = "cost_centre", length = 16)
    private String costCentre;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal debit;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal credit;

    @Column(length = 500)
    private String memo;

    protected JournalLine() {
    }

    JournalLine(int lineNo, String account, String costCentre, Money debit, Money credit, String memo) {
        this.lineNo = lineNo;
        this.account = account;
        this.costCentre = costCentre;
        this.debit = debit.amount();
        this.credit = credit.amount();
        this.memo = memo;
    }

    /** The same line the other way round, for a reversal. */
    JournalLine mirrored() {
        return new JournalLine(lineNo, account, costCentre, credit(), debit(), memo);
    }

    public int lineNo() { return lineNo; }
    public String account() { return account; }
    public String costCentre() { return costCentre; }
    public Money debit() { return Money.of(debit); }
    public Money credit() { return Money.of(credit); }
    public String memo() { return memo; }
}
