-- Tenant groups: a department and its agencies. A tenant is in at most one (tenant.group_code); the group holds
-- policy documents its members use unless they have their own (hr's tenant_group_policy). A group's own changes are
-- audited in a chain of its own, kept with the tenants' chains under the key 'g:' || code (hence at most 30 characters).
create table tenant_group (
    code       varchar(30)  primary key check (code ~ '^[a-z][a-z0-9-]{1,29}$'),
    name       varchar(200) not null,
    created_at timestamptz  not null,
    version    bigint       not null default 0
);

-- a group named by a tenant before groups were kept becomes one, named by its code
insert into tenant_group (code, name, created_at)
select distinct group_code, group_code, now() from tenant where group_code is not null;

alter table tenant add foreign key (group_code) references tenant_group (code);

grant select, insert, update on tenant_group to ${appRole};
