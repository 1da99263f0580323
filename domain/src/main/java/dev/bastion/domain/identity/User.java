package dev.bastion.domain.identity;

import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.AggregateRoot;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who can sign in. Guards its own rules: a deleted user cannot change, a disabled
 * user cannot be disabled twice, a new password always clears the must-change flag.
 *
 * <p>{@code version} is the optimistic-lock version read from the store; the repository
 * increments it on every update and refuses a stale one.
 */
public final class User extends AggregateRoot {

    private final UserId id;
    private final Username username;
    private Nickname nickname;
    private Email email;
    private PhoneNumber phone;
    private DeptId deptId;
    private PasswordHash passwordHash;
    private boolean mustChangePassword;
    private UserStatus status;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    private User(UserSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.username = Objects.requireNonNull(s.username(), "username");
        this.nickname = Objects.requireNonNull(s.nickname(), "nickname");
        this.email = s.email();
        this.phone = s.phone();
        this.deptId = Objects.requireNonNull(s.deptId(), "deptId");
        this.passwordHash = Objects.requireNonNull(s.passwordHash(), "passwordHash");
        this.mustChangePassword = s.mustChangePassword();
        this.status = Objects.requireNonNull(s.status(), "status");
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.deletedAt = s.deletedAt();
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** A new, enabled user in the root department. {@code nickname} defaults to the username. */
    public static User register(UserId id, Username username, Nickname nickname, Email email,
                                PasswordHash passwordHash, boolean mustChangePassword, Instant now) {
        return register(id, username, nickname, email, null, DeptId.ROOT, passwordHash, mustChangePassword, now);
    }

    /** A new, enabled user. {@code nickname} defaults to the username; {@code email} and {@code phone} may be null. */
    public static User register(UserId id, Username username, Nickname nickname, Email email, PhoneNumber phone,
                                DeptId deptId, PasswordHash passwordHash, boolean mustChangePassword, Instant now) {
        User user = new User(new UserSnapshot(id, username, nickname == null ? Nickname.of(username) : nickname,
                email, phone, deptId, passwordHash, mustChangePassword, UserStatus.ENABLED, 0, now, now, null));
        user.record(new UserRegistered(id));
        return user;
    }

    /**
     * A new, enabled user without a password ({@link PasswordHash#NONE}), as an import creates them:
     * nobody can sign in as them until an administrator sets a password, which they must then change.
     */
    public static User registerWithoutPassword(UserId id, Username username, Nickname nickname, Email email,
                                               PhoneNumber phone, DeptId deptId, Instant now) {
        return register(id, username, nickname, email, phone, deptId, PasswordHash.NONE, true, now);
    }

    /** Rebuilds a stored user exactly as it was saved. */
    public static User reconstitute(UserSnapshot snapshot) {
        return new User(snapshot);
    }

    public UserSnapshot snapshot() {
        return new UserSnapshot(id, username, nickname, email, phone, deptId, passwordHash, mustChangePassword,
                status, version, createdAt, updatedAt, deletedAt);
    }

    public void disable(Instant now) {
        requireNotDeleted();
        if (status == UserStatus.DISABLED) {
            throw ConflictException.ofState("user is already disabled");
        }
        status = UserStatus.DISABLED;
        touch(now);
        record(new UserDisabled(id));
    }

    public void enable(Instant now) {
        requireNotDeleted();
        if (status == UserStatus.ENABLED) {
            throw ConflictException.ofState("user is already enabled");
        }
        status = UserStatus.ENABLED;
        touch(now);
        record(new UserEnabled(id));
    }

    /** The user chose a new password: it is theirs, so nothing forces a change any more. */
    public void changePassword(PasswordHash newHash, Instant now) {
        requireNotDeleted();
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        mustChangePassword = false;
        touch(now);
        record(new PasswordChanged(id));
    }

    /** Someone else set the password (an administrator's reset): the user must choose their own. */
    public void resetPassword(PasswordHash newHash, Instant now) {
        requireNotDeleted();
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        mustChangePassword = true;
        touch(now);
        record(new PasswordReset(id));
    }

    public void updateProfile(Nickname newNickname, Email newEmail, Instant now) {
        updateProfile(newNickname, newEmail, phone, deptId, now);
    }

    /**
     * New profile and department; {@code email} and {@code phone} may be null, a null nickname
     * falls back to the username (as at registration).
     */
    public void updateProfile(Nickname newNickname, Email newEmail, PhoneNumber newPhone, DeptId newDept,
                              Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newDept, "newDept");
        Nickname nextNickname = newNickname == null ? Nickname.of(username) : newNickname;
        boolean profileChanged = !nextNickname.equals(nickname) || !Objects.equals(newEmail, email)
                || !Objects.equals(newPhone, phone);
        boolean moved = !newDept.equals(deptId);
        if (!profileChanged && !moved) {
            return; // the same profile again is no change: nothing to store, nothing to tell
        }
        if (profileChanged) {
            record(new UserProfileChanged(id));
        }
        if (moved) {
            record(new UserMoved(id));
        }
        nickname = nextNickname;
        email = newEmail;
        phone = newPhone;
        deptId = newDept;
        touch(now);
    }

    /** Soft delete: the row stays for the audit trail, the user is gone for everything else. */
    public void delete(Instant now) {
        requireNotDeleted();
        deletedAt = Objects.requireNonNull(now, "now");
        touch(now);
        record(new UserDeleted(id));
    }

    public boolean canSignIn() {
        return !isDeleted() && status == UserStatus.ENABLED;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    private void requireNotDeleted() {
        if (isDeleted()) {
            throw ConflictException.ofState("user is deleted");
        }
    }

    private void touch(Instant now) {
        Objects.requireNonNull(now, "now");
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
    }

    public UserId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public Nickname nickname() {
        return nickname;
    }

    public Optional<Email> email() {
        return Optional.ofNullable(email);
    }

    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    public DeptId deptId() {
        return deptId;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public UserStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + username + ", " + status + (isDeleted() ? ", deleted" : "") + "]";
    }
}
