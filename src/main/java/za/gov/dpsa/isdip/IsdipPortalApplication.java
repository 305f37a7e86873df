package za.gov.dpsa.isdip;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The ISDIP Portal: one Spring Boot application, one Spring Modulith module per ISDIP domain. */
@SpringBootApplication
public class IsdipPortalApplication {

    /** South African Standard Time: every date and time the portal shows or counts with. */
    public static final ZoneId ZONE = ZoneId.of("Africa/Johannesburg");

    public static void main(String[] args) {
        try {
            SpringApplication.run(IsdipPortalApplication.class, args);
        } catch (RuntimeException e) {
            // Spring Boot has reported why; end the JVM so the embedded database and Keycloak stop with it.
            System.exit(1);
        }
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
