package dev.bastion.adapters.rest.organization;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.application.organization.DepartmentView;
import dev.bastion.application.organization.UpdateDepartment;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import java.util.List;
import java.util.Objects;
import org.mapstruct.Mapper;

/** Department read models to DTOs (generated), and request bodies to commands; the domain validates what the DTO cannot. */
@Mapper(config = RestMapperConfig.class, uses = IdMappings.class)
interface DeptDtoMapper {

    /** A department with {@code children} (a tree node), or with none ({@code null}: left out of the JSON). */
    DeptResponse toResponse(DepartmentView item, List<DeptResponse> children);

    default DeptResponse toResponse(DepartmentView department) {
        return toResponse(department, null);
    }

    default DeptResponse toResponse(TreeNode<DepartmentView> node) {
        return toResponse(node.item(), node.children().stream().map(this::toResponse).toList());
    }

    default DepartmentDetails details(String name, Integer sort, String leader, String phone, String email,
                                      String status) {
        return new DepartmentDetails(name, sort == null ? 0 : sort, leader, phone, email(email),
                status == null ? DepartmentStatus.ENABLED : DepartmentStatus.valueOf(status));
    }

    /** The patch {@code body} asks for: fields it left out are absent, {@code ""} counts as {@code null}. */
    default UpdateDepartment.Command command(DeptId id, UpdateDeptRequest body) {
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
}
