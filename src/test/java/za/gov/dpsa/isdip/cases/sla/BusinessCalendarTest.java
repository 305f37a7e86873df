package za.gov.dpsa.isdip.cases.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hand-computed against the standard calendar: Africa/Johannesburg (UTC+2, no DST), 07:30–16:00. */
class BusinessCalendarTest {

    private static final ZoneId SAST = ZoneId.of("Africa/Johannesburg");

    private final BusinessCalendar calendar = BusinessCalendar.standard();

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SAST).toInstant();
    }

    private static Duration hm(int hours, int minutes) {
        return Duration.ofHours(hours).plusMinutes(minutes);
    }

    @Test
    void standardIsJohannesburgFromHalfPastSevenToFour() {
        assertThat(calendar.zone()).isEqualTo(SAST);
        assertThat(calendar.dayStart()).isEqualTo(LocalTime.of(7, 30));
        assertThat(calendar.dayEnd()).isEqualTo(LocalTime.of(16, 0));
        assertThat(calendar).isEqualTo(new BusinessCalendar(SAST, LocalTime.of(7, 30), LocalTime.of(16, 0)));
    }

    @Test
    void businessDaysAreEightAndAHalfHoursEach() {
        assertThat(calendar.businessDays(0)).isEqualTo(Duration.ZERO);
        assertThat(calendar.businessDays(1)).isEqualTo(hm(8, 30));
        assertThat(calendar.businessDays(2)).isEqualTo(Duration.ofHours(17));
        assertThat(calendar.businessDays(20)).isEqualTo(Duration.ofHours(170));
        assertThatThrownBy(() -> calendar.businessDays(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void businessDaysAreWeekdaysThatAreNotPublicHolidays() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 2))).as("Thursday").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 3))).as("Good Friday").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 4))).as("Saturday").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 5))).as("Sunday").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 6))).as("Family Day").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 7))).as("Tuesday").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 8, 10))).as("Women's Day observed").isFalse();
    }

    @Test
    void addsWithinOneDay() {
        // Monday 2026-03-02 09:00 + 3h
        assertThat(calendar.addBusinessTime(at(2026, 3, 2, 9, 0), Duration.ofHours(3)))
                .isEqualTo(at(2026, 3, 2, 12, 0));
        assertThat(calendar.addBusinessTime(at(2026, 3, 2, 9, 0), Duration.ofHours(3)))
                .isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Test
    void addsAcrossAWeekend() {
        // Friday 2026-03-06 14:00 + 4h: 2h on Friday, 2h from Monday 07:30.
        assertThat(calendar.addBusinessTime(at(2026, 3, 6, 14, 0), Duration.ofHours(4)))
                .isEqualTo(at(2026, 3, 9, 9, 30));
    }

    @Test
    void addsAcrossTheEasterHolidays() {
        // Thursday 2026-04-02 15:00 + 2h: 1h on Thursday; Good Friday, weekend, Family Day skipped; Tue 08:30.
        assertThat(calendar.addBusinessTime(at(2026, 4, 2, 15, 0), Duration.ofHours(2)))
                .isEqualTo(at(2026, 4, 7, 8, 30));
    }

    @Test
    void startInTheEveningCountsFromTheNextWorkingMorning() {
        // Friday 18:00 + 1h -> Monday 08:30
        assertThat(calendar.addBusinessTime(at(2026, 3, 6, 18, 0), Duration.ofHours(1)))
                .isEqualTo(at(2026, 3, 9, 8, 30));
        // Friday 2026-04-24 18:00, Monday 27 April is Freedom Day -> Tuesday 08:30
        assertThat(calendar.addBusinessTime(at(2026, 4, 24, 18, 0), Duration.ofHours(1)))
                .isEqualTo(at(2026, 4, 28, 8, 30));
    }

    @Test
    void startBeforeHalfPastSevenCountsFromHalfPastSeven() {
        // Wednesday 2026-03-04 06:00 + 1h -> 08:30
        assertThat(calendar.addBusinessTime(at(2026, 3, 4, 6, 0), Duration.ofHours(1)))
                .isEqualTo(at(2026, 3, 4, 8, 30));
    }

    @Test
    void startOnAWeekendMorningCountsFromMonday() {
        // Saturday 2026-03-07 10:00 + 30 min -> Monday 08:00
        assertThat(calendar.addBusinessTime(at(2026, 3, 7, 10, 0), Duration.ofMinutes(30)))
                .isEqualTo(at(2026, 3, 9, 8, 0));
    }

    @Test
    void landingExactlyOnDayEndStaysAtFour() {
        assertThat(calendar.addBusinessTime(at(2026, 3, 2, 12, 0), Duration.ofHours(4)))
                .isEqualTo(at(2026, 3, 2, 16, 0));
        assertThat(calendar.addBusinessTime(at(2026, 3, 2, 7, 30), calendar.businessDays(1)))
                .isEqualTo(at(2026, 3, 2, 16, 0));
        // From before opening: the whole day is used, ending at 16:00 the same day.
        assertThat(calendar.addBusinessTime(at(2026, 3, 2, 5, 0), calendar.businessDays(1)))
                .isEqualTo(at(2026, 3, 2, 16, 0));
    }

    @Test
    void startingAtDayEndCountsFromTheNextMorning() {
        assertThat(calendar.addBusinessTime(at(2026, 3, 2, 16, 0), Duration.ofHours(1)))
                .isEqualTo(at(2026, 3, 3, 8, 30));
    }

    @Test
    void zeroDurationReturnsTheStartUnchangedEvenOutsideWorkingHours() {
        Instant saturdayNight = at(2026, 3, 7, 22, 15);
        assertThat(calendar.addBusinessTime(saturdayNight, Duration.ZERO)).isEqualTo(saturdayNight);
        Instant fourPm = at(2026, 3, 2, 16, 0);
        assertThat(calendar.addBusinessTime(fourPm, Duration.ZERO)).isEqualTo(fourPm);
    }

    @Test
    void negativeDurationIsRejected() {
        assertThatThrownBy(() -> calendar.addBusinessTime(at(2026, 3, 2, 9, 0), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fiveBusinessDaysFromMondayMorningEndOnTheNextMondayAtTheSameTime() {
        // Mon 10:00: 6h Mon, 8.5h Tue-Fri (34h) = 40h, the last 2.5h on Monday 07:30-10:00.
        assertThat(calendar.addBusinessTime(at(2026, 3, 2, 10, 0), calendar.businessDays(5)))
                .isEqualTo(at(2026, 3, 9, 10, 0));
    }

    @Test
    void twoBusinessDaysOverTheEasterWeekend() {
        // Thursday 2026-04-02 12:00 + 17h: Thu 4h, Tue 8.5h, Wed 07:30 + 4.5h = 12:00.
        assertThat(calendar.addBusinessTime(at(2026, 4, 2, 12, 0), calendar.businessDays(2)))
                .isEqualTo(at(2026, 4, 8, 12, 0));
    }

    @Test
    @Timeout(2)
    void sixtyBusinessDaysAreFastAndLandOnTheSixtiethDay() {
        // From Monday 2026-01-05 07:30, with no weekday holidays until 3 April: 12 full weeks,
        // so the sixtieth business day is Friday 2026-03-27.
        assertThat(calendar.addBusinessTime(at(2026, 1, 5, 7, 30), calendar.businessDays(60)))
                .isEqualTo(at(2026, 3, 27, 16, 0));
        // And a decade of business time still answers at once.
        Instant start = at(2026, 1, 5, 7, 30);
        Instant end = calendar.addBusinessTime(start, calendar.businessDays(2500));
        assertThat(calendar.businessTimeBetween(start, end)).isEqualTo(calendar.businessDays(2500));
    }

    @Test
    void businessTimeBetweenWithinOneDay() {
        assertThat(calendar.businessTimeBetween(at(2026, 3, 2, 9, 0), at(2026, 3, 2, 11, 15)))
                .isEqualTo(hm(2, 15));
        // Clipped to working hours on both ends.
        assertThat(calendar.businessTimeBetween(at(2026, 3, 2, 6, 0), at(2026, 3, 2, 18, 0)))
                .isEqualTo(hm(8, 30));
    }

    @Test
    void businessTimeBetweenAcrossTheEasterHolidayWeekend() {
        // Thu 12:00-16:00 = 4h; Good Friday, weekend and Family Day = 0; Tue 07:30-12:00 = 4.5h.
        assertThat(calendar.businessTimeBetween(at(2026, 4, 2, 12, 0), at(2026, 4, 7, 12, 0)))
                .isEqualTo(hm(8, 30));
    }

    @Test
    void businessTimeBetweenOvernight() {
        assertThat(calendar.businessTimeBetween(at(2026, 3, 2, 18, 0), at(2026, 3, 3, 7, 0)))
                .isEqualTo(Duration.ZERO);
        assertThat(calendar.businessTimeBetween(at(2026, 3, 2, 15, 0), at(2026, 3, 3, 8, 0)))
                .isEqualTo(hm(1, 30));
    }

    @Test
    void businessTimeBetweenOverAWeekendOnlyIsZero() {
        assertThat(calendar.businessTimeBetween(at(2026, 3, 6, 16, 0), at(2026, 3, 9, 7, 30)))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void businessTimeBetweenIsZeroWhenToIsNotAfterFrom() {
        Instant monday = at(2026, 3, 2, 10, 0);
        assertThat(calendar.businessTimeBetween(monday, monday)).isEqualTo(Duration.ZERO);
        assertThat(calendar.businessTimeBetween(at(2026, 3, 3, 10, 0), monday)).isEqualTo(Duration.ZERO);
    }

    @Test
    void addingAndMeasuringAreInverse() {
        List<Instant> starts = List.of(at(2026, 3, 6, 18, 0), at(2026, 4, 2, 15, 0), at(2026, 3, 4, 6, 0),
                at(2026, 12, 24, 11, 20), at(2026, 8, 7, 15, 59));
        List<Duration> durations = List.of(Duration.ofMinutes(1), hm(8, 30), Duration.ofHours(17),
                Duration.ofHours(100), hm(3, 7));
        for (Instant start : starts) {
            for (Duration d : durations) {
                Instant end = calendar.addBusinessTime(start, d);
                assertThat(calendar.businessTimeBetween(start, end)).as("%s + %s", start, d).isEqualTo(d);
            }
        }
    }

    @Test
    void aCustomCalendarUsesItsOwnZoneAndHours() {
        BusinessCalendar utcNineToFive = new BusinessCalendar(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertThat(utcNineToFive.businessDays(1)).isEqualTo(Duration.ofHours(8));
        // Monday 2026-03-02 08:00Z + 1h -> 10:00Z
        assertThat(utcNineToFive.addBusinessTime(Instant.parse("2026-03-02T08:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        // Friday 16:30Z + 1h -> Monday 09:30Z
        assertThat(utcNineToFive.addBusinessTime(Instant.parse("2026-03-06T16:30:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-03-09T09:30:00Z"));
    }

    @Test
    void dayStartMustBeBeforeDayEnd() {
        assertThatThrownBy(() -> new BusinessCalendar(SAST, LocalTime.of(16, 0), LocalTime.of(7, 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessCalendar(SAST, LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
