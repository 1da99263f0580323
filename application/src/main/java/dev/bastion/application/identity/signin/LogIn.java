package dev.bastion.application.identity.signin;

import dev.bastion.domain.identity.ClientInfo;
import java.util.Objects;

/**
 * Username and password in, a new session out. Every attempt lands in the login log. Refusals:
 * {@code RATE_LIMITED}, {@code ACCOUNT_LOCKED}, {@code INVALID_CREDENTIALS} (also for unknown and
 * deleted users, at the same cost), {@code ACCOUNT_DISABLED} after a right password.
 */
public interface LogIn {

    SignedIn logIn(Command command);

    record Command(String username, String password, ClientInfo client) {

        public Command {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(client, "client");
        }

        @Override
        public String toString() {
            return "Command[" + username + ", ***, " + client + "]";
        }
    }
}
