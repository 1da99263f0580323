package dev.bastion.adapters.rest.identity;

import io.micronaut.serde.annotation.Serdeable;

/** A token pair: {@code expiresIn} and {@code refreshExpiresIn} in seconds. */
@Serdeable
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn,
                            long refreshExpiresIn, String sessionId) {
}
