package dev.tactful.webapp.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import io.quarkus.qute.TemplateGlobal;

/** Paths of the static assets the layout links; htmx's comes from the webjar's own version, so it is never stale. */
public class Assets {

    static final String HTMX_VERSION = webjarVersion("htmx.org");

    /** htmx from the Maven artifact, served by Quarkus under /webjars/. */
    @TemplateGlobal
    public static String htmx = "/webjars/htmx.org/" + HTMX_VERSION + "/dist/htmx.min.js";

    static String webjarVersion(String name) {
        String resource = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
