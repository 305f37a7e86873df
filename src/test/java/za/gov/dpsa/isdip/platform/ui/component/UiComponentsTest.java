package za.gov.dpsa.isdip.platform.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;

/** The shared pieces keep their promises: one date convention, badges a screen reader reads, ids where callers put them. */
class UiComponentsTest {

    @Test
    void datesAreIsoInSouthAfricanTimeAndNothingForNull() {
        // 22:30 UTC is already the next day in Johannesburg (UTC+2).
        Instant lateEvening = Instant.parse("2026-09-30T22:30:15Z");
        assertThat(PortalDates.date(lateEvening)).isEqualTo("2026-10-01");
        assertThat(PortalDates.dateTime(lateEvening)).isEqualTo("2026-10-01 00:30");
        assertThat(PortalDates.dateTimeWithSeconds(lateEvening)).isEqualTo("2026-10-01 00:30:15");
        assertThat(PortalDates.date(LocalDate.of(2026, 3, 5))).isEqualTo("2026-03-05");
        assertThat(PortalDates.date((LocalDate) null)).isEmpty();
        assertThat(PortalDates.date((Instant) null)).isEmpty();
        assertThat(PortalDates.dateTime(null)).isEmpty();
    }

    @Test
    void pickersTakeSouthAfricanInputAndKeepTheMessagesAlreadySet() {
        DatePicker picker = new DatePicker();
        picker.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage("bad"));
        PortalDates.southAfrican(picker);
        assertThat(picker.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd", "yyyy/MM/dd", "d/M/yyyy");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getI18n().getBadInputErrorMessage()).isEqualTo("bad");
    }

    @Test
    void aBadgeSaysItsTextAndCarriesItsToneAsATheme() {
        Badge overdue = new Badge("Overdue", Badge.Tone.ERROR);
        assertThat(overdue.getText()).isEqualTo("Overdue");
        assertThat(overdue.getElement().getAttribute("theme")).isEqualTo("badge error");
        assertThat(new Badge("Critical", Badge.Tone.ERROR).emphasised().getElement().getAttribute("theme"))
                .isEqualTo("badge error primary");
        assertThat(Badge.theme(Badge.Tone.NEUTRAL, false)).isEqualTo("badge");
    }

    @Test
    void anEmptyStateIsAPoliteStatusWithItsHintAndNextStep() {
        Button next = new Button("next");
        EmptyState empty = new EmptyState("Nothing yet.").withHint("Add one.").withAction(next);
        assertThat(empty.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(empty.message().getText()).isEqualTo("Nothing yet.");
        assertThat(empty.getElement().getTextRecursively()).contains("Nothing yet.", "Add one.");
        assertThat(next.getParent()).contains(empty);
    }

    @Test
    void thePageHeaderHasOneTitleKeepingItsIdAnIntroAndActions() {
        Button action = new Button("New");
        PageHeader header = new PageHeader("Cases").withIntro("Your department's cases.").withActions(action);
        header.title().setId("cases-heading");
        assertThat(header.title().getId()).contains("cases-heading");
        assertThat(header.title().getText()).isEqualTo("Cases");
        assertThat(header.intro().getText()).isEqualTo("Your department's cases.");
        assertThat(action.getParent().flatMap(p -> p.getParent()).flatMap(p -> p.getParent())).contains(header);
    }
}
