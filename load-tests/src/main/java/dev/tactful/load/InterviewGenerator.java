package dev.tactful.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Realistic {@code POST /api/v1/interviews} bodies: 1-3 interviewers with their own zones and channels,
 * topics, points and concerns, agencies and promises now and then, every policy and both delivery modes, zones
 * from around the world. Seeded, so a run can be repeated; addresses are unique per interview.
 */
final class InterviewGenerator {

    static final List<String> ZONES = List.of("Europe/Berlin", "Asia/Tokyo", "America/New_York", "America/Los_Angeles",
            "America/Sao_Paulo", "Europe/London", "Asia/Kolkata", "Australia/Sydney", "Africa/Lagos",
            "Pacific/Auckland", "Asia/Singapore", "America/Mexico_City", "Europe/Istanbul", "Asia/Dubai",
            "America/Chicago", "Africa/Johannesburg");
    private static final List<String> POLICIES = List.of("ONE_AND_DONE", "STANDARD", "PERSISTENT");
    private static final List<String> MODES = List.of("DRAFT_TO_CANDIDATE", "SEND_DIRECT");
    private static final List<String> FORMATS = List.of("VIDEO", "ONSITE", "PHONE");
    private static final List<String> CHANNELS = List.of("EMAIL", "EMAIL", "EMAIL", "EMAIL", "PHONE", "HANDWRITTEN_NOTE", "LINKEDIN");
    private static final List<String> TOPICS = List.of("moving billing to event streaming", "the on-call rotation",
            "migrating the monolith to services", "latency budgets for checkout", "the data retention policy",
            "hiring plans for the platform team", "observability with OpenTelemetry", "the mobile release train");
    private static final List<String> POINTS = List.of("on-call experience with Kafka", "led a PostgreSQL upgrade",
            "mentored two junior engineers", "shipped a payments integration");
    private static final List<String> NAMES = List.of("Avery Stone", "Jordan Lee", "Sam Ito", "Priya Raman",
            "Lucas Moreau", "Chen Wei", "Amara Okafor", "Mateo Garcia", "Hana Sato", "Noah Schmidt");

    private final Random random;
    private final String run;
    private int sequence;

    InterviewGenerator(long seed, String run) {
        this.random = new Random(seed);
        this.run = run;
    }

    /** The candidate's own address, the one their token vouches for ({@link Http#token}). */
    static String emailOf(String candidateId) {
        return candidateId + "@example.org";
    }

    record Generated(String candidateId, String deliveryMode, ObjectNode body) {
    }

    /** An interview that ended a few business hours before {@code businessNow}. */
    synchronized Generated next(Instant businessNow, int candidates) {
        int n = sequence++;
        String candidateId = run + "-candidate-" + (n % candidates);
        String companyZone = pick(ZONES);
        Instant interviewedAt = businessNow.minus(1 + random.nextInt(5), ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        LocalDate day = interviewedAt.atZone(ZoneId.of(companyZone)).toLocalDate();
        String mode = pick(MODES);
        ObjectNode body = Http.JSON.createObjectNode();
        body.putObject("candidate").put("name", "Rowan Tester " + (n % candidates))
                .put("email", emailOf(candidateId)).put("timeZone", pick(ZONES));
        body.putObject("company").put("name", "Company " + (n % 97)).put("timeZone", companyZone);
        body.put("role", "Platform Engineer");
        body.put("interviewedAt", interviewedAt.toString());
        body.put("durationMinutes", 30 + 15 * random.nextInt(5));
        body.put("format", pick(FORMATS));
        int count = 1 + random.nextInt(3);
        int primary = random.nextInt(count);
        ArrayNode interviewers = body.putArray("interviewers");
        for (int i = 0; i < count; i++) {
            String channel = pick(CHANNELS);
            ObjectNode who = interviewers.addObject().put("name", NAMES.get((n + i) % NAMES.size()))
                    .put("title", i == primary ? "Engineering Manager" : "Engineer")
                    .put("email", run + "-i" + n + "-" + i + "@example.org")
                    .put("preferredChannel", channel)
                    .put("askedNotToFollowUp", i != primary && random.nextInt(8) == 0)
                    .put("primaryContact", i == primary);
            if ("LINKEDIN".equals(channel) || random.nextBoolean()) {
                who.put("linkedinUrl", "https://www.linkedin.com/in/" + run + "-i" + n + "-" + i);
            }
            if (random.nextInt(3) == 0) {
                who.put("timeZone", pick(ZONES));
            }
        }
        if (random.nextInt(6) == 0) {
            boolean routing = random.nextBoolean();
            ObjectNode agency = body.putObject("agency").put("name", "Talent Bridge").put("requiresRouting", routing);
            agency.put("email", run + "-agency" + n + "@example.org");
        }
        if (random.nextBoolean()) {
            body.put("decisionExpectedBy", day.plusDays(2 + random.nextInt(8)).toString());
        }
        ArrayNode topics = body.putArray("topicsDiscussed");
        for (int i = 0, t = 1 + random.nextInt(3); i < t; i++) {
            topics.add(TOPICS.get((n + i * 3) % TOPICS.size()));
        }
        ArrayNode points = body.putArray("pointsToReinforce");
        for (int i = 0, t = random.nextInt(3); i < t; i++) {
            points.add(POINTS.get((n + i) % POINTS.size()));
        }
        ArrayNode concerns = body.putArray("concernsToAddress");
        if (random.nextInt(4) == 0) {
            concerns.add("no production Go experience yet");
        }
        if (random.nextInt(8) == 0) {
            body.putObject("promise").put("channel", random.nextBoolean() ? "PHONE" : "EMAIL")
                    .put("by", day.plusDays(1 + random.nextInt(5)).toString()).put("note", "Call after the offsite");
        }
        body.put("policy", pick(POLICIES));
        body.put("deliveryMode", mode);
        return new Generated(candidateId, mode, body);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
