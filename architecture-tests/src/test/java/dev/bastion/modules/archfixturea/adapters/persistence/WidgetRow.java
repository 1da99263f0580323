package dev.bastion.modules.archfixturea.adapters.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** Compliant where it is: a business module's row, in that module's persistence adapter. */
@MappedEntity("archfixturea_widgets")
public record WidgetRow(@Id UUID id, String name) {
}
