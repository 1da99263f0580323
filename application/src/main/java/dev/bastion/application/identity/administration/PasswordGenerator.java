package dev.bastion.application.identity.administration;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Makes passwords for people to type once and then change: 20 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), about 115 bits of entropy.
 */
public final class PasswordGenerator {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    static final int LENGTH = 20;

    private final RandomGenerator random;

    public PasswordGenerator(RandomGenerator random) {
        this.random = random;
    }

    public static PasswordGenerator secure() {
        return new PasswordGenerator(new SecureRandom());
    }

    public String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
