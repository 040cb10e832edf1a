package org.guildhall.finance.budget.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guildhall.finance.budget.control.Budgets;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.spreadsheet.Uploads;
import org.guildhall.platform.spreadsheet.Workbooks;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.Inputs;

/** A fiscal year's budgets, set as JSON or loaded from a workbook. */
@Path("tenants/{tenant}/budgets")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.FINANCE, TenantRole.BUDGET_HOLDER, TenantRole.AUDITOR})
public class BudgetsResource {

    static final String SHEET = "Budgets";
    static final List<String> HEADERS = List.of("CostCentre", "Account", "Amount");

    @Inject
    Budgets budgets;

    /** Sets budget lines from JSON: {@code {lines: [{costCentre, account, amount}]}}. */
    @PUT
    @Path("{fiscalYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.FINANCE)
    public Map<String, Integer> set(@PathParam("fiscalYear") int fiscalYear, @Valid @NotNull BudgetRequest request) {
        List<CellError> errors = new ArrayList<>();
        List<Budgets.Line> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            LineRequest line = request.lines().get(i);
            lines.add(new Budgets.Line(i, line.costCentre(), line.account(), Inputs.moneyOrNull(line.amount())));
        }
        return Map.of("lines", lines.size(), "changed", budgets.set(checkedYear(fiscalYear), lines, "lines", errors));
    }

    /** Loads budget lines from the {@code Budgets} sheet of an .xlsx sent as the request body. */
    @POST
    @Path("{fiscalYear}/import")
    @Consumes(Workbooks.MEDIA_TYPE)
    @Allowed(tenant = TenantRole.FINANCE)
    public Map<String, Integer> load(@PathParam("fiscalYear") int fiscalYear, InputStream workbook) {
        List<CellError> errors = new ArrayList<>();
        List<Budgets.Line> lines = new ArrayList<>();
        for (Uploads.SheetRow row : Uploads.rows(workbook, SHEET, HEADERS)) {
            String costCentre = Uploads.text(row.cells().get("CostCentre"), SHEET, row.number(), "CostCentre", errors);
            String account = Uploads.text(row.cells().get("Account"), SHEET, row.number(), "Account", errors);
            BigDecimal value = Uploads.decimal(row.cells().get("Amount"), SHEET, row.number(), "Amount", errors);
            Money amount = null;
            if (value != null) {
                try {
                    amount = Money.of(value);
                    if (amount.amount().signum() < 0) {
                        errors.add(new CellError(SHEET, row.number(), "Amount", "A budget is not negative: enter it as a positive amount"));
                        amount = null;
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(new CellError(SHEET, row.number(), "Amount", "Enter pounds and pence, with at most two decimal places"));
                }
            }
            lines.add(new Budgets.Line(row.number(), costCentre, account, amount));
        }
        return Map.of("lines", lines.size(), "changed", budgets.set(checkedYear(fiscalYear), lines, SHEET, errors));
    }

    static int checkedYear(int fiscalYear) {
        if (fiscalYear < 2000 || fiscalYear > 2199) {
            throw Inputs.invalid("fiscalYear", "Enter a fiscal year from 2000 to 2199");
        }
        return fiscalYear;
    }

    public record BudgetRequest(@NotNull List<@Valid @NotNull LineRequest> lines) {
    }

    /**
     * A budget is never negative: income and expense budgets alike are in the natural direction of their account (the
     * budget report shows income actuals as positive too).
     */
    public record LineRequest(@Size(max = 16) String costCentre, @Size(max = 16) String account, @Amount String amount) {
    }

}
