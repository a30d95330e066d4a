package vn.dxscorecard.shared;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The one template engine, for the web edition's pages and the mails' HTML: JTE templates
 * from {@code src/main/jte}, compiled at build time, HTML output with every value escaped
 * by the engine.
 */
public final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    public static String render(String template, Object parameter) {
        StringOutput output = new StringOutput();
        ENGINE.render(template, parameter, output);
        return output.toString();
    }

}
