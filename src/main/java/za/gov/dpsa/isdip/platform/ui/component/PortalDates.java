package za.gov.dpsa.isdip.platform.ui.component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import za.gov.dpsa.isdip.core.PortalTime;

/**
 * The portal's one way of writing dates and times on screen.
 *
 * <p><b>Convention:</b> ISO 8601 (in South Africa SANS 8601) everywhere a screen shows a date: grids, facts,
 * messages and forms. A day is {@code yyyy-MM-dd} (2026-09-30), a moment {@code yyyy-MM-dd HH:mm} on the 24-hour
 * clock (2026-09-30 14:05), in South African Standard Time ({@link PortalTime#ZONE}) whatever the server's zone.
 * The audit trail alone adds seconds ({@code yyyy-MM-dd HH:mm:ss}): its entries are told apart by them. Why ISO:
 * it is the national standard, reads the same in every official language (no month names to translate), sorts as
 * text in grids and exports, and matches the CSV and spreadsheet exports the same screens offer.
 *
 * <p>Date pickers accept what South Africans type ({@code 2026-09-30}, {@code 2026/09/30}, {@code 30/9/2026}),
 * show the ISO form, and start the week on Monday: {@link #southAfrican(DatePicker...)}.
 *
 * <p>Every method returns an empty string for {@code null} ("no date yet" shows as nothing, never "null").
 */
public final class PortalDates {

    /** A day: 2026-09-30. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PortalTime.ZONE);
    /** A moment to the minute, in South African time: 2026-09-30 14:05. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PortalTime.ZONE);
    /** A moment to the second, for the audit trail: 2026-09-30 14:05:09. */
    public static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(PortalTime.ZONE);

    /** The formats a picker accepts; the first is the one it shows. */
    private static final String[] TYPED_FORMATS = {"yyyy-MM-dd", "yyyy/MM/dd", "d/M/yyyy"};
    private static final int MONDAY = 1;

    private PortalDates() {
    }

    /** A day, e.g. 2026-09-30; empty for {@code null}. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The South African day of a moment, e.g. 2026-09-30; empty for {@code null}. */
    public static String date(Instant moment) {
        return moment == null ? "" : DATE.format(moment);
    }

    /** A moment to the minute in South African time, e.g. 2026-09-30 14:05; empty for {@code null}. */
    public static String dateTime(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    /** A moment to the second in South African time, e.g. 2026-09-30 14:05:09; empty for {@code null}. */
    public static String dateTimeWithSeconds(Instant moment) {
        return moment == null ? "" : DATE_TIME_SECONDS.format(moment);
    }

    /**
     * Sets the pickers up for South African input: ISO shown, the common local forms accepted, Monday first.
     * Keeps the messages a caller already set on the picker's i18n (bad input, out of range).
     */
    public static void southAfrican(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setI18n(southAfrican(picker.getI18n()));
        }
    }

    /** The same for the date half of date-and-time pickers. */
    public static void southAfrican(DateTimePicker... pickers) {
        for (DateTimePicker picker : pickers) {
            picker.setDatePickerI18n(southAfrican(picker.getDatePickerI18n()));
        }
    }

    private static DatePickerI18n southAfrican(DatePickerI18n existing) {
        DatePickerI18n i18n = existing == null ? new DatePickerI18n() : existing;
        return i18n.setDateFormats(TYPED_FORMATS[0], TYPED_FORMATS[1], TYPED_FORMATS[2]).setFirstDayOfWeek(MONDAY);
    }
}
