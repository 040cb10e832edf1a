-- Budgets per cost centre and account for a fiscal year, and the actuals they are compared with: debit and credit
-- movements per cost centre, account and period, kept by the posting boundary beside account_balance (which the
-- trial balance reads) for every journal line that names a cost centre.

create table cost_centre_balance (
    tenant_id    varchar(32)   not null,
    fiscal_year  integer       not null,
    period       integer       not null check (period between 1 and 12),
    cost_centre  varchar(16)   not null,
    account_code varchar(16)   not null,
    debit        numeric(19,2) not null default 0,
    credit       numeric(19,2) not null default 0,
    primary key (tenant_id, fiscal_year, cost_centre, account_code, period),
    foreign key (tenant_id, cost_centre) references cost_centre (tenant_id, code),
    foreign key (tenant_id, account_code) references ledger_account (tenant_id, code)
);

create table budget_line (
    tenant_id    varchar(32)   not null,
    fiscal_year  integer       not null check (fiscal_year between 2000 and 2199),
    cost_centre  varchar(16)   not null,
    account_code varchar(16)   not null,
    amount       numeric(19,2) not null,
    version      bigint        not null default 0,
    primary key (tenant_id, fiscal_year, cost_centre, account_code),
    foreign key (tenant_id, cost_centre) references cost_centre (tenant_id, code),
    foreign key (tenant_id, account_code) references ledger_account (tenant_id, code)
);

select guildhall_tenant_rls('cost_centre_balance');
select guildhall_tenant_rls('budget_line');

grant select, insert, update on cost_centre_balance, budget_line to ${appRole};
