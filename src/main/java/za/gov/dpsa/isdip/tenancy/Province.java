package za.gov.dpsa.isdip.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** South Africa's nine provinces, with the names used in the department definitions. */
public enum Province {
    EASTERN_CAPE("Eastern Cape"),
    FREE_STATE("Free State"),
    GAUTENG("Gauteng"),
    KWAZULU_NATAL("KwaZulu-Natal"),
    LIMPOPO("Limpopo"),
    MPUMALANGA("Mpumalanga"),
    NORTHERN_CAPE("Northern Cape"),
    NORTH_WEST("North West"),
    WESTERN_CAPE("Western Cape");

    private final String displayName;

    Province(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Province> fromDisplayName(String name) {
        return Arrays.stream(values()).filter(p -> p.displayName.equalsIgnoreCase(name.trim())).findFirst();
    }
}
