-- Backdated pay. A salary change is settled once an approved run has paid every period it reaches back to at the
-- new salary (any arrears paid, any overpayment recovered in full); until then each run compares what those periods
-- were paid with what is due now. An arrears line names the earlier run whose period it corrects; a payslip keeps
-- what it left still to recover when the policy's limit for one period stopped it.
alter table salary_change add column settled_by_run bigint;
alter table payslip_line add column arrears_of_run bigint;
alter table payslip add column arrears_outstanding numeric(19,2) not null default 0 check (arrears_outstanding >= 0);
create index salary_change_unsettled on salary_change (tenant_id, employee_number) where settled_by_run is null;
create index payslip_line_arrears on payslip_line (tenant_id, employee_number, arrears_of_run) where arrears_of_run is not null;
grant update (settled_by_run) on salary_change to ${appRole};
