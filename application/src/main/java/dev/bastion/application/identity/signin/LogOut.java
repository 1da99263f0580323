package dev.bastion.application.identity.signin;

import dev.bastion.domain.identity.SessionId;

/** Ends the caller's session: its access and refresh tokens stop working at once. */
public interface LogOut {

    void logOut(SessionId session);
}
