-- Suppliers a tenant buys from. The id comes from one sequence for every tenant, so a supplier stays one record, with
-- the same id, when a framework supplier later belongs to a tenant group that several tenants share (the group
-- issue): ownership can move from a tenant to its group without renumbering anything that points at it.
create table supplier (
    tenant_id          varchar(32)  not null,
    id                 bigint       not null,
    name               varchar(160) not null,
    company_number     char(8)      check (company_number ~ '^[A-Z0-9]{2}[0-9]{6}$'),
    vat_number         varchar(14)  check (vat_number ~ '^GB([0-9]{9}|[0-9]{12})$'),
    address_lines      varchar(400) not null,
    postcode           varchar(8),
    email              varchar(254) not null,
    phone              varchar(20),
    payment_terms_days int          not null default 30 check (payment_terms_days between 0 and 120),
    sme                boolean      not null,
    created_by         varchar(64)  not null,
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    primary key (tenant_id, id)
);
create sequence supplier_id_seq;
create unique index supplier_company_number on supplier (tenant_id, company_number) where company_number is not null;
create unique index supplier_vat_number on supplier (tenant_id, vat_number) where vat_number is not null;

-- Where a supplier is paid: the numbers encrypted, a keyed fingerprint of them so that a second supplier with the same
-- account is found without decrypting anything, how the change was checked, and who confirmed it.
create table supplier_bank_account (
    tenant_id            varchar(32)  not null,
    supplier_id          bigint       not null,
    sort_code            varchar(200) not null,
    account_number       varchar(200) not null,
    account_name         varchar(18)  not null,
    last_digits          char(4)      not null,
    fingerprint          char(64)     not null,
    status               varchar(24)  not null check (status in ('AWAITING_CONFIRMATION', 'CONFIRMED')),
    verification_method  varchar(16)  not null,
    verification_contact varchar(254) not null,
    verification_note    varchar(500) not null,
    changed_by           varchar(64)  not null,
    changed_at           timestamptz  not null,
    confirmed_by         varchar(64),
    confirmed_at         timestamptz,
    version              bigint       not null default 0,
    primary key (tenant_id, supplier_id),
    foreign key (tenant_id, supplier_id) references supplier (tenant_id, id)
);
create unique index supplier_bank_account_fingerprint on supplier_bank_account (tenant_id, fingerprint);

select guildhall_tenant_rls('supplier');
select guildhall_tenant_rls('supplier_bank_account');

grant select, insert, update on supplier, supplier_bank_account to ${appRole};
grant usage, select on sequence supplier_id_seq to ${appRole};
