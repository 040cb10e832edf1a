package org.guildhall.hr.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.guildhall.hr.onboarding.control.OnboardingWorkbook;
import org.guildhall.platform.account.control.Accounts;
import org.guildhall.platform.demo.DemoActivity;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.spreadsheet.WorkbookReader.Row;
import org.guildhall.platform.spreadsheet.WorkbookReader.Value;
import org.guildhall.platform.time.Clocks;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.WorkingDays;

/**
 * The demo tenants' people. On the first working day of the demo year the centre sets up everyone's sign-in, then the
 * tenant's HR person checks the onboarding workbook, which finds a few mistyped email addresses, and loads the corrected
 * one; every month after that they check and load a smaller workbook of people moving between units, now and then with
 * a mistake in it first. So the onboarding measure has something to show, and every record passed the same checks a
 * real load does.
 */
@ApplicationScoped
public class DemoStaff implements DemoActivity {

    static final WorkingDays WORKING_DAYS = WorkingDays.in(Nation.ENGLAND);
    static final String HQ = "HQ", OPERATIONS = "OPS";
    private static final String[] GIVEN = {"Aisha", "Ben", "Chloe", "Daniel", "Eleanor", "Femi", "Grace", "Harry", "Isla", "Jack",
            "Kiran", "Laura", "Mohammed", "Niamh", "Oliver", "Priya", "Quentin", "Rosa", "Samuel", "Tara", "Usman", "Victoria",
            "William", "Xin", "Yusuf", "Zara", "Amir", "Bethan", "Callum", "Deborah", "Ewan", "Fatima", "Gareth", "Hannah", "Ian",
            "Jasmine", "Kwame", "Lucy", "Marek", "Nadia"};
    private static final String[] FAMILY = {"Ahmed", "Baker", "Campbell", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal",
            "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Owen", "Patel", "Quinn", "Roberts", "Singh", "Taylor", "Usher", "Vaughan",
            "Williams", "Xu", "Young", "Zielinski", "Armstrong", "Bell", "Clarke", "Doyle", "Ellis", "Fletcher", "Gill", "Hall",
            "Ingram", "Jackson", "Kaur", "Lloyd", "Murray", "Nash"};
    /** Grades below the managers', with the salary each starts at: AO, EO, HEO and SEO. */
    private static final String[][] GRADES = {{"AO", "24500"}, {"EO", "29800"}, {"HEO", "35600"}, {"SEO", "42300"}};

    @Inject
    Accounts accounts;

    @Inject
    OnboardingWorkbook workbook;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void prepare(DemoTenant tenant) {
        LocalDate day = WORKING_DAYS.onOrAfter(tenant.year().get(0).atDay(1));
        // the centre set up everyone's sign-in when it took the tenant on
        Clocks.actingAt(tenant.joined().plusSeconds(3_600), () -> tenant.inTransaction(() -> accountsFor(tenant)));
        String hr = tenant.username(DemoTenant.HR);
        Random random = tenant.random("mistyped", null);
        List<Row> people = new ArrayList<>();
        for (Map<String, String> person : people(tenant)) {
            people.add(row(people.size() + 2, person));
        }
        List<Row> units = List.of(row(2, unit(HQ, tenant.name() + " headquarters", null, "CC100")),
                row(3, unit(OPERATIONS, "Operations", HQ, "CC200")));
        List<Row> mistyped = new ArrayList<>(people);
        for (int n = 0; n < Math.max(2, tenant.employees() / 40); n++) {
            int at = random.nextInt(people.size());
            Map<String, String> wrong = text(people.get(at));
            wrong.put("email", wrong.get("email").replace('@', ' ')); // typed with a space where the @ should be
            mistyped.set(at, row(at + 2, wrong));
        }
        tenant.act(hr, DemoTenant.at(day, LocalTime.of(10, 5)), () -> requireProblems(workbook.run(
                OnboardingWorkbook.sheets(List.of(), units, mistyped), false)));
        tenant.act(hr, DemoTenant.at(day, LocalTime.of(11, 40)), () -> requireLoaded(workbook.run(
                OnboardingWorkbook.sheets(List.of(), units, people), true)));
    }

    /** Everyone's sign-in, with the roles DemoTenant gives them and the shared demo password, linked to their record. */
    private void accountsFor(DemoTenant tenant) {
        List<Map<String, String>> people = people(tenant);
        for (int i = 0; i < tenant.employees(); i++) {
            Map<String, String> person = people.get(i);
            accounts.createWithHashedPassword(tenant.code(), new Accounts.NewUser(tenant.username(i),
                    person.get("givenName") + " " + person.get("familyName"), null, tenant.roles(i), tenant.employeeNumber(i)),
                    tenant.passwordHash());
        }
    }

