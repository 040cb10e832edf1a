package org.guildhall.hr.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.guildhall.hr.expenses.control.ExpenseDecisions;
import org.guildhall.hr.expenses.control.ExpenseDrafts;
import org.guildhall.hr.expenses.control.ExpenseReceipts;
import org.guildhall.hr.expenses.control.ExpenseSubmissions;
import org.guildhall.hr.expenses.control.Expenses;
import org.guildhall.hr.expenses.entity.ClaimLine;
import org.guildhall.platform.demo.DemoActivity;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.money.Money;

/**
 * The demo's expense claims: about one person in ten claims for a trip in any month (rail fares, a taxi, a meal, now and
 * then a hotel night), a few days after it, with a receipt for every line the policy wants one for; their line manager
 * decides at the tenant's pace, and an approval posts the claim's journal as always.
 */
@ApplicationScoped
public class DemoExpenses implements DemoActivity {

    /** A receipt as a scanned one would arrive: a PDF, the smallest the receipt checks accept. */
    static final byte[] RECEIPT = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    @Inject
    ExpenseDrafts drafts;

    @Inject
    ExpenseReceipts receipts;

    @Inject
    ExpenseSubmissions submissions;

    @Inject
    ExpenseDecisions decisions;

    @Override
    public int order() {
        return 210;
    }

    @Override
    public void month(DemoTenant tenant, YearMonth month) {
        Random random = tenant.random("expenses", month);
        for (int i = 1; i < tenant.employees(); i++) {
            if (random.nextInt(100) >= 10) {
                continue;
            }
            LocalDate trip = DemoStaff.WORKING_DAYS.onOrAfter(month.atDay(1 + random.nextInt(month.lengthOfMonth())));
            Instant submitted = DemoPace.during(DemoStaff.WORKING_DAYS.plus(trip, 1 + random.nextInt(6)), random);
            Instant decided = DemoPace.after(submitted, DemoPace.waitMinutes(tenant, random));
            List<ClaimLine> lines = trip(trip, random);
            boolean approve = random.nextInt(25) != 0;
            if (!trip.isAfter(DemoStaff.WORKING_DAYS.onOrAfter(tenant.year().get(0).atDay(1))) || !DemoPace.past(tenant, submitted)) {
                continue;
            }
            long claim = tenant.act(tenant.username(i), submitted, () -> claim(lines));
            if (DemoPace.past(tenant, decided)) {
                tenant.act(tenant.username(tenant.managerOf(i)), decided, () -> decisions.decide(claim, approve,
                        approve ? null : "The taxi should have been a bus: please claim the fare instead."));
            }
        }
    }

    /** Makes, evidences and submits the claim as its claimant; answers its id. */
    private long claim(List<ClaimLine> lines) {
        Expenses.Claim draft = drafts.create(null, lines, List.of());
        long id = draft.claim().id();
        for (int line = 1; line <= lines.size(); line++) {
            if (lines.get(line - 1).amount().compareTo(Money.parse("10.00")) > 0) {
                receipts.attach(id, line, "receipt-" + line + ".pdf", RECEIPT);
            }
        }
        submissions.submit(id);
        return id;
    }

    /** A day's travel: a return rail fare, and perhaps a taxi, a meal and a night in a hotel. */
    private static List<ClaimLine> trip(LocalDate day, Random random) {
        List<ClaimLine> lines = new ArrayList<>();
        lines.add(line(day, "RAIL", pounds(random, 18, 140), "Return rail fare to a regional office"));
        if (random.nextInt(3) == 0) {
            lines.add(line(day, "TAXI", pounds(random, 8, 35), "Taxi from the station"));
        }
        if (random.nextInt(2) == 0) {
            lines.add(line(day, "SUBSISTENCE", pounds(random, 6, 24), "Lunch while away"));
        }
        if (random.nextInt(6) == 0) {
            lines.add(line(day, "HOTEL", pounds(random, 70, 99), "Hotel, one night"));
        }
        return lines;
    }

    private static ClaimLine line(LocalDate day, String category, Money amount, String description) {
        return new ClaimLine(day, category, amount, null, null, null, false, description);
    }

    private static Money pounds(Random random, int from, int to) {
        return Money.of(BigDecimal.valueOf(from * 100L + random.nextInt((to - from) * 100)).movePointLeft(2));
    }
}
