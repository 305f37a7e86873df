package za.gov.dpsa.isdip.advocacy.internal;

import java.time.LocalDate;

/** A campaign activity as the department logs it. */
public record NewActivity(Long campaignId, String title, LocalDate heldOn, ActivityType type, String description,
                          Integer peopleReached, String servicePoint) {
}
