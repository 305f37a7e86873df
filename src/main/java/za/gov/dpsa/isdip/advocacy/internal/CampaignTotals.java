package za.gov.dpsa.isdip.advocacy.internal;

/** What the department logged for one campaign. */
public record CampaignTotals(long activities, long peopleReached) {
}
