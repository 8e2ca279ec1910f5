package dev.tactful.webapp.settings;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.tactful.webapp.WebSettings;
import dev.tactful.webapp.account.Account;
import dev.tactful.webapp.calendar.CalendarFeed;
import dev.tactful.webapp.calendar.CalendarFeeds;
import dev.tactful.webapp.pages.InterviewForm;
import dev.tactful.webapp.session.CurrentUser;
import dev.tactful.webapp.web.Times;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** The candidate's settings (the defaults of the log form) and their calendar feed. */
// Never blocks (reactive clients and database, templates in memory): on the event loop, where the session
// filter's reactive database check must run.
@NonBlocking
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsResource {

    static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What the form shows: the values, the errors next to them, the feed state and a just-made feed URL. */
    public record View(Map<String, String> values, Map<String, String> errors, CalendarFeed feed, String newFeedUrl,
            String notice) {
        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        public String error(String name) {
            return errors.get(name);
        }

        public java.util.List<String> policies() {
            return InterviewForm.POLICIES;
        }

        public java.util.List<String> deliveryModes() {
            return InterviewForm.DELIVERY_MODES;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(View view);
    }

    @Inject
    CurrentUser user;

    @Inject
    CalendarFeeds feeds;

    @Inject
    WebSettings settings;

    @Inject
    Clock clock;

    @Inject
    @org.eclipse.microprofile.rest.client.inject.RestClient
    dev.tactful.webapp.api.MeApi me;

    @CheckedTemplate(basePath = "SettingsResource")
    static class DataTemplates {
        static native TemplateInstance eraseConfirm(String signInEmail, String error);

        static native TemplateInstance erased(String whatHappens, String lastCopyGoneBy);
    }

    /** Everything Tactful holds about the candidate, as interview-service composes it, as a file to keep. */
    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> export() {
        return me.export(user.bearer()).map(json -> Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"tactful-export.json\"")
                .header("Cache-Control", "no-store").build());
    }

    /** The confirmation step: nothing is erased by opening this page. */
    @GET
    @Path("erase")
    public TemplateInstance confirmErase() {
        return DataTemplates.eraseConfirm(user.account().signInEmail, null);
    }

    /**
     * Erases the candidate everywhere (interview-service announces it to the other services), then this app's own
     * rows: the account, its sessions and calendar feed, and the sign-in links sent to the address. The candidate
     * must type their sign-in address, so a stray click cannot do it.
     */
    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> erase(@RestForm String confirmEmail) {
        Account account = user.account();
        if (confirmEmail == null || !confirmEmail.strip().equalsIgnoreCase(account.signInEmail)) {
            return Uni.createFrom().item(Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(DataTemplates.eraseConfirm(account.signInEmail,
                            "Type the address you signed in with to confirm. Nothing was erased.")).build());
        }
        String id = account.id;
        String email = account.signInEmail;
        return me.erase(user.bearer()).chain(answer -> Panache.withTransaction(() -> dev.tactful.webapp.signin.SignInLink
                .delete("email", email)
                .chain(() -> Account.delete("id", id)))
                .map(deleted -> Response.ok(DataTemplates.erased(answer.path("whatHappens").asText(),
                        answer.path("lastCopyGoneBy").asText()), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .cookie(dev.tactful.webapp.session.SessionCookie.cleared(settings.session().secureCookie()))
                        .build()));
    }

    @GET
    public Uni<TemplateInstance> show(@RestQuery String saved) {
        return page(values(user.account()), Map.of(), null, saved != null ? "Settings saved." : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> save(@RestForm String name, @RestForm String email, @RestForm String timeZone,
            @RestForm String defaultPolicy, @RestForm String deliveryMode) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", strip(name));
        values.put("email", strip(email));
        values.put("timeZone", strip(timeZone));
        values.put("defaultPolicy", strip(defaultPolicy));
        values.put("deliveryMode", strip(deliveryMode));
        Map<String, String> errors = new LinkedHashMap<>();
        // The contract's Limits.NAME (events module): interview-service refuses a longer candidate.name.
        if (values.get("name").length() > 200) {
            errors.put("name", "At most 200 characters.");
        }
        if (!values.get("email").isEmpty() && (values.get("email").length() > 254 || !EMAIL.matcher(values.get("email")).matches())) {
            errors.put("email", "Enter an email address such as rowan@example.org.");
        }
        if (Times.zone(values.get("timeZone")).isEmpty()) {
            errors.put("timeZone", "Choose a time zone from the list, e.g. Europe/Berlin.");
        }
        if (!InterviewForm.POLICIES.contains(values.get("defaultPolicy"))) {
            errors.put("defaultPolicy", "Choose one of the listed options.");
        }
        if (!InterviewForm.DELIVERY_MODES.contains(values.get("deliveryMode"))) {
            errors.put("deliveryMode", "Choose one of the listed options.");
        }
        if (!errors.isEmpty()) {
            return page(values, errors, null, null).map(t -> Response.status(400).entity(t).build());
        }
        String id = user.candidateId();
        return Panache.withTransaction(() -> Account.<Account>findById(id).invoke(a -> {
            a.name = values.get("name").isEmpty() ? null : values.get("name");
            a.contactEmail = values.get("email").isEmpty() ? null : values.get("email");
            a.timeZone = Times.zone(values.get("timeZone")).orElseThrow().getId();
            a.defaultPolicy = values.get("defaultPolicy");
            a.deliveryMode = values.get("deliveryMode");
            a.updatedAt = clock.instant();
        })).map(a -> Response.seeOther(URI.create("/settings?saved=true")).build());
    }

    @POST
    @Path("calendar")
    public Uni<TemplateInstance> newFeed() {
        return feeds.regenerate(user.candidateId()).chain(secret -> page(values(user.account()), Map.of(),
                settings.baseUrl().replaceAll("/+$", "") + "/calendar/" + secret + ".ics", null));
    }

    @POST
    @Path("calendar/revoke")
    public Uni<Response> revokeFeed() {
        return feeds.revoke(user.candidateId()).map(v -> Response.seeOther(URI.create("/settings")).build());
    }

    private Uni<TemplateInstance> page(Map<String, String> values, Map<String, String> errors, String newFeedUrl, String notice) {
        return feeds.of(user.candidateId()).map(feed -> Templates.settings(new View(values, errors, feed.orElse(null), newFeedUrl, notice)));
    }

    private static Map<String, String> values(Account a) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", a.name == null ? "" : a.name);
        v.put("email", a.contactEmail == null ? "" : a.contactEmail);
        v.put("timeZone", a.timeZone);
        v.put("defaultPolicy", a.defaultPolicy);
        v.put("deliveryMode", a.deliveryMode);
        return v;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
