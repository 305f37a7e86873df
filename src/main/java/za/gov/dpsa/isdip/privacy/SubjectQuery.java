package za.gov.dpsa.isdip.privacy;

import java.util.Locale;

/**
 * Who a data-subject request is about: a name, and where known an identity number, email address or phone
 * number. Sources match a name as a whole (case-insensitive, ignoring extra spaces) and the others exactly.
 */
public record SubjectQuery(String fullName, String idNumber, String email, String phone) {

    public SubjectQuery {
        fullName = normalise(fullName);
        idNumber = blankToNull(idNumber);
        email = blankToNull(email) == null ? null : email.strip().toLowerCase(Locale.ROOT);
        phone = blankToNull(phone) == null ? null : digits(phone);
    }

    /** A phone number's digits, so "+27 82 555 0101" and "0825550101" compare on what identifies them. */
    public static String digits(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.startsWith("27") && digits.length() == 11 ? "0" + digits.substring(2) : digits;
    }

    public static String normalise(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** True when a record's name matches this query's name. */
    public boolean nameMatches(String candidate) {
        return fullName != null && candidate != null && normalise(candidate).equalsIgnoreCase(fullName);
    }

    /** True when the request gives more than a name to tell the person from a namesake. */
    public boolean identifies() {
        return idNumber != null || email != null || phone != null;
    }

    /**
     * Whether a record holding these details is about this person. A record with another identity number never
     * is. When the request gives an identity number, email address or phone number, the record must share one of
     * them: a namesake's records stay out of an export. With a name alone, the whole name decides (and the
     * request page warns that namesakes may be included).
     */
    public boolean admits(String recordName, String recordIdNumber, String recordEmail, String recordPhone) {
        String id = recordIdNumber == null || recordIdNumber.isBlank() ? null : recordIdNumber.strip();
        if (idNumber != null && id != null && !idNumber.equals(id)) {
            return false;
        }
        if (!identifies()) {
            return nameMatches(recordName);
        }
        return idNumber != null && idNumber.equals(id)
                || email != null && recordEmail != null && email.equalsIgnoreCase(recordEmail.strip())
                || phone != null && recordPhone != null && lastNine(phone).equals(lastNine(digits(recordPhone)));
    }

    private static String lastNine(String digits) {
        return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
    }
}
