package org.guildhall.finance.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.guildhall.finance.ledger.boundary.TrialBalanceResource;
import org.guildhall.finance.ledger.control.Balances;
import org.guildhall.platform.database.DataAge;
import org.guildhall.platform.spreadsheet.Workbooks;

/**
 * The trial balance up to a period, with a period picker ({@code /trial-balance}) and as a workbook ({@code .xlsx}); read
 * from a replica, the page says how recent its figures are.
 */
@ApplicationScoped
public class TrialBalancePage extends FinancePage {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    @Inject
    DataAge age;

    @Override
    public boolean shows(String rest) {
        return "/trial-balance".equals(rest) || "/trial-balance.xlsx".equals(rest);
    }

    @Override
    public void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope, int fiscalYear,
                      int period) throws IOException {
        if ("/trial-balance.xlsx".equals(rest)) {
            List<Balances.Row> rows = models.trialBalanceRows(fiscalYear, period);
            dated(response);
            response.setContentType(Workbooks.MEDIA_TYPE);
            response.setHeader("Content-Disposition", "attachment; filename=\"trial-balance-" + fiscalYear + "-" + period + ".xlsx\"");
            TrialBalanceResource.workbook(fiscalYear, period, rows).write(response.getOutputStream());
            return;
        }
        scope.put("title", "Trial balance");
        periodPicker(scope, period);
        scope.putAll(models.trialBalance(fiscalYear, period));
        dated(response);
        if (age.source().orElse(null) == DataAge.Source.REPLICA) {
            scope.put("asOf", AS_OF.format(age.asOf().orElseThrow()));
        }
        templates.render(response, 200, "finance-trial-balance", scope);
    }

    private void dated(HttpServletResponse response) {
        age.source().ifPresent(source -> {
            response.setHeader(DataAge.SOURCE, source.name().toLowerCase(Locale.ROOT));
            response.setHeader(DataAge.AS_OF, age.asOf().orElseThrow().toString());
        });
    }
}
