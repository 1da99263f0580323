package dev.bastion.adapters.persistence.system.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The policy docs/api.md describes: formatting survives, anything that runs or restyles does not. */
class OwaspHtmlSanitizerTest {

    private final OwaspHtmlSanitizer sanitizer = new OwaspHtmlSanitizer();

    @Test
    void formattingStructureTablesLinksAndImagesSurvive() {
        String html = "<h1>T</h1><p><b>b</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <s>x</s> <code>c</code>"
                + "<br></p><blockquote>q</blockquote><pre>p</pre><ol><li>1</li></ol><ul><li>2</li></ul><hr>"
                + "<table><thead><tr><th colspan=\"2\">h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>"
                + "<img src=\"https://bastion.dev/a.png\" alt=\"a\">";
        String kept = sanitizer.sanitize(html);
        assertThat(kept).contains("<h1>T</h1>", "<b>b</b>", "<strong>s</strong>", "<i>i</i>", "<em>e</em>",
                "<u>u</u>", "<s>x</s>", "<code>c</code>", "<blockquote>q</blockquote>", "<pre>p</pre>",
                "<ol><li>1</li></ol>", "<th colspan=\"2\">h</th>", "<td>d</td>",
                "<img src=\"https://bastion.dev/a.png\" alt=\"a\" />");
        assertThat(sanitizer.sanitize("<a href=\"mailto:ops@bastion.dev\" title=\"t\">m</a>"))
                .contains("href=\"mailto:ops&#64;bastion.dev\"", "title=\"t\"", "nofollow", "noopener", "noreferrer");
    }

    @Test
    void scriptsHandlersDangerousUrlsAndStylesGo() {
        assertThat(sanitizer.sanitize("<p>a<script>alert(1)</script>b</p>")).isEqualTo("<p>ab</p>");
        assertThat(sanitizer.sanitize("<p onclick=\"x()\" onmouseover=\"y()\">t</p>")).isEqualTo("<p>t</p>");
        assertThat(sanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("x");
        assertThat(sanitizer.sanitize("<img src=\"data:image/png;base64,AAAA\">")).isEmpty();
        assertThat(sanitizer.sanitize("<p style=\"color:red\" class=\"c\" id=\"i\">t</p><style>p{}</style>"))
                .isEqualTo("<p>t</p>");
        assertThat(sanitizer.sanitize("<iframe src=\"https://x\"></iframe><form><input></form><object></object>"))
                .isEmpty();
        assertThat(sanitizer.sanitize("<svg onload=\"x()\"><circle/></svg>")).isEmpty();
    }
}
