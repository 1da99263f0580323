package dev.bastion.adapters.persistence.organization;

import dev.bastion.adapters.persistence.shared.PersistenceMapperConfig;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentSnapshot;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapperConfig.class)
interface DepartmentRowMapper {

    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "sort", source = "details.sort")
    @Mapping(target = "leader", source = "details.leader")
    @Mapping(target = "phone", source = "details.phone")
    @Mapping(target = "email", source = "details.email")
    @Mapping(target = "status", source = "details.status")
    DepartmentRow toRow(DepartmentSnapshot snapshot);

    @Mapping(target = "details", source = ".")
    DepartmentSnapshot toSnapshot(DepartmentRow row);

    default DepartmentDetails details(DepartmentRow row) {
        return new DepartmentDetails(row.name(), row.sort(), row.leader(), row.phone(), email(row.email()),
                DepartmentStatus.valueOf(row.status()));
    }

    default UUID id(DeptId id) {
        return id == null ? null : id.value();
    }

    default DeptId id(UUID id) {
        return id == null ? null : new DeptId(id);
    }

    default String email(Email email) {
        return email == null ? null : email.value();
    }

    default Email email(String email) {
        return email == null ? null : new Email(email);
    }
}
