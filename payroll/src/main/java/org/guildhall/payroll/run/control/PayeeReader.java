package org.guildhall.payroll.run.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.guildhall.payroll.run.entity.PayPolicy;
import org.guildhall.payroll.run.entity.Payee;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.payroll.run.entity.PayrollSchedule;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Reads one partition's employees for a run's calculation: at the first read of each chunk, in the chunk's
 * transaction (entered into the job's tenant), it loads the next chunk's worth of employees' inputs in bulk. It reads
 * only employees with nothing written for the run yet, so a new execution after a crash goes on where the committed
 * chunks got to; its checkpoint (the last employee read) is for the job repository's record only.
 */
@Named("payeeReader")
@Dependent
public class PayeeReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    TenantSession session;

    @Inject
    Payees payees;

    @Inject
    PayPolicies policies;

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    private final Deque<Payee> buffer = new ArrayDeque<>();
    private RunJob.Parameters parameters;
    private String after;
    private List<String> pending;
    private int next;
    private PayPolicy policy;

    @Override
    public void open(Serializable checkpoint) {
        parameters = RunJob.Parameters.of(job.getProperties());
        after = (String) checkpoint;
    }

    @Override
    public Object readItem() {
        while (buffer.isEmpty()) {
            session.enter(parameters.tenant());
            PayrollRun run = em.find(PayrollRun.class, parameters.run());
            if (run == null || run.status() != PayrollRun.Status.CALCULATING || run.calculation() != parameters.calculation()) {
                return null; // a stale execution: the run was calculated again or finished since
            }
            if (pending == null) {
                policy = policies.current();
                pending = payees.pending(run, Integer.parseInt(partition), Integer.parseInt(partitions));
                step.setTransientUserData(RunJob.calculation(run, em.find(PayrollSchedule.class, run.schedule()), policy));
            }
            if (next >= pending.size()) {
                return null;
            }
            List<String> page = pending.subList(next, Math.min(pending.size(), next + parameters.chunk()));
            next += page.size();
            buffer.addAll(payees.load(run, policy.unpaidLeaveType(), page));
        }
        Payee payee = buffer.poll();
        after = payee.employeeNumber();
        return payee;
    }

    @Override
    public Serializable checkpointInfo() {
        return after;
    }
}
