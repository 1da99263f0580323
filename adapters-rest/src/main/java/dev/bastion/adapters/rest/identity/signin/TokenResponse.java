package dev.bastion.adapters.rest.identity.signin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A token pair: {@code expiresIn} and {@code refreshExpiresIn} in seconds. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn,
                            long refreshExpiresIn, String sessionId) {
}
