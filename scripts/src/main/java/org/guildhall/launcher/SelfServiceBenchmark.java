package org.guildhall.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scripts/bench-selfservice [employees] [rate] [seconds] [warm-up seconds]}: against a running Guildhall, sets up a tenant of
 * employees and their line managers, then sends the self-service mix at a constant arrival rate (an open model: each
 * request leaves at its planned time whatever the server is doing, and its latency counts from that planned time, so a
 * slow server cannot hide its queueing): employees listing their requests, reading their balance and booking leave;
 * managers reading their queue and approving. The same mix runs first, uncounted, as a warm-up (four minutes by
 * default, for each instance behind the address): Payara's code is large, and on 2 cores the JIT compilers still took
 * half the CPU after 90 seconds of load. What is measured is a server that has been up for a while. Reports throughput
 * and latency percentiles per kind of request, and how busy the machine's processors were meanwhile.
 */
public final class SelfServiceBenchmark {

    private static final String PASSWORD = "bench-password-long-enough";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    // HTTP/1.1 as browsers and API clients speak it to Guildhall: the JDK client otherwise asks to upgrade to cleartext
    // HTTP/2, which Payara's listener ends with GOAWAY under load, failing requests that never reached the application
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(4)).build();

    private static final Map<String, Long> FAILURES = new ConcurrentHashMap<>();
    private static final Map<String, Long> REFUSALS = new ConcurrentHashMap<>();
    private static final Pattern DETAIL = Pattern.compile("\"detail\":\"([^\"]*)\"");

    private record Sample(String kind, int status, long nanos) {
    }

    private SelfServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String operator = OnboardingBenchmark.basic("operator", args[1]);
        int employees = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 240 * instances();
        int managers = Math.max(1, employees / 20);
        OnboardingBenchmark.waitForHealth(base);
        String tenant = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        String api = base + "/api/v1/tenants/" + tenant;
        OnboardingBenchmark.send(base + "/api/v1/tenants", operator, "application/json", ("{\"code\": \"" + tenant
                + "\", \"name\": \"Self-service benchmark\", \"admin\": {\"username\": \"admin-" + tenant + "\", \"displayName\": \"Admin\", "
                + "\"password\": \"" + PASSWORD + "\"}}").getBytes(StandardCharsets.UTF_8), 201);
        String admin = OnboardingBenchmark.basic("admin-" + tenant, PASSWORD);
        post(api + "/users", admin, "{\"username\": \"hr-" + tenant + "\", \"displayName\": \"HR\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"HR_ADMIN\"]}");
        String hr = OnboardingBenchmark.basic("hr-" + tenant, PASSWORD);
        post(api + "/org-units", hr, "{\"code\": \"OPS\", \"name\": \"Operations\", \"costCentre\": \"CC200\"}");

        long setUp = System.nanoTime();
        List<String> managerNumbers = new ArrayList<>();
        List<String> employeeNumbers = new ArrayList<>();
        for (int m = 1; m <= managers; m++) {
            managerNumbers.add(hire(api, hr, admin, tenant, "M%04d".formatted(m), "CE%06dA".formatted(m), null));
        }
        for (int e = 1; e <= employees; e++) {
            employeeNumbers.add(hire(api, hr, admin, tenant, "E%05d".formatted(e), "AB%06dA".formatted(e),
                    managerNumbers.get(e % managers)));
        }
        // every user signs in once first: a password is checked by PBKDF2 once, then remembered for a few minutes
        ExecutorService warm = Executors.newFixedThreadPool(2);
        List<CompletableFuture<?>> warming = new ArrayList<>();
        for (String number : concat(managerNumbers, employeeNumbers)) {
            warming.add(CompletableFuture.runAsync(() -> get(api + "/leave-requests", auth(number, tenant)), warm));
        }
        warming.forEach(CompletableFuture::join);
        warm.shutdown();
        System.out.printf("Set up %,d employees and %,d managers with their users in %.1f s%n", employees, managers,
                (System.nanoTime() - setUp) / 1e9);

        Map<String, Integer> bookings = new ConcurrentHashMap<>();
        Map<String, Queue<Long>> pending = new ConcurrentHashMap<>();
        managerNumbers.forEach(m -> pending.put(m, new ConcurrentLinkedQueue<>()));
        Queue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> OnboardingBenchmark.sample(base, peakHeap, 500), "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        Mix mix = new Mix(api, tenant, employeeNumbers, managerNumbers, bookings, pending);
        if (warmUp > 0) {
            System.out.printf("Warming up: the same mix at %d a second for %d s, not counted%n", rate, warmUp);
            mix.drive(rate, warmUp, new ConcurrentLinkedQueue<>());
            FAILURES.clear();
            REFUSALS.clear();
        }
        Optional<MachineCpu> cpuBefore = MachineCpu.read();
        long start = System.nanoTime();
        mix.drive(rate, seconds, samples);
        double elapsed = (System.nanoTime() - start) / 1e9;
        report(new ArrayList<>(samples), elapsed, rate, peakHeap.get());
        cpuBefore.ifPresent(before -> MachineCpu.read().ifPresent(after -> System.out.printf(
                "This machine's processors were %.0f%% busy while it was measured (%d cores, shared by the server, its database "
                        + "and this load generator)%n", 100 * after.busySince(before), Runtime.getRuntime().availableProcessors())));
        System.exit(0);
    }

    /** The self-service mix sent at a constant arrival rate; state (bookings made, approvals waiting) carries over. */
    private record Mix(String api, String tenant, List<String> employeeNumbers, List<String> managerNumbers,
                       Map<String, Integer> bookings, Map<String, Queue<Long>> pending) {

        void drive(int rate, int seconds, Queue<Sample> samples) {
            int employees = employeeNumbers.size();
            int managers = managerNumbers.size();
            long total = (long) rate * seconds;
            long interval = 1_000_000_000L / rate;
            List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            for (long i = 0; i < total; i++) {
                long planned = start + i * interval;
                long wait = planned - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int pick = (int) (i % 20);
                // the shift of one each round of 20 spreads every kind of request over all employees (without it, only a
                // fifth of them ever booked, and soon had no balance left)
                String employee = employeeNumbers.get((int) ((i * 7 + i / 20) % employees));
                String manager = managerNumbers.get((int) (i % managers));
                String kind;
                HttpRequest request;
                if (pick < 7) {
                    kind = "GET my leave requests";
                    request = request(api + "/leave-requests?size=20", auth(employee, tenant), null);
                } else if (pick < 12) {
                    kind = "GET leave balance";
                    request = request(api + "/employees/" + employee + "/leave-balance", auth(employee, tenant), null);
                } else if (pick < 16) {
                    kind = "POST book leave";
                    LocalDate day = dayToBook(bookings.merge(employee, 1, Integer::sum) - 1);
                    request = request(api + "/leave-requests", auth(employee, tenant),
                            "{\"leaveType\": \"ANNUAL\", \"start\": \"" + day + "\", \"end\": \"" + day + "\"}");
                } else if (pick < 18) {
                    kind = "GET approval queue";
                    request = request(api + "/leave-requests?approver=me&size=20", auth(manager, tenant), null);
                } else {
                    Long id = pending.get(manager).poll();
                    if (id == null) {
                        kind = "GET approval queue";
                        request = request(api + "/leave-requests?approver=me&size=20", auth(manager, tenant), null);
                    } else {
                        kind = "POST approve";
                        request = request(api + "/leave-requests/" + id + "/approve", auth(manager, tenant), "");
                    }
                }
                String theKind = kind;
                // only a booking's answer is read (for the id to approve); the rest are counted by status alone
                HttpResponse.BodyHandler<String> body = kind.startsWith("POST book") ? HttpResponse.BodyHandlers.ofString()
                        : HttpResponse.BodyHandlers.replacing("");
                inFlight.add(HTTP.sendAsync(request, body).handle((response, failure) -> {
                    long nanos = System.nanoTime() - planned;
                    int status = failure != null ? 0 : response.statusCode();
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        FAILURES.merge(cause.getClass().getSimpleName() + ": " + cause.getMessage(), 1L, Long::sum);
                    }
                    samples.add(new Sample(theKind, status, nanos));
                    if (status == 422) {
                        Matcher detail = DETAIL.matcher(response.body());
                        REFUSALS.merge(theKind + ": " + (detail.find() ? detail.group(1) : "?"), 1L, Long::sum);
                    }
                    if (status == 201 && theKind.startsWith("POST book")) {
                        Matcher id = ID.matcher(response.body());
                        if (id.find()) {
                            pending.get(managerOf(employee, employeeNumbers, managerNumbers)).add(Long.parseLong(id.group(1)));
                        }
                    }
                    return null;
                }));
            }
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        }
    }

    private static String managerOf(String employee, List<String> employees, List<String> managers) {
        int e = employees.indexOf(employee) + 1;
        return managers.get(e % managers.size());
    }

    private static void report(List<Sample> samples, double elapsed, int rate, long peakHeap) {
        Map<String, List<Sample>> byKind = new TreeMap<>();
        samples.forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
        byKind.put("ALL", samples);
        System.out.printf("%nSent %,d requests at a planned %d a second; achieved %.1f a second over %.1f s%n", samples.size(), rate,
                samples.size() / elapsed, elapsed);
        System.out.printf("%-24s %7s %8s %8s %8s %8s %8s  %s%n", "request", "count", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "statuses");
        for (Map.Entry<String, List<Sample>> kind : byKind.entrySet()) {
            long[] nanos = kind.getValue().stream().mapToLong(Sample::nanos).sorted().toArray();
            Map<Integer, Long> statuses = new TreeMap<>();
            kind.getValue().forEach(s -> statuses.merge(s.status(), 1L, Long::sum));
            System.out.printf("%-24s %7d %8.1f %8.1f %8.1f %8.1f %8.1f  %s%n", kind.getKey(), nanos.length, pct(nanos, 50), pct(nanos, 90),
                    pct(nanos, 99), pct(nanos, 99.9), nanos[nanos.length - 1] / 1e6, statuses);
        }
        long[] all = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        long failures = samples.stream().filter(s -> s.status() == 0 || s.status() >= 500).count();
        double p99 = pct(all, 99);
        System.out.printf("%nTarget p99 <= 50 ms at 200 requests a second: p99 %.1f ms, %d failed -> %s%n", p99, failures,
                p99 <= 50 && failures == 0 && samples.size() / elapsed >= 0.95 * rate ? "MET" : "NOT MET");
        System.out.printf("Highest sampled server heap in use: %,d MB%n", peakHeap / (1024 * 1024));
        REFUSALS.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(r -> System.out.printf("Refused (422) %,d times: %s%n", r.getValue(), r.getKey()));
        FAILURES.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(f -> System.out.printf("Failed without an answer %,d times: %s%n", f.getValue(), f.getKey()));
    }

    /**
     * How many instances stand behind the address (GUILDHALL_BENCH_INSTANCES, as bench-selfservice starts them): each
     * JVM needs its own warm-up, and behind round robin each sees only its share of the requests, so the default
     * warm-up is four minutes for each. Measured on 2 cores: two instances given the same warm-up as one (two minutes at
     * 100 a second) spent about three times the CPU a request; warm, about what one instance spends.
     */
    private static int instances() {
        String configured = System.getenv("GUILDHALL_BENCH_INSTANCES");
        return configured == null || configured.isBlank() ? 1 : Math.max(1, Integer.parseInt(configured.trim()));
    }

    private static double pct(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Leave years the bookings are spread over, so that a long run does not only meet an exhausted balance. */
    private static final List<LocalDate> YEARS = List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 4, 5), LocalDate.of(2028, 4, 3));

    /** An employee's n-th booking: one day, the next weekday of each leave year in turn. */
    private static LocalDate dayToBook(int n) {
        LocalDate day = YEARS.get(n % YEARS.size());
        for (int weekdays = n / YEARS.size(); weekdays > 0 || isWeekend(day); day = day.plusDays(1)) {
            if (!isWeekend(day)) {
                weekdays--;
            }
        }
        return day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String hire(String api, String hr, String admin, String tenant, String number, String ni, String manager) {
        post(api + "/employees", hr, ("{\"employeeNumber\": \"%s\", \"givenName\": \"Bench\", \"familyName\": \"%s\", \"email\": "
                + "\"%s@bench.example.gov.uk\", \"niNumber\": \"%s\", \"dateOfBirth\": \"1985-05-20\", \"startDate\": \"2026-04-01\", "
                + "\"orgUnit\": \"OPS\", \"costCentre\": \"CC200\", %s \"nation\": \"ENGLAND\", \"fte\": 1, \"weeklyHours\": \"37\", "
                + "\"annualSalary\": \"34000.00\"}").formatted(number, number, number.toLowerCase(), ni,
                manager == null ? "" : "\"managerNumber\": \"" + manager + "\","));
        post(api + "/users", admin, "{\"username\": \"%s\", \"displayName\": \"Bench %s\", \"password\": \"%s\", \"roles\": [\"EMPLOYEE\"], \"employeeNumber\": \"%s\"}"
                .formatted(username(number, tenant), number, PASSWORD, number));
        return number;
    }

    private static String username(String number, String tenant) {
        return number.toLowerCase() + "-" + tenant;
    }

    private static String auth(String number, String tenant) {
        return OnboardingBenchmark.basic(username(number, tenant), PASSWORD);
    }

    private static HttpRequest request(String url, String authorization, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
        return json == null ? builder.GET().build()
                : builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static void post(String url, String authorization, String json) {
        try {
            OnboardingBenchmark.send(url, authorization, "application/json", json.getBytes(StandardCharsets.UTF_8), 201);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void get(String url, String authorization) {
        try {
            HttpResponse<String> response = HTTP.send(request(url, authorization, null), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + " " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
