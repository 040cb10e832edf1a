package org.guildhall.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scripts/bench-purchasing [orders] [clients]} (default 10,000 orders, 8 clients at once): purchase orders of 5
 * lines each taken end to end over HTTP, as a buyer and a budget holder would: raise the requisition (its budget check
 * included), submit it, approve it (raising the order and committing it) and receive everything. Before that, with SQL
 * as the schema owner (set-up, not measured), the tenant gets 2,000 cost centres and 1,000,000 rows of commitment
 * movements and actuals to check budgets against. Reports orders a second end to end, the requisition POST's latency,
 * and the budget check's own query (the three reads by key) timed 1,000 times on the database.
 * Targets on 2 cores: at least 100 orders a second; the budget check at most 20 ms at p99.
 */
public final class PurchasingBenchmark {

    private static final String PASSWORD = "purchasing-bench-password-long";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern ORDER = Pattern.compile("\"purchaseOrder\":\\{\"id\":(\\d+)");
    private static final String[] ACCOUNTS = {"55100", "55200", "55300"};
    private static final int COST_CENTRES = 2_000;

    private PurchasingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        try (BenchServer server = BenchServer.start("purchasing")) {
            bench(server, orders, clients);
        }
    }

    private static void bench(BenchServer server, int orders, int clients) throws Exception {
        String code = "buy-" + Long.toString(System.currentTimeMillis(), 36);
        String operator = OnboardingBenchmark.basic("operator", server.operatorPassword);
        PayrollTenant.post(server.base + "/api/v1/tenants", operator, "{\"code\": \"" + code + "\", \"name\": \"Purchasing benchmark\", "
                + "\"admin\": {\"username\": \"admin-" + code + "\", \"displayName\": \"Admin\", \"password\": \"" + PASSWORD + "\"}}", 201);
        String admin = OnboardingBenchmark.basic("admin-" + code, PASSWORD);
        for (String[] user : new String[][] {{"buyer", "PROCUREMENT"}, {"holder", "BUDGET_HOLDER"}}) {
            PayrollTenant.post(server.base + "/api/v1/tenants/" + code + "/users", admin, "{\"username\": \"" + user[0] + "-" + code
                    + "\", \"displayName\": \"" + user[0] + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"" + user[1] + "\"]}", 201);
        }
        String buyer = OnboardingBenchmark.basic("buyer-" + code, PASSWORD);
        String holder = OnboardingBenchmark.basic("holder-" + code, PASSWORD);
        String api = server.base + "/api/v1/tenants/" + code;
        int fiscalYear = fiscalYear(LocalDate.now());
        long setUp = System.nanoTime();
        long rows;
        try (Connection owner = DriverManager.getConnection(server.url, server.ownerUser, server.ownerPassword)) {
            rows = budgets(owner, code, fiscalYear);
        }
        System.out.printf("Set-up: %,d cost centres with budgets, %,d commitment and actual rows, in %.1f s%n", COST_CENTRES, rows,
                (System.nanoTime() - setUp) / 1e9);
        String supplier = PayrollTenant.match(ID, PayrollTenant.post(api + "/suppliers", buyer,
                "{\"name\": \"Bench Supplies Ltd\", \"address\": \"1 Bench Street, Leeds\", \"email\": \"sales@bench.example\"}", 201));

        List<Long> requisitionNanos = Collections.synchronizedList(new ArrayList<>(orders));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int o = 0; o < orders; o++) {
            int order = o;
            done.add(pool.submit(() -> {
                StringBuilder lines = new StringBuilder();
                for (int l = 0; l < 5; l++) {
                    int costCentre = (order * 5 + l) % COST_CENTRES;
                    lines.append(l == 0 ? "" : ", ").append("{\"description\": \"Item ").append(l + 1).append("\", \"quantity\": ")
                            .append(1 + l).append(", \"unitPrice\": \"").append(10 + l).append(".50\", \"account\": \"")
                            .append(ACCOUNTS[l % ACCOUNTS.length]).append("\", \"costCentre\": \"").append(costCentre(costCentre)).append("\"}");
                }
                long asked = System.nanoTime();
                String requisition = PayrollTenant.match(ID, PayrollTenant.post(api + "/requisitions", buyer,
                        "{\"supplier\": " + supplier + ", \"lines\": [" + lines + "]}", 201));
                requisitionNanos.add(System.nanoTime() - asked);
                PayrollTenant.post(api + "/requisitions/" + requisition + "/submit", buyer, null, 200);
                Matcher raised = ORDER.matcher(PayrollTenant.post(api + "/requisitions/" + requisition + "/approve", holder, null, 200));
                if (!raised.find()) {
                    throw new IllegalStateException("no order raised for requisition " + requisition);
                }
                PayrollTenant.post(api + "/purchase-orders/" + raised.group(1) + "/receipts", buyer, "{\"date\": \"" + LocalDate.now()
                        + "\", \"lines\": [{\"line\": 1, \"quantity\": 1}, {\"line\": 2, \"quantity\": 2}, {\"line\": 3, \"quantity\": 3}, "
                        + "{\"line\": 4, \"quantity\": 4}, {\"line\": 5, \"quantity\": 5}]}", 201);
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double perSecond = orders / seconds;
        System.out.printf("End to end: %,d orders of 5 lines (requisition, submit, approve, receive: %,d requests) in %.1f s with %d clients: "
                + "%.1f orders a second (target 100 %s)%n", orders, orders * 4, seconds, clients, perSecond, perSecond >= 100 ? "met" : "NOT met");
        List<Long> sorted = new ArrayList<>(requisitionNanos);
        Collections.sort(sorted);
        System.out.printf("Requisition POST (lines checked, budget answered, stored): p50 %.1f ms, p99 %.1f ms%n",
                percentile(sorted, 50), percentile(sorted, 99));
        try (Connection owner = DriverManager.getConnection(server.url, server.ownerUser, server.ownerPassword)) {
            List<Long> checks = budgetChecks(owner, code, fiscalYear, 1_000);
            double p99 = percentile(checks, 99);
            System.out.printf("Budget check (budget, actuals and commitments of one cost centre and account, as Commitments.funds reads them) "
                    + "over %,d rows: p50 %.2f ms, p99 %.2f ms (target 20 ms %s)%n", rows, percentile(checks, 50), p99, p99 <= 20 ? "met" : "NOT met");
        }
    }

    /**
     * 2,000 cost centres, each budgeted on three accounts; 120,000 rows of actuals (every period) and 880,000
     * commitment movements spread over them, with their running totals. Answers the actual and commitment rows.
     */
    private static long budgets(Connection owner, String tenant, int fiscalYear) throws Exception {
        owner.setAutoCommit(false);
        PayrollTenant.enter(owner, tenant);
        try (Statement sql = owner.createStatement()) {
            sql.execute("insert into cost_centre (tenant_id, code, name, parent_code) select '" + tenant + "', 'B' || lpad(n::text, 4, '0'), "
                    + "'Bench ' || n, 'CC000' from generate_series(0, " + (COST_CENTRES - 1) + ") n");
            String accounts = "(values ('55100'), ('55200'), ('55300')) a(code)";
            sql.execute("insert into budget_line (tenant_id, fiscal_year, cost_centre, account_code, amount) select '" + tenant + "', "
                    + fiscalYear + ", c.code, a.code, 1000000000 from cost_centre c, " + accounts + " where c.tenant_id = '" + tenant
                    + "' and c.code like 'B%'");
            int actuals = sql.executeUpdate("insert into cost_centre_balance (tenant_id, fiscal_year, period, cost_centre, account_code, debit, credit) "
                    + "select '" + tenant + "', " + fiscalYear + ", p, 'B' || lpad((n % " + COST_CENTRES + ")::text, 4, '0'), "
                    + "(array['55100','55200','55300','55400','55500'])[1 + n / " + COST_CENTRES + "], 100 + n % 997, 0 "
                    + "from generate_series(0, " + (COST_CENTRES * 5 - 1) + ") n, generate_series(1, 12) p");
            int movements = sql.executeUpdate("insert into commitment (tenant_id, source, source_reference, fiscal_year, cost_centre, "
                    + "account_code, amount, recorded_at) select '" + tenant + "', 'BENCH', 'B-' || (n / 4), " + fiscalYear + ", "
                    + "'B' || lpad((n % " + COST_CENTRES + ")::text, 4, '0'), (array['55100','55200','55300'])[1 + n % 3], "
                    + "10 + n % 500, now() from generate_series(0, 879999) n");
            sql.execute("insert into commitment_balance (tenant_id, fiscal_year, cost_centre, account_code, amount) select tenant_id, "
                    + "fiscal_year, cost_centre, account_code, sum(amount) from commitment where tenant_id = '" + tenant + "' "
                    + "group by tenant_id, fiscal_year, cost_centre, account_code");
            owner.commit();
            sql.execute("analyze cost_centre_balance");
            sql.execute("analyze commitment");
            sql.execute("analyze commitment_balance");
            return (long) actuals + movements;
        } finally {
            owner.setAutoCommit(true);
        }
    }

    /** The budget check's query, as Commitments.funds runs it, timed {@code times} times on random keys; sorted nanoseconds. */
    private static List<Long> budgetChecks(Connection owner, String tenant, int fiscalYear, int times) throws Exception {
        PayrollTenant.enter(owner, tenant);
        List<Long> nanos = new ArrayList<>(times);
        java.util.Random random = new java.util.Random(17);
        try (PreparedStatement query = owner.prepareStatement(org.guildhall.finance.posting.Commitments.FUNDS)) {
            for (int i = 0; i < times; i++) {
                String costCentre = costCentre(random.nextInt(COST_CENTRES));
                String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
                for (int k = 0; k < 3; k++) {
                    query.setString(1 + 2 * k, tenant);
                    query.setInt(2 + 2 * k, fiscalYear);
                }
                query.setArray(7, owner.createArrayOf("varchar", new Object[] {costCentre}));
                query.setArray(8, owner.createArrayOf("varchar", new Object[] {account}));
                long start = System.nanoTime();
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                }
                nanos.add(System.nanoTime() - start);
            }
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static String costCentre(int n) {
        return "B%04d".formatted(n);
    }

    private static double percentile(List<Long> sortedNanos, int percent) {
        int index = Math.min(sortedNanos.size() - 1, (int) Math.ceil(sortedNanos.size() * percent / 100.0) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    private static int fiscalYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }
}
