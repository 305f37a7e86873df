package za.gov.dpsa.isdip.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.core.annotation.Order;

import za.gov.dpsa.isdip.cases.data.department.CaseAttachmentEntity;
import za.gov.dpsa.isdip.cases.data.department.CaseAttachmentRepository;
import za.gov.dpsa.isdip.cases.data.department.CaseCitizenRepository;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseRepository;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.privacy.PersonalDataSource;
import za.gov.dpsa.isdip.privacy.PersonalRecord;
import za.gov.dpsa.isdip.privacy.SubjectQuery;

/**
 * Files on the cases of a citizen: the portal cannot read a scan or a photo for a name, so every file on a
 * case about the person is listed for the administrator to judge, and removing one drops its content. Listed
 * before the citizen (see {@link Order}), because once the citizen is anonymised their cases no longer match.
 */
@Component
@Order(10)
class CaseAttachmentData implements PersonalDataSource {

    static final String TYPE = "case.attachment";

    private final CaseAttachmentRepository attachments;
    private final CaseCitizenRepository citizens;
    private final SupportCaseRepository cases;
    private final Clock clock;

    CaseAttachmentData(CaseAttachmentRepository attachments, CaseCitizenRepository citizens,
                       SupportCaseRepository cases, Clock clock) {
        this.attachments = attachments;
        this.citizens = citizens;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public String labelKey() {
        return "privacy.type.case.attachment";
    }

    @Override
    public List<PersonalRecord> find(SubjectQuery query) {
        // Case by case: the reference is looked up once per case, and no file's content is read.
        List<PersonalRecord> found = new java.util.ArrayList<>();
        for (Long caseId : CaseCitizenData.casesAbout(citizens, query)) {
            boolean aboutThePerson = citizens.findById(caseId)
                    .filter(p -> query.admits(p.getFullName(), p.getIdNumber(), p.getEmail(), p.getPhone()))
                    .isPresent();
            List<CaseAttachment> files = aboutThePerson ? attachments.listHeldByCases(List.of(caseId)) : List.of();
            if (!files.isEmpty()) {
                String reference = referenceOf(caseId);
                files.forEach(a -> found.add(toRecord(a.id(), a.fileName(), a.uploadedAt(), a.sizeBytes(), false,
                        reference)));
            }
        }
        return found;
    }

    @Override
    public Optional<PersonalRecord> get(String recordId) {
        return attachment(recordId).map(a -> toRecord(a.getId(), a.getFileName(), a.getUploadedAt(), a.getSizeBytes(),
                a.getRemovedAt() != null, referenceOf(a.getCaseId())));
    }

    @Override
    public void correct(String recordId, String field, String value) {
        throw new InvalidInput(field, "privacy.invalid.notCorrectable");
    }

    @Override
    public void anonymise(String recordId) {
        CaseAttachmentEntity attachment = attachment(recordId)
                .orElseThrow(() -> new InvalidInput("record", "privacy.invalid.notFound"));
        if (attachment.getRemovedAt() == null) {
            attachment.remove(CaseCitizenData.REMOVED, clock.instant());
        }
    }

    @Override
    public Period defaultRetention() {
        return Period.ofYears(5);
    }

    @Override
    public String retentionStartDescriptionKey() {
        return "privacy.retention.from.caseClosed";
    }

    @Override
    public List<String> pastRetention(Instant cutoff, int limit) {
        return attachments.heldOnCitizenCasesClosedBefore(cutoff, limit).stream().map(String::valueOf).toList();
    }

    private Optional<CaseAttachmentEntity> attachment(String recordId) {
        try {
            return attachments.findById(Long.parseLong(recordId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String referenceOf(Long caseId) {
        return cases.findById(caseId).map(c -> c.getReference()).orElse("?");
    }

    private static PersonalRecord toRecord(long id, String fileName, Instant uploadedAt, long size, boolean removed,
                                           String caseReference) {
        return new PersonalRecord(TYPE, String.valueOf(id), caseReference + ": " + fileName, uploadedAt, List.of(
                new PersonalRecord.Field("fileName", "privacy.field.fileName", fileName, false),
                new PersonalRecord.Field("size", "privacy.field.size", String.valueOf(size), false)),
                removed);
    }
}
