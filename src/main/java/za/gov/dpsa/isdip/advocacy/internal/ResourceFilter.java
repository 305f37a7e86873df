package za.gov.dpsa.isdip.advocacy.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the library is narrowed to; a null part does not narrow. */
public record ResourceFilter(String text, Mechanism mechanism, BathoPelePrinciple principle, Audience audience,
                             ResourceKind kind, ResourceSource source) {

    public static ResourceFilter none() {
        return new ResourceFilter(null, null, null, null, null, null);
    }

    public ResourceFilter withText(String value) {
        return new ResourceFilter(value, mechanism, principle, audience, kind, source);
    }

    public ResourceFilter withMechanism(Mechanism value) {
        return new ResourceFilter(text, value, principle, audience, kind, source);
    }

    public ResourceFilter withPrinciple(BathoPelePrinciple value) {
        return new ResourceFilter(text, mechanism, value, audience, kind, source);
    }

    public ResourceFilter withAudience(Audience value) {
        return new ResourceFilter(text, mechanism, principle, value, kind, source);
    }

    public ResourceFilter withKind(ResourceKind value) {
        return new ResourceFilter(text, mechanism, principle, audience, value, source);
    }

    public ResourceFilter withSource(ResourceSource value) {
        return new ResourceFilter(text, mechanism, principle, audience, kind, value);
    }

    /** The search words, in lower case, as {@link #matches} looks for them. */
    List<String> words() {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isBlank()).toList();
    }

    /** Whether the database can only pre-filter this: tags and words are checked again with {@link #matches}. */
    boolean needsFinalCheck() {
        return mechanism != null || principle != null || audience != null || !words().isEmpty();
    }

    /** The rule the library applies; the database's search narrows to a superset of what this accepts. */
    boolean matches(ResourceSummary resource) {
        if (source != null && resource.source() != source) {
            return false;
        }
        if (kind != null && resource.kind() != kind) {
            return false;
        }
        if (mechanism != null && !resource.mechanisms().contains(mechanism)) {
            return false;
        }
        if (principle != null && !resource.principles().contains(principle)) {
            return false;
        }
        if (audience != null && !resource.audiences().contains(audience)) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        // Every word must appear in the title or the summary, in any order and case.
        String haystack = (resource.title() + " " + resource.summary()).toLowerCase(java.util.Locale.ROOT);
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (!word.isBlank() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
