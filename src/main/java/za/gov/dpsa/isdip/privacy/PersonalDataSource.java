package za.gov.dpsa.isdip.privacy;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A kind of record holding personal information, as a module offers it to data-subject requests and to the
 * retention job. Spring beans; every method works in the current department's context and transaction.
 */
public interface PersonalDataSource {

    /** Stable name of the record type, such as {@code case.citizen}; also the retention rule's key. */
    String recordType();

    /** Message key naming the record type for people. */
    String labelKey();

    /** Records about the person the query describes, in the current department. */
    List<PersonalRecord> find(SubjectQuery query);

    /** One record by its id, if it exists in the current department. */
    Optional<PersonalRecord> get(String recordId);

    /**
     * Corrects one field of the record. Refuses, with {@link za.gov.dpsa.isdip.core.InvalidInput}, a field
     * that is not correctable or a value its rules do not accept.
     */
    void correct(String recordId, String field, String value);

    /**
     * Removes the personal information from the record (and from the copies the module keeps of it), keeping
     * what the department needs to account for its work. Anonymising twice is harmless.
     */
    void anonymise(String recordId);

    /** How long the record type keeps personal information, counted from {@link #retentionStartDescriptionKey}. */
    Period defaultRetention();

    /** Message key saying from when the retention period counts (for instance "from the case's closing"). */
    String retentionStartDescriptionKey();

    /** Ids of records whose retention period started before {@code cutoff} and still hold personal information. */
    List<String> pastRetention(Instant cutoff, int limit);
}
