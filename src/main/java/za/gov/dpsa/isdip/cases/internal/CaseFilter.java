package za.gov.dpsa.isdip.cases.internal;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filter of the case list. It round-trips through URL query parameters, so a filtered list can be
 * bookmarked and shared; unknown or broken values are dropped, never trusted, and the list says which were.
 * A filter outside the bounds below cannot be made at all: whatever a form, an address or an API sends.
 *
 * @param assignee a username, {@link #UNASSIGNED}, or null for anyone
 */
public record CaseFilter(Set<CaseStatus> statuses, Set<CasePriority> priorities, Set<Mechanism> categories,
                         String assignee, boolean breachedOnly, LocalDate from, LocalDate to, String text) {

    public static final String UNASSIGNED = "-";
    /** Dates a case can carry: nothing in the portal is older than the democratic public service. */
    public static final LocalDate EARLIEST = LocalDate.of(1994, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final int TEXT_MAX = 200;
    static final int ASSIGNEE_MAX = 100;

    /** A filter read from an address, with the names of the parameters whose values were not usable. */
    public record Parsed(CaseFilter filter, List<String> ignored) {
    }

    public CaseFilter {
        if (outside(from)) {
            throw new InvalidInput("from", "cases.invalid.dateRange");
        }
        if (outside(to)) {
            throw new InvalidInput("to", "cases.invalid.dateRange");
        }
        if (text != null && text.strip().length() > TEXT_MAX) {
            throw new InvalidInput("q", "cases.invalid.tooLong");
        }
        if (assignee != null && assignee.strip().length() > ASSIGNEE_MAX) {
            throw new InvalidInput("assignee", "cases.invalid.tooLong");
        }
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null || priorities.isEmpty() ? Set.of() : Set.copyOf(priorities);
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(categories);
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, false, null, null, null);
    }

    public static CaseFilter openCases() {
        return none().withStatuses(EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS,
                CaseStatus.AWAITING_INFORMATION));
    }

    public CaseFilter withStatuses(Set<CaseStatus> value) {
        return new CaseFilter(value, priorities, categories, assignee, breachedOnly, from, to, text);
    }

    public CaseFilter withAssignee(String value) {
        return new CaseFilter(statuses, priorities, categories, value, breachedOnly, from, to, text);
    }

    public Map<String, List<String>> toQueryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "status", statuses.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        put(parameters, "priority", priorities.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        put(parameters, "category", categories.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        put(parameters, "assignee", assignee);
        put(parameters, "breached", breachedOnly ? "true" : null);
        put(parameters, "from", from == null ? null : from.toString());
        put(parameters, "to", to == null ? null : to.toString());
        put(parameters, "q", text);
        return parameters;
    }

    public static CaseFilter fromQueryParameters(Map<String, List<String>> parameters) {
        return parse(parameters).filter();
    }

    /** Reads a filter from an address; a value that is not usable is left out and named. */
    public static Parsed parse(Map<String, List<String>> parameters) {
        List<String> ignored = new ArrayList<>();
        String assignee = first(parameters, "assignee");
        if (assignee != null && assignee.strip().length() > ASSIGNEE_MAX) {
            ignored.add("assignee");
            assignee = null;
        }
        String text = first(parameters, "q");
        if (text != null && text.strip().length() > TEXT_MAX) {
            ignored.add("q");
            text = null;
        }
        String breached = first(parameters, "breached");
        if (breached != null && !breached.equals("true") && !breached.equals("false")) {
            ignored.add("breached");
        }
        CaseFilter filter = new CaseFilter(
                enums(CaseStatus.class, "status", parameters, ignored),
                enums(CasePriority.class, "priority", parameters, ignored),
                enums(Mechanism.class, "category", parameters, ignored),
                assignee,
                "true".equals(breached),
                date("from", parameters, ignored),
                date("to", parameters, ignored),
                text);
        return new Parsed(filter, List.copyOf(ignored));
    }

    private static boolean outside(LocalDate date) {
        return date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST));
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null && !value.isEmpty()) {
            parameters.put(name, List.of(value));
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String name, Map<String, List<String>> parameters,
                                                    List<String> ignored) {
        String csv = first(parameters, name);
        if (csv == null) {
            return Set.of();
        }
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream(csv.split(",")).filter(key -> !key.isBlank()).forEach(key -> {
            try {
                values.add(Enum.valueOf(type, key.strip()));
            } catch (IllegalArgumentException unknown) {
                if (!ignored.contains(name)) {
                    ignored.add(name);
                }
            }
        });
        return values;
    }

    private static LocalDate date(String name, Map<String, List<String>> parameters, List<String> ignored) {
        String value = first(parameters, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // ISO dates only (2026-04-01); the parser also takes years such as +999999999, which bounds refuse.
            LocalDate date = value.length() == 10 ? LocalDate.parse(value) : null;
            if (date != null && !outside(date)) {
                return date;
            }
        } catch (DateTimeParseException unreadable) {
            // Named below, like a date out of bounds.
        }
        ignored.add(name);
        return null;
    }
}
