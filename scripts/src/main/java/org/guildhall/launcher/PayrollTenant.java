package org.guildhall.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.platform.crypto.FieldCipher;

/**
 * A tenant made over HTTP on a running Guildhall for payroll at scale, with a payroll admin and an approver, and its
 * employees set up with SQL as the schema owner (a set-up, not what is measured or tested): the payroll benchmark and
 * the kill-and-restart test both work in one.
 */
public final class PayrollTenant {

    public static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
    public static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    public static final Pattern DONE = Pattern.compile("\"progress\":\\{\"done\":(\\d+),\"total\":(\\d+)\\}");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PASSWORD = "payroll-tenant-password-long-enough";

    private final String base;
    private final String tenant;
    private final String payrollAdmin;
    private final String approver;

    private PayrollTenant(String base, String tenant) {
        this.base = base;
        this.tenant = tenant;
        this.payrollAdmin = OnboardingBenchmark.basic("pa-" + tenant, PASSWORD);
        this.approver = OnboardingBenchmark.basic("pp-" + tenant, PASSWORD);
    }

    /** Makes the tenant {@code code} through the operator, with its admin, a PAYROLL_ADMIN and a PAYROLL_APPROVER. */
    public static PayrollTenant create(String base, String operatorPassword, String code, String name)
            throws IOException, InterruptedException {
        String operator = OnboardingBenchmark.basic("operator", operatorPassword);
        post(base + "/api/v1/tenants", operator, "{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"admin\": {\"username\": \"admin-"
                + code + "\", \"displayName\": \"Admin\", \"password\": \"" + PASSWORD + "\"}}", 201);
        String admin = OnboardingBenchmark.basic("admin-" + code, PASSWORD);
        for (String[] user : new String[][] {{"pa", "PAYROLL_ADMIN"}, {"pp", "PAYROLL_APPROVER"}, {"pf", "FINANCE"}}) {
            post(base + "/api/v1/tenants/" + code + "/users", admin, "{\"username\": \"" + user[0] + "-" + code + "\", \"displayName\": \""
                    + user[0] + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"" + user[1] + "\"]}", 201);
        }
        return new PayrollTenant(base, code);
    }

    public String code() {
        return tenant;
    }

    /** The payroll admin's Authorization header. */
    public String payrollAdmin() {
        return payrollAdmin;
    }

    /** The approver's Authorization header. */
    public String approver() {
        return approver;
    }

    /** A new monthly run of 2026-27 for {@code period}, as the payroll admin; answers its id. */
    public long run(int period) throws IOException, InterruptedException {
        return Long.parseLong(match(ID, post(runs(), payrollAdmin, "{\"taxYear\": \"2026-27\", \"period\": " + period + "}", 201)));
    }

    /** Starts the run's calculation ({@code tuning}: a query string such as {@code ?partitions=2&chunk=10}, or ""). */
    public void calculate(long run, String tuning) throws IOException, InterruptedException {
        post(runs() + "/" + run + "/calculate" + tuning, payrollAdmin, null, 202);
    }

    /** The run as JSON text. */
    public String state(long run) throws IOException, InterruptedException {
        return get(runs() + "/" + run, payrollAdmin);
    }

