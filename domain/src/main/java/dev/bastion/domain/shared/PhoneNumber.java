package dev.bastion.domain.shared;

/** A phone number as people write them: 3 to 32 of digits, spaces, {@code + - ( )}, starting with a digit or {@code +}. */
public record PhoneNumber(String value) {

    public PhoneNumber {
        if (value == null || !hasPhoneShape(value)) {
            throw new InvalidValueException("phone",
                    "must be a phone number of 3 to 32 digits, spaces, '+', '-', '(' or ')'");
        }
    }

    /**
     * An optional {@code +}, a digit, then 2 to 31 of {@code 0-9}, space, {@code ( ) -}.
     * Not a regex: it runs for every user row read (the regex was 8 % of a listing's CPU).
     */
    private static boolean hasPhoneShape(String value) {
        int first = value.startsWith("+") ? 1 : 0;
        int rest = value.length() - first - 1;
        if (rest < 2 || rest > 31 || !isAsciiDigit(value.charAt(first))) {
            return false;
        }
        for (int i = first + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiDigit(c) && c != ' ' && c != '(' && c != ')' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return value;
    }
}
