-- Jakarta Batch's job repository (Payara's JBatch tables), so that job instances, executions, step checkpoints and
-- their status survive a restart and a failed payroll run can be restarted from its last checkpoint. Payara creates
-- these tables itself when they are missing; creating them here, with the same names and columns, keeps Flyway the
-- schema's only author and lets the batch runtime connect as the application role, which may not create tables.
-- Job rows are not tenant rows: a job carries its tenant as a job parameter and enters it per chunk.

create table jbatchjobinstancedata (
    jobinstanceid serial primary key,
    name          varchar(512),
    apptag        varchar(512)
);

create table jbatchexecutioninstancedata (
    jobexecid     serial primary key,
    jobinstanceid bigint not null references jbatchjobinstancedata (jobinstanceid),
    createtime    timestamp,
    starttime     timestamp,
    endtime       timestamp,
    updatetime    timestamp,
    parameters    bytea,
    batchstatus   varchar(512),
    exitstatus    varchar(512)
);

create table jbatchstepexecutioninstancedata (
    stepexecid       serial primary key,
    jobexecid        bigint not null references jbatchexecutioninstancedata (jobexecid),
    batchstatus      varchar(512),
    exitstatus       varchar(512),
    stepname         varchar(512),
    readcount        integer,
    writecount       integer,
    commitcount      integer,
    rollbackcount    integer,
    readskipcount    integer,
    processskipcount integer,
    filtercount      integer,
    writeskipcount   integer,
    starttime        timestamp,
    endtime          timestamp,
    persistentdata   bytea
);

create table jbatchcheckpointdata (
    id  varchar(512),
    obj bytea
);

create table jbatchjobstatus (
    id  bigint not null references jbatchjobinstancedata (jobinstanceid),
    obj bytea
);

create table jbatchstepstatus (
    id  bigint not null references jbatchstepexecutioninstancedata (stepexecid),
    obj bytea
);

grant select, insert, update, delete on jbatchjobinstancedata, jbatchexecutioninstancedata, jbatchstepexecutioninstancedata,
    jbatchcheckpointdata, jbatchjobstatus, jbatchstepstatus to ${appRole};
grant usage, select on jbatchjobinstancedata_jobinstanceid_seq, jbatchexecutioninstancedata_jobexecid_seq,
    jbatchstepexecutioninstancedata_stepexecid_seq to ${appRole};
