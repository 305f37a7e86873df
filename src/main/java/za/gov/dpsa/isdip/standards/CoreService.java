package za.gov.dpsa.isdip.standards;

/** A core mandated service of a department, and who receives it. */
public record CoreService(long id, String name, String recipients) {
}
