package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Leave over HTTP: booking, every refusal, decisions by manager and delegate, cancelling, balances, notices. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaveIT {

    @ArquillianResource
    URL base;


    static String leave(String type, String start, String end) {
        return "{\"leaveType\": \"%s\", \"start\": \"%s\", \"end\": \"%s\"}".formatted(type, start, end);
    }

    static LocalDate today() {
        return Fixtures.today();
    }

    private Team team(String prefix) {
        return Team.onboard(new Fixtures(base), prefix);
    }

    private static int total(Api api, String path) {
        return api.get(path).json().getInt("total");
    }

    @Test
    void christmas_leave_counts_working_days_past_bank_holidays_and_the_manager_approves_it() throws Exception {
        Team team = team("leave");
        // 21 December 2026 to 1 January 2027 in England: Christmas (Fri 25th), Boxing Day's substitute (Mon 28th) and
        // New Year's Day (Fri 1st) are bank holidays, the weekends are not worked: 7 working days of 7.4 hours
        Api.Reply booked = team.as("E1").post(team.path("leave-requests"), leave("ANNUAL", "2026-12-21", "2027-01-01"));
        assertEquals(201, booked.status(), booked.toString());
        JsonObject request = booked.json();
        assertEquals("PENDING", request.getString("status"));
        assertEquals("7.0", request.getString("workingDays"));
        assertEquals("51.80", request.getString("workingHours"));
        assertEquals("E1", request.getString("employeeNumber"));
        long id = request.getJsonNumber("id").longValue();

        JsonObject balance = team.as("E1").get(team.path("employees/E1/leave-balance?leaveYear=2026")).json()
                .getJsonArray("balances").getJsonObject(0);
        assertEquals("ANNUAL", balance.getString("leaveType"));
        assertEquals("DAYS", balance.getString("unit"));
        assertEquals("26.0", balance.getString("entitlement"));
        // nothing was taken in the leave years from April 2024 and April 2025: the cap of 10 days carries over
        assertEquals("10.0", balance.getString("carriedOver"));
        assertEquals("7.0", balance.getString("booked"));
        assertEquals("29.0", balance.getString("remaining"));

        JsonObject queue = team.as("M1").get(team.path("leave-requests?status=PENDING&approver=me")).json();
        assertEquals(1, queue.getInt("total"));
        assertEquals(id, queue.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, total(team.as("E2"), team.path("leave-requests?approver=me")), "a colleague has no queue");

        Api.Reply approved = team.as("M1").post(team.path("leave-requests/" + id + "/approve"), null);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("m1-" + team.tenant(), approved.json().getString("decidedBy"));
        assertProblem(team.as("M1").post(team.path("leave-requests/" + id + "/approve"), null), 409);
        assertProblem(team.as("M1").post(team.path("leave-requests/" + id + "/reject"), "{\"reason\": \"no\"}"), 409);
        assertEquals(0, total(team.as("M1"), team.path("leave-requests?approver=me")));

        // the manager heard of the request, the employee of the decision: in the app, and by email through SMTP
        JsonObject managerNotes = team.as("M1").get(team.path("notifications")).json();
        assertTrue(managerNotes.getJsonArray("items").getJsonObject(0).getString("subject").startsWith("Erin Employee asked for annual leave"),
                managerNotes.toString());
        JsonObject employeeNote = team.as("E1").get(team.path("notifications")).json().getJsonArray("items").getJsonObject(0);
        assertTrue(employeeNote.getString("subject").contains("was approved"), employeeNote.toString());
        assertEquals("/leave/" + team.tenant() + "/requests/" + id, employeeNote.getString("link"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.messagesTo(team.email("E1")).isEmpty());
        assertTrue(TestMailServer.messagesTo(team.email("E1")).get(0).getSubject().contains("was approved"));
        assertFalse(TestMailServer.messagesTo(team.email("M1")).isEmpty());
        Api.Reply read = team.as("E1").post(team.path("notifications/" + employeeNote.getJsonNumber("id") + "/read"), null);
        assertEquals(200, read.status(), read.toString());
        assertProblem(team.as("E2").post(team.path("notifications/" + employeeNote.getJsonNumber("id") + "/read"), null), 404);
    }

    @Test
    void every_refusal_is_plain_and_stores_nothing() {
        Team team = team("refuse");
        Api erin = team.as("E1");
        assertEquals(201, erin.post(team.path("leave-requests"), leave("ANNUAL", "2026-06-01", "2026-06-05")).status());

        Api.Reply overlap = erin.post(team.path("leave-requests"), "{\"leaveType\": \"ANNUAL\", \"start\": \"2026-06-05\", \"end\": \"2026-06-08\"}");
        assertProblem(overlap, 422);
        assertTrue(overlap.json().getJsonArray("errors").getJsonObject(0).getString("message").startsWith("This overlaps your pending leave"),
                overlap.toString());
        // the afternoon of the last day is free: a half day there does not overlap
        Api.Reply afternoon = erin.post(team.path("leave-requests"),
                "{\"leaveType\": \"ANNUAL\", \"start\": \"2026-06-08\", \"end\": \"2026-06-08\", \"startHalf\": \"AFTERNOON\"}");
        assertEquals(201, afternoon.status(), afternoon.toString());
        assertEquals("0.5", afternoon.json().getString("workingDays"));
        assertEquals("3.70", afternoon.json().getString("workingHours"));

        // 26 days and 10 carried over, less 5.5 booked, leaves 30.5: July and most of August (43 working days) is too many
        Api.Reply overdraw = erin.post(team.path("leave-requests"), leave("ANNUAL", "2026-07-01", "2026-08-28"));
        assertProblem(overdraw, 422);
        assertTrue(overdraw.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("needs 43 days of annual leave but only 30.5 days are left"), overdraw.toString());
        // sick leave has no balance to overdraw
        assertEquals(201, erin.post(team.path("leave-requests"), leave("SICK", "2026-07-01", "2026-07-31")).status());

        assertProblem(erin.post(team.path("leave-requests"), leave("ANNUAL", "2026-09-10", "2026-09-09")), 422);
        Api.Reply before = erin.post(team.path("leave-requests"), leave("ANNUAL", "2024-03-25", "2024-04-02"));
        assertProblem(before, 422);
        assertTrue(before.body().contains("before Erin's employment starts on 1 April 2024"), before.toString());
        Api.Reply twoYears = erin.post(team.path("leave-requests"), leave("ANNUAL", "2027-03-29", "2027-04-02"));
        assertProblem(twoYears, 422);
        assertTrue(twoYears.body().contains("next leave year, which starts on 1 April 2027"), twoYears.toString());
        Api.Reply weekend = erin.post(team.path("leave-requests"), leave("ANNUAL", "2026-09-12", "2026-09-13"));
        assertProblem(weekend, 422);
        Api.Reply unknown = erin.post(team.path("leave-requests"), leave("GARDEN", "2026-09-14", "2026-09-14"));
        assertProblem(unknown, 400);
        assertEquals("leaveType", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(erin.post(team.path("leave-requests"), leave("ANNUAL", "2026-09-31", "2026-10-01")), 400);
        assertProblem(erin.post(team.path("leave-requests"), "{\"leaveType\": \"ANNUAL\", \"start\": \"2026-09-14\", \"end\": \"2026-09-14\", \"startHalf\": \"EVENING\"}"), 400);
        assertProblem(erin.post(team.path("leave-requests"), "[1, 2]"), 400);
        // only HR books for someone else
        assertProblem(erin.post(team.path("leave-requests"), "{\"employeeNumber\": \"E2\", \"leaveType\": \"ANNUAL\", \"start\": \"2026-09-14\", \"end\": \"2026-09-14\"}"), 403);
        assertEquals(3, total(erin, team.path("leave-requests")), "only the three accepted requests exist");
        assertEquals(0, total(team.as("E2"), team.path("leave-requests")));
    }

    @Test
    void leave_booked_now_cannot_spend_days_a_later_year_already_counts_on() {
        Team team = team("carry");
        Api erin = team.as("E1");
        // the leave year from April 2027: its 26 days and the 10 that will carry over from this year, 36 working days
        Api.Reply next = erin.post(team.path("leave-requests"), leave("ANNUAL", "2027-04-05", "2027-05-25"));
        assertEquals("36.0", next.json().getString("workingDays"), next.toString());
        // this year has 36 days; taking 27 would leave 9 to carry over, and next year would be a day short
        Api.Reply greedy = erin.post(team.path("leave-requests"), leave("ANNUAL", "2026-12-01", "2027-01-11"));
        assertProblem(greedy, 422);
        assertTrue(greedy.body().contains("counting what carries over"), greedy.toString());
        assertEquals(201, erin.post(team.path("leave-requests"), leave("ANNUAL", "2026-12-01", "2027-01-08")).status());
        // far-off dates (past 2100, the input bound) and overlong reasons are refused plainly, not with a server error
        assertProblem(erin.post(team.path("leave-requests"), leave("SICK", "2999-01-01", "2999-01-02")), 400);
        long id = erin.post(team.path("leave-requests"), leave("SPECIAL", "2027-02-01", "2027-02-01")).json().getJsonNumber("id").longValue();
        Api.Reply longReason = team.as("M1").post(team.path("leave-requests/" + id + "/reject"), "{\"reason\": \"" + "x".repeat(501) + "\"}");
        assertProblem(longReason, 400);
        // a manager rejects a pending request, with a reason; cancelling it instead is refused
        assertProblem(team.as("M1").post(team.path("leave-requests/" + id + "/cancel"), null), 409);
    }

    @Test
    void only_the_line_manager_decides_and_not_their_own_request() {
        Team team = team("decide");
        long id = team.as("E1").post(team.path("leave-requests"), leave("ANNUAL", "2026-10-05", "2026-10-06")).json()
                .getJsonNumber("id").longValue();
        assertProblem(team.as("E1").post(team.path("leave-requests/" + id + "/approve"), null), 403);
        assertProblem(team.as("E2").post(team.path("leave-requests/" + id + "/approve"), null), 404);
        assertProblem(team.as("E2").get(team.path("leave-requests/" + id)), 404);
        assertProblem(team.as("E2").get(team.path("employees/E1/leave-balance")), 403);
        assertProblem(team.hr().post(team.path("leave-requests/" + id + "/approve"), null), 403);
        Api.Reply noReason = team.as("M1").post(team.path("leave-requests/" + id + "/reject"), "{}");
        assertProblem(noReason, 400);
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply rejected = team.as("M1").post(team.path("leave-requests/" + id + "/reject"), "{\"reason\": \"Team training that week\"}");
        assertEquals("REJECTED", rejected.json().getString("status"), rejected.toString());
        assertEquals("Team training that week", rejected.json().getString("reason"));
        assertTrue(team.as("E1").get(team.path("notifications")).json().getJsonArray("items").getJsonObject(0).getString("text")
                .contains("Team training that week"));
        assertProblem(team.as("E1").post(team.path("leave-requests/" + id + "/cancel"), null), 409);
        // the manager's own request goes to nobody's queue but can be decided by HR, as M1 has no manager
        long own = team.as("M1").post(team.path("leave-requests"), leave("ANNUAL", "2026-10-05", "2026-10-05")).json()
                .getJsonNumber("id").longValue();
        assertProblem(team.as("M1").post(team.path("leave-requests/" + own + "/approve"), null), 403);
        assertEquals(200, team.hr().post(team.path("leave-requests/" + own + "/approve"), null).status());
    }

    @Test
    void a_delegate_decides_while_named_and_not_after() {
        Team team = team("delegate");
        long id = team.as("E1").post(team.path("leave-requests"), leave("ANNUAL", "2026-11-02", "2026-11-03")).json()
                .getJsonNumber("id").longValue();
        // a delegation that starts tomorrow gives no power today
        Api.Reply later = team.as("M1").post(team.path("leave-delegations"), """
                {"delegateNumber": "E3", "from": "%s", "to": "%s"}""".formatted(today().plusDays(1), today().plusDays(10)));
        assertEquals(201, later.status(), later.toString());
        assertProblem(team.as("E3").post(team.path("leave-requests/" + id + "/approve"), null), 404);
        assertProblem(team.as("M1").post(team.path("leave-delegations"), """
                {"delegateNumber": "M1", "from": "%s", "to": "%s"}""".formatted(today(), today())), 422);
        assertProblem(team.as("M1").post(team.path("leave-delegations"), "{\"delegateNumber\": \"E3\", \"from\": \"soon\"}"), 400);

        Api.Reply now = team.as("M1").post(team.path("leave-delegations"), """
                {"delegateNumber": "E3", "from": "%s", "to": "%s"}""".formatted(today(), today().plusDays(7)));
        assertEquals(201, now.status(), now.toString());
        assertEquals(1, total(team.as("E3"), team.path("leave-requests?approver=me")));
        assertTrue(team.as("E3").get(team.path("notifications")).json().getJsonArray("items").getJsonObject(0).getString("subject")
                .contains("asked you to decide their team's leave requests"));
        // the delegate may not decide their own request, even as the manager's stand-in
        long ownId = team.as("E3").post(team.path("leave-requests"), leave("ANNUAL", "2026-11-09", "2026-11-09")).json()
                .getJsonNumber("id").longValue();
        assertProblem(team.as("E3").post(team.path("leave-requests/" + ownId + "/approve"), null), 403);
        Api.Reply approved = team.as("E3").post(team.path("leave-requests/" + id + "/approve"), null);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("e3-" + team.tenant(), approved.json().getString("decidedBy"));

        long delegation = now.json().getJsonNumber("id").longValue();
        assertEquals(200, team.as("M1").post(team.path("leave-delegations/" + delegation + "/withdraw"), null).status());
        assertProblem(team.as("M1").post(team.path("leave-delegations/" + delegation + "/withdraw"), null), 409);
        long next = team.as("E2").post(team.path("leave-requests"), leave("ANNUAL", "2026-11-02", "2026-11-02")).json()
                .getJsonNumber("id").longValue();
        assertProblem(team.as("E3").post(team.path("leave-requests/" + next + "/approve"), null), 404);
    }

    @Test
    void of_a_manager_and_a_delegate_deciding_at_once_exactly_one_wins() throws Exception {
        Team team = team("race");
        assertEquals(201, team.as("M1").post(team.path("leave-delegations"), """
                {"delegateNumber": "E3", "from": "%s", "to": "%s"}""".formatted(today(), today())).status());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String day = LocalDate.of(2026, 12, 7).plusDays(round).toString();
                long id = team.as("E1").post(team.path("leave-requests"), leave("ANNUAL", day, day)).json().getJsonNumber("id").longValue();
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Integer>> deciders = List.of(
                        () -> { start.await(); return team.as("M1").post(team.path("leave-requests/" + id + "/approve"), null).status(); },
                        () -> { start.await(); return team.as("E3").post(team.path("leave-requests/" + id + "/reject"), "{\"reason\": \"clash\"}").status(); });
                List<Future<Integer>> outcomes = new ArrayList<>();
                for (Callable<Integer> decider : deciders) {
                    outcomes.add(pool.submit(decider));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> outcome : outcomes) {
                    statuses.add(outcome.get());
                }
                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "round " + round + ": " + statuses);
                assertEquals(1, statuses.stream().filter(s -> s == 409).count(), "round " + round + ": " + statuses);
            }
            // and of several bookings of the same days at once, exactly one is made
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> bookings = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                bookings.add(pool.submit(() -> {
                    start.await();
                    return team.as("E2").post(team.path("leave-requests"), leave("ANNUAL", "2027-02-01", "2027-02-05")).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> booking : bookings) {
                statuses.add(booking.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hr_books_on_someones_behalf_and_the_audit_says_so() {
        Team team = team("behalf");
        Api.Reply booked = team.hr().post(team.path("leave-requests"),
                "{\"employeeNumber\": \"E2\", \"leaveType\": \"SICK\", \"start\": \"2026-03-02\", \"end\": \"2026-03-04\"}");
        assertEquals(201, booked.status(), booked.toString());
        assertTrue(booked.json().getBoolean("onBehalf"));
        assertEquals("hr-" + team.tenant(), booked.json().getString("requestedBy"));
        String id = booked.json().getJsonNumber("id").toString();
        JsonObject event = team.admin().get("api/v1/tenants/" + team.tenant() + "/audit?entity=LeaveRequest&entityId=" + id).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("hr-" + team.tenant(), event.getString("actor"));
        assertEquals("E2", event.getString("onBehalfOf"));
        assertTrue(team.as("E2").get(team.path("notifications")).json().getJsonArray("items").toString().contains("HR booked leave"), "sick leave is not named in what may be emailed");
        assertEquals(1, total(team.as("E2"), team.path("leave-requests")));
        // whoever booked on someone's behalf does not also decide it
        Api.Reply forManager = team.hr().post(team.path("leave-requests"),
                "{\"employeeNumber\": \"M1\", \"leaveType\": \"ANNUAL\", \"start\": \"2026-03-09\", \"end\": \"2026-03-09\"}");
        assertProblem(team.hr().post(team.path("leave-requests/" + forManager.json().getJsonNumber("id") + "/approve"), null), 403);
    }

    @Test
    void started_leave_is_cancelled_by_the_manager_not_the_requester() {
        Team team = team("cancel");
        long pending = team.as("E1").post(team.path("leave-requests"), leave("ANNUAL", "2026-05-11", "2026-05-12")).json()
                .getJsonNumber("id").longValue();
        Api.Reply cancelled = team.as("E1").post(team.path("leave-requests/" + pending + "/cancel"), null);
        assertEquals("CANCELLED", cancelled.json().getString("status"), cancelled.toString());
        assertProblem(team.as("E1").post(team.path("leave-requests/" + pending + "/cancel"), null), 409);
        // the days are free again
        long started = team.as("E1").post(team.path("leave-requests"), leave("ANNUAL", "2026-05-11", "2026-05-12")).json()
                .getJsonNumber("id").longValue();
        assertEquals(200, team.as("M1").post(team.path("leave-requests/" + started + "/approve"), null).status());
        JsonObject balance = team.as("E1").get(team.path("employees/E1/leave-balance?leaveYear=2026")).json()
                .getJsonArray("balances").getJsonObject(0);
        assertEquals("2.0", balance.getString("taken"), "approved leave that has started is taken");
        assertProblem(team.as("E1").post(team.path("leave-requests/" + started + "/cancel"), null), 403);
        assertEquals("CANCELLED", team.as("M1").post(team.path("leave-requests/" + started + "/cancel"), null).json().getString("status"));
        assertEquals("36.0", team.as("E1").get(team.path("employees/E1/leave-balance?leaveYear=2026")).json()
                .getJsonArray("balances").getJsonObject(0).getString("remaining"));
    }

    @Test
    void part_time_leave_is_counted_on_the_pattern_and_held_in_hours() {
        Team team = team("pattern");
        long version = team.hr().get(team.path("employees/E2")).json().getJsonNumber("version").longValue();
        Api.Reply changed = team.hr().send("PATCH", team.path("employees/E2"), "{\"version\": " + version + ", \"fte\": 0.6, \"weeklyHours\": \"22.2\"}",
                "application/json");
        assertEquals(200, changed.status(), changed.toString());
        Api.Reply pattern = team.hr().send("PUT", team.path("employees/E2/work-pattern"),
                "{\"monday\": \"7.4\", \"tuesday\": \"7.4\", \"wednesday\": \"7.4\", \"thursday\": 0, \"friday\": 0, \"saturday\": 0, \"sunday\": 0}",
                "application/json");
        assertEquals(200, pattern.status(), pattern.toString());
        assertProblem(team.hr().send("PUT", team.path("employees/E2/work-pattern"), "{\"monday\": \"25\", \"funday\": 1}", "application/json"), 400);
        assertProblem(team.as("E2").send("PUT", team.path("employees/E2/work-pattern"), "{\"monday\": \"7\"}", "application/json"), 403);
        Api.Reply week = team.as("E2").post(team.path("leave-requests"), leave("ANNUAL", "2026-06-15", "2026-06-21"));
        assertEquals("3.0", week.json().getString("workingDays"), week.toString());
        assertEquals("22.20", week.json().getString("workingHours"));
        JsonObject balance = team.as("E2").get(team.path("employees/E2/leave-balance?leaveYear=2026")).json()
                .getJsonArray("balances").getJsonObject(0);
        assertEquals("HOURS", balance.getString("unit"));
        assertEquals("115.44", balance.getString("entitlement"));
        assertEquals("44.40", balance.getString("carriedOver"), "the cap of 10 days in hours at 0.6 FTE");
        assertEquals("137.64", balance.getString("remaining"));
    }

    @Test
    void hr_adds_a_one_off_bank_holiday_and_leave_skips_it() {
        Team team = team("oneoff");
        JsonObject policy = team.hr().get(team.path("policies/leave-policy")).json();
        JsonObject document = policy.getJsonObject("document");
        JsonObject changed = jakarta.json.Json.createObjectBuilder(document)
                .add("bankHolidays", jakarta.json.Json.createObjectBuilder().add("rules", "UK_NATION_OF_EMPLOYEE")
                        .add("additionalDays", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                                .add("date", "2026-09-14").add("name", "A state occasion").add("nations", jakarta.json.Json.createArrayBuilder().add("ENGLAND")))))
                .build();
        Api.Reply broken = team.hr().send("PUT", team.path("policies/leave-policy"), "{\"version\": " + policy.getInt("version")
                + ", \"document\": {\"types\": 7}}", "application/json");
        assertProblem(broken, 400);
        Api.Reply saved = team.hr().send("PUT", team.path("policies/leave-policy"), "{\"version\": " + policy.getInt("version")
                + ", \"document\": " + changed + "}", "application/json");
        assertEquals(200, saved.status(), saved.toString());
        Api.Reply week = team.as("E1").post(team.path("leave-requests"), leave("ANNUAL", "2026-09-14", "2026-09-18"));
        assertEquals("4.0", week.json().getString("workingDays"), week.toString());
    }

    @Test
    void the_team_calendar_shows_who_is_off_and_hides_colleagues_leave_types() {
        Team team = team("calendar");
        team.as("E1").post(team.path("leave-requests"), leave("SICK", "2026-08-03", "2026-08-04"));
        team.as("E2").post(team.path("leave-requests"), leave("ANNUAL", "2026-08-10", "2026-08-14"));
        JsonObject managerView = team.as("M1").get(team.path("leave-calendar?from=2026-08-01&to=2026-08-31")).json();
        assertEquals(4, managerView.getJsonArray("people").size());
        assertTrue(managerView.toString().contains("\"leaveType\":\"SICK\""), managerView.toString());
        JsonObject colleagueView = team.as("E3").get(team.path("leave-calendar?from=2026-08-01&to=2026-08-31")).json();
        assertEquals(4, colleagueView.getJsonArray("people").size(), "E3 sees their manager's team");
        assertFalse(colleagueView.toString().contains("SICK"), colleagueView.toString());
        assertTrue(colleagueView.toString().contains("2026-08-10"));
        assertProblem(team.as("E3").get(team.path("leave-calendar?from=2026-08-01&to=2027-08-31")), 400);
    }

    @Test
    void another_tenant_sees_none_of_it() {
        Team mine = team("iso-a");
        Team theirs = team("iso-b");
        long id = mine.as("E1").post(mine.path("leave-requests"), leave("ANNUAL", "2026-06-01", "2026-06-01")).json()
                .getJsonNumber("id").longValue();
        // same employee numbers in the other tenant, and a manager there, see nothing of this one's request
        assertProblem(theirs.as("M1").get(theirs.path("leave-requests/" + id)), 404);
        assertProblem(theirs.as("M1").post(theirs.path("leave-requests/" + id + "/approve"), null), 404);
        assertProblem(theirs.as("M1").get(mine.path("leave-requests/" + id)), 404);
        assertEquals(0, total(theirs.as("M1"), theirs.path("leave-requests?approver=me")));
        assertEquals(0, total(theirs.as("E1"), theirs.path("leave-requests")));
    }

    @Test
    void openingBalancesComeFromTheOnboardingWorkbooksLeaveSheetInsteadOfTheRebuiltCarryOver() throws Exception {
        Team team = Team.onboard(new Fixtures(base), "opening");
        String onboarding = team.path("imports/onboarding");
        String balance = team.path("employees/E1/leave-balance?leaveYear=2026");
        assertEquals("10.0", team.hr().get(balance).json().getJsonArray("balances").getJsonObject(0).getString("carriedOver"),
                "rebuilt from April 2024 with nothing booked: the full cap");

        byte[] bad = leaveWorkbook(List.of(
                List.of("E1", "", "2026-05-01", "2", "5.5"),
                List.of("E2", "SICK", "2026-04-01", "0", "0"),
                List.of("E3", "ANNUAL", "2026-04-01", "11", "0"),
                List.of("E9", "", "2026-04-01", "0", "0"),
                List.of("M1", "", "2026-04-01", "0", "lots"),
                List.of("E2", "", "2026-04-01", "0", "40")));
        Api.Reply dry = team.hr().sendBytes("POST", onboarding + "?dryRun=true", bad, PayrollRunIT.XLSX);
        assertEquals(200, dry.status(), dry.toString());
        assertEquals(List.of("Leave 2 leaveYearStart", "Leave 3 leaveType", "Leave 4 carriedOver", "Leave 5 employeeNumber",
                        "Leave 6 takenSoFar", "Leave 7 takenSoFar"),
                dry.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("sheet") + " " + e.getInt("row") + " " + e.getString("column")).toList());
        assertProblem(team.hr().sendBytes("POST", onboarding, bad, PayrollRunIT.XLSX), 400);
        assertEquals("10.0", team.hr().get(balance).json().getJsonArray("balances").getJsonObject(0).getString("carriedOver"));

        Api.Reply loaded = team.hr().sendBytes("POST", onboarding, leaveWorkbook(List.of(List.of("E1", "ANNUAL", "2026-04-01", "2", "5.5"))),
                PayrollRunIT.XLSX);
        assertEquals(200, loaded.status(), loaded.toString());
        assertEquals(1, loaded.json().getJsonObject("changed").getInt("Leave"));
        JsonObject opened = team.as("E1").get(balance).json().getJsonArray("balances").getJsonObject(0);
        assertEquals(List.of("26.0", "2.0", "5.5", "22.5"), List.of(opened.getString("entitlement"), opened.getString("carriedOver"),
                opened.getString("taken"), opened.getString("remaining")));
    }

    /** An onboarding workbook with nothing but a Leave sheet of {@code rows}. */
    private static byte[] leaveWorkbook(List<List<String>> rows) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            PeopleIT.rows(book.createSheet("CostCentres"), List.of("code", "name", "parentCode", "budgetHolder"), List.of());
            PeopleIT.rows(book.createSheet("OrgUnits"), List.of("code", "name", "parentCode", "costCentre"), List.of());
            PeopleIT.rows(book.createSheet("Employees"), PeopleIT.EMPLOYEE_COLUMNS, List.of());
            PeopleIT.rows(book.createSheet("Leave"), List.of("employeeNumber", "leaveType", "leaveYearStart", "carriedOver", "takenSoFar"), rows);
            book.write(out);
            return out.toByteArray();
        }
    }
}
