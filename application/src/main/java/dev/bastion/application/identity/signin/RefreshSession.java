package dev.bastion.application.identity.signin;

import dev.bastion.domain.identity.ClientInfo;

/**
 * A refresh token in, a new pair out; the old token stops working. An already-rotated token
 * ends the whole session. Refusals: {@code RATE_LIMITED}, {@code REFRESH_TOKEN_INVALID}.
 */
public interface RefreshSession {

    SignedIn refresh(Command command);

    record Command(String refreshToken, ClientInfo client) {

        @Override
        public String toString() {
            return "Command[***, " + client + "]";
        }
    }
}
