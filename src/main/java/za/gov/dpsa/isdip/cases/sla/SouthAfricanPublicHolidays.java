package za.gov.dpsa.isdip.cases.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * South African public holidays, so that SLA clocks do not run on days the public service is closed.
 *
 * <p>Follows the Public Holidays Act 36 of 1994: the twelve statutory holidays, Easter by the Gregorian
 * computus, and section 2(1) (a holiday on a Sunday makes the following Monday a holiday). One-off days
 * declared by the President (election days and the like) come from a table kept in this class.
 */
public final class SouthAfricanPublicHolidays {

    /**
     * Days declared public holidays in addition to the Act (section 2A, or elections under the Electoral Act).
     * New declarations must be added here when they are gazetted.
     */
    private static final Map<LocalDate, String> DECLARED = Map.of(
            LocalDate.of(2016, 8, 3), "Local government elections",
            LocalDate.of(2019, 5, 8), "National and provincial elections",
            LocalDate.of(2021, 11, 1), "Local government elections",
            LocalDate.of(2022, 12, 27), "Public holiday declared by the President",
            LocalDate.of(2023, 12, 15), "Public holiday declared by the President (Rugby World Cup)",
            LocalDate.of(2024, 5, 29), "National and provincial elections");

    private static final Map<Integer, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private SouthAfricanPublicHolidays() {
    }

    /** The public holidays of {@code year}, in date order, with their names; unmodifiable. */
    public static Map<LocalDate, String> holidaysOf(int year) {
        return CACHE.computeIfAbsent(year, SouthAfricanPublicHolidays::compute);
    }

    /** Whether {@code date} is a public holiday (statutory, observed under section 2(1), or declared). */
    public static boolean isPublicHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return holidaysOf(date.getYear()).containsKey(date);
    }

    /** Easter Sunday of {@code year}: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static Map<LocalDate, String> compute(int year) {
        SortedMap<LocalDate, String> statutory = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        statutory.put(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
        statutory.put(LocalDate.of(year, Month.MARCH, 21), "Human Rights Day");
        statutory.put(easter.minusDays(2), "Good Friday");
        statutory.put(easter.plusDays(1), "Family Day");
        statutory.put(LocalDate.of(year, Month.APRIL, 27), "Freedom Day");
        statutory.put(LocalDate.of(year, Month.MAY, 1), "Workers' Day");
        statutory.put(LocalDate.of(year, Month.JUNE, 16), "Youth Day");
        statutory.put(LocalDate.of(year, Month.AUGUST, 9), "National Women's Day");
        statutory.put(LocalDate.of(year, Month.SEPTEMBER, 24), "Heritage Day");
        statutory.put(LocalDate.of(year, Month.DECEMBER, 16), "Day of Reconciliation");
        statutory.put(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
        statutory.put(LocalDate.of(year, Month.DECEMBER, 26), "Day of Goodwill");

        TreeMap<LocalDate, String> all = new TreeMap<>(statutory);
        // Section 2(1): a holiday on a Sunday makes the Monday a holiday. When that Monday already is one
        // (Christmas on a Sunday: Monday is the Day of Goodwill) the Act adds no further day.
        statutory.forEach((date, name) -> {
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                all.putIfAbsent(date.plusDays(1), name + " (observed)");
            }
        });
        DECLARED.forEach((date, name) -> {
            if (date.getYear() == year) {
                all.putIfAbsent(date, name);
            }
        });
        return Collections.unmodifiableSortedMap(all);
    }
}
