/**
 * Three tiny modules that break the rules on purpose, so {@code ModularityTest} can show that the verification the
 * portal relies on does fail: {@code alpha} may use {@code gamma} only, and uses {@code beta}. Test code only: the
 * portal's own module model does not import tests.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "gamma")
package za.gov.dpsa.isdip.modularityfixture.alpha;
