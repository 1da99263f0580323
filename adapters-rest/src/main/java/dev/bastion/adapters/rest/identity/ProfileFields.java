package dev.bastion.adapters.rest.identity;

import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;

/**
 * A profile's text fields as both an administrator's and a user's own change send them:
 * {@code null} or blank means "none" (the nickname then falls back to the username), anything else
 * is stripped and judged by the domain, which names what it refuses.
 */
public final class ProfileFields {

    private ProfileFields() {
    }

    public static Nickname nickname(String text) {
        return text == null || text.isBlank() ? null : new Nickname(text.strip());
    }

    public static Email email(String text) {
        return text == null || text.isBlank() ? null : new Email(text.strip());
    }

    public static PhoneNumber phone(String text) {
        return text == null || text.isBlank() ? null : new PhoneNumber(text.strip());
    }
}
