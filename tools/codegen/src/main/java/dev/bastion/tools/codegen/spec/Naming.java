package dev.bastion.tools.codegen.spec;

import java.util.Locale;

/**
 * How one validated name is spelled in each place the generated code uses it. Inputs are
 * PascalCase or camelCase of ASCII letters and digits (the spec's shapes), so no case is ambiguous.
 */
public final class Naming {

    private Naming() {
    }

    public static String pascal(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static String camel(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code purchasedOn} → {@code purchased_on}. */
    public static String snake(String name) {
        return separated(name, '_');
    }

    /** {@code PurchaseOrder} → {@code purchase-order} (a permission code's segment). */
    public static String kebab(String name) {
        return separated(name, '-');
    }

    /** {@code purchasedOn} → {@code PURCHASED_ON}. */
    public static String constant(String name) {
        return snake(name).toUpperCase(Locale.ROOT);
    }

    /** {@code PurchaseOrder} → {@code Purchase order} (a menu's words). */
    public static String words(String name) {
        String spaced = separated(name, ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** English plural of the last word, for the names of collections: Asset → Assets, Category → Categories. */
    public static String plural(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return name + "es";
        }
        return name + "s";
    }

    /** {@code asset} → {@code an asset}: "an" before a written vowel (a rule of thumb: "an hour", "a user" are missed). */
    public static String withArticle(String words) {
        return ("aeiou".indexOf(Character.toLowerCase(words.charAt(0))) >= 0 ? "an " : "a ") + words;
    }

    private static String separated(String name, char separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && (!Character.isUpperCase(name.charAt(i - 1))
                        || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))))) {
                    out.append(separator);
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
