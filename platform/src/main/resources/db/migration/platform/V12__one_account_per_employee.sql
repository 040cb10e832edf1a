-- An employee record is linked to at most one account in its tenant: everything a person may do as an employee
-- (their leave, their claims, deciding their team's) follows from that link, so a second account must not share it.
create unique index tenant_membership_employee on tenant_membership (tenant_code, employee_number) where employee_number is not null;
