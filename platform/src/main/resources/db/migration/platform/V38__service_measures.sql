-- Service measures: each tenant's, a month at a time, worked out from its own data by the measures job (never on a
-- page request). A time is kept as a distribution (p10, p50, p90, max, count); a share or count as value. Platform
-- rows, like tenant: the centre compares tenants by them; a tenant's admin sees its own, and the others only as an
-- anonymous distribution.
create table service_measure (
    tenant_code varchar(32)   not null references tenant (code),
    month       date          not null check (extract(day from month) = 1),
    measure     varchar(48)   not null,
    unit        varchar(16)   not null check (unit in ('WORKING_HOURS', 'DAYS', 'WORKING_DAYS', 'PERCENT', 'COUNT')),
    count       bigint        not null,
    p10         numeric(19,2),
    p50         numeric(19,2),
    p90         numeric(19,2),
    max         numeric(19,2),
    value       numeric(19,2),
    computed_at timestamptz   not null,
    primary key (tenant_code, month, measure)
);
create index service_measure_month on service_measure (month, measure);

grant select, insert, delete on service_measure to ${appRole};
