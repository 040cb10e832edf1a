package org.guildhall.launcher;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.NetPay;
import org.guildhall.payroll.calculation.entity.PayForPeriod;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.platform.time.TaxYear;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Gross-to-net calculations a second on one thread (scripts/bench-payroll-calc pins the JVM to one CPU). The inputs
 * are a fixed mix of 4,096 employees and periods a real payroll would see: monthly and weekly-based frequencies,
 * rest-of-UK, Scottish and Welsh codes (suffix, K, BR, D, NT, non-cumulative), NI categories, pensions and loans, pay
 * from nothing to the additional rate, cumulative to-date figures. {@code calculate} is the engine as a payroll run
 * calls it (codes read once per employee); {@code readCodeAndCalculate} also reads the tax code from its text and
 * builds the input, as the HTTP endpoint does for each request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PayrollCalculationBenchmark {

    private static final int MIX = 4096;
    private static final String[] CODES = {"1257L", "1257L", "1257L", "1257L", "1257L", "S1257L", "C1257L", "1257L M1",
        "1100L", "1383M", "1131N", "757T", "0T", "BR", "D0", "D1", "SD0", "SD2", "K475", "SK1200", "NT", "S1257L W1", "12570L"};
    private static final char[] CATEGORIES = {'A', 'A', 'A', 'A', 'A', 'A', 'B', 'C', 'H', 'J', 'M', 'Z', 'F', 'V'};

    private GrossToNet engine;
    private PayForPeriod[] inputs;
    private String[] codeTexts;
    private int next;

    @Setup
    public void setUp() {
        engine = new GrossToNet(RateTables.standard());
        inputs = new PayForPeriod[MIX];
        codeTexts = new String[MIX];
        SplittableRandom random = new SplittableRandom(20251123);
        TaxYear year = TaxYear.parse("2025-26");
        for (int i = 0; i < MIX; i++) {
            PayFrequency frequency = random.nextInt(10) < 7 ? PayFrequency.MONTHLY
                    : PayFrequency.values()[random.nextInt(3)];
            PayPeriod period = new PayPeriod(frequency, 1 + random.nextInt(frequency.regularPeriods()));
            long monthlyPence = random.nextInt(10) == 0 ? random.nextLong(0, 2_000_000) : random.nextLong(80_000, 900_000);
            BigDecimal gross = BigDecimal.valueOf(monthlyPence * 12 / frequency.regularPeriods(), 2);
            BigDecimal toDate = gross.multiply(BigDecimal.valueOf(period.number() - 1));
            BigDecimal taxToDate = toDate.multiply(new BigDecimal("0.15")).setScale(2, java.math.RoundingMode.DOWN);
            Set<StudentLoanPlan> plans = EnumSet.noneOf(StudentLoanPlan.class);
            if (random.nextInt(5) == 0) {
                plans.add(StudentLoanPlan.values()[random.nextInt(3)]);
            }
            if (random.nextInt(12) == 0) {
                plans.add(StudentLoanPlan.POSTGRADUATE);
            }
            codeTexts[i] = CODES[random.nextInt(CODES.length)];
            inputs[i] = new PayForPeriod(year, period, TaxCode.parse(codeTexts[i]), CATEGORIES[random.nextInt(CATEGORIES.length)],
                    gross, null, random.nextInt(10) < 8 ? new BigDecimal("0.0545") : null, toDate, taxToDate, plans);
        }
    }

    @Benchmark
    public NetPay calculate() {
        return engine.calculate(inputs[next++ & (MIX - 1)]);
    }

    @Benchmark
    public NetPay readCodeAndCalculate() {
        int i = next++ & (MIX - 1);
        PayForPeriod input = inputs[i];
        return engine.calculate(new PayForPeriod(input.taxYear(), input.period(), TaxCode.parse(codeTexts[i]), input.niCategory(),
                input.grossPay(), input.pensionableGross(), input.pensionEmployeeRate(), input.taxablePayToDate(),
                input.taxPaidToDate(), input.studentLoanPlans()));
    }
}
