-- An employee's bank account for pay: sort code and account number encrypted by the application (AES-GCM, bound to
-- tenant, employee and field), only the last digits kept in the clear for the masked view. A change waits for
-- confirmation by someone else before payroll may use it: the classic fraud route is a changed bank account.
create table employee_bank_account (
    tenant_id        varchar(32)  not null,
    employee_number  varchar(32)  not null,
    sort_code        varchar(200) not null check (sort_code like 'v1:%'),
    account_number   varchar(200) not null check (account_number like 'v1:%'),
    account_name     varchar(18)  not null,
    last_digits      char(4)      not null,
    status           varchar(24)  not null check (status in ('AWAITING_CONFIRMATION', 'CONFIRMED')),
    changed_by       varchar(64)  not null,
    changed_at       timestamptz  not null,
    confirmed_by     varchar(64),
    confirmed_at     timestamptz,
    version          bigint       not null default 0,
    primary key (tenant_id, employee_number),
    foreign key (tenant_id, employee_number) references employee (tenant_id, employee_number),
    check (confirmed_by is null or confirmed_by <> changed_by)
);
select guildhall_tenant_rls('employee_bank_account');
grant select, insert, update on employee_bank_account to ${appRole};
