-- A tenant's policies as data (leave policy, approval limits, ...): one JSON document per name, copied from the
-- template at onboarding and edited by the tenant's HR admins. Features that use a policy read and check its fields.
create table tenant_policy (
    tenant_id varchar(32)  not null,
    name      varchar(64)  not null check (name ~ '^[a-z][a-z0-9-]{1,63}$'),
    document  text         not null,
    version   bigint       not null default 0,
    primary key (tenant_id, name)
);
select guildhall_tenant_rls('tenant_policy');
grant select, insert, update on tenant_policy to ${appRole};
