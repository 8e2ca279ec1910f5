package dev.tactful.webapp.pages;

import java.time.Instant;

import io.quarkus.qute.TemplateExtension;

/** Template shorthands: {@code {value.label}}, {@code {kind.kindLabel}}, {@code {instant.in(zone)}}. */
@TemplateExtension
public final class TemplateLabels {

    private TemplateLabels() {
    }

    static String label(String value) {
        return Labels.of(value);
    }

    static String kindLabel(String value) {
        return Labels.kind(value);
    }

    static String channelLabel(String value) {
        return Labels.channel(value);
    }

    static String outcomeLabel(String value) {
        return Labels.outcome(value);
    }

    static String statusLabel(String value) {
        return Labels.interviewStatus(value);
    }

    static String in(Instant instant, String zone) {
        return dev.tactful.webapp.web.Times.in(instant, zone);
    }
}
