package dev.bastion.bench.argon2;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * That the two implementations are interchangeable: for random passwords and salts, the same salt
 * and cost give the same 32 bytes and the same PHC string; the native library verifies the
 * BouncyCastle PHC string, and BouncyCastle re-derives the native one's hash. Exits 1 on any
 * difference. Run: java -cp target/argon2-bench.jar dev.bastion.bench.argon2.CrossCheck [rounds]
 */
public final class CrossCheck {

    private CrossCheck() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Argon2Advanced nativeArgon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id,
                Argon2Cost.SALT_BYTES, Argon2Cost.HASH_BYTES);
        SecureRandom random = new SecureRandom();
        int failures = 0;
        for (int i = 0; i < rounds; i++) {
            // printable ASCII and a few non-ASCII letters, 1..40 characters: UTF-8 must agree too
            String password = randomPassword(random);
            byte[] salt = new byte[Argon2Cost.SALT_BYTES];
            random.nextBytes(salt);

            byte[] bc = Argon2Cost.bouncyCastle(password, salt);
            byte[] nat = nativeArgon2.rawHash(Argon2Cost.ITERATIONS, Argon2Cost.MEMORY_KIB, Argon2Cost.PARALLELISM,
                    password.getBytes(StandardCharsets.UTF_8), salt);
            String bcPhc = Argon2Cost.phc(salt, bc);
            String nativePhc = nativeArgon2.hash(Argon2Cost.ITERATIONS, Argon2Cost.MEMORY_KIB, Argon2Cost.PARALLELISM,
                    password.toCharArray(), StandardCharsets.UTF_8, salt);
            boolean sameBytes = Arrays.equals(bc, nat);
            boolean samePhc = bcPhc.equals(nativePhc);
            boolean nativeVerifiesBc = nativeArgon2.verify(bcPhc, password.toCharArray(), StandardCharsets.UTF_8);
            boolean nativeRefusesWrong = !nativeArgon2.verify(bcPhc, (password + "x").toCharArray(),
                    StandardCharsets.UTF_8);
            boolean bcVerifiesNative = Arrays.equals(Argon2Cost.bouncyCastle(password, salt), hashOf(nativePhc));
            boolean ok = sameBytes && samePhc && nativeVerifiesBc && nativeRefusesWrong && bcVerifiesNative;
            if (!ok) {
                failures++;
                System.out.printf("MISMATCH round %d: bytes %b, phc %b (bc %s, native %s), native verifies bc %b,"
                        + " native refuses a wrong password %b, bc verifies native %b%n", i, sameBytes, samePhc,
                        bcPhc, nativePhc, nativeVerifiesBc, nativeRefusesWrong, bcVerifiesNative);
            }
            if (i == 0) {
                System.out.println("example: " + bcPhc);
            }
        }
        System.out.printf("%d rounds, %d mismatches%n", rounds, failures);
        System.exit(failures == 0 ? 0 : 1);
    }

    private static byte[] hashOf(String phc) {
        return Base64.getDecoder().decode(phc.substring(phc.lastIndexOf('$') + 1));
    }

    private static String randomPassword(SecureRandom random) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&*+-./:;=?@^_~éüßжλ中";
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(40); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
