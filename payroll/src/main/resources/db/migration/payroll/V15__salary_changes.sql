-- A change of salary (or hours) from a date: the run pays each day of a period at the salary in force that day. The
-- employee record holds the latest salary; these rows say which held before, and from when.
create table salary_change (
    tenant_id        varchar(32)   not null,
    employee_number  varchar(32)   not null,
    effective_from   date          not null,
    salary_before    numeric(19,2) not null check (salary_before >= 0),
    fte_before       numeric(5,4)  not null check (fte_before > 0 and fte_before <= 1),
    annual_salary    numeric(19,2) not null check (annual_salary >= 0),
    fte              numeric(5,4)  not null check (fte > 0 and fte <= 1),
    recorded_by      varchar(64)   not null,
    recorded_at      timestamptz   not null,
    primary key (tenant_id, employee_number, effective_from),
    foreign key (tenant_id, employee_number) references employee (tenant_id, employee_number)
);
select guildhall_tenant_rls('salary_change');
grant select, insert on salary_change to ${appRole};
