package dev.bastion.domain.access;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;
import dev.bastion.domain.shared.SortOrder;
import java.util.Objects;
import java.util.Set;

/**
 * What a role is besides its code: its name and order, whether it is in use, which records its
 * holders see ({@code dataScope}; {@code deptIds} is the department list of a CUSTOM scope and
 * empty otherwise) and which menu entries (and so permissions) it grants.
 */
public record RoleDetails(String name, int sort, RoleStatus status, DataScope dataScope, Set<DeptId> deptIds,
                          Set<MenuId> menuIds) {

    public static final int MAX_NAME = 64;
    public static final int MAX_DEPTS = 1_000;
    public static final int MAX_MENUS = 1_000;

    public RoleDetails {
        name = PrintableText.required("name", name, MAX_NAME);
        sort = SortOrder.checked("sort", sort);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dataScope, "dataScope");
        deptIds = Set.copyOf(deptIds);
        menuIds = Set.copyOf(menuIds);
        if (dataScope != DataScope.CUSTOM && !deptIds.isEmpty()) {
            throw new InvalidValueException("deptIds", "only a CUSTOM data scope lists departments");
        }
        if (deptIds.size() > MAX_DEPTS) {
            throw new InvalidValueException("deptIds", "must list at most " + MAX_DEPTS + " departments");
        }
        if (menuIds.size() > MAX_MENUS) {
            throw new InvalidValueException("menuIds", "must list at most " + MAX_MENUS + " menu entries");
        }
    }

    /**
     * These details under {@code newScope}. The department list belongs to a CUSTOM scope only, so
     * it is kept while the scope stays CUSTOM and dropped when it becomes anything else.
     */
    public RoleDetails withDataScope(DataScope newScope) {
        return new RoleDetails(name, sort, status, newScope, newScope == DataScope.CUSTOM ? deptIds : Set.of(),
                menuIds);
    }
}
