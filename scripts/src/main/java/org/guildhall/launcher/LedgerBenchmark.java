package org.guildhall.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.guildhall.finance.ledger.control.Balances;

/**
 * {@code scripts/bench-ledger [lines]}: loads journal lines (default 10,000,000: ten-line balanced journals over 1,000
 * accounts and the 12 periods of one fiscal year) into PostgreSQL for a tenant of its own, keeping the stored period
 * balances as postings do, then times the trial balance (the ledger's own query) and a period close.
 *
 * <p>The database is a throwaway embedded PostgreSQL unless {@code GUILDHALL_DB_URL} names one (with
 * {@code GUILDHALL_DB_USER}/{@code _PASSWORD} for the application role and {@code GUILDHALL_DB_OWNER_USER}/{@code
 * _PASSWORD} for migrations). Rows are generated inside PostgreSQL in chunks, one transaction each, as the application
 * role under row-level security.
 */
public final class LedgerBenchmark {

    private static final int ACCOUNTS = 1_000;
    private static final int LINES_PER_JOURNAL = 10;
    private static final int JOURNALS_PER_CHUNK = 50_000;
    private static final int YEAR = 2026;

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long lines = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
        long journals = Math.max(1, lines / LINES_PER_JOURNAL);
        Map<String, String> env = System.getenv();
        EmbeddedDatabase embedded = null;
        Path data = null;
        String url = env.get("GUILDHALL_DB_URL");
        String appUser = env.get("GUILDHALL_DB_USER");
        String appPassword = env.get("GUILDHALL_DB_PASSWORD");
        String ownerUser = env.getOrDefault("GUILDHALL_DB_OWNER_USER", appUser);
        String ownerPassword = env.getOrDefault("GUILDHALL_DB_OWNER_PASSWORD", appPassword);
        if (url == null || url.isBlank()) {
            data = Files.createTempDirectory("guildhall-bench-ledger");
            embedded = EmbeddedDatabase.start(data);
            url = embedded.url();
            appUser = EmbeddedDatabase.APP;
            appPassword = EmbeddedDatabase.APP_PASSWORD;
            ownerUser = EmbeddedDatabase.OWNER;
            ownerPassword = EmbeddedDatabase.OWNER_PASSWORD;
            System.out.println("Embedded PostgreSQL in " + data);
        }
        try {
            Flyway.configure().dataSource(url, ownerUser, ownerPassword).locations("classpath:db/migration")
                    .placeholders(Map.of("appRole", appUser)).load().migrate();
            String tenant = "bench-" + Long.toString(System.currentTimeMillis(), 36);
            try (Connection owner = DriverManager.getConnection(url, ownerUser, ownerPassword);
                 PreparedStatement insert = owner.prepareStatement("insert into tenant (code, name, template, status, created_at) "
                         + "values (?, 'Ledger benchmark', 'central-government', 'ACTIVE', now())")) {
                insert.setString(1, tenant);
                insert.executeUpdate();
            }
            try (Connection app = DriverManager.getConnection(url, appUser, appPassword);
                 Connection owner = DriverManager.getConnection(url, ownerUser, ownerPassword)) {
                app.setAutoCommit(false);
                run(app, owner, tenant, journals);
            }
        } finally {
            if (embedded != null) {
                embedded.close();
                try (var paths = Files.walk(data)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    private static void run(Connection app, Connection owner, String tenant, long journals) throws SQLException {
        inTenant(app, tenant, """
                insert into ledger_account (tenant_id, code, name, type, postable)
                select current_setting('guildhall.tenant'), lpad(a::text, 5, '0'), 'Account ' || a,
                       (array['ASSET','LIABILITY','EQUITY','INCOME','EXPENSE'])[1 + a %% 5], true
                from generate_series(0, %d) a;
                insert into fiscal_year (tenant_id, fiscal_year, status) values (current_setting('guildhall.tenant'), %d, 'OPEN');
                insert into fiscal_period (tenant_id, fiscal_year, number, start_date, end_date, status)
                select current_setting('guildhall.tenant'), %d, p, (make_date(%d, 4, 1) + make_interval(months => p - 1))::date,
                       (make_date(%d, 4, 1) + make_interval(months => p))::date - 1, 'OPEN' from generate_series(1, 12) p;
                """.formatted(ACCOUNTS - 1, YEAR, YEAR, YEAR, YEAR));

        analyze(owner);
        System.out.printf("Loading %,d journal lines (%,d journals of %d lines, %,d accounts, 12 periods)%n",
                journals * LINES_PER_JOURNAL, journals, LINES_PER_JOURNAL, ACCOUNTS);
        long started = System.nanoTime();
        for (long first = 0; first < journals; first += JOURNALS_PER_CHUNK) {
            long last = Math.min(journals, first + JOURNALS_PER_CHUNK) - 1;
            inTenant(app, tenant, chunk(first, last));
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        long lines = journals * LINES_PER_JOURNAL;
        System.out.printf("Load: %,d lines in %.1f s = %,.0f lines/s (journals, lines and period balances)%n",
                lines, loadSeconds, lines / loadSeconds);

        analyze(owner);
        List<Double> times = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < 23; i++) {
            scope(app, tenant);
            long t = System.nanoTime();
            rows = Balances.upTo(app, tenant, YEAR, 12).size();
            double ms = (System.nanoTime() - t) / 1e6;
            app.commit();
            if (i >= 3) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        System.out.printf("Trial balance (period 12, %d accounts, over %,d lines): median %.1f ms, max %.1f ms over %d runs%n",
                rows, lines, times.get(times.size() / 2), times.get(times.size() - 1), times.size());

        scope(app, tenant);
        long t = System.nanoTime();
        try (Statement close = app.createStatement()) {
            close.executeUpdate("update fiscal_period set status = 'CLOSED', version = version + 1 "
                    + "where tenant_id = current_setting('guildhall.tenant') and fiscal_year = " + YEAR + " and number = 12");
        }
        app.commit();
        System.out.printf("Period close (period 12): %.1f ms%n", (System.nanoTime() - t) / 1e6);
    }

    /**
     * Journals {@code first..last} with ten lines each: five debits and five credits of the same five amounts to
     * pseudo-random accounts, so each journal balances; and, in the same statement, the period balances they add, by
     * the same upsert the posting boundary uses.
     */
    private static String chunk(long first, long last) {
        return """
                with j as (
                  insert into journal (tenant_id, fiscal_year, period, journal_date, description, source, source_reference,
                                       status, total, posted_by, posted_at)
                  select current_setting('guildhall.tenant'), %d, 1 + g %% 12,
                         (make_date(%d, 4, 1) + make_interval(months => (g %% 12)::int))::date + (g %% 28)::int,
                         'Benchmark journal ' || g, 'BENCH', g::text, 'POSTED', 0.01, 'bench', now()
                  from generate_series(%d, %d) g
                  returning id, period, source_reference::bigint as g),
                l as (
                  insert into journal_line (tenant_id, journal_id, line_no, account_code, debit, credit)
                  select current_setting('guildhall.tenant'), j.id, n,
                         lpad((case when n <= 5 then (j.g * 7 + n * 13) else (j.g * 11 + n * 17) end %% %d)::text, 5, '0'),
                         case when n <= 5 then ((j.g * 31 + n) %% 100000 + 1) / 100.0 else 0 end,
                         case when n > 5 then ((j.g * 31 + n - 5) %% 100000 + 1) / 100.0 else 0 end
                  from j, generate_series(1, %d) n
                  returning journal_id, account_code, debit, credit)
                insert into account_balance (tenant_id, fiscal_year, period, account_code, debit, credit)
                select current_setting('guildhall.tenant'), %d, j.period, l.account_code, sum(l.debit), sum(l.credit)
                from l join j on j.id = l.journal_id
                group by j.period, l.account_code
                on conflict (tenant_id, fiscal_year, period, account_code)
                do update set debit = account_balance.debit + excluded.debit, credit = account_balance.credit + excluded.credit
                """.formatted(YEAR, YEAR, first, last, ACCOUNTS, LINES_PER_JOURNAL, YEAR);
    }

    /**
     * Fresh planner statistics, as autovacuum would have gathered on a live system (with none, PostgreSQL takes the
     * freshly filled tables for empty and checks every foreign key by a scan). Only the owner may analyse.
     */
    private static void analyze(Connection owner) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            statement.execute("analyze ledger_account, fiscal_period, journal, journal_line, account_balance");
        }
    }

    private static void scope(Connection app, String tenant) throws SQLException {
        try (PreparedStatement set = app.prepareStatement("select set_config('guildhall.tenant', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    private static void inTenant(Connection app, String tenant, String sql) throws SQLException {
        scope(app, tenant);
        try (Statement statement = app.createStatement()) {
            statement.execute(sql);
        }
        app.commit();
    }
}
