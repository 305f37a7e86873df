package za.gov.dpsa.isdip.training.internal;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.privacy.PersonalDataSource;
import za.gov.dpsa.isdip.privacy.PersonalRecord;
import za.gov.dpsa.isdip.privacy.SubjectQuery;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.TenantContext;
import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.training.data.department.EnrolmentEntity;
import za.gov.dpsa.isdip.training.data.department.EnrolmentRepository;
import za.gov.dpsa.isdip.training.data.platform.CertificateRecordRepository;
import za.gov.dpsa.isdip.training.data.platform.RegistrationRepository;

/**
 * An official's training record in the department (enrolment, progress, certificate), for data-subject
 * requests and retention. The learner's name is also on the public certificate registry and on session
 * registrations in the platform database: a correction or anonymisation reaches those copies too, and a
 * certificate keeps verifying under the corrected (or anonymised) name.
 */
@Component
class LearnerRecords implements PersonalDataSource {

    static final String FORGOTTEN = "[former official]";

    private final EnrolmentRepository enrolments;
    private final CertificateRecordRepository certificates;
    private final RegistrationRepository registrations;
    private final TenantWork tenantWork;
    private final DepartmentMembers members;

    LearnerRecords(EnrolmentRepository enrolments, CertificateRecordRepository certificates,
                   RegistrationRepository registrations, TenantWork tenantWork, DepartmentMembers members) {
        this.members = members;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.registrations = registrations;
        this.tenantWork = tenantWork;
    }

    @Override
    public String recordType() {
        return "training.enrolment";
    }

    @Override
    public String labelKey() {
        return "privacy.type.training.enrolment";
    }

    @Override
    public List<PersonalRecord> find(SubjectQuery query) {
        // The enrolment holds a name; the directory copy adds the official's email address, when known.
        return enrolments.findByLearnerName(query.fullName()).stream()
                .filter(e -> query.admits(e.getDisplayName(), null, members.known(e.getUsername())
                        .map(k -> k.member().email()).orElse(null), null))
                .map(this::toRecord).toList();
    }

    @Override
    public Optional<PersonalRecord> get(String recordId) {
        return enrolment(recordId).map(this::toRecord);
    }

    @Override
    public void correct(String recordId, String field, String value) {
        if (!"fullName".equals(field)) {
            throw new InvalidInput(field, "privacy.invalid.notCorrectable");
        }
        String name = SubjectQuery.normalise(value);
        if (name == null || name.length() < 2) {
            throw new InvalidInput(field, "privacy.invalid.name");
        }
        if (name.length() > 200) {
            throw new InvalidInput(field, "privacy.invalid.tooLong");
        }
        rename(enrolment(recordId).orElseThrow(() -> new InvalidInput("record", "privacy.invalid.notFound")), name,
                name);
    }

    @Override
    public void anonymise(String recordId) {
        EnrolmentEntity enrolment = enrolment(recordId)
                .orElseThrow(() -> new InvalidInput("record", "privacy.invalid.notFound"));
        if (!FORGOTTEN.equals(enrolment.getDisplayName())) {
            rename(enrolment, FORGOTTEN, "[anonymised]");
            enrolment.forget(FORGOTTEN);
        }
    }

    @Override
    public Period defaultRetention() {
        return Period.ofYears(5);
    }

    @Override
    public String retentionStartDescriptionKey() {
        return "privacy.retention.from.trainingCompleted";
    }

    @Override
    public List<String> pastRetention(Instant cutoff, int limit) {
        return enrolments.lastActiveBefore(cutoff, FORGOTTEN, Limit.of(limit)).stream().map(String::valueOf).toList();
    }

    private void rename(EnrolmentEntity enrolment, String learnerName, String certificateName) {
        enrolment.rename(learnerName);
        String departmentId = TenantContext.currentTenant();
        String username = enrolment.getUsername();
        String code = enrolment.getCertificateCode();
        tenantWork.inPlatform(() -> {
            if (code != null) {
                // Only this department's certificate: the code alone must not reach another's public record.
                certificates.findById(code).filter(c -> c.getDepartmentId().equals(departmentId))
                        .ifPresent(c -> c.rename(certificateName));
            }
            registrations.findByDepartmentIdAndUsername(departmentId, username).forEach(r -> r.rename(learnerName));
        });
    }

    private Optional<EnrolmentEntity> enrolment(String recordId) {
        try {
            return enrolments.findById(Long.parseLong(recordId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private PersonalRecord toRecord(EnrolmentEntity e) {
        boolean forgotten = FORGOTTEN.equals(e.getDisplayName());
        return new PersonalRecord(recordType(), String.valueOf(e.getId()), e.getCourseTitle(), e.getEnrolledAt(), List.of(
                new PersonalRecord.Field("username", "privacy.field.username", e.getUsername(), false),
                new PersonalRecord.Field("fullName", "privacy.field.fullName", e.getDisplayName(), !forgotten),
                new PersonalRecord.Field("certificate", "privacy.field.certificate", e.getCertificateCode(), false)),
                forgotten);
    }
}
