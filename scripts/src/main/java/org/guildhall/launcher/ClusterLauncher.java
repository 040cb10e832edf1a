package org.guildhall.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code scripts/run-cluster [instances] [--replica]}: as {@code scripts/run} (the same data directory and settings), but
 * {@code instances} Payara Micro instances (2 unless given) clustered on loopback, behind HAProxy on
 * {@code GUILDHALL_PORT}; with {@code --replica}, on a primary and a streaming replica of Debian's PostgreSQL, reports
 * reading the replica. Stopping the launcher stops HAProxy, the instances and the databases it started.
 */
public final class ClusterLauncher {

    private ClusterLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int instances = 2;
        boolean replica = false;
        for (String arg : args) {
            if (arg.matches("[0-9]{1,2}")) {
                instances = Integer.parseInt(arg);
            } else if (arg.equals("--replica")) {
                replica = true;
            } else {
                System.err.println("Usage: scripts/run-cluster [instances] [--replica]   (default 2 instances, no replica)");
                System.exit(2);
            }
        }
        Map<String, String> env = System.getenv();
        Path root = Launcher.root();
        Path war = Launcher.built(root, "ear/target/ROOT.war");
        Path micro = Launcher.built(root, "scripts/target/payara-micro.jar");
        int port = Integer.parseInt(env.getOrDefault("GUILDHALL_PORT", "8080"));
        Path dataDirectory = Path.of(env.getOrDefault("GUILDHALL_DATA_DIR", root.resolve("data").toString())).toAbsolutePath();
        Map<String, String> appEnv = new HashMap<>(env);
        AutoCloseable database;
        if (replica) {
            // a primary and a streaming replica from Debian's PostgreSQL, their data in a directory of their own (the
            // embedded server's data cannot be replicated by Debian's binaries)
            ReplicatedDatabase pair = ReplicatedDatabase.start(dataDirectory.resolve("replicated"));
            System.out.println("PostgreSQL primary " + pair.primaryUrl() + " and streaming replica " + pair.replicaUrl()
                    + " (reports read the replica), data in " + dataDirectory.resolve("replicated"));
            appEnv.putAll(pair.environment());
            Launcher.database(appEnv, dataDirectory, appEnv); // the data key only: the database is named
            database = pair;
        } else {
            database = Launcher.database(env, dataDirectory, appEnv);
        }
        // an export made by one instance is downloaded through whichever the balancer picks: they share the directory
        appEnv.putIfAbsent("GUILDHALL_EXPORTS_DIR", dataDirectory.resolve("exports").toString());
        Cluster cluster;
        try {
            cluster = Cluster.start(micro, war, port, instances, env.getOrDefault("GUILDHALL_JAVA_OPTS", "-Xmx1g"), appEnv,
                    dataDirectory.resolve("cluster"));
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cluster.close();
            if (database != null) {
                try {
                    database.close();
                } catch (Exception e) {
                    System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
                }
            }
        }, "guildhall-cluster-stop"));
        for (Cluster.Member member : cluster.members()) {
            System.out.println(member.name() + " on port " + member.port() + ", log in " + member.log());
        }
        System.out.println("HAProxy on port " + port + ", log in " + dataDirectory.resolve("cluster/haproxy.log"));
        cluster.awaitHealthy();
        System.out.println("Guildhall is running as a cluster of " + instances + " on " + cluster.url() + " (Ctrl-C stops it)");
        int exit = cluster.awaitBalancer();
        System.err.println("HAProxy stopped (exit " + exit + "): stopping the cluster");
        System.exit(1);
    }
}
