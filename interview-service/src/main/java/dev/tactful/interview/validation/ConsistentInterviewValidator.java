package dev.tactful.interview.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.tactful.events.Limits;
import dev.tactful.interview.api.InterviewerInput;
import dev.tactful.interview.api.LogInterviewRequest;
import dev.tactful.interview.service.InterviewStates;
import dev.tactful.support.time.BusinessTime;

/**
 * Rules that need more than one field. Null-safe throughout: field constraints report missing values, this
 * validator only reports contradictions between values that are present.
 */
public class ConsistentInterviewValidator implements ConstraintValidator<ConsistentInterview, LogInterviewRequest> {

    /** Candidates log interviews they have had; one day of slack covers zones and a log made the evening before. */
    static final Duration MAX_AHEAD = Duration.ofDays(1);
    static final Duration MAX_LENGTH = Duration.ofHours(24);

    @Inject
    @BusinessTime
    Clock clock;

    @Override
    public boolean isValid(LogInterviewRequest r, ConstraintValidatorContext ctx) {
        if (r == null) {
            return true;
        }
        Violations v = new Violations(ctx);
        OffsetDateTime start = r.interviewedAt();
        if (start != null && start.toInstant().isAfter(clock.instant().plus(MAX_AHEAD))) {
            v.add("must not be more than one day in the future", "interviewedAt");
        }
        if (start != null && r.endsAt() != null) {
            Duration length = Duration.between(start, r.endsAt());
            if (length.isNegative() || length.isZero()) {
                v.add("must be after interviewedAt", "endsAt");
            } else if (length.compareTo(MAX_LENGTH) > 0) {
                v.add("must be within 24 hours of interviewedAt", "endsAt");
            } else if (r.durationMinutes() != null && length.toMinutes() != r.durationMinutes()) {
                v.add("disagrees with durationMinutes; give one of them", "endsAt");
            }
        }
        checkInterviewers(r.interviewers(), v);
        if (r.agency() != null && Boolean.TRUE.equals(r.agency().requiresRouting()) && isBlank(r.agency().email())) {
            v.add("is needed when the agency requires routing", "agency", "email");
        }
        LocalDate day = start == null ? null : interviewDay(start.toInstant(),
                zoneOrNull(r.company() == null ? null : r.company().timeZone()),
                zoneOrNull(r.candidate() == null ? null : r.candidate().timeZone()));
        if (day != null) {
            dateProblem(day, r.decisionExpectedBy()).ifPresent(p -> v.add(p, "decisionExpectedBy"));
            if (r.promise() != null) {
                dateProblem(day, r.promise().by()).ifPresent(p -> v.add(p, "promise", "by"));
            }
        }
        return v.none();
    }

    /**
     * The calendar day of the interview that its dates are compared with: the day at the employer (the company's
     * zone), else at the candidate, else in UTC. Not the offset the request was written in: that is lost once the
     * interview is stored, and an outcome's new decision date must be checked against the same day.
     */
    public static LocalDate interviewDay(Instant start, ZoneId company, ZoneId candidate) {
        ZoneId zone = company != null ? company : candidate != null ? candidate : ZoneOffset.UTC;
        return start.atZone(zone).toLocalDate();
    }

    private static ZoneId zoneOrNull(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null; // @IanaZone reports it
        }
    }

    /**
     * Why a decision date or a promise's day is out of bounds for an interview held on {@code interviewDay}: before it,
     * or beyond the contract's horizon ({@link Limits#DATE_HORIZON}), which no plan needs and which would keep a timer
     * open for years. Shared with the outcome's new decision date.
     */
    public static Optional<String> dateProblem(LocalDate interviewDay, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.isBefore(interviewDay)) {
            return Optional.of("must not be before the interview");
        }
        LocalDate latest = Limits.latestDate(interviewDay);
        if (date.isAfter(latest)) {
            return Optional.of("must be at most two years after the interview (" + latest + ")");
        }
        return Optional.empty();
    }

    private static void checkInterviewers(List<InterviewerInput> interviewers, Violations v) {
        if (interviewers == null) {
            return;
        }
        long primaries = interviewers.stream().filter(Objects::nonNull).filter(i -> Boolean.TRUE.equals(i.primaryContact())).count();
        if (primaries > 1) {
            v.add("exactly one interviewer can be the primary contact, " + primaries + " are", "interviewers");
        }
        // A person is their address: listed twice, they would get two thank-yous (R1 is one message each).
        Map<String, Integer> firstByAddress = new HashMap<>();
        for (int i = 0; i < interviewers.size(); i++) {
            InterviewerInput in = interviewers.get(i);
            if (in != null && InterviewStates.needsEmail(in.preferredChannel()) && isBlank(in.email())) {
                v.addAt("is needed when the preferred channel is EMAIL", "interviewers", i, "email");
            }
            if (in != null && !isBlank(in.email())) {
                Integer first = firstByAddress.putIfAbsent(normalizedAddress(in.email()), i);
                if (first != null) {
                    v.addAt("is the address of interviewers[" + first + "] too; list each person once", "interviewers", i, "email");
                }
            }
        }
    }

    /** How two spellings of one mailbox compare: surrounding space and letter case do not make another person. */
    public static String normalizedAddress(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Collects violations on named properties instead of one on the whole object. */
    private static final class Violations {
        private final ConstraintValidatorContext ctx;
        private boolean any;

        Violations(ConstraintValidatorContext ctx) {
            this.ctx = ctx;
        }

        void add(String message, String property, String... nested) {
            start();
            var builder = ctx.buildConstraintViolationWithTemplate(message).addPropertyNode(property);
            for (String n : nested) {
                builder = builder.addPropertyNode(n);
            }
            builder.addConstraintViolation();
        }

        void addAt(String message, String list, int index, String property) {
            start();
            ctx.buildConstraintViolationWithTemplate(message).addPropertyNode(list)
                    .addPropertyNode(property).inIterable().atIndex(index)
                    .addConstraintViolation();
        }

        private void start() {
            if (!any) {
                ctx.disableDefaultConstraintViolation();
                any = true;
            }
        }

        boolean none() {
            return !any;
        }
    }
}
