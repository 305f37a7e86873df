/**
 * What every module's REST endpoints under {@code /api/v1} share: RFC 9457 problem details in the caller's
 * language ({@link za.gov.dpsa.isdip.platform.api.ApiProblems}) and exactly-once writes
 * ({@link za.gov.dpsa.isdip.platform.api.IdempotentRequests}). The security of the API (client credentials tokens,
 * the register of clients, rate and payload limits) is the platform's {@code security} package; the endpoints
 * themselves live in their domain module's {@code rest} package. Exposed as the named interface "api".
 */
@org.springframework.modulith.NamedInterface("api")
package za.gov.dpsa.isdip.platform.api;
