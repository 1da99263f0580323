package dev.bastion.application.access;

import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;

/** A page of roles matching the filters, by sort then code. */
public interface ListRoles {

    Page<RoleView> list(RoleQuery query, PageRequest page);
}
