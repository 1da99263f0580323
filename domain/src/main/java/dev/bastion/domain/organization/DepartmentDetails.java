package dev.bastion.domain.organization;

import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;
import dev.bastion.domain.shared.SortOrder;
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
        name = PrintableText.required("name", name, MAX_NAME);
        sort = SortOrder.checked("sort", sort);
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
