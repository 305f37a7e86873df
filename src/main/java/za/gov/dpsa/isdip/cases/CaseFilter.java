package za.gov.dpsa.isdip.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filter of the case list. It round-trips through URL query parameters, so a filtered list can be
 * bookmarked and shared; unknown or broken values are dropped, never trusted.
 *
 * @param assignee a username, {@link #UNASSIGNED}, or null for anyone
 */
public record CaseFilter(Set<CaseStatus> statuses, Set<CasePriority> priorities, Set<CaseCategory> categories,
                         String assignee, boolean breachedOnly, LocalDate from, LocalDate to, String text) {

    public static final String UNASSIGNED = "-";

    public CaseFilter {
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
        return new CaseFilter(
                enums(CaseStatus.class, first(parameters, "status")),
                enums(CasePriority.class, first(parameters, "priority")),
                enums(CaseCategory.class, first(parameters, "category")),
                first(parameters, "assignee"),
                "true".equals(first(parameters, "breached")),
                date(first(parameters, "from")),
                date(first(parameters, "to")),
                first(parameters, "q"));
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

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String csv) {
        if (csv == null) {
            return Set.of();
        }
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream(csv.split(",")).forEach(name -> {
            try {
                values.add(Enum.valueOf(type, name.strip()));
            } catch (IllegalArgumentException ignored) {
                // An unknown value in a bookmarked address is dropped.
            }
        });
        return values;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
