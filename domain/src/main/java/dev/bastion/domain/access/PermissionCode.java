package dev.bastion.domain.access;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A permission: {@code domain:resource:action} (e.g. {@code system:user:create}). A segment may
 * be {@code *} (anything); a lone {@code *} grants everything. Segments are lower-case words
 * with digits and dashes, so {@code system:user} never prefix-matches {@code system:username}.
 */
public record PermissionCode(String value) {

    private static final Pattern SEGMENT = Pattern.compile("\\*|[a-z][a-z0-9-]{0,39}");
    public static final PermissionCode ALL = new PermissionCode("*");

    public PermissionCode {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("permission", "must not be empty");
        }
        if (!value.equals("*")) {
            String[] segments = value.split(":", -1);
            if (segments.length != 3) {
                throw new InvalidValueException("permission", "must be domain:resource:action or *");
            }
            for (String segment : segments) {
                if (!SEGMENT.matcher(segment).matches()) {
                    throw new InvalidValueException("permission",
                            "segments are '*' or lower-case words of letters, digits and '-'");
                }
            }
        }
    }

    List<String> segments() {
        return value.equals("*") ? List.of("*", "*", "*") : List.of(value.split(":"));
    }

    /**
     * Whether holding this code grants {@code required}: each segment of this code is {@code *} or
     * equal to the required one. A wildcard is granted only by a wildcard at least as wide, so this
     * is also "implies": {@code system:*:*} grants {@code system:user:*}, {@code system:user:list}
     * does not.
     */
    public boolean grants(PermissionCode required) {
        List<String> granted = segments();
        List<String> wanted = required.segments();
        for (int i = 0; i < 3; i++) {
            if (!granted.get(i).equals("*") && !granted.get(i).equals(wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this code grants every permission: {@code *}, or a wildcard in every segment. */
    public boolean grantsEverything() {
        return segments().stream().allMatch("*"::equals);
    }

    @Override
    public String toString() {
        return value;
    }
}
