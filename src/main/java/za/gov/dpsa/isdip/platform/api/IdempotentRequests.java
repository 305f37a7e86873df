package za.gov.dpsa.isdip.platform.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.data.department.ApiIdempotencyEntity;
import za.gov.dpsa.isdip.platform.data.department.ApiIdempotencyRepository;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * Exactly-once writes for the API. A write carries an {@code Idempotency-Key}; its answer is stored with the write,
 * in the same transaction and the same department database, so a retried request (a timeout, a lost answer) gets
 * the first answer again, marked {@code Idempotent-Replayed: true}, and never makes a second record. The same key
 * with a different request is refused; a refused write stores nothing, so the corrected request may reuse the key.
 * Two requests with one key at the same moment: one writes, the other rolls back and is told to retry.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** How long an answer is kept, and so how long a client may retry (docs/api.md). */
    public static final java.time.Duration KEPT = java.time.Duration.ofDays(7);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final ApiIdempotencyRepository answers;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final za.gov.dpsa.isdip.platform.AuditTrail auditTrail;

    IdempotentRequests(ApiIdempotencyRepository answers, PlatformTransactionManager transactions, JsonMapper json,
                       Clock clock, za.gov.dpsa.isdip.platform.AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.answers = answers;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    /**
     * What the write answered: its status, the created record's address (or null) and its body, read once the
     * write is flushed (so that versions and timestamps are those stored).
     */
    public record Answer(HttpStatus status, URI location, Supplier<?> body) {
    }

    /**
     * Runs the write once per key of the calling client, in one transaction with the stored answer.
     *
     * @param request what identifies the request besides its key: method, path and body
     */
    public ResponseEntity<String> once(SystemClient client, String key, String method, String path, Object request,
                                       Supplier<Answer> write) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInput(HEADER, "api.invalid.idempotencyKey");
        }
        String hash = hash(method + " " + path + "\n" + json.writeValueAsString(request));
        try {
            return transaction.execute(status -> {
                Optional<ApiIdempotencyEntity> earlier = answers.findByClientIdAndIdempotencyKey(client.clientId(),
                        key);
                if (earlier.isPresent()) {
                    if (!earlier.get().getRequestHash().equals(hash)) {
                        throw new InvalidInput(HEADER, "api.invalid.idempotencyKeyReused");
                    }
                    return replay(earlier.get());
                }
                Answer answer = write.get();
                answers.flush();
                String body = json.writeValueAsString(answer.body().get());
                answers.saveAndFlush(new ApiIdempotencyEntity(client.clientId(), key, hash, answer.status().value(),
                        answer.location() == null ? null : answer.location().toString(), body, clock.instant()));
                return respond(answer.status().value(), answer.location(), body, false);
            });
        } catch (DataIntegrityViolationException concurrent) {
            // Another request with this key committed first; this one's write was rolled back with it.
            throw new Conflict("Idempotency-Key " + key + " is being used by a request under way",
                    "api.conflict.idempotencyKeyInUse");
        }
    }

    /**
     * Forgets answers older than {@link #KEPT}, in the current department (the platform's cleanup job): one bulk
     * delete and one audit entry for it, not an entry per answer.
     */
    public long forgetOld() {
        java.time.Instant cutoff = clock.instant().minus(KEPT);
        return transaction.execute(status -> {
            int forgotten = answers.forgetBefore(cutoff);
            if (forgotten > 0) {
                auditTrail.record("API_ANSWERS_FORGOTTEN", "ApiIdempotency", "before " + cutoff,
                        forgotten + " answers to Idempotency-Keys, kept " + KEPT.toDays() + " days");
            }
            return (long) forgotten;
        });
    }

    private static ResponseEntity<String> replay(ApiIdempotencyEntity earlier) {
        return respond(earlier.getStatus(), earlier.getLocation() == null ? null : URI.create(earlier.getLocation()),
                earlier.getBody(), true);
    }

    private static ResponseEntity<String> respond(int status, URI location, String body, boolean replayed) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (location != null) {
            headers.setLocation(location);
        }
        if (replayed) {
            headers.set(REPLAYED, "true");
        }
        return ResponseEntity.status(status).headers(headers).body(body);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
