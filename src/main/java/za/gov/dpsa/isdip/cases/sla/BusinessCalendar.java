package za.gov.dpsa.isdip.cases.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Working days and hours, so that SLA targets count only the time the public service is at work.
 *
 * <p>A business day is Monday to Friday, except South African public holidays; within it, the working
 * hours run from {@code dayStart} (inclusive) to {@code dayEnd} on the wall clock of {@code zone}.
 * Immutable and thread-safe. Calculations walk day by day (never minute by minute).
 */
public final class BusinessCalendar {

    private static final BusinessCalendar STANDARD =
            new BusinessCalendar(ZoneId.of("Africa/Johannesburg"), LocalTime.of(7, 30), LocalTime.of(16, 0));

    private final ZoneId zone;
    private final LocalTime dayStart;
    private final LocalTime dayEnd;
    private final Duration dayLength;

    /** A calendar working from {@code dayStart} to {@code dayEnd} in {@code zone}; start must be before end. */
    public BusinessCalendar(ZoneId zone, LocalTime dayStart, LocalTime dayEnd) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.dayStart = Objects.requireNonNull(dayStart, "dayStart");
        this.dayEnd = Objects.requireNonNull(dayEnd, "dayEnd");
        if (!dayStart.isBefore(dayEnd)) {
            throw new IllegalArgumentException("dayStart " + dayStart + " must be before dayEnd " + dayEnd);
        }
        this.dayLength = Duration.between(dayStart, dayEnd);
    }

    /** The public service day: Africa/Johannesburg, 07:30 to 16:00 (8.5 business hours). */
    public static BusinessCalendar standard() {
        return STANDARD;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime dayStart() {
        return dayStart;
    }

    public LocalTime dayEnd() {
        return dayEnd;
    }

    /** Whether {@code date} is a working day: Monday to Friday and not a public holiday. */
    public boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY
                && !SouthAfricanPublicHolidays.isPublicHoliday(date);
    }

    /** The length of {@code days} full business days: {@code days × (dayEnd − dayStart)}. */
    public Duration businessDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return dayLength.multipliedBy(days);
    }

    /**
     * The instant at which {@code businessTime} of working time has elapsed, counting from {@code start}.
     * Time outside working hours does not count. A zero duration returns {@code start} unchanged; a result
     * that lands exactly at the end of a working day stays at {@code dayEnd} rather than the next morning.
     */
    public Instant addBusinessTime(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("businessTime must not be negative: " + businessTime);
        }
        if (businessTime.isZero()) {
            return start;
        }
        LocalDateTime local = LocalDateTime.ofInstant(start, zone);
        LocalDate day = local.toLocalDate();
        LocalTime from = local.toLocalTime();
        if (!isBusinessDay(day) || !from.isBefore(dayEnd)) {
            day = nextBusinessDay(day);
            from = dayStart;
        } else if (from.isBefore(dayStart)) {
            from = dayStart;
        }
        Duration remaining = businessTime;
        while (true) {
            Duration available = Duration.between(from, dayEnd);
            if (remaining.compareTo(available) <= 0) {
                return ZonedDateTime.of(day, from.plus(remaining), zone).toInstant();
            }
            remaining = remaining.minus(available);
            day = nextBusinessDay(day);
            from = dayStart;
        }
    }

    /** The working time between {@code from} and {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        LocalDate firstDay = a.toLocalDate();
        LocalDate lastDay = b.toLocalDate();
        Duration total = Duration.ZERO;
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (!isBusinessDay(day)) {
                continue;
            }
            LocalTime start = dayStart;
            LocalTime end = dayEnd;
            if (day.equals(firstDay) && a.toLocalTime().isAfter(start)) {
                start = a.toLocalTime();
            }
            if (day.equals(lastDay) && b.toLocalTime().isBefore(end)) {
                end = b.toLocalTime();
            }
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other
                && zone.equals(other.zone) && dayStart.equals(other.dayStart) && dayEnd.equals(other.dayEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, dayStart, dayEnd);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + dayStart + "-" + dayEnd + "]";
    }
}
