package za.gov.dpsa.isdip.platform.api;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/** The API's OpenAPI 3 description: who it is for, how to get a token, and the one security scheme. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String SCHEME = "keycloak-client-credentials";

    @Bean
    OpenAPI isdipApi(@Value("${isdip.oidc.issuer}") String issuer) {
        String tokenUrl = issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token";
        return new OpenAPI()
                .info(new Info().title("ISDIP Portal API").version("v1")
                        .description("""
                                The ISDIP Portal's API for departments' own systems and DPSA's analytics: cases in \
                                and out, reports as JSON, DHIS2 dataValueSets and ADX, and webhooks. A system \
                                authenticates with OAuth 2.0 client credentials at Keycloak; its department comes \
                                from its token. Every error is an RFC 9457 problem (application/problem+json). \
                                See docs/api.md.""")
                        .contact(new Contact().name("DPSA ISDIP Portal operations")))
                .servers(List.of(new Server().url("/").description("This portal")))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("A client registered in the portal (API clients page); its secret is shown "
                                + "once, when it is made or rotated.")
                        .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(tokenUrl)))))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
