package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Organisation units and employees over HTTP: the checks against the tenant, versions, audit and isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleIT {

    @ArquillianResource
    URL base;


    private record Hr(String tenant, Api api) {
        String path(String rest) {
            return "api/v1/tenants/" + tenant + "/" + rest;
        }
    }

    private Hr hr(String prefix) {
        Fixtures fixtures = new Fixtures(base);
        String tenant = fixtures.onboard(prefix);
        Hr hr = new Hr(tenant, fixtures.userIn(tenant, "hr-" + tenant, "HR_ADMIN"));
        assertEquals(201, hr.api().post(hr.path("org-units"), "{\"code\": \"OPS\", \"name\": \"Operations\", \"costCentre\": \"CC200\"}").status());
        return hr;
    }

    static String employee(String number, String ni, String manager) {
        return """
                {"employeeNumber": "%s", "givenName": "Ada", "familyName": "Lovelace", "email": "ada@example.gov.uk",
                 "niNumber": "%s", "dateOfBirth": "1990-12-10", "startDate": "2024-04-01", "orgUnit": "OPS", "costCentre": "CC200",
                 %s "nation": "WALES", "fte": 0.6, "weeklyHours": "22.2", "grade": "HEO", "annualSalary": "31500.00"}
                """.formatted(number, ni, manager == null ? "" : "\"managerNumber\": \"" + manager + "\",");
    }

    static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    @Test
    void anEmployeeIsAddedReadAndChangedWithItsVersion() {
        Hr hr = hr("ppl");
        Api.Reply created = hr.api().post(hr.path("employees"), employee("E001", "ab 12 34 56 c", null));
        assertEquals(201, created.status(), created.toString());
        assertEquals("AB123456C", created.json().getString("niNumber"));
        assertEquals("0.6", created.json().getString("fte"));
        long version = created.json().getJsonNumber("version").longValue();

        Api.Reply changed = hr.api().send("PATCH", hr.path("employees/E001"),
                "{\"version\": " + version + ", \"familyName\": \"King\", \"fte\": \"1\"}", "application/json");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("King", changed.json().getString("familyName"));
        assertEquals("Ada", changed.json().getString("givenName"), "fields not named are kept");

        Api.Reply stale = hr.api().send("PATCH", hr.path("employees/E001"), "{\"version\": " + version + ", \"grade\": \"SEO\"}",
                "application/json");
        assertProblem(stale, 409);
        assertEquals("HEO", hr.api().get(hr.path("employees/E001")).json().getString("grade"));

        Api.Reply audit = new Fixtures(base).adminOf(hr.tenant()).get(hr.path("audit?entity=Employee&entityId=E001"));
        JsonObject update = audit.json().getJsonArray("items").getJsonObject(0);
        assertEquals("UPDATE", update.getString("action"));
        assertTrue(update.getString("before").contains("Lovelace") && update.getString("after").contains("King"), update.toString());
        assertEquals(1, hr.api().get(hr.path("employees?q=kin")).json().getInt("total"));
    }

    @Test
    void badRecordsAreRefusedNamingEveryField() {
        Hr hr = hr("bad");
        assertProblem(hr.api().post(hr.path("employees"), "[1, 2]"), 400); // a JSON body that is not an object
        assertProblem(hr.api().post(hr.path("employees"), "{\"employeeNumber\": "), 400);
        Api.Reply malformed = hr.api().post(hr.path("employees"), """
                {"employeeNumber": "E9", "givenName": "", "familyName": "X", "email": "not-an-email", "niNumber": "QQ123456C",
                 "dateOfBirth": "2015-01-01", "startDate": "2024-04-01", "endDate": "2024-03-01", "orgUnit": "OPS",
                 "costCentre": "CC200", "nation": "MARS", "fte": 1.5, "weeklyHours": 37, "annualSalary": "1.234"}
                """);
        assertProblem(malformed, 400);
        assertEquals(List.of("nation", "annualSalary"), fields(malformed), "unreadable values first, before any rule");

        Api.Reply invalid = hr.api().post(hr.path("employees"), """
                {"employeeNumber": "E9", "givenName": "", "familyName": "X", "email": "not-an-email", "niNumber": "QQ123456C",
                 "dateOfBirth": "2015-01-01", "startDate": "2024-04-01", "endDate": "2024-03-01", "orgUnit": "OPS",
                 "costCentre": "CC200", "nation": "WALES", "fte": 1.5, "weeklyHours": 37, "annualSalary": "20000.00"}
                """);
        assertProblem(invalid, 400);
        assertEquals(List.of("givenName", "email", "niNumber", "dateOfBirth", "endDate", "fte"), fields(invalid));

        Api.Reply unknown = hr.api().post(hr.path("employees"), employee("E9", "AB123456C", "E404")
                .replace("\"OPS\"", "\"NOPE\"").replace("\"CC200\"", "\"CC999\""));
        assertProblem(unknown, 422);
        assertEquals(List.of("orgUnit", "costCentre", "managerNumber"), fields(unknown));
        assertEquals(0, hr.api().get(hr.path("employees")).json().getInt("total"), "nothing was stored");
    }

    @Test
    void reportingLinesCannotLoopAndNumbersAndNiNumbersAreUnique() {
        Hr hr = hr("loop");
        assertEquals(201, hr.api().post(hr.path("employees"), employee("E1", "AB000001A", null)).status());
        assertEquals(201, hr.api().post(hr.path("employees"), employee("E2", "AB000002A", "E1")).status());
        assertEquals(201, hr.api().post(hr.path("employees"), employee("E3", "AB000003A", "E2")).status());
        long version = hr.api().get(hr.path("employees/E1")).json().getJsonNumber("version").longValue();
        Api.Reply loop = hr.api().send("PATCH", hr.path("employees/E1"), "{\"version\": " + version + ", \"managerNumber\": \"E3\"}",
                "application/json");
        assertProblem(loop, 422);
        assertEquals(List.of("managerNumber"), fields(loop));

        assertProblem(hr.api().post(hr.path("employees"), employee("E1", "AB000009A", null)), 409);
        Api.Reply sameNi = hr.api().post(hr.path("employees"), employee("E4", "ab000001a", null));
        assertProblem(sameNi, 422);
        assertEquals(List.of("niNumber"), fields(sameNi));
    }

    @Test
    void anotherTenantsHrSeesNoneOfThisTenantsPeople() {
        Hr a = hr("hr-a");
        Hr b = hr("hr-b");
        assertEquals(201, a.api().post(a.path("employees"), employee("E1", "AB000001A", null)).status());
        assertProblem(b.api().get(a.path("employees/E1")), 404);
        assertProblem(b.api().get(b.path("employees/E1")), 404);
        assertEquals(0, b.api().get(b.path("employees")).json().getInt("total"));
        assertEquals(201, b.api().post(b.path("employees"), employee("E1", "AB000001A", null)).status(),
                "numbers and NI numbers are unique per tenant, not across tenants");
        Api employee = new Fixtures(base).userIn(a.tenant(), "emp-" + a.tenant(), "EMPLOYEE");
        assertProblem(employee.get(a.path("employees/E1")), 403);
    }

    // ---- the onboarding workbook ----

    static final List<String> EMPLOYEE_COLUMNS = List.of("employeeNumber", "givenName", "familyName", "email", "niNumber", "dateOfBirth",
            "startDate", "endDate", "orgUnit", "costCentre", "managerNumber", "nation", "fte", "weeklyHours", "grade", "annualSalary");
    /** The column each seeded error is in, by row index modulo 10. */
    static final List<String> SEEDED = List.of("niNumber", "email", "fte", "dateOfBirth", "endDate", "orgUnit", "managerNumber",
            "nation", "annualSalary", "weeklyHours");

    /** 50 employees; with {@code seeded}, each has exactly one bad cell, in the column SEEDED names for it. */
    static byte[] onboardingWorkbook(boolean seeded, String salaryOfE0007) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet costCentres = book.createSheet("CostCentres");
            rows(costCentres, List.of("code", "name", "parentCode", "budgetHolder"), List.of(
                    List.of("CC310", "Digital delivery", "CC300", ""), List.of("CC300", "Digital", "CC000", "")));
            Sheet orgUnits = book.createSheet("OrgUnits");
            rows(orgUnits, List.of("code", "name", "parentCode", "costCentre"), List.of(
                    List.of("TEAM-A", "Team A", "DIGITAL", "CC310"), List.of("DIGITAL", "Digital directorate", "", "CC300")));
            Sheet employees = book.createSheet("Employees");
            List<List<String>> data = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String number = "E%04d".formatted(i);
                List<String> row = new java.util.ArrayList<>(List.of(number, "Given" + i, "Family" + i, "person" + i + "@example.gov.uk",
                        "AB%06dC".formatted(i + 1), "DATE:1985-06-15", "2025-04-01", "", i % 2 == 0 ? "TEAM-A" : "DIGITAL", "CC310",
                        i == 49 ? "" : "E0049", i % 3 == 0 ? "SCOTLAND" : "ENGLAND", "1", "37", "EO",
                        "E0007".equals(number) && salaryOfE0007 != null ? salaryOfE0007 : "29000.00"));
                if (seeded) {
                    String column = SEEDED.get(i % 10);
                    String bad = switch (column) {
                        case "niNumber" -> "QQ123456C";
                        case "email" -> "not-an-email";
                        case "fte" -> "1.5";
                        case "dateOfBirth" -> "2015-01-01";
                        case "endDate" -> "2025-03-31";
                        case "orgUnit" -> "NO-SUCH-UNIT";
                        case "managerNumber" -> "NOBODY";
                        case "nation" -> "ATLANTIS";
                        case "annualSalary" -> "29000.001";
                        default -> "FORMULA:36+1";
                    };
                    row.set(EMPLOYEE_COLUMNS.indexOf(column), bad);
                }
                data.add(row);
            }
            rows(employees, EMPLOYEE_COLUMNS, data);
            for (org.apache.poi.ss.usermodel.Row row : employees) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    String text = cell.getStringCellValue();
                    if (text.startsWith("DATE:")) {
                        cell.setCellValue(java.time.LocalDate.parse(text.substring(5)));
                        cell.setCellStyle(dateStyle);
                    } else if (text.startsWith("FORMULA:")) {
                        cell.setCellFormula(text.substring(8));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static void rows(Sheet sheet, List<String> headers, List<List<String>> data) {
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        for (int r = 0; r < data.size(); r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
            for (int c = 0; c < data.get(r).size(); c++) {
                if (!data.get(r).get(c).isEmpty()) {
                    row.createCell(c).setCellValue(data.get(r).get(c));
                }
            }
        }
    }

    private Api.Reply upload(Hr hr, byte[] workbook, boolean dryRun) throws Exception {
        String boundary = "guildhall-" + java.util.UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(workbook);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + hr.path("imports/onboarding" + (dryRun ? "?dryRun=true" : ""))))
                .header("Authorization", hr.api().authorization())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.headers(), response.body());
    }

    @Test
    void aWorkbookWithFiftySeededErrorsReportsEachAtItsCellAndStoresNothing() throws Exception {
        Hr hr = hr("wb50");
        Api.Reply dryRun = upload(hr, onboardingWorkbook(true, null), true);
        assertEquals(200, dryRun.status(), dryRun.toString());
        assertEquals(false, dryRun.json().getBoolean("valid"));
        List<String> found = dryRun.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("sheet") + "!" + e.getInt("row") + ":" + e.getString("column")).toList();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add("Employees!" + (i + 2) + ":" + SEEDED.get(i % 10));
        }
        assertEquals(expected, found);

        Api.Reply load = upload(hr, onboardingWorkbook(true, null), false);
        assertProblem(load, 400);
        assertEquals(50, load.json().getJsonArray("errors").size());
        assertEquals(0, hr.api().get(hr.path("employees")).json().getInt("total"), "a refused load stores nothing");
        assertEquals(1, hr.api().get(hr.path("org-units")).structure().asJsonArray().size(), "only the unit made by the test set-up");
    }

    @Test
    void theFixedWorkbookLoadsOnceAndAChangedRowUpdatesThatEmployeeOnly() throws Exception {
        Hr hr = hr("wbok");
        Api.Reply dryRun = upload(hr, onboardingWorkbook(false, null), true);
        assertEquals(true, dryRun.json().getBoolean("valid"), dryRun.toString());
        assertEquals(0, hr.api().get(hr.path("employees")).json().getInt("total"), "a dry run stores nothing");

        Api.Reply load = upload(hr, onboardingWorkbook(false, null), false);
        assertEquals(200, load.status(), load.toString());
        assertEquals(50, load.json().getJsonObject("changed").getInt("Employees"));
        assertEquals(2, load.json().getJsonObject("changed").getInt("OrgUnits"));
        JsonObject first = hr.api().get(hr.path("employees/E0000")).json();
        assertEquals("E0049", first.getString("managerNumber"), "a manager defined further down is fine");
        assertEquals("1985-06-15", first.getString("dateOfBirth"), "an Excel date cell");
        assertEquals("SCOTLAND", first.getString("nation"));

        Api.Reply again = upload(hr, onboardingWorkbook(false, null), false);
        assertEquals(0, again.json().getJsonObject("changed").getInt("Employees"), again.toString());
        assertEquals(0, again.json().getJsonObject("changed").getInt("CostCentres"));

        Api.Reply raise = upload(hr, onboardingWorkbook(false, "31000.00"), false);
        assertEquals(1, raise.json().getJsonObject("changed").getInt("Employees"), raise.toString());
        assertEquals("31000.00", hr.api().get(hr.path("employees/E0007")).json().getString("annualSalary"));
        Api.Reply audit = new Fixtures(base).adminOf(hr.tenant()).get(hr.path("audit?entity=Employee&entityId=E0007"));
        assertEquals(List.of("UPDATE", "CREATE"), audit.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList());
    }

    @Test
    void hostileFilesAreRefusedWith400AndChangeNothing() throws Exception {
        Hr hr = hr("wbbad");
        assertProblem(upload(hr, "this is not a spreadsheet".getBytes(StandardCharsets.UTF_8), false), 400);
        assertProblem(upload(hr, new byte[26 * 1024 * 1024], false), 400);

        byte[] valid = onboardingWorkbook(false, null);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/media/padding.bin")); // 300 MB of zeros in about 300 KB
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bomb.size() < 2 * 1024 * 1024, "the bomb is small: " + bomb.size());
        assertProblem(upload(hr, bomb.toByteArray(), false), 400);

        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            rows(book.createSheet("CostCentres"), List.of("code", "name", "parentCode", "budgetHolder"), List.of());
            rows(book.createSheet("OrgUnits"), List.of("code", "name", "costCentre"), List.of());
            rows(book.createSheet("Employees"), EMPLOYEE_COLUMNS, List.of());
            book.write(out);
            Api.Reply noHeader = upload(hr, out.toByteArray(), true);
            assertProblem(noHeader, 400);
            assertTrue(noHeader.json().getString("detail").contains("parentCode"), noHeader.toString());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Employees");
            book.write(out);
            assertProblem(upload(hr, out.toByteArray(), true), 400);
        }
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            rows(book.createSheet("CostCentres"), List.of("code", "name", "parentCode", "budgetHolder"), List.of());
            rows(book.createSheet("OrgUnits"), List.of("code", "name", "parentCode", "costCentre"), List.of());
            Sheet employees = book.createSheet("Employees");
            for (int r = 0; r <= 200_001; r++) {
                employees.createRow(r).createCell(0).setCellValue(r == 0 ? "employeeNumber" : "E" + r);
            }
            book.write(out);
            book.dispose();
            Api.Reply tooMany = upload(hr, out.toByteArray(), true);
            assertProblem(tooMany, 400);
            assertTrue(tooMany.json().getString("detail").contains("200000"), tooMany.toString());
        }
        assertEquals(0, hr.api().get(hr.path("employees")).json().getInt("total"));
    }

    @Test
    void everyTenantStartsWithTheStandardLeavePolicyAndApprovalLimitsWhichHrCanEdit() {
        Hr hr = hr("pol");
        assertEquals(List.of("approval-limits", "expense-policy", "leave-policy", "pay-policy", "purchasing-policy"), hr.api().get(hr.path("policies")).structure().asJsonArray()
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject leave = hr.api().get(hr.path("policies/leave-policy")).json();
        JsonObject annual = leave.getJsonObject("document").getJsonArray("types").getJsonObject(0);
        assertEquals("ANNUAL", annual.getString("code"));
        assertEquals("25", annual.getString("entitlementDays"));
        assertEquals("10", annual.getString("carryOverCapDays"));
        long version = leave.getJsonNumber("version").longValue();

        String edited = leave.getJsonObject("document").toString().replace("\"carryOverCapDays\":\"10\"", "\"carryOverCapDays\":\"5\"");
        Api.Reply put = hr.api().send("PUT", hr.path("policies/leave-policy"), "{\"version\": " + version + ", \"document\": " + edited + "}",
                "application/json");
        assertEquals(200, put.status(), put.toString());
        assertProblem(hr.api().send("PUT", hr.path("policies/leave-policy"), "{\"version\": " + version + ", \"document\": " + edited + "}",
                "application/json"), 409);
        assertProblem(hr.api().send("PUT", hr.path("policies/leave-policy"), "{\"version\": " + (version + 1) + ", \"document\": {}}",
                "application/json"), 400); // a leave policy leave could not be counted by
        Api employee = new Fixtures(base).userIn(hr.tenant(), "pol-emp-" + hr.tenant(), "EMPLOYEE");
        assertEquals("5", employee.get(hr.path("policies/leave-policy")).json().getJsonObject("document").getJsonArray("types")
                .getJsonObject(0).getString("carryOverCapDays"), "everyone reads the policy");
        assertProblem(employee.send("PUT", hr.path("policies/leave-policy"), "{\"version\": 2, \"document\": {}}", "application/json"), 403);
        assertEquals(1, new Fixtures(base).adminOf(hr.tenant()).get(hr.path("audit?entity=Policy")).json().getInt("total"));
        assertEquals("LINE_MANAGER", hr.api().get(hr.path("policies/approval-limits")).json().getJsonObject("document")
                .getJsonObject("expenseClaims").getString("approver"));
    }

    @Test
    void theTemplateHasEachSheetWithHeadersAnExampleAndANationListAndChecksClean() throws Exception {
        Hr hr = hr("tpl");
        HttpResponse<byte[]> template = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + hr.path("imports/onboarding/template"))).header("Authorization", hr.api().authorization()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, template.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.body()))) {
            assertEquals(List.of("CostCentres", "OrgUnits", "Employees"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            Sheet employees = book.getSheet("Employees");
            List<String> headers = new java.util.ArrayList<>();
            employees.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(EMPLOYEE_COLUMNS, headers);
            assertEquals("E0100", employees.getRow(1).getCell(0).getStringCellValue());
            assertTrue(List.of(employees.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                    .contains("NORTHERN_IRELAND"));
        }
        Api.Reply check = upload(hr, template.body(), true);
        assertTrue(check.json().getBoolean("valid"), check.toString());
    }

    @Test
    void bankDetailsAreEncryptedAtRestShownMaskedAuditedMaskedAndConfirmedBySomeoneElse() throws Exception {
        Hr hr = hr("bank");
        assertEquals(201, hr.api().post(hr.path("employees"), employee("E1", "AB000001A", null)).status());
        Api.Reply refused = hr.api().send("PUT", hr.path("employees/E1/bank-account"),
                "{\"sortCode\": \"30-94\", \"accountNumber\": \"123\", \"accountName\": \"\"}", "application/json");
        assertProblem(refused, 400);
        assertEquals(List.of("sortCode", "accountNumber", "accountName"), fields(refused));

        Api.Reply set = hr.api().send("PUT", hr.path("employees/E1/bank-account"),
                "{\"sortCode\": \"30-94-30\", \"accountNumber\": \"00733445\", \"accountName\": \"A LOVELACE\"}", "application/json");
        assertEquals(200, set.status(), set.toString());
        assertEquals("****3445", set.json().getString("accountNumber"));
        assertEquals("**-**-**", set.json().getString("sortCode"));
        assertEquals("AWAITING_CONFIRMATION", set.json().getString("status"));
        assertTrue(!set.body().contains("00733445") && !set.body().contains("309430"));

        try (java.sql.Connection owner = TestDatabase.asOwner(); java.sql.PreparedStatement query = owner.prepareStatement(
                "select sort_code, account_number from employee_bank_account where tenant_id = ? and employee_number = 'E1'")) {
            try (java.sql.Statement scope = owner.createStatement()) {
                owner.setAutoCommit(false);
                scope.execute("select set_config('guildhall.tenant', '" + hr.tenant() + "', true)");
            }
            query.setString(1, hr.tenant());
            try (java.sql.ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertTrue(row.getString(1).startsWith("v1:") && !row.getString(1).contains("309430"), row.getString(1));
                assertTrue(row.getString(2).startsWith("v1:") && !row.getString(2).contains("00733445"), row.getString(2));
            }
            owner.rollback();
        }

        assertProblem(hr.api().post(hr.path("employees/E1/bank-account/confirm"), null), 403);
        Api payroll = new Fixtures(base).userIn(hr.tenant(), "pay-" + hr.tenant(), "PAYROLL_ADMIN");
        Api.Reply confirmed = payroll.post(hr.path("employees/E1/bank-account/confirm"), null);
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("CONFIRMED", confirmed.json().getString("status"));
        assertProblem(payroll.post(hr.path("employees/E1/bank-account/confirm"), null), 409);

        Api.Reply audit = new Fixtures(base).adminOf(hr.tenant()).get(hr.path("audit?entity=BankAccount"));
        assertEquals(2, audit.json().getInt("total"));
        assertTrue(!audit.body().contains("00733445") && !audit.body().contains("309430") && audit.body().contains("****3445"),
                audit.body());
        Api employee = new Fixtures(base).userIn(hr.tenant(), "bank-emp-" + hr.tenant(), "EMPLOYEE");
        assertProblem(employee.get(hr.path("employees/E1/bank-account")), 403);
    }
}
