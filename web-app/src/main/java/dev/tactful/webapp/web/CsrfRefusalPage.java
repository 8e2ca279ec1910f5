package dev.tactful.webapp.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.TemplateInstance;

/**
 * quarkus-rest-csrf refuses a form without a valid token by aborting with an empty 400, which a browser shows as a
 * blank page. Every 400 of this app's own carries a page, so an empty 400 to a state-changing request whose token
 * was not verified is that refusal: it gets a page that says what happened and what to do.
 */
public class CsrfRefusalPage {

    /** Set by quarkus-rest-csrf once a request's token matched. */
    static final String VERIFIED = "csrf_token_verified";

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || isSafe(request.getMethod())
                || request.getProperty(VERIFIED) != null) {
            return;
        }
        TemplateInstance page = ErrorPages.Templates.refused(400, "This form has expired",
                "It was sent without the security token of this site, or with an old one. Go back, reload the page "
                        + "and send the form again.");
        response.setEntity(page.render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
    }

    private static boolean isSafe(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method);
    }
}
