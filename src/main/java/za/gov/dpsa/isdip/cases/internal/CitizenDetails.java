package za.gov.dpsa.isdip.cases.internal;

/** Personal information of the citizen or complainant on a case (POPIA): shown on request, and logged. */
public record CitizenDetails(String fullName, String idNumber, String phone, String email) {
}