    /**
     * Each month, a few people move between headquarters and operations: HR checks the workbook, which one month in
     * three has a manager typed wrongly the first time, and loads it.
     */
    @Override
    public void month(DemoTenant tenant, YearMonth month) {
        Random random = tenant.random("movers", month);
        List<Map<String, String>> everyone = people(tenant);
        List<Row> movers = new ArrayList<>();
        int moving = 1 + random.nextInt(Math.max(2, tenant.employees() / 30));
        // different people: a workbook naming someone twice is refused
        List<Integer> candidates = new ArrayList<>(java.util.stream.IntStream.range(tenant.managers() + 1, tenant.employees()).boxed().toList());
        java.util.Collections.shuffle(candidates, random);
        for (int i : candidates.subList(0, moving)) {
            Map<String, String> person = everyone.get(i);
            boolean toHq = random.nextBoolean();
            person.put("orgUnit", toHq ? HQ : OPERATIONS);
            person.put("costCentre", toHq ? "CC100" : "CC200");
            movers.add(row(movers.size() + 2, person));
        }
        LocalDate day = WORKING_DAYS.onOrAfter(month.atDay(10 + random.nextInt(8)));
        String hr = tenant.username(DemoTenant.HR);
        if (random.nextInt(3) == 0) {
            List<Row> mistyped = new ArrayList<>(movers);
            Map<String, String> wrong = text(movers.get(0));
            wrong.put("managerNumber", tenant.prefix() + "0000");
            mistyped.set(0, row(2, wrong));
            tenant.act(hr, DemoTenant.at(day, LocalTime.of(9, 50)), () -> requireProblems(workbook.run(
                    OnboardingWorkbook.sheets(List.of(), List.of(), mistyped), false)));
        }
        tenant.act(hr, DemoTenant.at(day, LocalTime.of(14, 20)), () -> requireLoaded(workbook.run(
                OnboardingWorkbook.sheets(List.of(), List.of(), movers), true)));
    }

    /** The tenant's people as the workbook has them, by index: the same every time, from their own generator. */
    static List<Map<String, String>> people(DemoTenant tenant) {
        Random random = tenant.random("staff", null);
        List<Map<String, String>> people = new ArrayList<>();
        for (int i = 0; i < tenant.employees(); i++) {
            people.add(person(tenant, i, random));
        }
        return people;
    }

    /** Person {@code index}, drawn from {@code random}: called in index order on one generator by {@link #people}. */
    private static Map<String, String> person(DemoTenant tenant, int index, Random random) {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];
        LocalDate born = LocalDate.of(1962, 1, 1).plusDays(random.nextInt(39 * 365));
        LocalDate started = LocalDate.of(2008, 1, 5).plusDays(random.nextInt(16 * 365));
        if (started.isBefore(born.plusYears(18))) {
            started = born.plusYears(18).plusDays(random.nextInt(400));
        }
        boolean partTime = random.nextInt(10) == 0;
        int band = random.nextInt(GRADES.length);
        int steps = random.nextInt(5);
        boolean manager = index <= tenant.managers();
        Map<String, String> person = new LinkedHashMap<>();
        person.put("employeeNumber", tenant.employeeNumber(index));
        person.put("givenName", given);
        person.put("familyName", family);
        // a domain reserved for examples (RFC 2606), so nothing the demo says can reach anyone
        person.put("email", (given + "." + family + "." + tenant.employeeNumber(index)).toLowerCase(Locale.ROOT) + "@"
                + tenant.code() + ".example");
        person.put("niNumber", "JZ" + String.format(Locale.ROOT, "%06d", 100_000 + index) + "A");
        person.put("dateOfBirth", born.toString());
        person.put("startDate", started.isAfter(tenant.year().get(0).atDay(1).minusMonths(2))
                ? tenant.year().get(0).atDay(1).minusMonths(2).toString() : started.toString());
        person.put("endDate", null);
        person.put("orgUnit", manager || index % 3 == 0 ? HQ : OPERATIONS);
        person.put("costCentre", manager || index % 3 == 0 ? "CC100" : "CC200");
        person.put("managerNumber", tenant.managerOf(index) < 0 ? null : tenant.employeeNumber(tenant.managerOf(index)));
        person.put("nation", Nation.ENGLAND.name());
        person.put("fte", partTime ? "0.6" : "1");
        person.put("weeklyHours", partTime ? "22.2" : "37");
        String grade = index == DemoTenant.HEAD ? "SCS1" : manager ? "G7" : GRADES[band][0];
        BigDecimal salary = index == DemoTenant.HEAD ? new BigDecimal("95000") : manager ? new BigDecimal("58000")
                : new BigDecimal(GRADES[band][1]);
        person.put("grade", grade);
        person.put("annualSalary", salary.add(BigDecimal.valueOf(steps * 850L)).setScale(2).toPlainString());
        return person;
    }

    private static Map<String, String> unit(String code, String name, String parent, String costCentre) {
        Map<String, String> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("name", name);
        unit.put("parentCode", parent);
        unit.put("costCentre", costCentre);
        return unit;
    }

    private static Row row(int number, Map<String, String> text) {
        Map<String, Value> values = new LinkedHashMap<>();
        text.forEach((column, value) -> values.put(column, new Value(value, false)));
        return new Row(number, values);
    }

    private static Map<String, String> text(Row row) {
        Map<String, String> text = new LinkedHashMap<>();
        row.values().forEach((column, value) -> text.put(column, value.text()));
        return text;
    }

    private static void requireProblems(OnboardingWorkbook.Report report) {
        if (report.valid()) {
            throw new IllegalStateException("the demo's mistyped workbook was found to have no problems");
        }
    }

    private static void requireLoaded(OnboardingWorkbook.Report report) {
        if (!report.valid()) {
            throw new IllegalStateException("the demo's workbook has problems: " + report.errors());
        }
    }
}
