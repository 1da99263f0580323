package dev.bastion.adapters.rest.csv;

/**
 * Keeps spreadsheets from running cell text as a formula (CSV injection, OWASP): a value starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR is written with a leading apostrophe,
 * which spreadsheets read as "text follows". So that the guard can always be taken off again, a value
 * that already looks guarded (apostrophes, then one of those characters) gets one more apostrophe.
 * {@link #unguard} removes exactly one, and only from a value that looks guarded, so a file written
 * by {@link #guard} reads back unchanged and a hand-written {@code 'quoted'} stays as it is.
 */
public final class FormulaGuard {

    private static final char APOSTROPHE = '\'';

    private FormulaGuard() {
    }

    /** {@code value} safe to put in a cell. */
    public static String guard(String value) {
        return looksGuarded(value) || startsFormula(value, 0) ? APOSTROPHE + value : value;
    }

    /** The value {@link #guard} was given, or {@code cell} unchanged when it carries no guard. */
    public static String unguard(String cell) {
        return looksGuarded(cell) ? cell.substring(1) : cell;
    }

    /** One or more apostrophes followed by a character that starts a formula. */
    private static boolean looksGuarded(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == APOSTROPHE) {
            i++;
        }
        return i > 0 && startsFormula(value, i);
    }

    private static boolean startsFormula(String value, int at) {
        if (at >= value.length()) {
            return false;
        }
        char c = value.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
