package org.guildhall.platform.database;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where this request's report read its data and the instant that data is complete to: what its answer tells the
 * reader, in the {@value #SOURCE} and {@value #AS_OF} headers (and on a page, in words).
 */
@RequestScoped
public class DataAge {

    public static final String SOURCE = "Data-Source";
    public static final String AS_OF = "Data-As-Of";

    /** The database a report read. */
    public enum Source { PRIMARY, REPLICA }

    private Source source;
    private Instant asOf;

    void record(Source source, Instant asOf) {
        this.source = source;
        this.asOf = asOf.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The database this request's report read, if it read one. */
    public Optional<Source> source() {
        return Optional.ofNullable(source);
    }

    /** The instant the data read is complete to: all that was committed before it is in the report. */
    public Optional<Instant> asOf() {
        return Optional.ofNullable(asOf);
    }
}
