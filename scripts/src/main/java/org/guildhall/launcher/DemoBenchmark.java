package org.guildhall.launcher;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the demo centre takes on first start (target: at most 60 s on 2 cores), and that a later start does not
 * build it again: starts Guildhall with {@code GUILDHALL_DEMO=true} on an empty database and times it to healthy,
 * reading the time the demo itself took from the log; then restarts it on the same database and times that.
 */
public final class DemoBenchmark {

    private static final Pattern BUILT = Pattern.compile("Created the demo centre in (\\d+) ms");

    private DemoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        try (BenchServer server = BenchServer.start("demo", true)) {
            long first = System.nanoTime() - started;
            Matcher built = BUILT.matcher(server.log());
            if (!built.find()) {
                throw new IllegalStateException("the log does not say the demo centre was built");
            }
            System.out.printf("first start to healthy: %.1f s, of which the demo centre: %.1f s (target 60 s)%n", first / 1e9,
                    Long.parseLong(built.group(1)) / 1e3);
            long again = System.nanoTime();
            server.restart();
            long later = System.nanoTime() - again;
            Matcher twice = BUILT.matcher(server.log());
            twice.find();
            System.out.printf("later start to healthy: %.1f s, demo built again: %s%n", later / 1e9, twice.find() ? "YES (a defect)" : "no");
        }
    }
}
