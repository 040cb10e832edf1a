package org.guildhall.payroll.run.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, after the schema is migrated: every run left CALCULATING whose lease no instance holds live (the whole
 * cluster stopped, say, or a lone server was killed mid-run) is claimed and calculated on from where its committed
 * chunks got to. A run another instance is calculating is left to it; one whose instance dies later is resumed by
 * whichever instance takes its lease over ({@link RunTakeover}). A failure here is logged and leaves the run for
 * "calculate" to resume; it never stops the server starting.
 */
@Startup
@Singleton
@DependsOn("Startup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunRecovery {

    private static final Logger LOG = Logger.getLogger(RunRecovery.class.getName());

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    RunCompletion completion;

    @Inject
    RunLauncher launcher;

    @PostConstruct
    void resume() {
        try {
            List<String> tenants = em.createQuery("select t.code from Tenant t order by t.code", String.class).getResultList();
            for (String tenant : tenants) {
                for (PayrollRuns.Ticket ticket : completion.orphans(tenant)) {
                    LOG.log(Level.INFO, "{0}: resuming the calculation of payroll run {1} in {2} at start-up (lease token {3})",
                            new Object[] {RunJob.work(tenant, ticket.run()), Long.toString(ticket.run()), tenant, Long.toString(ticket.lease())});
                    launcher.launch(ticket, null, null);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not resume payroll runs left calculating; calculate them again to resume", e);
        }
    }
}
