package dev.bastion.tools.codegen.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * The Mustache templates under {@code codegen/templates} on the class path. HTML escaping is off:
 * what they render is Java, SQL and Markdown, built from names the spec validation has checked.
 * Scopes are searched from the last to the first, so an aggregate's names win over the module's.
 */
public final class Templates {

    private final MustacheFactory factory = new DefaultMustacheFactory("codegen/templates") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** A short template given as text (a doc line), rendered over {@code scopes}. */
    public String renderText(String text, Object... scopes) {
        Mustache mustache = factory.compile(new java.io.StringReader(text), "inline");
        StringWriter out = new StringWriter();
        mustache.execute(out, Arrays.asList(scopes));
        return out.toString();
    }

    public String render(String template, Object... scopes) {
        Mustache mustache = factory.compile(template + ".mustache");
        StringWriter out = new StringWriter();
        mustache.execute(out, Arrays.asList(scopes));
        return out.toString();
    }

}
