package dev.tactful.systemtest;

import static dev.tactful.systemtest.ScenarioSupport.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The candidate's web app over the running suite, used as a browser without JavaScript would: every page is a
 * GET, every action a form POST answered by a redirect. Sign-in goes through the link read over IMAP.
 * <p>
 * {@code @Isolated}: starting a fourth JVM next to the concurrent scenarios slowed them past their timing (a
 * thank-you still PLANNED when FollowUpScenariosTest#replyCancelsTheCheck expected it fired, seen once).
 */
@Isolated
class WebAppTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    static final Pattern LINK = Pattern.compile("(http://\\S+/sign-in/link\\?token=\\S+)");

    final Suite suite = Suite.get();
    final ServiceProcess web = suite.webApp();

    WebClient signIn(String email) {
        WebClient b = new WebClient(web.baseUrl());
        assertThat(b.get("/sign-in").statusCode()).isEqualTo(200);
        int before = suite.mail.inbox(email).size();
        assertThat(b.post("/sign-in", Map.of("email", email)).statusCode()).isEqualTo(200);
        String link = waiting("sign-in mail to " + email).until(() -> suite.mail.inbox(email).stream().skip(before)
                .map(m -> LINK.matcher(m.text())).filter(Matcher::find).map(m -> m.group(1)).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertThat(b.get(link).statusCode()).isEqualTo(200);
        HttpResponse<String> in = b.post("/sign-in/link", Map.of("token", link.substring(link.indexOf("token=") + 6)));
        assertThat(in.statusCode()).isEqualTo(303);
        return b;
    }

    static Map<String, String> interview(String local, String email, String topic) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("candidate.name", "Rowan Tester");
        f.put("candidate.email", "rowan@example.org");
        f.put("candidate.timeZone", "Europe/Berlin");
        f.put("company.name", "Northwind");
        f.put("company.timeZone", "Asia/Tokyo");
        f.put("role", "Platform Engineer");
        f.put("interviewedAt", local);
        f.put("durationMinutes", "60");
        f.put("format", "VIDEO");
        f.put("rows", "2");
        f.put("interviewers[0].name", "Avery Stone");
        f.put("interviewers[0].title", "Engineering Manager");
        f.put("interviewers[0].email", email);
        f.put("interviewers[0].preferredChannel", "EMAIL");
        f.put("interviewers[1].name", "Jordan Lee");
        f.put("interviewers[1].email", "jordan@northwind.example");
        f.put("interviewers[1].preferredChannel", "EMAIL");
        f.put("interviewers[1].askedNotToFollowUp", "true");
        f.put("primaryContact", "0");
        f.put("topicsDiscussed", topic + "\nmoving billing to event streaming");
        f.put("pointsToReinforce", "on-call experience with Kafka");
        f.put("policy", "STANDARD");
        f.put("deliveryMode", "DRAFT_TO_CANDIDATE");
        f.put("idempotencyKey", UUID.randomUUID().toString());
        return f;
    }

    /** The timeline's entries: follow-up id to the HTML of its entry. */
    static Map<String, String> entries(String page) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] parts = page.split("<li id=\"followup-");
        for (int i = 1; i < parts.length; i++) {
            out.put(parts[i].substring(0, 36), parts[i].substring(0, Math.min(parts[i].length(), parts[i].indexOf("</li>") + 1)));
        }
        return out;
    }

    static String entryOf(String page, String kind) {
        return entries(page).entrySet().stream().filter(e -> e.getValue().contains(kind)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " on the timeline"));
    }

    @Test
    void aCandidateUsesTheWholeProductThroughThePages() {
        String email = "rowan-" + UUID.randomUUID() + "@example.org";
        WebClient b = signIn(email);

        // Settings first: the zone in which the form's times are read.
        b.get("/settings");
        assertThat(b.post("/settings", Map.of("name", "Rowan Tester", "email", "rowan@example.org", "timeZone", "Europe/Berlin",
                "defaultPolicy", "STANDARD", "deliveryMode", "DRAFT_TO_CANDIDATE")).statusCode()).isEqualTo(303);

        // A validation error from the API, shown next to its field, then fixed; the topic is markup, shown as text.
        String started = LOCAL.format(suite.now().minus(Duration.ofHours(2)).atZone(BERLIN));
        String decision = LocalDate.ofInstant(suite.now(), BERLIN).plusDays(30).toString();
        Map<String, String> form = interview(started, "not-an-address", "<script>alert(1)</script>");
        form.put("decisionExpectedBy", decision);
        assertThat(b.get("/interviews/new").body()).contains("name=\"interviewers[0].email\"");
        HttpResponse<String> refused = b.post("/interviews/new", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"interviewers-0-email-error\"").contains("aria-invalid=\"true\"");
        String avery = "avery-" + UUID.randomUUID() + "@northwind.example";
        form.put("interviewers[0].email", avery);
        HttpResponse<String> logged = b.post("/interviews/new", form);
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(303);
        String location = logged.headers().firstValue("Location").orElseThrow();
        String interviewId = location.substring(location.lastIndexOf('/') + 1);
        // A double submit of the same form (same Idempotency-Key) logs nothing new.
        HttpResponse<String> again = b.post("/interviews/new", form);
        assertThat(again.headers().firstValue("Location")).contains(location);

        // The timeline with every rule; the markup topic as text.
        String page = waiting("the plan on the timeline").until(() -> b.get("/interviews/" + interviewId).body(),
                body -> body.contains("Thank-you") && body.contains("Status check"));
        assertThat(page).contains("R1").contains("R3").contains("Jordan Lee").contains("(Asia/Tokyo)").contains("(Europe/Berlin)")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
        assertThat(b.get("/interviews").body()).contains("Northwind").contains("Platform Engineer");

        // The thank-you's draft, once it falls due.
        String thanks = entryOf(page, "Thank-you");
        String withDraft = waiting("the thank-you draft").until(() -> b.get("/interviews/" + interviewId).body(),
                body -> body.contains("/drafts/" + thanks));
        HttpResponse<String> draft = b.get("/interviews/" + interviewId + "/drafts/" + thanks);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("id=\"draft-text\"").contains("Copy the text").contains("mailto:" + avery)
                .contains("Avery");

        // Snooze the status check: the past is refused with the API's reason, a later time is taken.
        String check = entryOf(withDraft, "Status check");
        String past = LOCAL.format(suite.now().minus(Duration.ofDays(3)).atZone(BERLIN));
        HttpResponse<String> tooEarly = b.post("/interviews/" + interviewId + "/followups/" + check + "/snooze", Map.of("until", past));
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(entries(tooEarly.body()).get(check)).contains("until").contains("future");
        String later = LOCAL.format(suite.now().plus(Duration.ofDays(35)).atZone(BERLIN));
        assertThat(b.post("/interviews/" + interviewId + "/followups/" + check + "/snooze", Map.of("until", later)).statusCode())
                .isEqualTo(303);
        assertThat(entries(b.get("/interviews/" + interviewId).body()).get(check)).contains("Snoozed by the candidate");

        // The calendar feed, made in Settings: one event per follow-up with a stable UID.
        String settings = b.post("/settings/calendar", Map.of()).body();
        Matcher feed = Pattern.compile("value=\"(http://[^\"]+/calendar/[^\"]+\\.ics)\"").matcher(settings);
        assertThat(feed.find()).isTrue();
        String ics = new WebClient(web.baseUrl()).get(feed.group(1)).body();
        assertThat(ics).contains("BEGIN:VCALENDAR").contains("UID:" + check + "@tactful.dev").contains("BEGIN:VALARM")
                .contains("ACTION:DISPLAY");

        // The employer replied: pending follow-ups become CANCELLED under R8.
        b.get("/interviews/" + interviewId);
        assertThat(b.post("/interviews/" + interviewId + "/outcomes", Map.of("type", "REPLY_RECEIVED", "note", "They liked it"))
                .statusCode()).isEqualTo(303);
        String afterReply = waiting("the check cancelled under R8").until(() -> b.get("/interviews/" + interviewId).body(),
                body -> entries(body).get(check).contains("badge CANCELLED"));
        assertThat(entries(afterReply).get(check)).contains("R8");
        assertThat(new WebClient(web.baseUrl()).get(feed.group(1)).body()).contains("STATUS:CANCELLED");

        // The session token works unchanged against a service.
        String token = b.cookie("tactful_session").orElseThrow();
        HttpResponse<String> api = new WebClient(suite.interview.baseUrl()).getWithBearer("/api/v1/interviews/" + interviewId, token);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains(interviewId);

        // Someone else sees none of it, whatever the URL says.
        WebClient other = signIn("other-" + UUID.randomUUID() + "@example.org");
        assertThat(other.get("/interviews/" + interviewId).statusCode()).isEqualTo(404);
        assertThat(other.get("/interviews/" + interviewId + "/drafts/" + thanks).statusCode()).isEqualTo(404);
        assertThat(other.get("/interviews").body()).doesNotContain(interviewId);
        other.get("/interviews");
        assertThat(other.post("/interviews/" + interviewId + "/followups/" + thanks + "/skip", Map.of()).statusCode()).isEqualTo(404);

        // Signing out closes the pages, for the old cookie too.
        b.get("/interviews");
        assertThat(b.post("/sign-out", Map.of()).statusCode()).isEqualTo(303);
        assertThat(b.get("/interviews").statusCode()).isEqualTo(303);
        WebClient replay = new WebClient(web.baseUrl());
        replay.setCookie("tactful_session", token);
        assertThat(replay.get("/interviews/" + interviewId).statusCode()).isEqualTo(303);
    }
}
