package dev.tactful.webapp.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.tactful.webapp.api.Dtos.Delivery;

/** The mailto: link of an email draft: the recipient, the subject and the ready text, percent-encoded. */
final class Drafts {

    private Drafts() {
    }

    static String mailto(Delivery d) {
        if (d == null || !"EMAIL".equals(d.channel()) || d.recipient() == null || d.recipient().email() == null
                || d.content() == null) {
            return null;
        }
        return "mailto:" + enc(d.recipient().email()) .replace("%40", "@")
                + "?subject=" + enc(d.content().subject() == null ? "" : d.content().subject())
                + "&body=" + enc(d.content().text() == null ? "" : d.content().text());
    }

    private static String enc(String s) {
        // mailto wants %20 for spaces (RFC 6068), not the form encoding's "+".
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
