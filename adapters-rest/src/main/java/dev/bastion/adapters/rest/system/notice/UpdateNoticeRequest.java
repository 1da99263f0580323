package dev.bastion.adapters.rest.system.notice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.bastion.adapters.rest.json.PatchRequest;
import dev.bastion.adapters.rest.json.SentFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A draft's changes, with the {@code version} it was read at. A field left out keeps its value;
 * {@code null} clears {@code publishAt} or {@code expiresAt}; the others cannot be {@code null}.
 * A given {@code audience} replaces the whole audience.
 */
@Serdeable
public record UpdateNoticeRequest(@Nullable @Schema(nullable = false) @Size(min = 1, max = 100) String title,
                                  @Nullable @Schema(nullable = false) @Size(min = 1) String content,
                                  @Nullable @Pattern(regexp = NoticeValues.TYPES, message = NoticeValues.TYPE_RULE)
                                  @Schema(allowableValues = {"ANNOUNCEMENT", "NOTIFICATION"}, nullable = false)
                                  String type,
                                  @Nullable @Pattern(regexp = NoticeValues.LEVELS, message = NoticeValues.LEVEL_RULE)
                                  @Schema(allowableValues = {"INFO", "WARNING", "CRITICAL"}, nullable = false)
                                  String level,
                                  @Nullable @Schema(nullable = false) @Valid AudienceBody audience,
                                  @Nullable @Size(max = 40) @Schema(format = "date-time") String publishAt,
                                  @Nullable @Size(max = 40) @Schema(format = "date-time") String expiresAt,
                                  @NotNull @Min(0) Long version,
                                  // not part of the body: which fields it carried (see PatchRequest)
                                  @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateNoticeRequest> {

    @Override
    public UpdateNoticeRequest withSentFields(SentFields sent) {
        return new UpdateNoticeRequest(title, content, type, level, audience, publishAt, expiresAt, version, sent);
    }
}
