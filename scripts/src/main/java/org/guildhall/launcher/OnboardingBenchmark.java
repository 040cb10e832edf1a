package org.guildhall.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code scripts/bench-onboarding [employees] [orgUnits]}: against a running Guildhall (scripts/bench-onboarding starts
 * one), onboards a tenant, generates a realistic onboarding workbook (default 10,000 employees in 500 organisation
 * units under 50 cost centres, line managers in a tree) and times its dry run and its load over HTTP, sampling the
 * server's used heap from MicroProfile Metrics every 100 ms.
 */
public final class OnboardingBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern USED_HEAP = Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*\\} ([0-9.Ee+]+)");
    private static final String PASSWORD = "bench-password-long-enough";

    private OnboardingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String operator = basic("operator", args[1]);
        int employees = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int orgUnits = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        waitForHealth(base);
        String tenant = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        send(base + "/api/v1/tenants", operator, "application/json", ("{\"code\": \"" + tenant + "\", \"name\": \"Onboarding benchmark\","
                + " \"admin\": {\"username\": \"admin-" + tenant + "\", \"displayName\": \"Admin\", \"password\": \"" + PASSWORD + "\"}}")
                .getBytes(StandardCharsets.UTF_8), 201);
        send(base + "/api/v1/tenants/" + tenant + "/users", basic("admin-" + tenant, PASSWORD), "application/json",
                ("{\"username\": \"hr-" + tenant + "\", \"displayName\": \"HR\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"HR_ADMIN\"]}")
                        .getBytes(StandardCharsets.UTF_8), 201);
        String hr = basic("hr-" + tenant, PASSWORD);

        long generating = System.nanoTime();
        byte[] workbook = workbook(employees, orgUnits);
        System.out.printf("Workbook: %,d employees, %,d org units, 50 cost centres, %,d bytes, generated in %.1f s%n",
                employees, orgUnits, workbook.length, (System.nanoTime() - generating) / 1e9);

        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> sample(base, peak), "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        String url = base + "/api/v1/tenants/" + tenant + "/imports/onboarding";
        long dry = System.nanoTime();
        String report = send(url + "?dryRun=true", hr, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook, 200);
        double drySeconds = (System.nanoTime() - dry) / 1e9;
        if (!report.contains("\"valid\":true")) {
            throw new IllegalStateException("the generated workbook is not valid: " + report.substring(0, Math.min(500, report.length())));
        }
        long load = System.nanoTime();
        send(url, hr, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook, 200);
        double loadSeconds = (System.nanoTime() - load) / 1e9;
        sampler.interrupt();
        System.out.printf("Dry run: %.1f s; load: %.1f s; together %.1f s (target 15 s)%n", drySeconds, loadSeconds, drySeconds + loadSeconds);
        System.out.printf("Server heap in use, highest sample during both: %,d MB%n", peak.get() / (1024 * 1024));
    }

    static byte[] workbook(int employees, int orgUnits) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet costCentres = book.createSheet("CostCentres");
            row(costCentres, 0, List.of("code", "name", "parentCode", "budgetHolder"));
            for (int c = 1; c <= 50; c++) {
                row(costCentres, c, List.of("CC-B%03d".formatted(c), "Cost centre " + c, "CC000", ""));
            }
            Sheet units = book.createSheet("OrgUnits");
            row(units, 0, List.of("code", "name", "parentCode", "costCentre"));
            for (int u = 0; u < orgUnits; u++) {
                // ten directorates, the other units spread under them
                row(units, u + 1, List.of("U%04d".formatted(u), "Unit " + u, u < 10 ? "" : "U%04d".formatted(u % 10),
                        "CC-B%03d".formatted(1 + u % 50)));
            }
            Sheet people = book.createSheet("Employees");
            row(people, 0, List.of("employeeNumber", "givenName", "familyName", "email", "niNumber", "dateOfBirth", "startDate", "endDate",
                    "orgUnit", "costCentre", "managerNumber", "nation", "fte", "weeklyHours", "grade", "annualSalary"));
            String[] nations = {"ENGLAND", "ENGLAND", "ENGLAND", "SCOTLAND", "WALES", "NORTHERN_IRELAND"};
            String[] grades = {"AA", "AO", "EO", "HEO", "SEO", "G7", "G6"};
            for (int e = 0; e < employees; e++) {
                int unit = e % orgUnits;
                boolean partTime = e % 5 == 0;
                row(people, e + 1, List.of("B%06d".formatted(e), "Given" + e, "Family" + (e * 7919 % 100_000), "person" + e + "@example.gov.uk",
                        "%s%06d%s".formatted(e % 2 == 0 ? "AB" : "CE", e, "ABCD".charAt(e % 4)),
                        "%d-%02d-%02d".formatted(1960 + e % 40, 1 + e % 12, 1 + e % 28), "2020-04-01", "",
                        "U%04d".formatted(unit), "CC-B%03d".formatted(1 + unit % 50), e == 0 ? "" : "B%06d".formatted((e - 1) / 10),
                        nations[e % nations.length], partTime ? "0.6" : "1", partTime ? "22.2" : "37", grades[e % grades.length],
                        "%d.00".formatted(22_000 + e % 40_000)));
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                row.createCell(i).setCellValue(values.get(i));
            }
        }
    }

    static void sample(String base, AtomicLong peak) {
        sample(base, peak, 100);
    }

    /** Polls the server's used heap every {@code intervalMillis} and keeps the highest seen. */
    static void sample(String base, AtomicLong peak, long intervalMillis) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics?scope=base")).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher used = USED_HEAP.matcher(metrics.body());
                if (used.find()) {
                    peak.accumulateAndGet((long) Double.parseDouble(used.group(1)), Math::max);
                }
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                // a missed sample
            }
        }
    }

    public static void waitForHealth(String base) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Guildhall did not become healthy at " + base);
    }

    static String send(String url, String authorization, String type, byte[] body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", authorization).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
