package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.PrintableText;

/**
 * Text from a handler or an exception, made safe to store and show: control characters and lone
 * surrogates blanked, cut to a length in characters (code points, as the database counts them)
 * without splitting a pair, a cut marked with an ellipsis.
 */
final class ExecutionMessage {

    private ExecutionMessage() {
    }

    static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), maxLength));
        int at = 0;
        int kept = 0;
        while (at < text.length() && kept < maxLength) {
            int c = text.codePointAt(at);
            clean.appendCodePoint(PrintableText.isUnprintable(c) ? ' ' : c);
            at += Character.charCount(c);
            kept++;
        }
        if (at < text.length() && kept > 1) {
            clean.setLength(clean.length() - Character.charCount(clean.codePointBefore(clean.length())));
            clean.append('…');
        }
        return clean.toString();
    }
}
