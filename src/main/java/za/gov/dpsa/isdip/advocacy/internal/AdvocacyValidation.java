package za.gov.dpsa.isdip.advocacy.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import za.gov.dpsa.isdip.core.FreeText;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;

/** The checks a resource, version, campaign or activity must pass; each refusal names its field. */
final class AdvocacyValidation {

    static final int MAX_PEOPLE_REACHED = 10_000_000;

    private AdvocacyValidation() {
    }

    static void validate(NewResource input) {
        text("title", input.title(), 5, 200);
        text("summary", input.summary(), 20, 2000);
        if (input.kind() == null) {
            throw new InvalidInput("kind", "advocacy.invalid.required");
        }
        if (input.mechanisms() == null || input.mechanisms().isEmpty()
                || input.mechanisms().contains(Mechanism.OTHER)) {
            throw new InvalidInput("mechanisms", "advocacy.invalid.mechanism");
        }
        if (input.audiences() == null || input.audiences().isEmpty()) {
            throw new InvalidInput("audiences", "advocacy.invalid.audience");
        }
        validate(input.content(), input.kind());
    }

    /** A version is a file or a link, not both; a video is always a link. */
    static void validate(ResourceContent content, ResourceKind kind) {
        if (content == null || (!content.hasFile() && blank(content.linkUrl()))) {
            throw new InvalidInput("content", "advocacy.invalid.content");
        }
        if (content.hasFile() && !blank(content.linkUrl())) {
            throw new InvalidInput("content", "advocacy.invalid.fileOrLink");
        }
        if (kind == ResourceKind.VIDEO && content.hasFile()) {
            throw new InvalidInput("link", "advocacy.invalid.videoLink");
        }
        if (!content.hasFile()) {
            link(content.linkUrl());
        }
        if (content.note() != null && content.note().strip().length() > 500) {
            throw new InvalidInput("note", "advocacy.invalid.tooLong");
        }
    }

    /** Only absolute https addresses with a host: no javascript:, data: or plain http. */
    static String link(String value) {
        String url = value.strip();
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    || uri.getHost() == null || uri.getHost().isBlank() || url.length() > 500) {
                throw new InvalidInput("link", "advocacy.invalid.link");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInput("link", "advocacy.invalid.link");
        }
        return url;
    }

    static void validate(NewCampaign input) {
        text("name", input.name(), 5, 200);
        text("description", input.description(), 10, 5000);
        if (input.startsOn() == null) {
            throw new InvalidInput("startsOn", "advocacy.invalid.required");
        }
        if (input.endsOn() == null) {
            throw new InvalidInput("endsOn", "advocacy.invalid.required");
        }
        if (input.endsOn().isBefore(input.startsOn())) {
            throw new InvalidInput("endsOn", "advocacy.invalid.endsBeforeStart");
        }
        if (!input.allDepartments() && (input.participants() == null || input.participants().isEmpty())) {
            throw new InvalidInput("participants", "advocacy.invalid.participants");
        }
    }

    static void validate(NewActivity input, Campaign campaign, java.time.LocalDate today) {
        text("title", input.title(), 5, 200);
        if (input.heldOn() == null) {
            throw new InvalidInput("heldOn", "advocacy.invalid.required");
        }
        if (input.heldOn().isAfter(today)) {
            throw new InvalidInput("heldOn", "advocacy.invalid.future");
        }
        if (!campaign.runsOn(input.heldOn())) {
            throw new InvalidInput("heldOn", "advocacy.invalid.outsideCampaign",
                    campaign.startsOn().toString(), campaign.endsOn().toString());
        }
        if (input.type() == null) {
            throw new InvalidInput("type", "advocacy.invalid.required");
        }
        if (input.peopleReached() == null || input.peopleReached() < 0
                || input.peopleReached() > MAX_PEOPLE_REACHED) {
            throw new InvalidInput("peopleReached", "advocacy.invalid.peopleReached");
        }
        if (input.servicePoint() != null && input.servicePoint().strip().length() > 200) {
            throw new InvalidInput("servicePoint", "advocacy.invalid.tooLong");
        }
        if (input.description() != null && input.description().strip().length() > 5000) {
            throw new InvalidInput("description", "advocacy.invalid.tooLong");
        }
    }

    static void text(String field, String value, int min, int max) {
        if (blank(value)) {
            throw new InvalidInput(field, "advocacy.invalid.required");
        }
        int length = FreeText.length(value);
        if (length < min) {
            throw new InvalidInput(field, "advocacy.invalid.tooShort");
        }
        if (length > max) {
            throw new InvalidInput(field, "advocacy.invalid.tooLong");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
