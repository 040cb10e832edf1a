package org.guildhall.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Several Payara Micro instances of ROOT.war on one machine, clustered by Payara's Hazelcast over TCP on loopback
 * (web sessions live in the cluster, not in one instance), behind HAProxy from Debian's packages: round robin, no
 * sticky sessions, a health check on {@code /api/v1/health} every second, and a request whose instance refuses the
 * connection sent to another. Processes stand in for machines; the README says what changes on real hosts.
 */
public final class Cluster implements AutoCloseable {

    /** The header HAProxy adds to every answer: which instance gave it (an operator's aid, and the tests'). */
    public static final String SERVED_BY = "X-Served-By";

    /** One instance: its name (also GUILDHALL_INSTANCE), its own HTTP port, its process and its log. */
    public record Member(String name, int port, Process process, Path log) {
    }

    private final List<Member> members;
    private final Process balancer;
    private final int port;

    private Cluster(List<Member> members, Process balancer, int port) {
        this.members = members;
        this.balancer = balancer;
        this.port = port;
    }

    /**
     * Starts {@code instances} members with the application environment {@code appEnv} (database settings and data
     * key already in it) and HAProxy on {@code port} in front of them; their logs, commands and HAProxy's configuration
     * go in {@code work}. Answers at once: the members take their usual time to start, and HAProxy sends nothing to
     * one until its health check passes.
     */
    public static Cluster start(Path micro, Path war, int port, int instances, String javaOptions, Map<String, String> appEnv, Path work)
            throws IOException {
        if (instances < 1 || instances > 16) {
            throw new IllegalArgumentException("a cluster here has 1 to 16 instances, not " + instances);
        }
        Files.createDirectories(work);
        List<Integer> httpPorts = new ArrayList<>();
        List<Integer> gridPorts = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            httpPorts.add(freePort());
            gridPorts.add(freePort());
        }
        String tcpMembers = gridPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        String clusterName = appEnv.getOrDefault("GUILDHALL_CLUSTER_NAME", "guildhall-" + UUID.randomUUID().toString().substring(0, 8));
        List<Member> members = new ArrayList<>();
        Process balancer = null;
        try {
            for (int i = 0; i < instances; i++) {
                String name = "instance-" + (i + 1);
                Map<String, String> env = new HashMap<>(appEnv);
                env.put("GUILDHALL_INSTANCE", name);
                // behind the balancer every request comes from loopback: the client's address is the one HAProxy adds
                env.putIfAbsent("GUILDHALL_TRUSTED_PROXIES", "127.0.0.1");
                List<String> clusterOptions = List.of(
                        "--name", name,
                        "--clustername", clusterName,
                        "--clustermode", "tcpip:" + tcpMembers,
                        "--interfaces", "127.0.0.1",
                        "--startport", Integer.toString(gridPorts.get(i)),
                        // every member has the same address here: without this Hazelcast keeps no backup of a session
                        // on another member, and a killed instance would take its sessions with it
                        "--nohostaware");
                List<String> command = Launcher.payaraMicro(micro, war, Integer.toString(httpPorts.get(i)), javaOptions,
                        work.resolve(name + "-batch.asadmin"), env, clusterOptions);
                Path log = work.resolve(name + ".log");
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().clear();
                builder.environment().putAll(env);
                members.add(new Member(name, httpPorts.get(i), builder.start(), log));
            }
            Path config = work.resolve("haproxy.cfg");
            Files.writeString(config, haproxyConfig(port, members));
            balancer = new ProcessBuilder(haproxy(), "-db", "-f", config.toString()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("haproxy.log").toFile()).start();
            return new Cluster(List.copyOf(members), balancer, port);
        } catch (IOException | RuntimeException e) {
            new Cluster(members, balancer, port).close();
            throw e;
        }
    }

    /**
     * HAProxy's configuration: the balancer on {@code port} (all interfaces, as scripts/run's server), round robin over
     * the members, each checked every second and out after two failed checks; a request whose connection is refused
     * goes to another member (the request was never sent, so even a POST is safe to send again). A check has a second to
     * connect, which a stopped member fails at once, but then up to five to answer: with a one-second answer, two members
     * busy at once under load were both taken out, and their overload became 503s for everyone. A member that comes back
     * (restarted, so its JIT is cold: a cold member spent about three times the CPU a request) gets its share of requests
     * over a minute rather than at once; HAProxy does not do this at its own start, when every member is new.
     */
    static String haproxyConfig(int port, List<Member> members) {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 2000

                defaults
                    mode http
                    timeout connect 2s
                    timeout client 2m
                    timeout server 5m
                    timeout http-request 30s
                    option forwardfor
                    retries 3
                    option redispatch 1
                    retry-on conn-failure

                frontend guildhall
                    bind :%d
                    default_backend instances
                    # an offer to switch to cleartext HTTP/2 (h2c), which Java's HTTP client makes, would turn the
                    # connection into a tunnel that HAProxy no longer reads: answers would lose the header below
                    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
                    http-request del-header HTTP2-Settings
                    http-response set-header %s %%s

                backend instances
                    balance roundrobin
                    option httpchk GET /api/v1/health
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 1 slowstart 60s
                    timeout check 5s
                """.formatted(port, SERVED_BY));
        for (Member member : members) {
            config.append("    server ").append(member.name()).append(" 127.0.0.1:").append(member.port()).append(" check\n");
        }
        return config.toString();
    }

    /** HAProxy from Debian's package, or a clear word on how to get it. */
    static String haproxy() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("HAProxy is not installed: apt-get install haproxy");
    }

    /** Waits until every member answers its health check and HAProxy answers on its port. */
    public void awaitHealthy() throws InterruptedException {
        for (Member member : members) {
            OnboardingBenchmark.waitForHealth("http://localhost:" + member.port());
        }
        OnboardingBenchmark.waitForHealth(url());
    }

    /** Where clients go: the balancer. */
    public String url() {
        return "http://localhost:" + port;
    }

    public List<Member> members() {
        return members;
    }

    /** The member called {@code name}. */
    public Member member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instance called " + name));
    }

    /** Kills {@code member} as a lost machine dies: SIGKILL, no shutdown hooks, nothing tidied up. */
    public static void kill(Member member) throws InterruptedException {
        member.process().destroyForcibly();
        member.process().waitFor(30, TimeUnit.SECONDS);
    }

    /** Answers when HAProxy ends (it should not by itself: then the cluster has no way in). */
    public int awaitBalancer() throws InterruptedException {
        return balancer.waitFor();
    }

    /** Stops HAProxy, then every member (SIGTERM, then SIGKILL after 30 s). */
    @Override
    public void close() {
        List<Process> processes = new ArrayList<>();
        if (balancer != null) {
            processes.add(balancer);
        }
        members.forEach(m -> processes.add(m.process()));
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
