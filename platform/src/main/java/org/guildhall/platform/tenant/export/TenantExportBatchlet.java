package org.guildhall.platform.tenant.export;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The tenant-export job's one step: the export written, or marked failed with the reason. */
@Named("tenantExportBatchlet")
@Dependent
public class TenantExportBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    @BatchProperty
    String export;

    @Inject
    ExportWriter writer;

    @Inject
    TenantExports exports;

    @Override
    public String process() {
        long id = Long.parseLong(export);
        try {
            writer.write(tenant, id);
            return "READY";
        } catch (RuntimeException e) {
            exports.failed(tenant, id, String.valueOf(e.getMessage()));
            throw e;
        }
    }
}
