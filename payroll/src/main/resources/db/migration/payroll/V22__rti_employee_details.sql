-- What HMRC's full payment submission needs of an employee that the employee record does not hold: their gender as
-- HMRC records it, and their home address (lines and UK postcode), which a starter's first submission must carry.
alter table payroll_profile add column gender char(1) check (gender in ('F', 'M'));
alter table payroll_profile add column address_lines varchar(180);
alter table payroll_profile add column postcode varchar(8);
