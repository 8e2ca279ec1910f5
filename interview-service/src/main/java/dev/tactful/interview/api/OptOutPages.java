package dev.tactful.interview.api;

/**
 * The small HTML pages of the one-click opt-out, in our own words. Plain markup with inline style only: no script,
 * no external resource, nothing a mail provider's or an interviewer's browser needs to fetch. Every value a candidate
 * typed (their name, the company) is escaped.
 */
final class OptOutPages {

    private OptOutPages() {
    }

    /** The page behind the link: a question and one button. Opening it changes nothing (mail scanners open links). */
    static String ask(String candidateName, String company) {
        return page("Stop follow-ups about this interview?",
                "<h1>No more follow-ups about this interview?</h1>"
                        + "<p>Tactful sends " + escape(who(candidateName)) + "&#8217;s follow-up emails about "
                        + escape(about(company)) + ". If you would rather not receive any more of them, press the button. "
                        + "Nothing changes until you do.</p>"
                        + "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">Send me no more follow-ups</button></form>"
                        + "<p class=\"small\">You can still write to " + escape(who(candidateName))
                        + " directly at any time; replying to their email reaches them.</p>");
    }

    /** After the click (or a repeated one): what was recorded. */
    static String done(String candidateName, String company) {
        return page("No more follow-ups",
                "<h1>Done: no more follow-ups</h1>"
                        + "<p>Tactful will send you nothing further on behalf of " + escape(who(candidateName))
                        + " about " + escape(about(company)) + ". Whatever was still scheduled for you is "
                        + "called off.</p>"
                        + "<p class=\"small\">Thank you for letting us know. You can close this page.</p>");
    }

    /** A link that is not one of ours, was altered, or points at an interview that no longer exists. */
    static String notFound() {
        return page("Link not valid",
                "<h1>This link is not valid</h1>"
                        + "<p>It may have been cut short or changed on its way, or the interview it refers to no longer "
                        + "exists. Nothing has been changed.</p>");
    }

    private static String who(String candidateName) {
        return candidateName == null || candidateName.isBlank() ? "the candidate" : candidateName.strip();
    }

    private static String about(String company) {
        return company == null || company.isBlank() ? "their interview" : "their interview at " + company.strip();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>" + escape(title) + " - Tactful</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#222}button{font-size:1rem;padding:.6rem 1.2rem;cursor:pointer}"
                + ".small{color:#555;font-size:.9rem}</style></head>\n<body>" + body + "</body></html>\n";
    }

    /** HTML text and attribute escaping: the five characters that can end text or an attribute value. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
