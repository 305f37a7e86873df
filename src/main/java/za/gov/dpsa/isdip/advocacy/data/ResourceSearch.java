package za.gov.dpsa.isdip.advocacy.data;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import za.gov.dpsa.isdip.advocacy.data.both.ResourceEntity;

/**
 * The library's search as the database runs it: the resources still in the library, of one kind, carrying
 * tag codes, mentioning words. The tag and word parts are pre-filters: they let through every resource the
 * library's own rule accepts (and, rarely, a few more), so the caller checks what they return with that rule.
 */
public final class ResourceSearch {

    /** The library's order: featured first, then the most recently updated; the id keeps pages stable. */
    public static final Sort ORDER = Sort.by(Sort.Order.desc("featured"), Sort.Order.desc("updatedAt"),
            Sort.Order.desc("id"));

    private static final char ESCAPE = '!';

    private final List<Specification<ResourceEntity>> parts = new ArrayList<>();

    private ResourceSearch() {
        parts.add((root, query, cb) -> cb.isFalse(root.get("retired")));
    }

    /** The resources not retired. */
    public static ResourceSearch inLibrary() {
        return new ResourceSearch();
    }

    public ResourceSearch ofKind(String kind) {
        parts.add((root, query, cb) -> cb.equal(root.get("kind"), kind));
        return this;
    }

    /**
     * Tags are comma-separated codes in one column ({@code mechanisms}, {@code principles}, {@code audiences});
     * a resource carrying {@code code} holds it somewhere in that column.
     */
    public ResourceSearch tagged(String column, String code) {
        String pattern = "%" + escaped(code) + "%";
        parts.add((root, query, cb) -> cb.like(root.get(column), pattern, ESCAPE));
        return this;
    }

    /**
     * The word, in lower case, somewhere in the title or the summary. The columns' collations ignore case (and
     * accents), and {@code lower} is there for a server whose collation does not.
     */
    public ResourceSearch mentioning(String word) {
        String pattern = "%" + escaped(word) + "%";
        parts.add((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("title")), pattern, ESCAPE),
                cb.like(cb.lower(root.get("summary")), pattern, ESCAPE)));
        return this;
    }

    public Specification<ResourceEntity> specification() {
        List<Specification<ResourceEntity>> all = List.copyOf(parts);
        return (root, query, cb) -> cb.and(all.stream().map(part -> part.toPredicate(root, query, cb))
                .toArray(Predicate[]::new));
    }

    private static String escaped(String value) {
        StringBuilder result = new StringBuilder(value.length() + 4);
        for (char c : value.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                result.append(ESCAPE);
            }
            result.append(c);
        }
        return result.toString();
    }
}
