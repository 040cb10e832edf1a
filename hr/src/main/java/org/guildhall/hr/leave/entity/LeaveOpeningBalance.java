package org.guildhall.hr.leave.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * Where an employee's leave of one type stood when their department joined (the onboarding workbook's Leave sheet):
 * the leave year, what carried into it and what was taken in it before Guildhall, in the unit the balance was kept in.
 */
@Entity
@Table(name = "leave_opening_balance")
@IdClass(LeaveOpeningBalance.Key.class)
public class LeaveOpeningBalance extends TenantScoped {

    /** The key within a tenant. */
    public static class Key implements Serializable {
        private String employeeNumber;
        private String leaveType;

        public Key() {
        }

        public Key(String employeeNumber, String leaveType) {
            this.employeeNumber = employeeNumber;
            this.leaveType = leaveType;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(employeeNumber, key.employeeNumber) && Objects.equals(leaveType, key.leaveType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(employeeNumber, leaveType);
        }
    }

    @Id
    @Column(name = "employee_number", length = 32)
    private String employeeNumber;

    @Id
    @Column(name = "leave_type", length = 16)
    private String leaveType;

    @Column(name = "leave_year", nullable = false)
    private int leaveYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private AnnualLeave.Unit unit;

    @Column(name = "carried_over", nullable = false, precision = 7, scale = 2)
    private BigDecimal carriedOver;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal taken;

    protected LeaveOpeningBalance() {
    }

    public LeaveOpeningBalance(String employeeNumber, String leaveType, AnnualLeave.Opening opening) {
        this.employeeNumber = employeeNumber;
        this.leaveType = leaveType;
        replace(opening);
    }

    public void replace(AnnualLeave.Opening opening) {
        leaveYear = opening.leaveYear();
        unit = opening.unit();
        carriedOver = opening.carriedOver().setScale(2);
        taken = opening.taken().setScale(2);
    }

    public String leaveType() {
        return leaveType;
    }

    public AnnualLeave.Opening opening() {
        return new AnnualLeave.Opening(leaveYear, unit, carriedOver, taken);
    }

    /** What the audit keeps. */
    public JsonObject state() {
        return Json.createObjectBuilder().add("employeeNumber", employeeNumber).add("leaveType", leaveType).add("leaveYear", leaveYear)
                .add("unit", unit.name()).add("carriedOver", carriedOver.toPlainString()).add("taken", taken.toPlainString()).build();
    }
}
