package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * A run's payslips one after another, for a download of all of them: first {@link #ready} checks the run in one
 * transaction, then {@link #each} reads its payslips in another, streamed from the database, never all held at once.
 */
@ApplicationScoped
public class PayslipArchive {

    @Inject
    TenantSession session;

    @Inject
    RunQueries queries;

    /** A run whose payslips may be read: whose and which. */
    public record Ready(String tenant, long run, String fileName) {
    }

    /** Refuses a run that has no payslips to give yet (409): only a calculated or approved run has them. */
    @Transactional
    @InTenant
    public Ready ready(long id) {
        PayrollRun run = queries.find(id);
        if (run.status() != PayrollRun.Status.CALCULATED && run.status() != PayrollRun.Status.APPROVED) {
            throw new StateConflict("Only a calculated or approved run has payslips to download: this one is " + run.status() + ".");
        }
        return new Ready(session.current(), id, "payroll-run-" + id + "-payslips.zip");
    }

    /** Hands on every payslip of a run {@link #ready} accepted, in employee number order, entered into its tenant. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void each(Ready ready, Consumer<RunQueries.Slip> each) {
        session.enter(ready.tenant());
        RunQueries.eachPayslip(session.connection(), ready.tenant(), ready.run(), each);
    }
}
