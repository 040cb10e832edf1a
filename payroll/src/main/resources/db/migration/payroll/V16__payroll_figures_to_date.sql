-- NI-able earnings and both NIs to date per NI category letter, per employee and tax year: what RTI's full payment
-- submission reports for each letter an employee had in the year. A department migrating mid-year brings them in the
-- onboarding workbook's Payroll sheet; each approved run adds its payslips under their letter.
create table payroll_ytd_ni (
    tenant_id       varchar(32)   not null,
    employee_number varchar(32)   not null,
    tax_year        varchar(7)    not null,
    ni_letter       char(1)       not null,
    niable_earnings numeric(19,2) not null default 0,
    employee_ni     numeric(19,2) not null default 0,
    employer_ni     numeric(19,2) not null default 0,
    primary key (tenant_id, employee_number, tax_year, ni_letter),
    foreign key (tenant_id, employee_number) references employee (tenant_id, employee_number)
);

select guildhall_tenant_rls('payroll_ytd_ni');

grant select, insert, update, delete on payroll_ytd_ni to ${appRole};
