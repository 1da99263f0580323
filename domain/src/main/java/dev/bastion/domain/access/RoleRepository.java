package dev.bastion.domain.access;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The roles that exist (deleted ones are invisible), with their department and menu lists. */
public interface RoleRepository {

    Optional<Role> findById(RoleId id);

    /** A page of roles matching {@code query}, by sort then code. */
    Page<Role> find(RoleQuery query, PageRequest page);

    /** Stores a new role; a code in use (ignoring case) is a conflict on {@code code}. */
    void add(Role role);

    /** Stores a role read earlier; a stale version is a {@code VersionConflictException}. */
    Role update(Role role);

    /** The roles whose menu list names the entry {@code menu}. */
    List<Role> findGranting(MenuId menu);

    /** Whether any user (not deleted) holds the role. */
    boolean isHeld(RoleId id);
}
