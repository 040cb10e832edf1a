package org.guildhall.hr.leave.entity;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guildhall.platform.time.BankHolidays;
import org.guildhall.platform.time.Nation;

/**
 * A tenant's leave policy document ({@code leave-policy}), read: its leave year, standard week, leave types and extra
 * bank holidays. Fields missing from an edited document fall back to the civil-service defaults.
 */
public record LeavePolicy(boolean anniversaryYear, MonthDay yearStart, BigDecimal standardWeeklyHours, List<LeaveType> types,
                          List<OneOff> additionalDays) {

    /** One kind of leave; only those with a balance have an entitlement. */
    public record LeaveType(String code, String name, boolean hasBalance, BigDecimal entitlementDays,
                            BigDecimal longServiceEntitlementDays, int longServiceYears, BigDecimal privilegeDays,
                            BigDecimal carryOverCapDays) {
    }

    /** A bank holiday declared once (a coronation, a state funeral), for the nations it applies to (all when empty). */
    public record OneOff(LocalDate date, String name, List<Nation> nations) {
    }

    public static LeavePolicy of(JsonObject document) {
        JsonObject year = document.getJsonObject("leaveYear");
        boolean anniversary = year != null && "ANNIVERSARY".equals(year.getString("basis", "FIXED"));
        MonthDay start = MonthDay.of(year == null ? 4 : year.getInt("startMonth", 4), year == null ? 1 : year.getInt("startDay", 1));
        List<LeaveType> types = new ArrayList<>();
        for (JsonValue value : document.getJsonArray("types")) {
            JsonObject type = value.asJsonObject();
            types.add(new LeaveType(type.getString("code"), type.getString("name", type.getString("code")),
                    type.getBoolean("hasBalance", false), decimal(type, "entitlementDays", "0"),
                    decimal(type, "longServiceEntitlementDays", decimal(type, "entitlementDays", "0").toPlainString()),
                    type.getInt("longServiceYears", 0), decimal(type, "privilegeDays", "0"), decimal(type, "carryOverCapDays", "0")));
        }
        List<OneOff> oneOffs = new ArrayList<>();
        JsonObject holidays = document.getJsonObject("bankHolidays");
        if (holidays != null && holidays.containsKey("additionalDays")) {
            for (JsonValue value : holidays.getJsonArray("additionalDays")) {
                JsonObject day = value.asJsonObject();
                List<Nation> nations = day.containsKey("nations")
                        ? day.getJsonArray("nations").getValuesAs(JsonString.class).stream().map(s -> Nation.valueOf(s.getString())).toList()
                        : List.of();
                oneOffs.add(new OneOff(LocalDate.parse(day.getString("date")), day.getString("name", "Bank holiday"), nations));
            }
        }
        return new LeavePolicy(anniversary, start, decimal(document, "standardWeeklyHours", "37"), List.copyOf(types), List.copyOf(oneOffs));
    }

    private static BigDecimal decimal(JsonObject object, String field, String fallback) {
        JsonValue value = object.get(field);
        if (value instanceof JsonString text) {
            return new BigDecimal(text.getString());
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        return new BigDecimal(fallback);
    }

    public Optional<LeaveType> type(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Hours in a standard full-time day: the standard week over five days. */
    public BigDecimal standardDayHours() {
        return standardWeeklyHours.divide(BigDecimal.valueOf(5), 4, RoundingMode.HALF_UP);
    }

    /**
     * The leave year holding {@code day}, named by the calendar year it starts in: a fixed date each year, or on the
     * anniversary of the employee's start.
     */
    public int leaveYearOf(LocalDate day, LocalDate employmentStart) {
        int year = day.getYear();
        return day.isBefore(yearStart(year, employmentStart)) ? year - 1 : year;
    }

    /** The first day of leave year {@code year}. */
    public LocalDate yearStart(int year, LocalDate employmentStart) {
        MonthDay start = anniversaryYear ? MonthDay.from(employmentStart) : yearStart;
        return start.atYear(year); // 29 February becomes the 28th in other years
    }

    public LocalDate yearEnd(int year, LocalDate employmentStart) {
        return yearStart(year + 1, employmentStart).minusDays(1);
    }

    /** The one-off bank holidays of {@code nation}, for {@link BankHolidays#of}. */
    public List<Map.Entry<LocalDate, String>> oneOffsFor(Nation nation) {
        return additionalDays.stream().filter(d -> d.nations().isEmpty() || d.nations().contains(nation))
                .map(d -> (Map.Entry<LocalDate, String>) new AbstractMap.SimpleEntry<>(d.date(), d.name())).toList();
    }
}
