package org.guildhall.hr.leave.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import org.guildhall.platform.tenancy.TenantScoped;

/** The hours an employee works on each day of the week, where they do not simply work their weekly hours Monday to Friday. */
@Entity
@Table(name = "work_pattern")
public class WorkPattern extends TenantScoped {

    @Id
    @Column(name = "employee_number", length = 32)
    private String employeeNumber;

    @Column(nullable = false, precision = 4, scale = 2) private BigDecimal monday;
    @Column(nullable = false, precision = 4, scale = 2) private BigDecimal tuesday;
    @Column(nullable = false, precision = 4, scale = 2) private BigDecimal wednesday;
    @Column(nullable = false, precision = 4, scale = 2) private BigDecimal thursday;
    @Column(nullable = false, precision = 4, scale = 2) private BigDecimal friday;
    @Column(nullable = false, precision = 4, scale = 2) private BigDecimal saturday;
    @Column(nullable = false, precision = 4, scale = 2) private BigDecimal sunday;

    @Version
    private long version;

    protected WorkPattern() {
    }

    public WorkPattern(String employeeNumber, Map<DayOfWeek, BigDecimal> hours) {
        this.employeeNumber = employeeNumber;
        replace(hours);
    }

    public void replace(Map<DayOfWeek, BigDecimal> hours) {
        monday = hours.getOrDefault(DayOfWeek.MONDAY, BigDecimal.ZERO);
        tuesday = hours.getOrDefault(DayOfWeek.TUESDAY, BigDecimal.ZERO);
        wednesday = hours.getOrDefault(DayOfWeek.WEDNESDAY, BigDecimal.ZERO);
        thursday = hours.getOrDefault(DayOfWeek.THURSDAY, BigDecimal.ZERO);
        friday = hours.getOrDefault(DayOfWeek.FRIDAY, BigDecimal.ZERO);
        saturday = hours.getOrDefault(DayOfWeek.SATURDAY, BigDecimal.ZERO);
        sunday = hours.getOrDefault(DayOfWeek.SUNDAY, BigDecimal.ZERO);
    }

    public Map<DayOfWeek, BigDecimal> hours() {
        Map<DayOfWeek, BigDecimal> hours = new EnumMap<>(DayOfWeek.class);
        hours.put(DayOfWeek.MONDAY, monday);
        hours.put(DayOfWeek.TUESDAY, tuesday);
        hours.put(DayOfWeek.WEDNESDAY, wednesday);
        hours.put(DayOfWeek.THURSDAY, thursday);
        hours.put(DayOfWeek.FRIDAY, friday);
        hours.put(DayOfWeek.SATURDAY, saturday);
        hours.put(DayOfWeek.SUNDAY, sunday);
        return hours;
    }

    public String employeeNumber() { return employeeNumber; }
    public long version() { return version; }
}
