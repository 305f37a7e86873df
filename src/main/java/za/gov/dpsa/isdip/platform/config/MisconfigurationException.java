package za.gov.dpsa.isdip.platform.config;

/** A setting the portal cannot start with, named by the environment variable an operator sets. */
public class MisconfigurationException extends RuntimeException {

    private final String setting;

    public MisconfigurationException(String setting, String problem) {
        super(setting + " " + problem);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
