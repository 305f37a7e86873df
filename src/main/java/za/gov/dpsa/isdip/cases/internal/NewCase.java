package za.gov.dpsa.isdip.cases.internal;

import za.gov.dpsa.isdip.core.Mechanism;

/** What an official enters to log a case; {@code citizen} is null when no citizen is involved. */
public record NewCase(String title, String description, Mechanism category, String serviceName,
                      String servicePoint, CasePriority priority, CitizenDetails citizen) {
}
