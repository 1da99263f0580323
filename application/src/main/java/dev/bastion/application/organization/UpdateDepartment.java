package dev.bastion.application.organization;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import java.util.Objects;

/**
 * Changes a department read at {@code version} (a stale one is {@code VERSION_CONFLICT}); a new
 * {@code parentId} moves it, refused when that would make a cycle ({@code CONFLICT}). The department
 * must lie in the actor's data scope ({@code NOT_FOUND} otherwise); a move needs it, everything
 * under it and its parent in the scope ({@code FORBIDDEN} otherwise) and a new parent there too
 * ({@code parentId} named as invalid otherwise). A patch: a field left out keeps its value;
 * {@code leader}, {@code phone} and {@code email} given as null are cleared; {@code parentId},
 * {@code name}, {@code sort} and {@code status} cannot be.
 */
public interface UpdateDepartment {

    DepartmentView update(UserId actor, Command command);

    record Command(DeptId id, long version, FieldPatch<DeptId> parentId, FieldPatch<String> name,
                   FieldPatch<Integer> sort, FieldPatch<String> leader, FieldPatch<String> phone,
                   FieldPatch<Email> email, FieldPatch<DepartmentStatus> status) {

        public Command {
            Objects.requireNonNull(id, "id");
            parentId = parentId.requireValue("parentId");
            name = name.requireValue("name");
            sort = sort.requireValue("sort");
            Objects.requireNonNull(leader, "leader");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(email, "email");
            status = status.requireValue("status");
        }

        /** Every field given: the department's whole new state. */
        public static Command everyField(DeptId id, DeptId parentId, DepartmentDetails details, long version) {
            return new Command(id, version, FieldPatch.of(parentId), FieldPatch.of(details.name()),
                    FieldPatch.of(details.sort()), FieldPatch.of(details.leader()), FieldPatch.of(details.phone()),
                    FieldPatch.of(details.email()), FieldPatch.of(details.status()));
        }

        /** The department's details once this patch is applied to {@code current}. */
        public DepartmentDetails applyTo(DepartmentDetails current) {
            return new DepartmentDetails(name.applyTo(current.name()), sort.applyTo(current.sort()),
                    leader.applyTo(current.leader()), phone.applyTo(current.phone()), email.applyTo(current.email()),
                    status.applyTo(current.status()));
        }
    }
}
