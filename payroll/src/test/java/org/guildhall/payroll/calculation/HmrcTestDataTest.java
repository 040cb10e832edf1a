package org.guildhall.payroll.calculation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.guildhall.payroll.calculation.control.NationalInsurance;
import org.guildhall.payroll.calculation.control.Paye;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.IncomeTaxRates;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.payroll.calculation.entity.TaxYearRates;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HMRC's own test data, every row we have, each with its own tax year's rates loaded as data: the 2009-10 PAYE rows of
 * HMRC's Notes for Payroll Software Developers (Annex B), HMRC's 2025-26 PAYE test sets for rest of UK, Scotland and
 * Wales, and HMRC's 2025-26 NIC test data. The 2025-26 sets reached us through the copy kept by the open-source
 * Payetools project; payroll/RESEARCH-spec.md says where each came from.
 */
class HmrcTestDataTest {

    static Stream<CsvTable.Row> payeRows() {
        return CsvTable.read("hmrc-paye-test-data.csv").rows().stream();
    }

    static Stream<CsvTable.Row> niRows() {
        return CsvTable.read("nic-test-data.csv").rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payeRows")
    void taxDueToDateIsHmrcs(CsvTable.Row row) {
        TaxCode code = TaxCode.parse(row.text("taxCode"));
        PayPeriod period = new PayPeriod(PayFrequency.valueOf(row.text("frequency")), Integer.parseInt(row.text("period")));
        Paye paye = new Paye(incomeTax(row.text("taxYear"), code));
        int units = code.nonCumulative() ? period.frequency().unitsPerPeriod() : period.unitsToDate();
        BigDecimal due = paye.taxDueToDate(code, units, period.frequency().unitsPerYear(), row.money("grossPayToDate"));
        assertAll(
                () -> assertEquals(row.money("taxDueToDate"), due, "tax due to date"),
                () -> {
                    if (!row.text("freePayOrAdditionalPayToDate").isEmpty()) {
                        assertEquals(row.money("freePayOrAdditionalPayToDate"), Paye.adjustmentPerPeriod(code.number(),
                                period.frequency().unitsPerYear()).multiply(BigDecimal.valueOf(units)), "pay adjustment to date");
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("niRows")
    void classOneContributionsAreHmrcs(CsvTable.Row row) {
        TaxYearRates year = RateTables.standard().year(TaxYear.parse(row.text("taxYear"))).orElseThrow();
        NationalInsurance.Contributions ni = NationalInsurance.on(row.money("grossPay"), year.nationalInsurance(),
                year.nationalInsurance().categories().get(row.text("category").charAt(0)), PayFrequency.valueOf(row.text("frequency")));
        assertAll(
                () -> assertEquals(row.money("employeeNi"), ni.employee(), "employee"),
                () -> assertEquals(row.money("employerNi"), ni.employer(), "employer"));
    }

    /** The shipped rates for the years the application knows; older years' bands from a test resource. */
    private static IncomeTaxRates incomeTax(String taxYear, TaxCode code) {
        return RateTables.standard().year(TaxYear.parse(taxYear))
                .map(rates -> rates.incomeTax().get(code.region()))
                .orElseGet(() -> olderYear(taxYear));
    }

    private static IncomeTaxRates olderYear(String taxYear) {
        try (InputStream in = HmrcTestDataTest.class.getResourceAsStream("income-tax-" + taxYear + ".json");
             JsonReader reader = Json.createReader(in)) {
            JsonObject file = reader.readObject();
            return RateTables.incomeTax(file.getJsonObject("restOfUk"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
