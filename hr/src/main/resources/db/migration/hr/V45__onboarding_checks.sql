-- Issue 20: every onboarding workbook checked (a dry run) or loaded, with how many rows it had and how many problems
-- were found in them, for the service measure "onboarding errors per 1,000 rows". A load refused for its problems
-- stores nothing, this record included: the measure counts what departments' checks found before they loaded.
create table onboarding_check (
    tenant_id   varchar(32)  not null,
    id          bigserial    not null,
    checked_at  timestamptz  not null,
    checked_by  varchar(64)  not null,
    loaded      boolean      not null,
    row_count   integer      not null check (row_count >= 0),
    errors      integer      not null check (errors >= 0),
    primary key (tenant_id, id)
);
create index onboarding_check_time on onboarding_check (tenant_id, checked_at);

select guildhall_tenant_rls('onboarding_check');

grant select, insert on onboarding_check to ${appRole};
grant usage, select on sequence onboarding_check_id_seq to ${appRole};
