package za.gov.dpsa.isdip.cases.data;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/** MySQL/MariaDB full-text search for criteria queries: {@code match_against(title, description, 'terms')}. */
public class MatchAgainstFunction implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().registerPattern("match_against",
                "match (?1, ?2) against (?3 in boolean mode)",
                functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.DOUBLE));
    }
}
