package org.guildhall.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.guildhall.it.batch.ProbeBatchlet;
import org.guildhall.it.batch.ProbeJobs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy, once for the whole run (arquillian.xml names this class to the suite extension):
 * the real assembled ROOT.war, exactly as scripts/run starts it, plus one test-only batch job and its trigger
 * ({@code /api/v1/it/batch-probe}) for {@link BatchRepositoryIT}. Every IT class runs against this one Payara Micro;
 * each works in tenants of its own (random codes from {@link Fixtures#onboard}), so none depends on another's data or
 * on the order they run in.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {
    }

    @Deployment(testable = false)
    public static WebArchive application() {
        File war = new File(System.getProperty("guildhall.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: the integration tests run after the package phase");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(ProbeBatchlet.class, ProbeJobs.class)
                .addAsWebInfResource("probe/probe-job.xml", "classes/META-INF/batch-jobs/probe-job.xml");
    }
}
