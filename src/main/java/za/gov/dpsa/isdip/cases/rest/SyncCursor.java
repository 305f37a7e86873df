package za.gov.dpsa.isdip.cases.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.core.InvalidInput;

/**
 * The {@code after} of a case list's next link: the page it opens and the last case of the page before, in the
 * list's order (updatedAt, id). Opaque to clients (base64url), so its form may change without a new API version.
 */
record SyncCursor(int page, CaseService.SyncPosition position) {

    /** A valid cursor, for the OpenAPI example: page 1, after case 42 changed at 2026-12-01T08:00:00Z. */
    static final String EXAMPLE = "MToxNzk2MTEyMDAwMDAwMDAwOjQy";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** The cursor, or null when none was given; one that was not made by the portal is refused on {@code after}. */
    static SyncCursor parse(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        SyncCursor cursor = decode(after.strip());
        if (cursor == null) {
            throw new InvalidInput("after", "api.invalid.after");
        }
        return cursor;
    }

    /** The cursor the text holds, or null when it holds none. */
    private static SyncCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3) {
                return null;
            }
            int page = Integer.parseInt(parts[0]);
            long micros = Long.parseLong(parts[1]);
            long id = Long.parseLong(parts[2]);
            return page < 1 || micros < 0 || id < 1 ? null : new SyncCursor(page,
                    new CaseService.SyncPosition(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
        } catch (IllegalArgumentException e) {
            // Not base64, or not numbers (NumberFormatException is one).
            return null;
        }
    }

    @Override
    public String toString() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, position.updatedAt());
        return ENCODER.encodeToString((page + ":" + micros + ":" + position.id()).getBytes(StandardCharsets.UTF_8));
    }
}
