-- An off-cycle run corrects a period whose run is approved (a missed starter, say): it pays, with the same job and the
-- same approval, whoever no approved run of the period paid. One regular run per schedule and period as before.
alter table payroll_run add column off_cycle boolean not null default false;
alter table payroll_run drop constraint payroll_run_tenant_id_schedule_tax_year_period_key;
create unique index payroll_run_regular on payroll_run (tenant_id, schedule, tax_year, period) where not off_cycle;
