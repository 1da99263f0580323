package dev.bastion.domain.organization;

import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What describes a department besides its place in the tree. {@code leader}, {@code phone} and
 * {@code email} may be null. Each rule names the field it guards.
 */
public record DepartmentDetails(String name, int sort, String leader, String phone, Email email,
                                DepartmentStatus status) {

    public static final int MAX_NAME = 64;
    public static final int MAX_LEADER = 64;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,31}");

    public DepartmentDetails {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank");
        }
        name = name.strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new InvalidValueException("name", "must be at most " + MAX_NAME + " characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "must not contain control characters");
        }
        if (sort < 0 || sort > 999_999) {
            throw new InvalidValueException("sort", "must be between 0 and 999999");
        }
        if (leader != null) {
            leader = leader.strip();
            if (leader.isEmpty()) {
                leader = null;
            } else if (leader.codePointCount(0, leader.length()) > MAX_LEADER
                    || leader.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidValueException("leader", "must be at most " + MAX_LEADER + " printable characters");
            }
        }
        if (phone != null) {
            phone = phone.strip();
            if (phone.isEmpty()) {
                phone = null;
            } else if (!PHONE.matcher(phone).matches()) {
                throw new InvalidValueException("phone", "must be a phone number of 3 to 32 digits, spaces, '+', '-', '(' or ')'");
            }
        }
        Objects.requireNonNull(status, "status");
    }
}
