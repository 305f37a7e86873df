package za.gov.dpsa.isdip.advocacy.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The advocacy figures departments reported for a reporting period a campaign falls in, consolidated nationally
 * by the reporting module from what departments submitted.
 */
public record CampaignFigures(String periodLabel, List<Figure> figures) {

    public record Figure(String code, String nameKey, BigDecimal national, int departments) {
    }
}
