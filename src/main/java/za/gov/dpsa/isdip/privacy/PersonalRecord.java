package za.gov.dpsa.isdip.privacy;

import java.time.Instant;
import java.util.List;

/**
 * One record about a data subject, as a request shows and exports it: every personal field with its value,
 * which of them may be corrected, and whether the record has already been anonymised.
 */
public record PersonalRecord(String recordType, String recordId, String summary, Instant recordedAt,
                             List<Field> fields, boolean anonymised) {

    public PersonalRecord {
        fields = List.copyOf(fields);
    }

    /** A field of personal information; {@code correctable} when the department may change it on request. */
    public record Field(String name, String labelKey, String value, boolean correctable) {
    }
}
