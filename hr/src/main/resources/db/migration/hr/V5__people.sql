-- Organisation units and employees. Line managers are employees of the same tenant; the foreign key is deferred to
-- commit so that a load may name a manager defined further down.

create table org_unit (
    tenant_id   varchar(32)  not null,
    code        varchar(32)  not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9-]{0,31}$'),
    name        varchar(200) not null,
    parent_code varchar(32),
    cost_centre varchar(16)  not null,
    version     bigint       not null default 0,
    primary key (tenant_id, code),
    foreign key (tenant_id, parent_code) references org_unit (tenant_id, code) deferrable initially deferred,
    foreign key (tenant_id, cost_centre) references cost_centre (tenant_id, code)
);

create table employee (
    tenant_id       varchar(32)   not null,
    employee_number varchar(32)   not null,
    given_name      varchar(100)  not null,
    family_name     varchar(100)  not null,
    email           varchar(254)  not null,
    ni_number       char(9)       not null,
    date_of_birth   date          not null,
    start_date      date          not null,
    end_date        date check (end_date >= start_date),
    org_unit        varchar(32)   not null,
    cost_centre     varchar(16)   not null,
    manager_number  varchar(32) check (manager_number <> employee_number),
    nation          varchar(16)   not null check (nation in ('ENGLAND', 'WALES', 'SCOTLAND', 'NORTHERN_IRELAND')),
    fte             numeric(5,4)  not null check (fte > 0 and fte <= 1),
    weekly_hours    numeric(5,2)  not null check (weekly_hours > 0),
    grade           varchar(32),
    annual_salary   numeric(19,2) not null check (annual_salary >= 0),
    version         bigint        not null default 0,
    primary key (tenant_id, employee_number),
    unique (tenant_id, ni_number),
    foreign key (tenant_id, org_unit) references org_unit (tenant_id, code),
    foreign key (tenant_id, cost_centre) references cost_centre (tenant_id, code),
    foreign key (tenant_id, manager_number) references employee (tenant_id, employee_number) deferrable initially deferred
);
create index employee_manager on employee (tenant_id, manager_number);
create index employee_family_name on employee (tenant_id, lower(family_name));

select guildhall_tenant_rls('org_unit');
select guildhall_tenant_rls('employee');

grant select, insert, update on org_unit, employee to ${appRole};