    /** Waits, up to {@code limit}, for the run to leave CALCULATING; answers it, which must be CALCULATED. */
    public String calculated(long run, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            String state = state(run);
            String status = match(STATUS, state);
            if (!"CALCULATING".equals(status)) {
                if (!"CALCULATED".equals(status)) {
                    throw new IllegalStateException("the run ended " + status + ": " + state.substring(0, Math.min(600, state.length())));
                }
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the run was still calculating after " + limit + ": " + state);
            }
            Thread.sleep(100);
        }
    }

    /** The employer's PAYE references, set by the payroll admin, for the FPS. */
    public void payeReference() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tenants/" + tenant + "/paye-reference"))
                .timeout(Duration.ofMinutes(1)).header("Authorization", payrollAdmin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"taxOfficeNumber": "123", "taxOfficeReference": "AB456", "accountsOfficeReference": "123PA00012345"}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PAYE reference: " + response.statusCode() + " " + response.body());
        }
    }

    /** The tenant's PAYROLL payment account, set by its finance user, for the BACS file. */
    public void payrollAccount() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tenants/" + tenant + "/payment-accounts/PAYROLL"))
                .timeout(Duration.ofMinutes(1)).header("Authorization", OnboardingBenchmark.basic("pf-" + tenant, PASSWORD))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"sortCode": "20-00-00", "accountNumber": "55779911", "accountName": "PAYROLL BENCHMARK", "serviceUserNumber": "123456"}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("payment account: " + response.statusCode() + " " + response.body());
        }
    }

    /**
     * Every employee's bank details sealed as the server seals them (AES-GCM under the server's data key, bound to the
     * tenant, employee and field), so that a payment file can read them; {@link #people} stores placeholders only.
     */
    public void sealBankDetails(Connection owner, FieldCipher cipher) throws SQLException {
        enter(owner, tenant);
        List<String> numbers = new ArrayList<>();
        try (Statement sql = owner.createStatement(); ResultSet row = sql.executeQuery(
                "select employee_number from employee_bank_account where tenant_id = '" + tenant + "'")) {
            while (row.next()) {
                numbers.add(row.getString(1));
            }
        }
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (PreparedStatement update = owner.prepareStatement(
                "update employee_bank_account set sort_code = ?, account_number = ? where tenant_id = ? and employee_number = ?")) {
            int n = 0;
            for (String number : numbers) {
                String context = tenant + "|" + number + "|";
                update.setString(1, cipher.encrypt("309430", context + "sortCode"));
                update.setString(2, cipher.encrypt("00733445", context + "accountNumber"));
                update.setString(3, tenant);
                update.setString(4, number);
                update.addBatch();
                if (++n % 2_000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
            owner.commit();
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    /** Approves the run as the approver. */
    public String approve(long run) throws IOException, InterruptedException {
        return post(runs() + "/" + run + "/approve", approver, null, 200);
    }

    private String runs() {
        return base + "/api/v1/tenants/" + tenant + "/payroll-runs";
    }

    /** Employees, profiles, confirmed bank details and seven months' figures to date, generated by the database itself. */
    public void people(Connection owner, int employees) throws SQLException {
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
                      pension_scheme, pension_employee_rate, pension_employer_rate, gender)
                    select tenant_id, employee_number,
                      (array['1257L','1257L','1257L','1257L','S1257L','C1257L','1257L M1','BR','D0','K500','0T','1100L'])[1 + i %% 12],
                      (array['A','A','A','A','A','A','M','H','J','C'])[1 + i %% 10],
                      (array['','','','','PLAN_2','PLAN_1','PLAN_4','PLAN_5','PLAN_2,POSTGRADUATE','POSTGRADUATE','',''])[1 + i %% 12],
                      'MONTHLY',
                      case when i %% 10 < 7 then 'ALPHA' when i %% 10 < 9 then 'AUTO_ENROLMENT' end,
                      case when i %% 10 between 7 and 8 then 0.05 end,
                      case when i %% 10 < 7 then 0.2897 when i %% 10 < 9 then 0.03 end,
                      case when i %% 2 = 0 then 'F' else 'M' end
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
    public void items(Connection owner, long run) throws SQLException {
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

    public static void enter(Connection owner, String tenant) throws SQLException {
        try (PreparedStatement set = owner.prepareStatement("select set_config('guildhall.tenant', ?, false)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    public static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected answer: " + text.substring(0, Math.min(300, text.length())));
        }
        return matcher.group(1);
    }

    static String get(String url, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String post(String url, String authorization, String json, int expected) throws IOException, InterruptedException {
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
