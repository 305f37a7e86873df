package za.gov.dpsa.isdip.training.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.training.data.platform.CertificateRecordRepository;

/**
 * Public verification of a certificate code, for anyone, without signing in: a valid code shows the holder's name,
 * the course and the date, and nothing else; a mistyped, forged or unknown code shows only that it is not valid.
 */
@Service
public class CertificateVerification {

    private final CertificateRecordRepository registry;
    private final TenantWork tenantWork;

    CertificateVerification(CertificateRecordRepository registry, TenantWork tenantWork) {
        this.registry = registry;
        this.tenantWork = tenantWork;
    }

    public Optional<Verified> verify(String typedCode) {
        return CertificateCodes.normalise(typedCode).flatMap(code -> tenantWork.inPlatform(() ->
                registry.findById(code).map(r -> new Verified(r.getHolderName(), r.getCourseTitle(),
                        r.getCompletedOn()))));
    }

    /** All the public page shows. */
    public record Verified(String holderName, String courseTitle, LocalDate completedOn) {
    }
}
