package za.gov.dpsa.isdip.modularityfixture.gamma;

public class Gamma {

    public String name() {
        return "gamma";
    }
}
