package dev.bastion.adapters.persistence.system.notice;

import dev.bastion.domain.system.notice.HtmlSanitizer;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Notice content through the OWASP Java HTML Sanitizer, with an allow-list policy: text formatting,
 * headings, paragraphs, lists, quotes, code, tables, links (http, https, mailto, or relative; given
 * {@code rel="nofollow noopener noreferrer"}) and images (same URLs). Everything else goes: scripts,
 * event handlers ({@code onclick}…), {@code javascript:} and {@code data:} URLs, styles ({@code style}
 * attributes and elements), forms, frames, classes and ids. docs/api.md lists the same; change both
 * together. It lives here beside the password hasher: both are driven capabilities the center asks
 * for through a domain port.
 */
@Singleton
final class OwaspHtmlSanitizer implements HtmlSanitizer {

    private static final Pattern SPAN = Pattern.compile("[1-9][0-9]?");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "sub", "sup", "small", "mark", "span",
                    "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .allowAttributes("colspan", "rowspan").matching(SPAN).onElements("th", "td")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img", "abbr")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowElements("img")
            .allowAttributes("src", "alt").onElements("img")
            .allowElements("abbr")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    @Override
    public String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
