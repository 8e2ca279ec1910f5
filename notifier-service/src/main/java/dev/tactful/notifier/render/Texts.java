package dev.tactful.notifier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.tactful.events.Limits;

/** Tidies template output and splits it into paragraphs for the HTML part. */
public final class Texts {

    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" +([.,;:])");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private Texts() {
    }

    /**
     * Collapses the gaps that optional sentences leave behind (double spaces, a space before punctuation,
     * runs of blank lines) and trims every line, so an omitted detail never shows as a hole in the text.
     */
    public static String tidy(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String cleaned = SPACE_BEFORE_PUNCT.matcher(SPACES.matcher(line).replaceAll(" ")).replaceAll("$1").strip();
            out.append(cleaned).append('\n');
        }
        return BLANK_LINES.matcher(out.toString()).replaceAll("\n\n").strip();
    }

    /**
     * A tidied subject of at most {@link Limits#SUBJECT} characters. Names, role and company may each be as long as
     * the contract allows, and a subject naming two of them would otherwise grow past what mail clients show and what
     * a header line should carry; the cut falls between words and is marked with an ellipsis.
     */
    public static String subjectLine(String raw) {
        String subject = tidy(raw).replace('\n', ' ');
        if (subject.length() <= Limits.SUBJECT) {
            return subject;
        }
        int cut = subject.lastIndexOf(' ', Limits.SUBJECT - 1);
        if (cut < Limits.SUBJECT / 2) {
            cut = Limits.SUBJECT - 1;
            if (Character.isHighSurrogate(subject.charAt(cut - 1))) {
                cut--; // never split a character outside the BMP
            }
        }
        return subject.substring(0, cut).stripTrailing() + "\u2026";
    }

    /** Blank-line separated blocks; a block between the draft markers is marked as quoted. */
    public static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean quoted = false;
        for (String block : text.split("\\n\\s*\\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                if (line.startsWith("----- end of")) {
                    addIfAny(paragraphs, lines, quoted);
                    lines = new ArrayList<>();
                    quoted = false;
                } else if (line.startsWith("-----")) {
                    addIfAny(paragraphs, lines, quoted);
                    lines = new ArrayList<>();
                    quoted = true;
                } else {
                    lines.add(line);
                }
            }
            addIfAny(paragraphs, lines, quoted);
        }
        return paragraphs;
    }

    private static void addIfAny(List<Paragraph> paragraphs, List<String> lines, boolean quoted) {
        if (!lines.isEmpty() && !(lines.size() == 1 && lines.get(0).isBlank())) {
            paragraphs.add(new Paragraph(List.copyOf(lines), quoted));
        }
    }

    /** The first word of a name ("Avery" of "Avery Stone"), or null when there is no name. */
    public static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().split("\\s+")[0];
    }
}
