-- The tenant's own bank accounts that payments leave from, by purpose (payroll's net pay, suppliers), with the BACS
-- service user number that submits them. The organisation's accounts, not personal data: kept in the clear.
create table payment_account (
    tenant_id           varchar(32) not null,
    purpose             varchar(16) not null check (purpose in ('PAYROLL', 'SUPPLIERS')),
    sort_code           char(6)     not null check (sort_code ~ '^[0-9]{6}$'),
    account_number      char(8)     not null check (account_number ~ '^[0-9]{8}$'),
    account_name        varchar(18) not null,
    service_user_number char(6)     not null check (service_user_number ~ '^[0-9]{6}$'),
    version             bigint      not null default 0,
    primary key (tenant_id, purpose)
);

select guildhall_tenant_rls('payment_account');

grant select, insert, update on payment_account to ${appRole};
