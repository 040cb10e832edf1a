package org.guildhall.finance.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.guildhall.finance.ledger.boundary.TrialBalanceResource;
import org.guildhall.finance.ledger.control.Balances;
import org.guildhall.platform.spreadsheet.Workbooks;

/** The trial balance up to a period, with a period picker ({@code /trial-balance}) and as a workbook ({@code .xlsx}). */
@ApplicationScoped
public class TrialBalancePage extends FinancePage {

    @Override
    public boolean shows(String rest) {
        return "/trial-balance".equals(rest) || "/trial-balance.xlsx".equals(rest);
    }

    @Override
    public void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope, int fiscalYear,
                      int period) throws IOException {
        if ("/trial-balance.xlsx".equals(rest)) {
            List<Balances.Row> rows = models.trialBalanceRows(fiscalYear, period);
            response.setContentType(Workbooks.MEDIA_TYPE);
            response.setHeader("Content-Disposition", "attachment; filename=\"trial-balance-" + fiscalYear + "-" + period + ".xlsx\"");
            TrialBalanceResource.workbook(fiscalYear, period, rows).write(response.getOutputStream());
            return;
        }
        scope.put("title", "Trial balance");
        periodPicker(scope, period);
        scope.putAll(models.trialBalance(fiscalYear, period));
        templates.render(response, 200, "finance-trial-balance", scope);
    }
}
