-- A tax year's payroll closed: once every schedule's last period is approved, the profiles' codes move to the next
-- year as HMRC's P9X says (the uplift applied is kept), once.
create table payroll_year_end (
    tenant_id      varchar(32) not null,
    tax_year       varchar(7)  not null check (tax_year ~ '^[0-9]{4}-[0-9]{2}$'),
    uplift_l       int         not null check (uplift_l >= 0),
    uplift_m       int         not null check (uplift_m >= 0),
    uplift_n       int         not null check (uplift_n >= 0),
    codes_uplifted int         not null check (codes_uplifted >= 0),
    codes_kept     int         not null check (codes_kept >= 0),
    closed_by      varchar(64) not null,
    closed_at      timestamptz not null,
    primary key (tenant_id, tax_year)
);

select guildhall_tenant_rls('payroll_year_end');

grant select, insert on payroll_year_end to ${appRole};
