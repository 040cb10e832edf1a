package org.guildhall.it.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Properties;
import org.guildhall.platform.security.Public;

/** Test-only: starts the probe job and reports its status, so a client-side test can drive the batch runtime. */
@Path("it/batch-probe")
@RequestScoped
@Public
@Produces(MediaType.APPLICATION_JSON)
public class ProbeJobs {

    @POST
    public Map<String, Long> start() {
        return Map.of("executionId", BatchRuntime.getJobOperator().start("probe-job", new Properties()));
    }

    @GET
    @Path("{execution}")
    public Map<String, String> status(@PathParam("execution") long execution) {
        var job = BatchRuntime.getJobOperator().getJobExecution(execution);
        return Map.of("batchStatus", job.getBatchStatus().name(), "exitStatus", String.valueOf(job.getExitStatus()));
    }
}
