package za.gov.dpsa.isdip.modularityfixture.alpha;

import za.gov.dpsa.isdip.modularityfixture.beta.Beta;
import za.gov.dpsa.isdip.modularityfixture.gamma.Gamma;

/** Uses gamma, as declared, and beta, which it did not declare. */
public class Alpha {

    public String both() {
        return new Gamma().name() + new Beta().name();
    }
}
