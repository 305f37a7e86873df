package za.gov.dpsa.isdip.advocacy.internal;

import java.time.LocalDate;

/** An activity the department logged for a campaign. */
public record CampaignActivity(long id, long campaignId, String campaignName, String title, LocalDate heldOn,
                               ActivityType type, String description, int peopleReached, String servicePoint,
                               String loggedBy) {
}
