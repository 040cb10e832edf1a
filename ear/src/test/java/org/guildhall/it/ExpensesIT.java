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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Expense claims over HTTP: pricing, receipts, policy, decisions, the journal an approval posts, isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpensesIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @ArquillianResource
    URL base;


    static String yesterday() {
        return Fixtures.today().minusDays(1).toString();
    }

    private Team team(String prefix) {
        return Team.onboard(new Fixtures(base), prefix);
    }

    /** A user of the tenant with these roles and no employee record. */
    private Api staff(Team team, String name, String role) {
        String username = name + "-" + team.tenant();
        Api.Reply made = team.admin().post("api/v1/tenants/" + team.tenant() + "/users", """
                {"username": "%s", "displayName": "%s", "password": "%s", "roles": ["%s"]}""".formatted(username, name, Fixtures.PASSWORD, role));
        assertEquals(201, made.status(), made.toString());
        return new Fixtures(base).anonymous().as(username, Fixtures.PASSWORD);
    }

    static long id(Api.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    private Api.Reply upload(Api api, String path, String fileName, byte[] content, String line) throws Exception {
        String boundary = "guildhall-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (line != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"line\"\r\n\r\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", api.authorization())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.headers(), response.body());
    }

    @Test
    void an_approved_claim_posts_exactly_one_balanced_journal_with_the_vat_separated() throws Exception {
        Team team = team("claim");
        Api.Reply made = team.as("E1").post(team.path("expense-claims"), """
                {"lines": [
                  {"date": "%1$s", "category": "RAIL", "amount": "60.00", "vat": "10.00", "description": "Leeds to London return"},
                  {"date": "%1$s", "category": "MILEAGE", "miles": "100", "vehicle": "CAR", "description": "Site visit, Wakefield"}]}
                """.formatted(yesterday()));
        assertEquals(201, made.status(), made.toString());
        JsonObject claim = made.json();
        assertEquals("DRAFT", claim.getString("status"));
        assertEquals("45.00", claim.getJsonArray("lines").getJsonObject(1).getString("amount"), "100 miles at 45p");
        assertEquals("105.00", claim.getString("total"));
        long id = id(made);

        Api.Reply noReceipt = team.as("E1").post(team.path("expense-claims/" + id + "/submit"), null);
        assertProblem(noReceipt, 422);
        assertEquals("lines[0].receipt", noReceipt.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply receipt = upload(team.as("E1"), team.path("expense-claims/" + id + "/receipts"), "ticket.pdf", PNG, "1");
        assertEquals(201, receipt.status(), receipt.toString());
        assertEquals("image/png", receipt.json().getString("mediaType"), "known by its content, not its name");
        Api.Reply submitted = team.as("E1").post(team.path("expense-claims/" + id + "/submit"), null);
        assertEquals("SUBMITTED", submitted.json().getString("status"), submitted.toString());
        assertProblem(team.as("E1").post(team.path("expense-claims/" + id + "/submit"), null), 409);

        assertProblem(team.as("E1").post(team.path("expense-claims/" + id + "/approve"), null), 403);
        assertProblem(team.as("E2").post(team.path("expense-claims/" + id + "/approve"), null), 404);
        assertEquals(1, team.as("M1").get(team.path("expense-claims?approver=me")).json().getInt("total"));
        assertTrue(team.as("M1").get(team.path("notifications")).json().toString().contains("claimed £105.00 in expenses"));

        // four approvals at once: exactly one wins, and exactly one journal is posted
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return team.as("M1").post(team.path("expense-claims/" + id + "/approve"), null);
                }));
            }
            start.countDown();
            for (Future<Api.Reply> answer : answers) {
                statuses.add(answer.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());

        JsonObject approved = team.as("E1").get(team.path("expense-claims/" + id)).json();
        assertEquals("APPROVED", approved.getString("status"));
        Api finance = staff(team, "fin", "FINANCE");
        JsonObject journal = finance.get(team.path("journals/" + approved.getJsonNumber("journalId"))).json();
        assertEquals("EXPENSES", journal.getString("source"));
        assertEquals(Integer.toString((int) id), journal.getString("sourceReference"));
        List<String> lines = journal.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("account") + " " + (l.containsKey("debit") && !l.isNull("debit") ? "Dr " + l.getString("debit") : "")
                        + (l.containsKey("credit") && !l.isNull("credit") ? "Cr " + l.getString("credit") : ""))
                .toList();
        assertEquals(List.of("55400 Dr 50.00", "55420 Dr 45.00", "13300 Dr 10.00", "21500 Cr 105.00"), lines);
        long journals = finance.get(team.path("journals?fiscalYear=" + journal.getInt("fiscalYear"))).json().getJsonNumber("total").longValue();
        assertEquals(1, journals, "exactly one journal");
        assertTrue(team.as("E1").get(team.path("notifications")).json().toString().contains("was approved"));

        Api.Reply download = team.as("M1").send("GET", team.path("expense-claims/" + id + "/receipts/" + id(receipt)), null, null);
        assertEquals(200, download.status());
        assertEquals("image/png", download.header("Content-Type"));
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
    }

    @Test
    void bad_lines_and_bad_files_are_refused_and_store_nothing() throws Exception {
        Team team = team("refuse");
        Api erin = team.as("E1");
        Api.Reply badCategory = erin.post(team.path("expense-claims"), """
                {"lines": [{"date": "%s", "category": "YACHT", "amount": "9.00", "description": "Sailing"},
                           {"date": "2026-02-30", "category": "TAXI", "amount": "12.5x", "description": ""}]}""".formatted(yesterday()));
        assertProblem(badCategory, 400);
        assertEquals(List.of("lines[0].category", "lines[1].amount", "lines[1].date", "lines[1].description"),
                badCategory.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
        assertProblem(erin.post(team.path("expense-claims"), "{\"lines\": []}"), 400);
        assertProblem(erin.post(team.path("expense-claims"), "[]"), 400);
        Api.Reply future = erin.post(team.path("expense-claims"), """
                {"lines": [{"date": "%s", "category": "TAXI", "amount": "9.00", "description": "Not yet"}]}"""
                .formatted(Fixtures.today().plusDays(3)));
        assertProblem(future, 422);
        assertProblem(erin.post(team.path("expense-claims"), """
                {"employeeNumber": "E2", "lines": [{"date": "%s", "category": "TAXI", "amount": "9.00", "description": "For a friend"}]}"""
                .formatted(yesterday())), 403);
        assertEquals(0, erin.get(team.path("expense-claims")).json().getInt("total"), "nothing was stored");

        long id = id(erin.post(team.path("expense-claims"), """
                {"lines": [{"date": "%s", "category": "TAXI", "amount": "9.00", "description": "Station to office"}]}""".formatted(yesterday())));
        String receipts = team.path("expense-claims/" + id + "/receipts");
        assertProblem(upload(erin, receipts, "receipt.pdf", "just some text, not a PDF".getBytes(StandardCharsets.UTF_8), null), 400);
        assertProblem(upload(erin, receipts, "receipt.gif", "GIF89a......".getBytes(StandardCharsets.US_ASCII), null), 400);
        byte[] tooBig = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        Api.Reply big = upload(erin, receipts, "big.pdf", tooBig, null);
        assertProblem(big, 400);
        assertTrue(big.body().contains("10 MB"), big.toString());
        assertProblem(upload(erin, receipts, "r.pdf", PDF, "7"), 400);
        assertProblem(upload(team.as("E2"), receipts, "r.pdf", PDF, null), 404);
        assertEquals(0, erin.get(team.path("expense-claims/" + id)).json().getJsonArray("receipts").size());
        assertEquals(201, upload(erin, receipts, "r.pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024), null).status(), "exactly 10 MB is allowed");

        // a claim at or under the receipt threshold needs none; a decision needs it submitted, a rejection a reason
        assertProblem(team.as("M1").post(team.path("expense-claims/" + id + "/approve"), null), 404);
        assertEquals("SUBMITTED", erin.post(team.path("expense-claims/" + id + "/submit"), null).json().getString("status"));
        assertProblem(team.as("M1").post(team.path("expense-claims/" + id + "/reject"), "{}"), 400);
        Api.Reply rejected = team.as("M1").post(team.path("expense-claims/" + id + "/reject"), "{\"reason\": \"Please walk, it is 400 yards\"}");
        assertEquals("REJECTED", rejected.json().getString("status"), rejected.toString());
        assertTrue(!rejected.json().containsKey("journalId") || rejected.json().isNull("journalId"), "a rejection posts nothing");
        assertProblem(team.as("M1").post(team.path("expense-claims/" + id + "/approve"), null), 409);
        assertProblem(upload(erin, receipts, "r.pdf", PDF, null), 409);
    }

    @Test
    void mileage_crosses_ten_thousand_miles_across_claims_and_large_claims_go_to_a_budget_holder() {
        Team team = team("miles");
        Api erin = team.as("E1");
        String day = yesterday();
        long first = id(erin.post(team.path("expense-claims"), """
                {"lines": [{"date": "%1$s", "category": "MILEAGE", "miles": "5000", "vehicle": "CAR", "description": "Regional visits"},
                           {"date": "%1$s", "category": "MILEAGE", "miles": "4990", "vehicle": "CAR", "description": "Regional visits"}]}""".formatted(day)));
        JsonObject submitted = erin.post(team.path("expense-claims/" + first + "/submit"), null).json();
        assertEquals("4495.50", submitted.getString("total"), "9,990 miles at 45p");
        assertEquals("BUDGET_HOLDER", submitted.getString("approverRole"));
        // 20 more miles: 10 at 45p, 10 at 25p; a motorcycle 24p and a bicycle 20p whatever the car has done
        JsonObject second = erin.post(team.path("expense-claims"), """
                {"lines": [{"date": "%1$s", "category": "MILEAGE", "miles": "20", "vehicle": "CAR", "description": "To the depot"},
                           {"date": "%1$s", "category": "MILEAGE", "miles": "10", "vehicle": "MOTORCYCLE", "description": "Courier run"},
                           {"date": "%1$s", "category": "MILEAGE", "miles": "10", "vehicle": "BICYCLE", "description": "Town hall"}]}""".formatted(day)).json();
        assertEquals(List.of("7.00", "2.40", "2.00"), second.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("amount")).toList());

        assertProblem(team.as("M1").post(team.path("expense-claims/" + first + "/approve"), null), 403);
        Api holder = staff(team, "holder", "BUDGET_HOLDER");
        assertEquals(1, holder.get(team.path("expense-claims?approver=me")).json().getInt("total"));
        assertEquals(200, holder.post(team.path("expense-claims/" + first + "/approve"), null).status());
    }

    private long submittedTaxi(Team team, String employee) {
        long id = id(team.as(employee).post(team.path("expense-claims"), """
                {"lines": [{"date": "%s", "category": "TAXI", "amount": "9.00", "description": "Station to client"}]}""".formatted(yesterday())));
        Api.Reply submitted = team.as(employee).post(team.path("expense-claims/" + id + "/submit"), null);
        assertEquals("SUBMITTED", submitted.json().getString("status"), submitted.toString());
        return id;
    }

    @Test
    void a_managers_delegate_for_today_decides_a_claim_and_not_outside_the_dates() {
        Team team = team("exdelegate");
        java.time.LocalDate today = Fixtures.today();
        long id = submittedTaxi(team, "E1");
        // a delegation that starts tomorrow gives no power today
        Api.Reply later = team.as("M1").post(team.path("leave-delegations"), """
                {"delegateNumber": "E3", "from": "%s", "to": "%s"}""".formatted(today.plusDays(1), today.plusDays(10)));
        assertEquals(201, later.status(), later.toString());
        assertEquals(0, team.as("E3").get(team.path("expense-claims?approver=me")).json().getInt("total"));
        assertProblem(team.as("E3").post(team.path("expense-claims/" + id + "/approve"), null), 404);

        Api.Reply now = team.as("M1").post(team.path("leave-delegations"), """
                {"delegateNumber": "E3", "from": "%s", "to": "%s"}""".formatted(today, today.plusDays(7)));
        assertEquals(201, now.status(), now.toString());
        assertEquals(1, team.as("E3").get(team.path("expense-claims?approver=me")).json().getInt("total"));
        // the delegate may not decide their own claim, even as the manager's stand-in
        long own = submittedTaxi(team, "E3");
        assertProblem(team.as("E3").post(team.path("expense-claims/" + own + "/approve"), null), 403);
        Api.Reply approved = team.as("E3").post(team.path("expense-claims/" + id + "/approve"), null);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("e3-" + team.tenant(), approved.json().getString("decidedBy"));
        assertProblem(team.as("M1").post(team.path("expense-claims/" + id + "/approve"), null), 409);

        // withdrawn, the delegation gives no power either
        long delegation = id(now);
        assertEquals(200, team.as("M1").post(team.path("leave-delegations/" + delegation + "/withdraw"), null).status());
        long next = submittedTaxi(team, "E2");
        assertProblem(team.as("E3").post(team.path("expense-claims/" + next + "/approve"), null), 404);
        assertEquals(200, team.as("M1").post(team.path("expense-claims/" + next + "/reject"), "{\"reason\": \"Not a business trip\"}").status());
    }

    @Test
    void policy_limits_are_shown_not_enforced_and_london_has_its_own() {
        Team team = team("limits");
        JsonObject claim = team.as("E1").post(team.path("expense-claims"), """
                {"lines": [{"date": "%1$s", "category": "HOTEL", "amount": "180.00", "vat": "30.00", "description": "Manchester, one night"},
                           {"date": "%1$s", "category": "HOTEL", "amount": "140.00", "vat": "23.33", "london": true, "description": "London, one night"},
                           {"date": "%1$s", "category": "SUBSISTENCE", "amount": "31.50", "description": "Dinner"}]}""".formatted(yesterday())).json();
        List<String> breaches = claim.getJsonArray("breaches").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList();
        assertEquals(List.of("Line 1: Above the policy limit of £100.00 outside London for hotel, a night by £80.00",
                "Line 3: Above the policy limit of £25.00 for meals and subsistence by £6.50"), breaches);
    }

    @Test
    void another_tenant_sees_neither_claims_nor_receipts() throws Exception {
        Team mine = team("iso-x");
        Team theirs = team("iso-y");
        long id = id(mine.as("E1").post(mine.path("expense-claims"), """
                {"lines": [{"date": "%s", "category": "RAIL", "amount": "20.00", "description": "Train"}]}""".formatted(yesterday())));
        long receipt = id(upload(mine.as("E1"), mine.path("expense-claims/" + id + "/receipts"), "t.pdf", PDF, "1"));
        assertProblem(theirs.as("E1").get(theirs.path("expense-claims/" + id)), 404);
        assertProblem(theirs.as("M1").send("GET", theirs.path("expense-claims/" + id + "/receipts/" + receipt), null, null), 404);
        assertProblem(theirs.as("E1").send("GET", mine.path("expense-claims/" + id + "/receipts/" + receipt), null, null), 404);
        assertProblem(theirs.hr().get(theirs.path("expense-claims/" + id)), 404);
        assertEquals(0, theirs.as("M1").get(theirs.path("expense-claims?approver=me")).json().getInt("total"));
    }
}
