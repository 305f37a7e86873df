package za.gov.dpsa.isdip.advocacy.internal;

import java.time.LocalDate;
import java.util.Set;

/** A campaign DPSA runs (Public Service Month, say): its dates and who takes part. */
public record Campaign(long id, String name, String description, LocalDate startsOn, LocalDate endsOn,
                       boolean allDepartments, Set<String> participants, long rowVersion) {

    public boolean includes(String departmentId) {
        return allDepartments || participants.contains(departmentId);
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
