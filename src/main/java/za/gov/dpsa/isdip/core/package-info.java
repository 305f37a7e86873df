/**
 * The ISDIP core, shared by every module: the ISDIP vocabulary (the improvement {@link
 * za.gov.dpsa.isdip.core.Mechanism mechanisms} and the {@link za.gov.dpsa.isdip.core.BathoPelePrinciple Batho Pele
 * principles}), the portal's time, the refusals every module raises ({@link za.gov.dpsa.isdip.core.NotFound},
 * {@link za.gov.dpsa.isdip.core.Conflict}, {@link za.gov.dpsa.isdip.core.InvalidInput}), free-text hygiene and the
 * one CSV writer. It depends on no other module and holds no state, so every module may use all of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ISDIP core",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package za.gov.dpsa.isdip.core;
