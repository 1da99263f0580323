package dev.bastion.adapters.rest.system.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new notice (a DRAFT). {@code content} is HTML; what is stored is what the sanitizer keeps
 * (docs/api.md). Default {@code level}: INFO.
 */
@Serdeable
public record CreateNoticeRequest(@NotBlank @Size(max = 100) String title,
                                  @NotBlank @Schema(description = "HTML; unsafe markup is removed before it is stored")
                                  String content,
                                  @NotNull @Pattern(regexp = NoticeValues.TYPES, message = NoticeValues.TYPE_RULE)
                                  @Schema(allowableValues = {"ANNOUNCEMENT", "NOTIFICATION"}) String type,
                                  @Nullable @Pattern(regexp = NoticeValues.LEVELS, message = NoticeValues.LEVEL_RULE)
                                  @Schema(allowableValues = {"INFO", "WARNING", "CRITICAL"}) String level,
                                  @NotNull @Valid AudienceBody audience,
                                  @Nullable @Size(max = 40) @Schema(format = "date-time") String publishAt,
                                  @Nullable @Size(max = 40) @Schema(format = "date-time") String expiresAt) {
}
