package org.guildhall.procurement.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.guildhall.finance.budget.control.Budgets;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.payments.UkBankAccount;
import org.guildhall.procurement.payables.control.ThreeWayMatch;
import org.guildhall.procurement.payables.entity.InvoiceLine;
import org.guildhall.procurement.payables.entity.MatchReason;
import org.guildhall.procurement.purchasing.control.PurchasingPolicies;
import org.guildhall.procurement.purchasing.control.Requisitions;
import org.guildhall.procurement.purchasing.entity.OrderLine;
import org.guildhall.procurement.supplier.control.Suppliers;
import org.guildhall.procurement.supplier.entity.VatNumber;
import org.junit.jupiter.api.Test;

/**
 * The demo's purchasing plan, which must be done through the services without a rule refusing it: the same on every
 * start, its suppliers and invoices as the register and the match take them, every step in an order that works, and
 * within budget.
 */
class PurchasingPlanTest {

    /** Days the demo might be built on: an ordinary one, one just into a fiscal year, one just after the new year's holiday. */
    private static final List<LocalDate> BUILT_ON = List.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 4, 2), LocalDate.of(2027, 1, 4));
    private static final List<DemoTenant> TENANTS = tenants(BUILT_ON.get(0));
    private static final List<DemoTenant> ALL = BUILT_ON.stream().flatMap(day -> tenants(day).stream()).toList();

    /** The demo's department and agencies as DemoCentre makes them, for a demo built on {@code today}. */
    private static List<DemoTenant> tenants(LocalDate today) {
        return List.of(tenant("demo", "DD", 146, today), tenant("demo-standards", "SA", 90, today), tenant("demo-records", "RA", 60, today));
    }

    private static DemoTenant tenant(String code, String prefix, int employees, LocalDate today) {
        YearMonth now = YearMonth.from(today);
        List<YearMonth> year = IntStream.rangeClosed(1, 12).mapToObj(i -> now.minusMonths(13 - i)).toList();
        return new DemoTenant(code, code, prefix, employees, year, today, "not used", null);
    }

    @Test
    void theSameTenantGetsTheSamePlanOnEveryStartAndAnotherADifferentOne() {
        YearMonth march = YearMonth.of(2026, 3);
        assertEquals(new PurchasingPlan(TENANTS.get(0)).month(march), new PurchasingPlan(TENANTS.get(0)).month(march));
        assertFalse(new PurchasingPlan(TENANTS.get(0)).month(march).equals(new PurchasingPlan(TENANTS.get(1)).month(march)));
    }

    @Test
    void everySupplierIsOneTheRegisterTakes() {
        for (DemoSupplier supplier : DemoSupplier.CATALOGUE) {
            Suppliers.check(supplier.request(supplier.termsDays()));
            assertEquals(supplier.vatNumber(), VatNumber.normalise(supplier.vatNumber()).orElse(null), supplier.name());
            UkBankAccount.of(supplier.sortCode(), supplier.accountNumber(), supplier.accountName());
            supplier.items().forEach(item -> assertTrue(Requisitions.vatRate(item.vat()) != null && item.lowest().compareTo(item.highest()) < 0,
                    item.description()));
        }
        assertEquals(DemoSupplier.CATALOGUE.size(), DemoSupplier.CATALOGUE.stream().map(DemoSupplier::companyNumber).distinct().count());
    }

    @Test
    void eachTenantRaisesTenToThirtyOrdersAMonthByItsSize() {
        List<Double> averages = new ArrayList<>();
        for (DemoTenant tenant : TENANTS) {
            PurchasingPlan plan = new PurchasingPlan(tenant);
            int total = 0;
            for (YearMonth month : tenant.year()) {
                int count = plan.orders(month).size();
                assertTrue(count >= 3 && count <= 35, tenant.code() + " " + month + ": " + count);
                total += count;
            }
            averages.add(total / 12.0);
        }
        assertTrue(averages.get(0) > averages.get(1) && averages.get(1) > averages.get(2), averages.toString());
        assertTrue(averages.get(0) <= 30 && averages.get(2) >= 8, averages.toString());
    }

    @Test
    void everyStepComesOnAWorkingDayAfterWhatItNeedsAndNeverBooksInMoreThanWasOrdered() {
        for (DemoTenant tenant : ALL) {
            PurchasingPlan plan = new PurchasingPlan(tenant);
            for (YearMonth month : tenant.year()) {
                for (PurchasingPlan.Planned planned : plan.orders(month)) {
                    checkOrder(planned);
                }
                plan.runs(month).forEach(run -> assertTrue(PurchasingPlan.WORKING_DAYS.isWorkingDay(
                        ((Step.Action.ProposeRun) run.action()).payDate()) && run.day().getMonth() == month.getMonth()));
            }
        }
    }

    private static void checkOrder(PurchasingPlan.Planned planned) {
        LocalDate decided = null;
        LocalDate entered = null;
        Map<Integer, BigDecimal> received = new HashMap<>();
        for (Step step : planned.steps()) {
            assertTrue(PurchasingPlan.WORKING_DAYS.isWorkingDay(step.day()), step::toString);
            assertFalse(step.day().isBefore(planned.raised()), step::toString);
            if (step.action() instanceof Step.Action.Decide) {
                decided = step.day();
            } else if (step.action() instanceof Step.Action.Receive receive) {
                assertTrue(receive.arrived().isAfter(decided) && !step.day().isBefore(receive.arrived()), step::toString);
                receive.quantities().forEach((line, quantity) -> received.merge(line, quantity, BigDecimal::add));
            } else if (step.action() instanceof Step.Action.Enter enter) {
                assertTrue(enter.arrived().isAfter(decided) && !step.day().isBefore(enter.arrived()) && !enter.dated().isAfter(enter.arrived()),
                        step::toString);
                entered = step.day();
            } else if (step.action() instanceof Step.Action.Accept || step.action() instanceof Step.Action.Reject) {
                assertTrue(entered != null && step.day().isAfter(entered), step::toString);
            }
        }
        received.forEach((line, quantity) -> assertTrue(quantity.compareTo(planned.order().lines().get(line - 1).quantity()) <= 0,
                planned::toString));
    }

    @Test
    void invoicesAtTheOrdersPricesMatchAndRaisedOnesAreHeldForWhoeverTheirVarianceNeeds() {
        int overPriced = 0;
        for (DemoTenant tenant : ALL) {
            PurchasingPlan plan = new PurchasingPlan(tenant);
            for (YearMonth month : tenant.year()) {
                for (PurchasingPlan.Planned planned : plan.orders(month)) {
                    for (Step step : planned.steps()) {
                        if (step.action() instanceof Step.Action.Enter enter) {
                            boolean atOrder = enter.lines().equals(planned.order().billedAtOrder());
                            List<String> reasons = match(planned.order(), enter.lines());
                            assertEquals(atOrder ? List.of() : List.of(MatchReason.PRICE_OVER_TOLERANCE), reasons, planned::toString);
                            overPriced += atOrder ? 0 : 1;
                        }
                    }
                }
            }
        }
        assertTrue(overPriced > 5, "some invoices come in above the order's price: " + overPriced);
        assertEquals(Step.Desk.PAYABLES, PurchasingPlan.accepter(Money.parse("250.00")));
        assertEquals(Step.Desk.HEAD, PurchasingPlan.accepter(Money.parse("250.01")));
        assertEquals(Step.Desk.FINANCE, PurchasingPlan.accepter(Money.parse("10000.01")));
    }

    /** The match's reasons for an invoice of {@code billed} against the order wholly received and not yet invoiced. */
    private static List<String> match(DemoOrder order, List<DemoOrder.Billed> billed) {
        List<OrderLine> ordered = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            DemoOrder.Line line = order.lines().get(i);
            ordered.add(new OrderLine(i + 1, line.description(), line.quantity(), line.price(), Requisitions.vatRate(line.vat()), line.account(),
                    order.costCentre(), line.quantity(), BigDecimal.ZERO));
        }
        List<InvoiceLine> invoiced = billed.stream().map(DemoOrder.Billed::asInvoiced).toList();
        return ThreeWayMatch.reasons(ordered, invoiced, PurchasingPolicies.PriceTolerance.DEFAULT).stream().map(MatchReason::code).distinct().toList();
    }

    @Test
    void noPlannedRequisitionIsOverItsBudget() {
        for (DemoTenant tenant : ALL) {
            PurchasingPlan plan = new PurchasingPlan(tenant);
            Map<Integer, List<Budgets.Line>> budgets = plan.budgets();
            Map<String, Money> spent = new HashMap<>();
            for (YearMonth month : tenant.year()) {
                for (PurchasingPlan.Planned planned : plan.orders(month)) {
                    int year = FiscalYear.of(planned.raised());
                    assertTrue(budgets.containsKey(year), tenant.code() + " has a budget for " + year);
                    for (DemoOrder.Line line : planned.order().lines()) {
                        String slot = year + " " + planned.order().costCentre() + " " + line.account();
                        Money after = spent.merge(slot, line.net(), Money::plus);
                        Money budget = budgets.get(year).stream().filter(b -> (year + " " + b.costCentre() + " " + b.account()).equals(slot))
                                .map(Budgets.Line::amount).findFirst().orElse(Money.ZERO);
                        assertTrue(after.compareTo(budget) <= 0, slot + ": " + after + " of " + budget);
                    }
                }
            }
            assertTrue(plan.fiscalYears().containsAll(budgets.keySet()));
        }
    }

    @Test
    void theSuppliersAreSetUpLongEnoughBeforeTheYearThatNoInvoiceIsHeldForNewBankDetails() {
        for (DemoTenant tenant : ALL) {
            LocalDate setUp = new PurchasingPlan(tenant).setUpDay();
            assertTrue(setUp.plusDays(90).isBefore(tenant.year().get(0).atDay(1)), setUp.toString());
        }
    }

    @Test
    void nothingIsDoneTodayOrLaterAndTheYearsLastMonthRunsOnToYesterday() {
        DemoTenant demo = TENANTS.get(0);
        assertEquals(LocalDate.of(2025, 11, 30), DemoPurchasing.lastDayDone(demo, YearMonth.of(2025, 11)));
        assertEquals(LocalDate.of(2026, 11, 15), DemoPurchasing.lastDayDone(demo, YearMonth.of(2026, 10)));
    }
}
