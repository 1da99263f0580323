package dev.bastion.domain.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The permission codes a user holds through their roles, as granted (no wildcard expansion). */
public record PermissionSet(Set<PermissionCode> codes) {

    public PermissionSet {
        codes = Set.copyOf(codes);
    }

    public static PermissionSet of(Collection<PermissionCode> codes) {
        return new PermissionSet(Set.copyOf(codes));
    }

    public boolean allows(PermissionCode required) {
        return codes.stream().anyMatch(code -> code.grants(required));
    }

    /** The codes sorted, as shown to clients. */
    public List<String> values() {
        TreeSet<String> sorted = new TreeSet<>();
        codes.forEach(code -> sorted.add(code.value()));
        return List.copyOf(sorted);
    }
}
