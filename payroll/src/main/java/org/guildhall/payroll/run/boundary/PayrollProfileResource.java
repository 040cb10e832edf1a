package org.guildhall.payroll.run.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.guildhall.payroll.run.control.PayrollProfiles;
import org.guildhall.payroll.run.entity.PayrollProfile;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.Inputs;

/** An employee's payroll profile: payroll admins read and replace it; the employee reads their own. */
@Path("tenants/{tenant}/employees/{number}/payroll-profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
@Transactional
@InTenant
public class PayrollProfileResource {

    @Inject
    PayrollProfiles profiles;

    @GET
    public ProfileView get(@PathParam("number") String number) {
        return profiles.find(number).map(ProfileView::of)
                .orElseThrow(() -> new Absent("Employee " + number + " has no payroll profile yet."));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.PAYROLL_ADMIN)
    public ProfileView put(@PathParam("number") String number, @Valid @NotNull ProfileRequest profile) {
        return ProfileView.of(profiles.put(number, profile.toInput()));
    }

    /** {@code pension} null for none; {@code previousEmployment} from a new starter's P45. */
    public record ProfileRequest(@Size(max = 16) String taxCode, @Size(max = 2) String niCategory,
                                 @Size(max = 4) List<@Size(max = 16) String> studentLoanPlans, @Size(max = 16) String schedule,
                                 @Valid PensionRequest pension, @Size(max = 1) String starterDeclaration,
                                 @Valid PreviousEmploymentRequest previousEmployment, @Size(max = 1) String gender,
                                 @Valid AddressRequest address, Long version) {

        PayrollProfiles.Request toInput() {
            return new PayrollProfiles.Request(taxCode, niCategory, studentLoanPlans, schedule, pension == null ? null : pension.scheme(),
                    pension == null ? null : pension.employeeRate(), pension == null ? null : pension.employerRate(), starterDeclaration,
                    previousEmployment == null ? null : Inputs.moneyOrNull(previousEmployment.taxablePay()),
                    previousEmployment == null ? null : Inputs.moneyOrNull(previousEmployment.taxPaid()), gender,
                    address == null ? null : address.lines(), address == null ? null : address.postcode(), version);
        }
    }

    /** The employee's home address for HMRC: up to four lines and a UK postcode. */
    public record AddressRequest(@Size(max = 4) List<@Size(max = 35) String> lines, @Size(max = 8) String postcode) {
    }

    public record AddressView(List<String> lines, String postcode) {
    }

    public record PensionRequest(@Size(max = 16) String scheme, BigDecimal employeeRate, BigDecimal employerRate) {
    }

    public record PreviousEmploymentRequest(@Amount String taxablePay, @Amount(signed = true) String taxPaid) {
    }

    public record ProfileView(String employeeNumber, String taxCode, String niCategory, List<String> studentLoanPlans, String schedule,
                              PensionView pension, String starterDeclaration, PreviousEmploymentView previousEmployment, String gender,
                              AddressView address, long version) {

        static ProfileView of(PayrollProfile profile) {
            PayrollProfile.Content c = profile.content();
            return new ProfileView(profile.employeeNumber(), c.taxCode(), String.valueOf(c.niCategory()),
                    c.studentLoanPlans().stream().map(Enum::name).sorted().toList(), c.schedule(),
                    c.pensionScheme() == null ? null : new PensionView(c.pensionScheme(), rate(c.employeeRate()), rate(c.employerRate())),
                    c.starterDeclaration() == null ? null : c.starterDeclaration().toString(),
                    c.previousTaxablePay() == null ? null : new PreviousEmploymentView(c.previousTaxablePay().toString(), c.previousTaxPaid().toString()),
                    c.gender() == null ? null : c.gender().toString(),
                    c.addressLines().isEmpty() && c.postcode() == null ? null : new AddressView(c.addressLines(), c.postcode()), profile.version());
        }

        private static String rate(BigDecimal rate) {
            return rate == null ? null : rate.stripTrailingZeros().toPlainString();
        }
    }

    public record PensionView(String scheme, String employeeRate, String employerRate) {
    }

    public record PreviousEmploymentView(String taxablePay, String taxPaid) {
    }
}
