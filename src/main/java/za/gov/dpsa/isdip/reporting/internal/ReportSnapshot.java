package za.gov.dpsa.isdip.reporting.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The content of a submitted report, as stored: one JSON document per version, with a SHA-256 checksum of its
 * exact bytes so that anyone can check that what DPSA reviews is what the department sent.
 */
public record ReportSnapshot(String departmentId, String departmentName, String sphere, String province,
                             long periodId, String periodLabel, int templateVersion, Instant assembledAt,
                             List<Figure> figures) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One figure: its value (null when there is none), whether it was entered by hand, and the narrative. */
    public record Figure(String code, BigDecimal value, boolean manual, String narrative) {
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static ReportSnapshot fromJson(String json) {
        return JSON.readValue(json, ReportSnapshot.class);
    }

    public static String checksum(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The figure of an indicator, or null when the report has none. */
    public BigDecimal value(String code) {
        for (Figure figure : figures) {
            if (figure.code().equals(code)) {
                return figure.value();
            }
        }
        return null;
    }
}
