package za.gov.dpsa.isdip.advocacy.internal;

import java.time.LocalDate;
import java.util.Set;

/** A campaign as DPSA enters it. */
public record NewCampaign(String name, String description, LocalDate startsOn, LocalDate endsOn,
                          boolean allDepartments, Set<String> participants) {
}
