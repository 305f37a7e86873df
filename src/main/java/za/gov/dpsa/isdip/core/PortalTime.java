package za.gov.dpsa.isdip.core;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's time: South African Standard Time for every date and time it shows or counts with, and the one
 * {@link Clock} bean every service asks for "now" (tests replace it to move time on).
 */
@Configuration(proxyBeanMethods = false)
public class PortalTime {

    /** South African Standard Time (UTC+2, no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Africa/Johannesburg");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
