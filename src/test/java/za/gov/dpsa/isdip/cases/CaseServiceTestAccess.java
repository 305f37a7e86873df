package za.gov.dpsa.isdip.cases;

import java.util.function.Supplier;

import za.gov.dpsa.isdip.tenancy.PortalUser;

/** Lets tests of other packages run work as a signed-in user, the way CaseServiceTest does. */
public final class CaseServiceTestAccess {

    private CaseServiceTestAccess() {
    }

    public static <T> T as(PortalUser user, Supplier<T> work) {
        return CaseServiceTest.as(user, work);
    }
}
