-- A tenant's lifecycle: ACTIVE; SUSPENDED by an operator (sign-in refused with the reason, nothing lost, and
-- reinstated the same way); OFFBOARDED once its full export has been downloaded.
alter table tenant drop constraint tenant_status_check;
alter table tenant add constraint tenant_status_check check (status in ('ACTIVE', 'SUSPENDED', 'OFFBOARDED'));
alter table tenant add column status_reason varchar(500);
alter table tenant add column status_changed_at timestamptz;
