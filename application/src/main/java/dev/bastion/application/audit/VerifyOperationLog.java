package dev.bastion.application.audit;

import dev.bastion.domain.audit.ChainVerification;
import java.time.Instant;

/**
 * Walks the chain of the entries made in {@code [from, to)} (either may be null: from the first
 * kept entry, to the last) and says how many follow and which is the first that does not.
 */
public interface VerifyOperationLog {

    ChainVerification.Result verify(Instant from, Instant to);
}
