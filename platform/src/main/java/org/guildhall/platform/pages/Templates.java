package org.guildhall.platform.pages;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Renders {@code templates/NAME.mustache} from any module's jar; values are HTML-escaped unless written {@code {{{raw}}}}. */
@ApplicationScoped
public class Templates {

    private final MustacheFactory factory = new DefaultMustacheFactory("templates");

    public void render(HttpServletResponse response, int status, String template, Map<String, Object> scope) throws IOException {
        Mustache mustache = factory.compile(template + ".mustache");
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try (Writer writer = response.getWriter()) {
            mustache.execute(writer, scope);
        }
    }
}
