package za.gov.dpsa.isdip.advocacy.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Tags are stored as comma-separated enum codes; unknown codes (from a later release) are skipped. */
final class Tags {

    private Tags() {
    }

    static String join(Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String codes, Class<E> type) {
        EnumSet<E> result = EnumSet.noneOf(type);
        if (codes == null || codes.isBlank()) {
            return result;
        }
        Arrays.stream(codes.split(",")).map(String::strip).forEach(code -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(code)) {
                    result.add(constant);
                }
            }
        });
        return result;
    }
}
