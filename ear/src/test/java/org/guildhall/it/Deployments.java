package org.guildhall.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the integration tests deploy: the real assembled ROOT.war, exactly as scripts/run starts it. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("guildhall.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: the integration tests run after the package phase");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
