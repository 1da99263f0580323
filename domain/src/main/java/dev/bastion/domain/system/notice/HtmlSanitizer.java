package dev.bastion.domain.system.notice;

/**
 * Turns HTML from a client into HTML safe to show in a browser: formatting kept; scripts, event
 * handlers, {@code javascript:} links and styles dropped. Implemented by an adapter around a
 * well-kept sanitizer library; the domain only decides what is done with the result.
 */
@FunctionalInterface
public interface HtmlSanitizer {

    /** {@code html} with everything unsafe removed (never null). */
    String sanitize(String html);
}
