-- A payslip shows the hours paid for pay that varies with time worked (Employment Rights Act 1996 s.8(2)(aa)):
-- the hours and rate of an item paid by the hour, kept on its line.
alter table payslip_line add column hours numeric(9,2) check (hours > 0);
alter table payslip_line add column rate  numeric(19,4) check (rate > 0);
