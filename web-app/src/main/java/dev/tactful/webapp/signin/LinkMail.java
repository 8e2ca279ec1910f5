package dev.tactful.webapp.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.webapp.WebSettings;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;

/** The sign-in mail, sent through the configured SMTP server. */
@ApplicationScoped
public class LinkMail {

    private static final Logger LOG = Logger.getLogger(LinkMail.class);

    @Inject
    ReactiveMailer mailer;

    @Inject
    WebSettings settings;

    public static final String SUBJECT = "Your Tactful sign-in link";

    /** Never fails: a mail server problem is logged, and the page's answer stays the same. */
    public Uni<Void> send(String to, String token) {
        String link = settings.baseUrl().replaceAll("/+$", "") + "/sign-in/link?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        long minutes = settings.signIn().linkLifetime().toMinutes();
        String text = """
                Hello,

                someone (hopefully you) asked to sign in to Tactful with this address. Open this link to continue:

                %s

                It works once, for the next %d minutes. If you did not ask for it, ignore this mail; nobody can sign in
                without the link.

                Tactful
                """.formatted(link, minutes);
        Mail mail = Mail.withText(to, SUBJECT, text).setFrom(settings.signIn().mailFrom());
        return mailer.send(mail)
                .onFailure().invoke(e -> LOG.warnf("Could not send the sign-in mail: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }
}
