-- The NI-able earnings of each payslip split at the lower earnings limit, the primary threshold and the upper earnings
-- limit for its period (earnings at the LEL, from the LEL to the PT, from the PT to the UEL), and the same to date per
-- NI letter: what P60s and RTI's full payment submission report for each letter.
alter table payslip add column ni_at_lel     numeric(19,2) not null default 0;
alter table payslip add column ni_lel_to_pt  numeric(19,2) not null default 0;
alter table payslip add column ni_pt_to_uel  numeric(19,2) not null default 0;
alter table payroll_ytd_ni add column at_lel    numeric(19,2) not null default 0;
alter table payroll_ytd_ni add column lel_to_pt numeric(19,2) not null default 0;
alter table payroll_ytd_ni add column pt_to_uel numeric(19,2) not null default 0;
