package org.guildhall.launcher;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@code scripts/bench-payroll-run [employees]} (default 100,000): a payroll run of one tenant's employees, timed as
 * its users see it. It starts its own embedded PostgreSQL (or uses the server {@code GUILDHALL_DB_URL} names, with the
 * {@code GUILDHALL_DB_*} users) and Guildhall on it with {@code scripts/run}; sets up a tenant over HTTP and its
 * employees, payroll profiles (a mix of tax codes, NI letters, loans and pensions), confirmed bank details, this year's
 * figures to date and variable items for one in five with SQL as the schema owner (the set-up is not what is measured);
 * then times, over HTTP, the calculation (from the POST to CALCULATED) and the approval, separately, sampling the
 * server's heap. In the same run it times a raw COPY of as many payslip and line rows as the run wrote into scratch
 * tables shaped like the real ones with their primary keys: the floor of writing those rows on this machine.
 */
public final class PayrollRunBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PASSWORD = "bench-password-long-enough";
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern DONE = Pattern.compile("\"progress\":\\{\"done\":(\\d+),\"total\":(\\d+)\\}");
    private static final Pattern EMPLOYEES = Pattern.compile("\"employees\":(\\d+)");

    private PayrollRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Map<String, String> env = System.getenv();
        Path data = Files.createTempDirectory("guildhall-bench-payroll");
        EmbeddedDatabase embedded = null;
        String url = env.get("GUILDHALL_DB_URL");
        String appUser = env.get("GUILDHALL_DB_USER");
        String appPassword = env.get("GUILDHALL_DB_PASSWORD");
        String ownerUser = env.getOrDefault("GUILDHALL_DB_OWNER_USER", appUser);
        String ownerPassword = env.getOrDefault("GUILDHALL_DB_OWNER_PASSWORD", appPassword);
        if (url == null || url.isBlank()) {
            embedded = EmbeddedDatabase.start(data.resolve("postgres"));
            url = embedded.url();
            appUser = EmbeddedDatabase.APP;
            appPassword = EmbeddedDatabase.APP_PASSWORD;
            ownerUser = EmbeddedDatabase.OWNER;
            ownerPassword = EmbeddedDatabase.OWNER_PASSWORD;
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String operatorPassword = "bench-operator-" + System.nanoTime();
        ProcessBuilder run = new ProcessBuilder("scripts/run").redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile());
        run.environment().putAll(Map.of("GUILDHALL_DB_URL", url, "GUILDHALL_DB_USER", appUser, "GUILDHALL_DB_PASSWORD", appPassword,
                "GUILDHALL_DB_OWNER_USER", ownerUser, "GUILDHALL_DB_OWNER_PASSWORD", ownerPassword, "GUILDHALL_PORT", Integer.toString(port),
                "GUILDHALL_DEMO", "false", "GUILDHALL_OPERATOR_PASSWORD", operatorPassword, "GUILDHALL_DATA_DIR", data.toString()));
        run.environment().putIfAbsent("GUILDHALL_JAVA_OPTS", "-Xmx1g");
        Process app = run.start();
        try {
            String base = "http://localhost:" + port;
            OnboardingBenchmark.waitForHealth(base);
            bench(base, operatorPassword, url, ownerUser, ownerPassword, employees, env);
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            if (embedded != null) {
                embedded.close();
            }
            if (System.getenv("GUILDHALL_BENCH_KEEP") == null) {
                try (java.util.stream.Stream<Path> paths = Files.walk(data)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            } else {
                System.out.println("Server log: " + data.resolve("app.log"));
            }
        }
    }

    private static void bench(String base, String operatorPassword, String url, String ownerUser, String ownerPassword, int employees,
                              Map<String, String> env) throws Exception {
        String tenant = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        String operator = OnboardingBenchmark.basic("operator", operatorPassword);
        post(base + "/api/v1/tenants", operator, "{\"code\": \"" + tenant + "\", \"name\": \"Payroll benchmark\", \"admin\": {\"username\": \"admin-"
                + tenant + "\", \"displayName\": \"Admin\", \"password\": \"" + PASSWORD + "\"}}", 201);
        String admin = OnboardingBenchmark.basic("admin-" + tenant, PASSWORD);
        for (String[] user : new String[][] {{"pa", "PAYROLL_ADMIN"}, {"pp", "PAYROLL_APPROVER"}}) {
            post(base + "/api/v1/tenants/" + tenant + "/users", admin, "{\"username\": \"" + user[0] + "-" + tenant + "\", \"displayName\": \""
                    + user[0] + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"" + user[1] + "\"]}", 201);
        }
        String payrollAdmin = OnboardingBenchmark.basic("pa-" + tenant, PASSWORD);
        String approver = OnboardingBenchmark.basic("pp-" + tenant, PASSWORD);

        long setUp = System.nanoTime();
        String runPath = base + "/api/v1/tenants/" + tenant + "/payroll-runs";
        long runId;
        try (Connection owner = DriverManager.getConnection(url, ownerUser, ownerPassword)) {
            people(owner, tenant, employees);
            String made = post(runPath, payrollAdmin, "{\"taxYear\": \"2026-27\", \"period\": 8}", 201);
            runId = Long.parseLong(match(ID, made));
            items(owner, tenant, runId);
        }
        System.out.printf("Set-up: %,d employees with profiles, confirmed bank details, figures to date and items for one in five, in %.1f s%n",
                employees, (System.nanoTime() - setUp) / 1e9);

        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> OnboardingBenchmark.sample(base, peak, 200), "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        String tuning = "";
        if (env.containsKey("GUILDHALL_BENCH_PARTITIONS") || env.containsKey("GUILDHALL_BENCH_CHUNK")) {
            tuning = "?" + (env.containsKey("GUILDHALL_BENCH_PARTITIONS") ? "partitions=" + env.get("GUILDHALL_BENCH_PARTITIONS") + "&" : "")
                    + (env.containsKey("GUILDHALL_BENCH_CHUNK") ? "chunk=" + env.get("GUILDHALL_BENCH_CHUNK") : "");
        }
        long calculating = System.nanoTime();
        post(runPath + "/" + runId + "/calculate" + tuning, payrollAdmin, null, 202);
        String state;
        while (true) {
            state = get(runPath + "/" + runId, payrollAdmin);
            String status = match(STATUS, state);
            if (!"CALCULATING".equals(status)) {
                if (!"CALCULATED".equals(status)) {
                    throw new IllegalStateException("the run ended " + status + ": " + state.substring(0, Math.min(600, state.length())));
                }
                break;
            }
            Thread.sleep(100);
        }
        double calculate = (System.nanoTime() - calculating) / 1e9;
        Matcher progress = DONE.matcher(state);
        if (!progress.find()) {
            throw new IllegalStateException("no progress in " + state.substring(0, 300));
        }
        int paid = Integer.parseInt(match(EMPLOYEES, state));
        long approving = System.nanoTime();
        post(runPath + "/" + runId + "/approve", approver, null, 200);
        double approve = (System.nanoTime() - approving) / 1e9;
        sampler.interrupt();

        long slips;
        long lines;
        double floor;
        try (Connection owner = DriverManager.getConnection(url, ownerUser, ownerPassword)) {
            slips = count(owner, tenant, "select count(*) from payslip where tenant_id = ? and run_id = " + runId);
            lines = count(owner, tenant, "select count(*) from payslip_line where tenant_id = ? and run_id = " + runId);
            floor = copyFloor(owner, slips, lines);
        }
        double total = calculate + approve;
        System.out.printf("Calculate: %.1f s (%,d employees: %,d paid, %,d held as exceptions; %,.0f employees a second)%n",
                calculate, Integer.parseInt(progress.group(2)), paid, Integer.parseInt(progress.group(2)) - paid, Integer.parseInt(progress.group(2)) / calculate);
        System.out.printf("Approve: %.1f s (journal, year to date, expense claims)%n", approve);
        System.out.printf("COPY floor: %.1f s for %,d payslip and %,d line rows into tables shaped like the real ones, with their keys%n",
                floor, slips, lines);
        System.out.printf("Calculate + approve: %.1f s: target 60 s %s; %.1f x the COPY floor: target 3 x %s%n", total,
                total <= 60 ? "met" : "NOT met", total / floor, total <= 3 * floor ? "met" : "NOT met");
        System.out.printf("Server heap in use, highest sample: %,d MB (target 1,024 MB %s)%n", peak.get() / (1024 * 1024),
                peak.get() <= 1024L * 1024 * 1024 ? "met" : "NOT met");
    }

    /** Employees, profiles, confirmed bank details and seven months' figures to date, generated by the database itself. */
    private static void people(Connection owner, String tenant, int employees) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            enter(owner, tenant);
            sql.execute("insert into org_unit (tenant_id, code, name, cost_centre) values ('" + tenant + "', 'BENCH', 'Benchmark', 'CC200')");
            sql.execute("""
                    insert into employee (tenant_id, employee_number, given_name, family_name, email, ni_number, date_of_birth, start_date,
                      org_unit, cost_centre, nation, fte, weekly_hours, grade, annual_salary)
                    select '%1$s', 'P' || lpad(i::text, 7, '0'), 'Given' || i, 'Family' || (i * 7919 %% 100000), 'p' || i || '@example.gov.uk',
                      'AB' || lpad(i::text, 6, '0') || 'C', date '1960-01-01' + (i %% 14000), date '2020-04-01', 'BENCH',
                      case i %% 2 when 0 then 'CC100' else 'CC200' end,
                      (array['ENGLAND','ENGLAND','ENGLAND','SCOTLAND','WALES','NORTHERN_IRELAND'])[1 + i %% 6],
                      case when i %% 5 = 0 then 0.6 else 1 end, case when i %% 5 = 0 then 22.2 else 37 end, 'EO',
                      18000 + (i * 7919 %% 132000)
                    from generate_series(1, %2$d) i""".formatted(tenant, employees));
            sql.execute("""
                    insert into payroll_profile (tenant_id, employee_number, tax_code, ni_category, student_loan_plans, schedule,
                      pension_scheme, pension_employee_rate, pension_employer_rate)
                    select tenant_id, employee_number,
                      (array['1257L','1257L','1257L','1257L','S1257L','C1257L','1257L M1','BR','D0','K500','0T','1100L'])[1 + i %% 12],
                      (array['A','A','A','A','A','A','M','H','J','C'])[1 + i %% 10],
                      (array['','','','','PLAN_2','PLAN_1','PLAN_4','PLAN_5','PLAN_2,POSTGRADUATE','POSTGRADUATE','',''])[1 + i %% 12],
                      'MONTHLY',
                      case when i %% 10 < 7 then 'ALPHA' when i %% 10 < 9 then 'AUTO_ENROLMENT' end,
                      case when i %% 10 between 7 and 8 then 0.05 end,
                      case when i %% 10 < 7 then 0.2897 when i %% 10 < 9 then 0.03 end
                    from (select tenant_id, employee_number, substr(employee_number, 2)::int i from employee where tenant_id = '%1$s') e""".formatted(tenant));
            sql.execute("""
                    insert into employee_bank_account (tenant_id, employee_number, sort_code, account_number, account_name, last_digits,
                      status, changed_by, changed_at, confirmed_by, confirmed_at)
                    select tenant_id, employee_number, 'v1:bench', 'v1:bench', 'BENCH', '0000', 'CONFIRMED', 'bench-a', now(), 'bench-b', now()
                    from employee where tenant_id = '%1$s'""".formatted(tenant));
            sql.execute("""
                    insert into payroll_ytd (tenant_id, employee_number, tax_year, gross, taxable_pay, tax, employee_ni, employer_ni)
                    select tenant_id, employee_number, '2026-27', round(annual_salary * fte * 7 / 12, 2), round(annual_salary * fte * 7 / 12 * 0.95, 2),
                      round(greatest(annual_salary * fte * 7 / 12 - 7337.82, 0) * 0.2, 2), round(greatest(annual_salary * fte * 7 / 12 - 7330, 0) * 0.08, 2),
                      round(greatest(annual_salary * fte * 7 / 12 - 2916, 0) * 0.15, 2)
                    from employee where tenant_id = '%1$s'""".formatted(tenant));
            sql.execute("analyze employee, payroll_profile, employee_bank_account, payroll_ytd");
        }
    }

    /** Variable items for one in five: overtime, a bonus, an allowance or a deduction after tax. */
    private static void items(Connection owner, String tenant, long run) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            enter(owner, tenant);
            sql.execute("""
                    insert into pay_item (tenant_id, run_id, employee_number, kind, description, amount, added_by, added_at)
                    select tenant_id, %2$d, employee_number, (array['OVERTIME','BONUS','ALLOWANCE','DEDUCTION'])[1 + (i / 5) %% 4],
                      'Benchmark item', (array[180.00, 500.00, 75.00, 40.00])[1 + (i / 5) %% 4], 'bench-items', now()
                    from (select tenant_id, employee_number, substr(employee_number, 2)::int i from employee where tenant_id = '%1$s') e
                    where i %% 5 = 0""".formatted(tenant, run));
        }
    }

    /**
     * COPY of {@code slips} payslip rows and {@code lines} line rows, with realistic values, into scratch tables made
     * like the real ones (columns, defaults, checks and primary keys, not their foreign keys or row-level security).
     */
    private static double copyFloor(Connection owner, long slips, long lines) throws SQLException, IOException {
        try (Statement sql = owner.createStatement()) {
            sql.execute("drop table if exists bench_payslip, bench_payslip_line");
            sql.execute("create table bench_payslip (like payslip including defaults including constraints including indexes)");
            sql.execute("create table bench_payslip_line (like payslip_line including defaults including constraints including indexes)");
        }
        StringBuilder slipRows = new StringBuilder();
        for (long i = 0; i < slips; i++) {
            slipRows.append("bench\t1\tP").append(i).append("\t1\t1257L\tA\tCC100");
            for (int f = 0; f < 22; f++) {
                slipRows.append('\t').append(1000 + i % 5000).append(".").append(10 + f);
            }
            slipRows.append('\n');
        }
        StringBuilder lineRows = new StringBuilder();
        long perSlip = Math.max(1, (lines + slips - 1) / Math.max(1, slips));
        long written = 0;
        for (long i = 0; written < lines; i++) {
            for (int n = 1; n <= perSlip && written < lines; n++, written++) {
                lineRows.append("bench\t1\tP").append(i).append('\t').append(n).append("\tSALARY\tSalary\t").append(2000 + i % 3000).append(".33\t\\N\n");
            }
        }
        CopyManager copy = owner.unwrap(PGConnection.class).getCopyAPI();
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        long start = System.nanoTime();
        copy.copyIn("copy bench_payslip from stdin", new StringReader(slipRows.toString()));
        copy.copyIn("copy bench_payslip_line from stdin", new StringReader(lineRows.toString()));
        owner.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        owner.setAutoCommit(autoCommit);
        try (Statement sql = owner.createStatement()) {
            sql.execute("drop table bench_payslip, bench_payslip_line");
        }
        return seconds;
    }

    private static void enter(Connection owner, String tenant) throws SQLException {
        try (PreparedStatement set = owner.prepareStatement("select set_config('guildhall.tenant', ?, false)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    private static long count(Connection owner, String tenant, String query) throws SQLException {
        enter(owner, tenant);
        try (PreparedStatement statement = owner.prepareStatement(query)) {
            statement.setString(1, tenant);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected answer: " + text.substring(0, Math.min(300, text.length())));
        }
        return matcher.group(1);
    }

    private static String get(String url, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String post(String url, String authorization, String json, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
