package dev.bastion.adapters.rest.organization;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.application.organization.UpdateDepartment;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;

/** Department DTOs to domain values and back; the domain validates what the DTO cannot. */
@Singleton
final class DeptDtoMapper {

    DepartmentDetails details(String name, Integer sort, String leader, String phone, String email,
                              String status) {
        return new DepartmentDetails(name, sort == null ? 0 : sort, leader, phone,
                email == null || email.isBlank() ? null : new Email(email.strip()),
                status == null ? DepartmentStatus.ENABLED : DepartmentStatus.valueOf(status));
    }

    /** The patch {@code body} asks for: fields it left out are absent, {@code ""} counts as {@code null}. */
    UpdateDepartment.Command command(DeptId id, UpdateDeptRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateDepartment.Command(id, body.version(),
                sent.patch("parentId", body.parentId() == null ? null : DeptId.parse("parentId", body.parentId())),
                sent.patch("name", body.name()), sent.patch("sort", body.sort()), sent.patch("leader", body.leader()),
                sent.patch("phone", body.phone()), sent.patch("email", email(body.email())),
                sent.patch("status", body.status() == null ? null : DepartmentStatus.valueOf(body.status())));
    }

    private static Email email(String text) {
        return text == null || text.isBlank() ? null : new Email(text.strip());
    }

    DeptResponse toResponse(Department department) {
        return toResponse(department, null);
    }

    DeptResponse toResponse(TreeNode<Department> node) {
        return toResponse(node.item(), node.children().stream().map(this::toResponse).toList());
    }

    private static DeptResponse toResponse(Department d, List<DeptResponse> children) {
        DepartmentDetails details = d.details();
        return new DeptResponse(d.id().toString(), d.parentId().map(Object::toString).orElse(null), details.name(),
                details.sort(), details.leader(), details.phone(),
                details.email() == null ? null : details.email().value(), details.status(), d.version(),
                d.createdAt(), d.updatedAt(), children);
    }
}
