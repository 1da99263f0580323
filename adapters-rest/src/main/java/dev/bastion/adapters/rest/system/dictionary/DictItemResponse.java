package dev.bastion.adapters.rest.system.dictionary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bastion.domain.system.dictionary.DictStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A dictionary item as read: the fields of its body plus id, version and times; {@code tag} in lower case. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DictItemResponse(String id, String typeCode, String label, String value, int sort, DictStatus status,
                               @Nullable @Schema(allowableValues = {"default", "primary", "success", "info",
                                       "warning", "danger"}) String tag,
                               @JsonProperty("isDefault") boolean isDefault, @Nullable String remark, long version,
                               Instant createdAt, Instant updatedAt) {
}
