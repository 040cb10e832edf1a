-- Running as a cluster: a long job (a payroll run's calculation, a month's service measures) is leased to the instance
-- running it, so that another instance neither starts it twice nor leaves it undone when that instance dies. The
-- holder renews its lease every few seconds; a lease not renewed by expires_at is taken over by another instance,
-- which resumes the work. Times are the database's own (now()), never an instance's clock. token comes from a sequence,
-- so it only grows, across takeovers and new leases alike: a chunk writes only while its holder and token are still
-- the row's (the fence). execution is the job execution working for the lease, marked failed in the job repository
-- when its instance is lost. A centre table, like the job repository's: a lease carries its tenant, if it has one, as
-- data, and has no row-level security.
create sequence job_lease_token;

create table job_lease (
    work       varchar(200) primary key,
    kind       varchar(64)  not null,
    tenant     varchar(32),
    holder     varchar(200) not null,
    token      bigint       not null,
    expires_at timestamptz  not null,
    execution  bigint
);

grant select, insert, update, delete on job_lease to ${appRole};
grant usage on sequence job_lease_token to ${appRole};
