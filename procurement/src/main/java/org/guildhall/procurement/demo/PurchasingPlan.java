package org.guildhall.procurement.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.guildhall.finance.budget.control.Budgets;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.WorkingDays;
import org.guildhall.procurement.demo.Step.Action;
import org.guildhall.procurement.demo.Step.Desk;

/**
 * One tenant's purchasing and payables year, worked out before anything is done, from the tenant's seeded randomness
 * alone: which suppliers it uses, each month's requisitions and what becomes of them (approved or not, delivered
 * whole or in part, invoiced at the order's price or not, and how the exceptions end), and its payment runs. Worked
 * out apart from doing it so that it is the same on every first start, and can be checked without a server.
 * <p>
 * Tenants differ by size, as real ones do: a large one keeps its ledger twice a week, pays weekly and clears its
 * exceptions quickly; a small one sits down to it once a week, pays twice a month and lets more disputes linger.
 */
final class PurchasingPlan {

    static final WorkingDays WORKING_DAYS = WorkingDays.in(Nation.ENGLAND);

    /**
     * The second payables clerk, by index among the tenant's people: bank details and small price variances are
     * confirmed or accepted by someone other than the buyer who entered them. {@link DemoTenant#roles} must give this
     * person AP_CLERK.
     */
    static final int PAYABLES = DemoTenant.PAYABLES;
    /** One requisition a month for about so many people, before the season and chance. */
    static final int PEOPLE_PER_ORDER = 7;
    /** The approval-limits template's tiers: requisitions above this are FINANCE's to approve, not the budget holder's. */
    static final Money HEAD_LIMIT = Money.parse("10000.00");
    /** The template's invoice-variance tiers: an AP clerk accepts up to the first, a budget holder up to the second, then FINANCE. */
    static final Money CLERK_VARIANCE_LIMIT = Money.parse("250.00");
    static final Money HEAD_VARIANCE_LIMIT = Money.parse("10000.00");
    /** The template's cost centres; Corporate services buys a little more than Operations. */
    static final List<String> COST_CENTRES = List.of("CC100", "CC200");
    static final int REFUSED_PERCENT = 3;
    static final int CANCELLED_PERCENT = 2;
    static final int SKIPPED_RUN_PERCENT = 8;
    /** How long after its requisition an order's goods and invoices may come, at the latest: its spending may fall in the next fiscal year. */
    static final int SPENT_WITHIN_DAYS = 60;
    /** How much more than the year's planned orders a budget allows, for price variances and the odd spill from the year before. */
    static final int BUDGET_HEADROOM_PERCENT = 115;

    static final List<String> REFUSALS = List.of("Use the stock in the stationery cupboard first", "Buy this through the framework contract",
            "Not in this quarter's plan: raise it again in the next");
    static final List<String> ACCEPTANCES = List.of("Price rise agreed with the supplier by phone", "The supplier's list price changed "
            + "after the order; checked and agreed", "Delivery charge included in the unit price, as quoted");
    static final String REISSUE = "Billed above the order price: the supplier agreed to reissue it at the order's price";

    /** How often a tenant pays its suppliers. */
    enum Cadence { WEEKLY, FORTNIGHTLY, TWICE_MONTHLY }

