package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;

/** A page of the users inside the actor's data scope matching the filters. */
public interface ListUsers {

    Page<UserView> list(UserId actor, UserQuery query, PageRequest page, UserSort sort);
}
