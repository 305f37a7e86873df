package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;

import java.util.List;
import java.util.Map;

/**
 * A department's alignment at a glance: compliance over the harmonised standards, by mechanism and by Batho Pele
 * principle, the open and overdue actions, and the SDIP's status (null when there is no SDIP yet).
 */
public record AlignmentDashboard(AlignmentFigures.Figure overall, Map<Mechanism, AlignmentFigures.Figure> byMechanism,
                                 Map<BathoPelePrinciple, AlignmentFigures.Figure> byPrinciple, int published, int assessed,
                                 List<ActionItem> openActions, List<ActionItem> overdueActions, SdipPlan sdip) {
}
