package dev.tactful.notifier.render;

import java.util.List;

/** One paragraph of an email's HTML part; its lines are separated by line breaks. */
public record Paragraph(List<String> lines, boolean quoted) {
}
