-- The policy documents a tenant group holds for its members: a member uses the group's document of a name unless it
-- has its own (tenant_policy), which it may drop to use the group's again.
create table tenant_group_policy (
    group_code varchar(30)  not null references tenant_group (code),
    name       varchar(64)  not null check (name ~ '^[a-z][a-z0-9-]{1,63}$'),
    document   text         not null,
    version    bigint       not null default 0,
    primary key (group_code, name)
);

grant select, insert, update on tenant_group_policy to ${appRole};
grant delete on tenant_policy to ${appRole};
