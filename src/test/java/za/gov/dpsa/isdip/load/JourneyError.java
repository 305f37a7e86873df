package za.gov.dpsa.isdip.load;

/** A step of a simulated official's journey that did not do what the official expected. */
final class JourneyError extends RuntimeException {

    private final String action;

    JourneyError(String action, String message) {
        super(action + ": " + message);
        this.action = action;
    }

    String action() {
        return action;
    }
}
