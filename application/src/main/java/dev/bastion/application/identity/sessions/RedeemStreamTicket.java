package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.SessionStore.ActiveSession;
import java.util.Optional;

/**
 * Turns a stream ticket into the session it stands for, once: empty when the text is not a ticket,
 * was redeemed already, has expired, or its session is no longer live.
 */
public interface RedeemStreamTicket {

    Optional<ActiveSession> redeem(String ticket);
}
