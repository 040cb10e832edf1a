-- Issue 20: a measure kept as a rate per 1,000 (onboarding errors per 1,000 rows checked)
alter table service_measure drop constraint service_measure_unit_check;
alter table service_measure add constraint service_measure_unit_check
    check (unit in ('WORKING_HOURS', 'DAYS', 'WORKING_DAYS', 'PERCENT', 'COUNT', 'PER_THOUSAND'));
