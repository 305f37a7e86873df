package za.gov.dpsa.isdip.standards.internal;

/**
 * What harmonisation saves departments: {@code demands} separate requirements of the mechanisms are answered by
 * {@code standards} harmonised standards, so {@code removed} answers are no longer given twice.
 */
public record CatalogueHeadline(int demands, int standards, int removed) {
}
