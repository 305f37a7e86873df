package za.gov.dpsa.isdip.privacy.internal;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.privacy.PersonalDataSource;

/**
 * How long each record type keeps personal information: the module's default, or
 * {@code isdip.privacy.retention.<record type>} (an ISO period such as P5Y) where the department's records
 * policy says otherwise.
 */
@Component
public class RetentionRules {

    public record Rule(PersonalDataSource source, Period retention) {
    }

    private final List<PersonalDataSource> sources;
    private final Environment environment;

    RetentionRules(List<PersonalDataSource> sources, Environment environment) {
        this.sources = sources;
        this.environment = environment;
        rules(); // a mistyped period stops the start, naming the setting
    }

    public List<Rule> rules() {
        return sources.stream().map(s -> new Rule(s, retentionOf(s))).toList();
    }

    private Period retentionOf(PersonalDataSource source) {
        String key = "isdip.privacy.retention." + source.recordType();
        String configured = environment.getProperty(key);
        if (configured == null || configured.isBlank()) {
            return source.defaultRetention();
        }
        try {
            Period period = Period.parse(configured.strip());
            if (period.isNegative() || period.isZero()) {
                throw new IllegalStateException(key + " must be a positive period such as P5Y, not " + configured);
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(key + " must be an ISO period such as P5Y or P18M, not " + configured, e);
        }
    }
}
