package za.gov.dpsa.isdip.privacy.ui;

import java.time.Period;

import com.vaadin.flow.component.Component;

/** How a retention period reads: "5 years", "18 months". */
final class PrivacyLabels {

    private PrivacyLabels() {
    }

    static String period(Component component, Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return component.getTranslation("privacy.period.years", period.getYears());
        }
        if (period.getDays() == 0) {
            return component.getTranslation("privacy.period.months", period.toTotalMonths());
        }
        return period.toString();
    }
}
