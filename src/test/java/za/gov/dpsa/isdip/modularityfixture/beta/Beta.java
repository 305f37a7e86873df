package za.gov.dpsa.isdip.modularityfixture.beta;

public class Beta {

    public String name() {
        return "beta";
    }
}
