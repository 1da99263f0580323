package dev.bastion.adapters.rest.system.notice;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A ticket to open the caller's notice stream once, within {@code expiresIn} seconds:
 * {@code GET /api/v1/auth/notices/stream?ticket=<ticket>}.
 */
@Serdeable
public record StreamTicketResponse(String ticket, long expiresIn) {

    @Override
    public String toString() {
        return "StreamTicketResponse[***, " + expiresIn + "]";
    }
}
