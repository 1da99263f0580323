package dev.bastion.adapters.rest.system.dictionary;

import java.util.List;

/**
 * The {@code If-None-Match} rule of RFC 9110 (13.1.2): the condition fails (answer 304) when a
 * listed tag matches the current one by weak comparison ({@code W/"x"} matches {@code "x"}), or
 * the list is {@code *} and the resource exists.
 */
final class EntityTags {

    private EntityTags() {
    }

    /** Whether the {@code If-None-Match} header values {@code ifNoneMatch} match {@code current} (a quoted strong tag). */
    static boolean noneMatchFails(List<String> ifNoneMatch, String current) {
        String opaque = opaque(current);
        for (String header : ifNoneMatch) {
            for (String candidate : header.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || opaque(tag).equals(opaque)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
