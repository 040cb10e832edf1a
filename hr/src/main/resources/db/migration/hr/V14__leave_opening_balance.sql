-- Where an employee's leave stood when their department joined: for a leave type with a balance, the leave year it
-- was taken at, what carried into that year and what was taken in it before Guildhall, in the unit their balance is
-- kept in then. Balances from that year on start from it instead of rebuilding carry-over from the start date.
create table leave_opening_balance (
    tenant_id       varchar(32)  not null,
    employee_number varchar(32)  not null,
    leave_type      varchar(16)  not null,
    leave_year      integer      not null,
    unit            varchar(5)   not null check (unit in ('DAYS', 'HOURS')),
    carried_over    numeric(7,2) not null check (carried_over >= 0),
    taken           numeric(7,2) not null check (taken >= 0),
    primary key (tenant_id, employee_number, leave_type),
    foreign key (tenant_id, employee_number) references employee (tenant_id, employee_number)
);

select guildhall_tenant_rls('leave_opening_balance');

grant select, insert, update on leave_opening_balance to ${appRole};
