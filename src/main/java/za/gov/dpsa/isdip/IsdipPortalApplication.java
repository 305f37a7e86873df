package za.gov.dpsa.isdip;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The ISDIP Portal: one Spring Boot application, one Spring Modulith module per ISDIP domain. */
@SpringBootApplication
// Every module uses the core (its Clock bean among others), so a module test starts it whatever its mode.
@Modulithic(sharedModules = "core")
public class IsdipPortalApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(IsdipPortalApplication.class, args);
        } catch (RuntimeException e) {
            // Spring Boot has reported why; end the JVM so the embedded database and Keycloak stop with it.
            System.exit(1);
        }
    }
}
