package org.guildhall.finance.chart.entity;

/** Where an account reports: the balance sheet (assets, liabilities, taxpayers' equity) or net expenditure. */
public enum AccountType {
    ASSET, LIABILITY, EQUITY, INCOME, EXPENSE;

    /** Income and expenditure accounts start each year at nil: their balances go to the general fund at year end. */
    public boolean closesAtYearEnd() {
        return this == INCOME || this == EXPENSE;
    }
}