    /**
     * How a tenant of a size runs purchasing: the weekdays its buyer and approvers sit down to it, how often it pays,
     * the longest payment terms it agrees (a department that pays everyone within 10 days agrees no longer), how many
     * suppliers it uses, what share of orders goes wrong, what share of those is left open, and within how many
     * working days an exception is resolved.
     */
    record Profile(Set<DayOfWeek> sittings, Cadence runs, int mostTermsDays, int suppliers, int exceptionPercent, int openPercent,
                   int resolveDays) {

        static Profile of(int employees) {
            if (employees >= 120) {
                return new Profile(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), Cadence.WEEKLY, 10, 8, 10, 15, 4);
            }
            if (employees >= 80) {
                return new Profile(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), Cadence.FORTNIGHTLY, 21, 7, 13, 25, 7);
            }
            return new Profile(EnumSet.of(DayOfWeek.WEDNESDAY), Cadence.TWICE_MONTHLY, 30, 6, 16, 35, 12);
        }
    }

    /** A requisition as planned: the order, the day it is raised, and every step that follows from it. */
    record Planned(DemoOrder order, LocalDate raised, List<Step> steps) {
    }

    private final DemoTenant tenant;
    private final Profile profile;
    private final List<DemoSupplier> suppliers;

    PurchasingPlan(DemoTenant tenant) {
        this.tenant = tenant;
        this.profile = Profile.of(tenant.employees());
        List<DemoSupplier> all = new ArrayList<>(DemoSupplier.CATALOGUE);
        Collections.shuffle(all, tenant.random("purchasing-suppliers", null));
        this.suppliers = List.copyOf(all.subList(0, Math.min(profile.suppliers(), all.size())));
    }

    /** The tenant's suppliers; orders name them by their index here. */
    List<DemoSupplier> suppliers() {
        return suppliers;
    }

    /** The payment terms the tenant agrees with {@code supplier}: theirs, or its own limit if shorter. */
    int termsDays(DemoSupplier supplier) {
        return Math.min(supplier.termsDays(), profile.mostTermsDays());
    }

    /**
     * The day the suppliers are set up and the budgets set: over 100 days before the year, so that the new bank
     * details are out of their 90 days under watch before the first invoice, as they would be for long-standing suppliers.
     */
    LocalDate setUpDay() {
        return WORKING_DAYS.onOrBefore(tenant.year().get(0).atDay(1).minusDays(100));
    }

    /** Everything planned to start in {@code month}: its requisitions with all that follows them, and its payment runs. */
    List<Step> month(YearMonth month) {
        List<Step> steps = new ArrayList<>();
        orders(month).forEach(planned -> steps.addAll(planned.steps()));
        steps.addAll(runs(month));
        return steps;
    }

    /** The requisitions raised in {@code month}, each with what becomes of it. */
    List<Planned> orders(YearMonth month) {
        Random random = tenant.random("purchasing", month);
        List<LocalDate> days = sittings(month);
        int count = count(month, random);
        List<Planned> planned = new ArrayList<>();
        boolean first = month.equals(tenant.year().get(0));
        for (int n = 1; n <= count; n++) {
            LocalDate raised = days.get(random.nextInt(days.size()));
            DemoOrder order = order(month + "#" + n, random);
            planned.add(new Planned(order, raised, steps(order, raised, first && n == 1, random)));
        }
        return planned;
    }

    /** How many requisitions a month: by the tenant's size, more at the fiscal year's end and fewer over Christmas and in August. */
    int count(YearMonth month, Random random) {
        int usual = (tenant.employees() + PEOPLE_PER_ORDER / 2) / PEOPLE_PER_ORDER;
        int season = switch (month.getMonth()) {
            case MARCH -> 130;
            case DECEMBER -> 70;
            case AUGUST -> 85;
            default -> 100;
        };
        return Math.max(3, usual * season / 100 + random.nextInt(5) - 2);
    }

    private DemoOrder order(String key, Random random) {
        int supplier = random.nextInt(suppliers.size());
        List<DemoSupplier.Item> items = new ArrayList<>(suppliers.get(supplier).items());
        Collections.shuffle(items, random);
        int count = 1 + random.nextInt(Math.min(3, items.size()));
        List<DemoOrder.Line> lines = new ArrayList<>();
        for (DemoSupplier.Item item : items.subList(0, count)) {
            lines.add(line(item, random));
        }
        return new DemoOrder(key, supplier, COST_CENTRES.get(random.nextInt(100) < 60 ? 0 : 1), lines);
    }

    /** A line of {@code item}: a quantity in its usual range, a price in its range as suppliers price (whole pounds from 100, else 5p). */
    private static DemoOrder.Line line(DemoSupplier.Item item, Random random) {
        BigDecimal quantity = BigDecimal.valueOf(item.fewest() + random.nextInt(item.most() - item.fewest() + 1));
        BigDecimal step = item.highest().amount().compareTo(BigDecimal.valueOf(100)) >= 0 ? BigDecimal.ONE : new BigDecimal("0.05");
        int steps = item.highest().amount().subtract(item.lowest().amount()).divide(step, 0, RoundingMode.DOWN).intValueExact();
        Money price = Money.of(item.lowest().amount().add(step.multiply(BigDecimal.valueOf(random.nextInt(steps + 1)))));
        return new DemoOrder.Line(item.description(), quantity, price, item.vat(), item.account());
    }

    /**
     * The requisition raised, decided by whoever its total needs, and, approved and not cancelled, delivered and
     * invoiced. The {@code disputed} one, the year's first, is invoiced above its price and never settled: a dispute a
     * year old, so that every month's exception age has something in it.
     */
    private List<Step> steps(DemoOrder order, LocalDate raised, boolean disputed, Random random) {
        List<Step> steps = new ArrayList<>(List.of(new Step(raised, Desk.BUYER, new Action.Raise(order))));
        Desk approver = order.total().compareTo(HEAD_LIMIT) > 0 ? Desk.FINANCE : Desk.HEAD;
        LocalDate decided = random.nextInt(100) < 70 ? raised : sitting(raised.plusDays(1));
        if (!disputed && random.nextInt(100) < REFUSED_PERCENT) {
            steps.add(new Step(decided, approver, new Action.Decide(order, false, pick(REFUSALS, random))));
            return steps;
        }
        steps.add(new Step(decided, approver, new Action.Decide(order, true, null)));
        if (!disputed && random.nextInt(100) < CANCELLED_PERCENT) {
            steps.add(new Step(sitting(WORKING_DAYS.plus(decided, 2)), Desk.BUYER, new Action.Cancel(order)));
            return steps;
        }
        LocalDate goods = WORKING_DAYS.plus(decided, suppliers.get(order.supplier()).leadDays() + random.nextInt(4));
        steps.addAll(disputed ? overPriced(order, decided, goods, true, random) : fulfilment(order, decided, goods, random));
        return steps;
    }

    /** Goods and invoice: most match; the rest come as an invoice before the goods, a short delivery, or a price above the order's. */
    private List<Step> fulfilment(DemoOrder order, LocalDate decided, LocalDate goods, Random random) {
        if (random.nextInt(100) >= profile.exceptionPercent()) {
            return matched(order, decided, goods, random);
        }
        int kind = random.nextInt(100);
        boolean open = random.nextInt(100) < profile.openPercent();
        if (kind < 30) {
            return invoicedEarly(order, decided, goods, random);
        }
        if (kind < 55 && order.lines().get(0).quantity().compareTo(BigDecimal.ONE) > 0) {
            return shortDelivered(order, decided, goods, open, random);
        }
        return overPriced(order, decided, goods, open, random);
    }

    /** Goods in, then the invoice for them at the order's prices, which matches by itself. */
    private List<Step> matched(DemoOrder order, LocalDate decided, LocalDate goods, Random random) {
        LocalDate arrives = WORKING_DAYS.plus(goods, random.nextInt(7));
        return List.of(receive(order, goods, order.quantities()), enter(order, arrives, decided, order.billedAtOrder(), random));
    }

    /** The invoice is entered before the goods are booked in: NOT_RECEIVED, until the receipt matches it again by itself. */
    private List<Step> invoicedEarly(DemoOrder order, LocalDate decided, LocalDate goods, Random random) {
        LocalDate arrives = WORKING_DAYS.plus(decided, 1 + random.nextInt(2));
        LocalDate later = WORKING_DAYS.plus(sitting(arrives), 1 + random.nextInt(3));
        return List.of(enter(order, arrives, decided, order.billedAtOrder(), random), receive(order, goods.isAfter(later) ? goods : later,
                order.quantities()));
    }

    /**
     * Half of the first line comes, and the invoice bills it all: QUANTITY_OVER_RECEIVED, until the rest arrives and
     * the receipt matches it again, or, {@code open}, the rest never comes and the invoice stays in the queue.
     */
    private List<Step> shortDelivered(DemoOrder order, LocalDate decided, LocalDate goods, boolean open, Random random) {
        BigDecimal first = order.lines().get(0).quantity();
        BigDecimal half = first.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
        Map<Integer, BigDecimal> part = new LinkedHashMap<>(order.quantities());
        part.put(1, half);
        LocalDate arrives = WORKING_DAYS.plus(goods, 1 + random.nextInt(3));
        List<Step> steps = new ArrayList<>(List.of(receive(order, goods, part), enter(order, arrives, decided, order.billedAtOrder(), random)));
        if (!open) {
            steps.add(receive(order, WORKING_DAYS.plus(sitting(arrives), 2 + random.nextInt(8)), Map.of(1, first.subtract(half))));
        }
        return steps;
    }

    /**
     * One line billed 4 to 12% above the order's price: PRICE_OVER_TOLERANCE. Later the variance is accepted by whoever
     * its size needs, or the invoice is rejected and the supplier reissues it at the order's price; {@code open}, it
     * waits in the queue.
     */
    private List<Step> overPriced(DemoOrder order, LocalDate decided, LocalDate goods, boolean open, Random random) {
        List<DemoOrder.Billed> billed = new ArrayList<>(order.billedAtOrder());
        int raisedLine = random.nextInt(billed.size());
        DemoOrder.Billed line = billed.get(raisedLine);
        BigDecimal rise = BigDecimal.valueOf(104 + random.nextInt(9)).movePointLeft(2);
        billed.set(raisedLine, new DemoOrder.Billed(line.line(), line.quantity(), Money.of(line.price().amount().multiply(rise)
                .setScale(2, RoundingMode.HALF_UP)), line.vat()));
        LocalDate arrives = WORKING_DAYS.plus(goods, random.nextInt(5));
        List<Step> steps = new ArrayList<>(List.of(receive(order, goods, order.quantities()), enter(order, arrives, decided, billed, random)));
        if (open) {
            return steps;
        }
        LocalDate resolved = sitting(WORKING_DAYS.plus(sitting(arrives), 1 + random.nextInt(profile.resolveDays())));
        if (random.nextInt(100) < 30) {
            steps.add(new Step(resolved, Desk.BUYER, new Action.Reject(order, REISSUE)));
            steps.add(enter(order, WORKING_DAYS.plus(resolved, 2 + random.nextInt(5)), decided, order.billedAtOrder(), random));
        } else {
            steps.add(new Step(resolved, accepter(order.variance(billed)), new Action.Accept(order, pick(ACCEPTANCES, random))));
        }
        return steps;
    }

    /** Who may accept a variance this size, by the approval-limits template (never the buyer, who entered the invoice). */
    static Desk accepter(Money variance) {
        if (variance.compareTo(CLERK_VARIANCE_LIMIT) <= 0) {
            return Desk.PAYABLES;
        }
        return variance.compareTo(HEAD_VARIANCE_LIMIT) <= 0 ? Desk.HEAD : Desk.FINANCE;
    }

    /** Goods that came on {@code day}, booked in at the buyer's next sitting. */
    private Step receive(DemoOrder order, LocalDate day, Map<Integer, BigDecimal> quantities) {
        return new Step(sitting(day), Desk.BUYER, new Action.Receive(order, day, quantities));
    }

    /** An invoice that came on {@code arrives}, dated up to three days before (never before the order), entered at the next sitting. */
    private Step enter(DemoOrder order, LocalDate arrives, LocalDate ordered, List<DemoOrder.Billed> billed, Random random) {
        LocalDate dated = arrives.minusDays(random.nextInt(4));
        return new Step(sitting(arrives), Desk.BUYER, new Action.Enter(order, arrives, dated.isBefore(ordered) ? ordered : dated, billed));
    }

    /** The payment runs proposed in {@code month}, each to pay two working days on; now and then one is skipped. */
    List<Step> runs(YearMonth month) {
        Random random = tenant.random("payment-runs", month);
        List<Step> runs = new ArrayList<>();
        for (LocalDate day : runDays(month)) {
            if (random.nextInt(100) >= SKIPPED_RUN_PERCENT) {
                runs.add(new Step(day, Desk.PAYMENTS, new Action.ProposeRun(WORKING_DAYS.plus(day, 2))));
            }
        }
        return runs;
    }

    private List<LocalDate> runDays(YearMonth month) {
        List<LocalDate> days = sittings(month);
        return switch (profile.runs()) {
            case WEEKLY -> days.stream().filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY).toList();
            case FORTNIGHTLY -> days.stream().filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY && d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2 == 0)
                    .toList();
            case TWICE_MONTHLY -> days.size() > 2 ? List.of(days.get(0), days.get(2)) : days.subList(0, 1);
        };
    }

    /**
     * Each fiscal year's purchasing budget, by cost centre and account, set so that no planned requisition is over
     * budget: the year's planned orders (and those of the year before whose goods may come in it), made a whole year's
     * worth where the demo covers only part of it, with {@link #BUDGET_HEADROOM_PERCENT}, rounded up to the thousand.
     * Years the demo raises no requisition in get none.
     */
    Map<Integer, List<Budgets.Line>> budgets() {
        Map<Integer, Map<Slot, Money>> planned = new TreeMap<>();
        Map<Integer, Integer> months = new TreeMap<>();
        for (YearMonth month : tenant.year()) {
            months.merge(FiscalYear.of(month.atDay(1)), 1, Integer::sum);
            for (Planned order : orders(month)) {
                Set<Integer> years = new TreeSet<>(List.of(FiscalYear.of(order.raised()), FiscalYear.of(order.raised().plusDays(SPENT_WITHIN_DAYS))));
                for (DemoOrder.Line line : order.order().lines()) {
                    Slot slot = new Slot(order.order().costCentre(), line.account());
                    years.forEach(year -> planned.computeIfAbsent(year, y -> new TreeMap<>(Slot.ORDER)).merge(slot, line.net(), Money::plus));
                }
            }
        }
        Map<Integer, List<Budgets.Line>> budgets = new TreeMap<>();
        planned.forEach((year, slots) -> {
            if (months.containsKey(year)) {
                budgets.put(year, lines(slots, months.get(year)));
            }
        });
        return budgets;
    }

    /** A cost centre and account, which a budget line is for. */
    private record Slot(String costCentre, String account) {
        static final Comparator<Slot> ORDER = Comparator.comparing(Slot::costCentre).thenComparing(Slot::account);
    }

    private static List<Budgets.Line> lines(Map<Slot, Money> slots, int monthsCovered) {
        List<Budgets.Line> lines = new ArrayList<>();
        BigDecimal thousand = BigDecimal.valueOf(1000);
        slots.forEach((slot, net) -> {
            BigDecimal year = net.amount().multiply(BigDecimal.valueOf(12L * BUDGET_HEADROOM_PERCENT))
                    .divide(BigDecimal.valueOf(100L * monthsCovered), 0, RoundingMode.CEILING);
            BigDecimal rounded = year.divide(thousand, 0, RoundingMode.CEILING).multiply(thousand);
            lines.add(new Budgets.Line(lines.size() + 1, slot.costCentre(), slot.account(), Money.of(rounded)));
        });
        return lines;
    }

    /** The fiscal years the demo posts in: those of its months, and the current one, where the last month's goods and payments spill. */
    Set<Integer> fiscalYears() {
        Set<Integer> years = new TreeSet<>();
        tenant.year().forEach(month -> years.add(FiscalYear.of(month.atDay(1))));
        years.add(FiscalYear.of(tenant.today()));
        return years;
    }

    /** The days of {@code month} the buyer and approvers sit down to purchasing. */
    List<LocalDate> sittings(YearMonth month) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (sits(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** {@code day} if it is a sitting day, else the next one: when something that happened on {@code day} is dealt with. */
    LocalDate sitting(LocalDate day) {
        LocalDate d = day;
        while (!sits(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private boolean sits(LocalDate day) {
        return profile.sittings().contains(day.getDayOfWeek()) && WORKING_DAYS.isWorkingDay(day);
    }

    private static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
