package za.gov.dpsa.isdip.tenancy;

/** The sphere of government a department belongs to. */
public enum Sphere {
    NATIONAL,
    PROVINCIAL
}
