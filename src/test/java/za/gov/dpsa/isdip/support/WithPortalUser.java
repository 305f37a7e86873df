package za.gov.dpsa.isdip.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Runs a test as a signed-in portal user, as Keycloak's token would describe them. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@WithSecurityContext(factory = WithPortalUser.Factory.class)
public @interface WithPortalUser {

    String username() default "dha.official";

    /** Department id, or empty for none. */
    String department() default "dha";

    String[] roles() default {"dept-user"};

    class Factory implements WithSecurityContextFactory<WithPortalUser> {
        @Override
        public SecurityContext createSecurityContext(WithPortalUser annotation) {
            return TestUsers.contextOf(TestUsers.user(annotation.username(),
                    annotation.department().isEmpty() ? null : annotation.department(), annotation.roles()));
        }
    }
}
