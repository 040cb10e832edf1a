-- Metering and recharge: the centre's price list (a document an operator keeps: price a unit per metered count, a
-- monthly minimum, the centre's own tenant and the accounts each side posts to), and each tenant's recharge of a month
-- once approved: posted as a cost in the tenant's ledger and as income in the centre's, each by its own Ledger.post in
-- its own transaction, or FAILED with the reason and neither side left posted.
create table centre_setting (
    name     varchar(64) primary key check (name ~ '^[a-z][a-z0-9-]{1,63}$'),
    document text        not null,
    version  bigint      not null default 0
);

create table recharge (
    tenant_code    varchar(32)   not null references tenant (code),
    month          date          not null check (extract(day from month) = 1),
    total          numeric(19,2) not null,
    status         varchar(8)    not null check (status in ('POSTED', 'FAILED')),
    tenant_journal bigint,
    centre_journal bigint,
    failure        varchar(500),
    attempts       integer       not null default 1,
    approved_by    varchar(64)   not null,
    approved_at    timestamptz   not null,
    primary key (tenant_code, month)
);

grant select, insert, update on centre_setting, recharge to ${appRole};
