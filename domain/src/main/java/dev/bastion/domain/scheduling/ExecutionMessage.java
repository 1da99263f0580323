package dev.bastion.domain.scheduling;

/** Text from a handler or an exception, made safe to store and show: control characters blanked, cut to length. */
final class ExecutionMessage {

    private ExecutionMessage() {
    }

    static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), maxLength));
        for (int i = 0; i < text.length() && clean.length() < maxLength; i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (text.length() > maxLength && clean.length() > 1) {
            clean.setCharAt(clean.length() - 1, '…');
        }
        return clean.toString();
    }
}
