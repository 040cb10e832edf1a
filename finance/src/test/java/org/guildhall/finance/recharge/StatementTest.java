package org.guildhall.finance.recharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.guildhall.platform.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.guildhall.finance.recharge.control.PriceList;
import org.guildhall.finance.recharge.control.Statement;
import org.junit.jupiter.api.Test;

class StatementTest {

    private static PriceList prices(String minimum) {
        return PriceList.of(Json.createReader(new StringReader("""
                {"units": {"PAYSLIPS": "1.20", "ACTIVE_USERS": "2.00", "INVOICES_PROCESSED": "0.333"}, "monthlyMinimum": "%s",
                 "centre": "centre", "accounts": {"tenantExpense": "55300", "centreIncome": "41000"}}""".formatted(minimum))).readObject());
    }

    @Test
    void eachCountAtItsPriceToThePennyTopsUpToTheMinimum() {
        // 250 payslips at 1.20 = 300.00; 40 users at 2.00 = 80.00; 7 invoices at 0.333 = 2.331, 2.33
        Statement above = Statement.of(prices("250.00"), Map.of("PAYSLIPS", 250L, "ACTIVE_USERS", 40L, "INVOICES_PROCESSED", 7L, "OTHER", 9L));
        assertEquals(List.of("ACTIVE_USERS 40 80.00", "INVOICES_PROCESSED 7 2.33", "PAYSLIPS 250 300.00"), above.lines().stream()
                .map(l -> l.unit() + " " + l.quantity() + " " + l.amount()).toList());
        assertEquals(List.of("382.33", "0.00", "382.33"), List.of(above.usage().toString(), above.minimumTopUp().toString(), above.total().toString()));
        Statement below = Statement.of(prices("500.00"), Map.of("PAYSLIPS", 250L));
        assertEquals(List.of("300.00", "200.00", "500.00"), List.of(below.usage().toString(), below.minimumTopUp().toString(), below.total().toString()));
        Statement nothing = Statement.of(prices("0.00"), Map.of());
        assertEquals("0.00", nothing.total().toString());
    }

    @Test
    void aPriceListThatCannotBeReadIsRefusedSayingWhatItNeeds() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PriceList.of(Json.createReader(
                new StringReader("{\"units\": {\"PAYSLIPS\": \"-1.00\"}, \"monthlyMinimum\": \"1.00\", \"centre\": null, "
                        + "\"accounts\": {\"tenantExpense\": \"55300\", \"centreIncome\": \"41000\"}}")).readObject()));
        assertEquals(true, refused.getMessage().startsWith("The price list needs units"));
    }
}
