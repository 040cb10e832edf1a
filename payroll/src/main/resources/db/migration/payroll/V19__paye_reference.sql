-- The employer's PAYE references HMRC gave the tenant, which its P45s, P60s and Full Payment Submissions carry: the tax
-- office number and reference (together the employer PAYE reference, 123/AB456) and the accounts office reference.
-- One row a tenant (scheme is always PAYE, so the row has a key of its own within the tenant).
create table paye_reference (
    tenant_id                 varchar(32) not null,
    scheme                    varchar(4)  not null default 'PAYE' check (scheme = 'PAYE'),
    tax_office_number         char(3)     not null check (tax_office_number ~ '^[0-9]{3}$'),
    tax_office_reference      varchar(10) not null check (tax_office_reference ~ '^[A-Z0-9]{1,10}$'),
    accounts_office_reference char(13)    not null check (accounts_office_reference ~ '^[0-9]{3}P[A-Z][0-9]{7}[0-9X]$'),
    version                   bigint      not null default 0,
    primary key (tenant_id, scheme)
);

select guildhall_tenant_rls('paye_reference');

grant select, insert, update on paye_reference to ${appRole};
