package za.gov.dpsa.isdip.standards.internal;

/**
 * Where an entry of DPSA's catalogue stands. Departments see only published entries; a standard's earlier
 * version becomes superseded when its next version is published, and stays readable for the assessments that
 * answered it.
 */
public enum CatalogueStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED,
    RETIRED
}
