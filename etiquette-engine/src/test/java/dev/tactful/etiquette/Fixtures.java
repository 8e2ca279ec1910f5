package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builders for readable scenarios: an interview in a zone, at a local time, with a fluent set of changes. */
final class Fixtures {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Fixtures() {
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static LocalDateTime local(Instant t, ZoneId zone) {
        return t.atZone(zone).toLocalDateTime();
    }

    static Interviewer interviewer(String id, String name, boolean primary) {
        return new Interviewer(id, name, "Engineer", id + "@northwind.example", null, Channel.EMAIL, false, primary,
                null);
    }

    static Outcome outcome(OutcomeType type, Instant at) {
        return outcome(type, at, null, UUID.nameUUIDFromBytes((type + "@" + at).getBytes()));
    }

    static Outcome outcome(OutcomeType type, Instant at, LocalDate newDate, UUID id) {
        return new Outcome(id, type, at, newDate);
    }

    /** A mutable recipe that becomes an {@link dev.tactful.etiquette.Interview}. Defaults: a 60-minute STANDARD interview. */
    static final class Interview {
        Candidate candidate = new Candidate("Rowan Tester", "rowan@example.org", BERLIN);
        Company company = new Company("Northwind", TOKYO);
        Instant start;
        int minutes = 60;
        Instant loggedAt;
        List<Interviewer> interviewers = new ArrayList<>(List.of(interviewer("iv-avery", "Avery Stone", true)));
        Agency agency;
        LocalDate decision;
        List<String> topics = List.of("moving billing to event streaming");
        List<String> points = List.of();
        List<String> concerns = List.of();
        FollowUpPromise promise;
        Policy policy = Policy.STANDARD;

        static Interview startingAt(String localStart, ZoneId zone) {
            Interview i = new Interview();
            i.start = at(localStart, zone);
            return i;
        }

        Interview minutes(int m) {
            minutes = m;
            return this;
        }

        Interview candidateZone(ZoneId zone) {
            candidate = new Candidate(candidate.name(), candidate.email(), zone);
            return this;
        }

        Interview companyZone(ZoneId zone) {
            company = new Company(company.name(), zone);
            return this;
        }

        Interview interviewers(Interviewer... ivs) {
            interviewers = new ArrayList<>(List.of(ivs));
            return this;
        }

        Interview decision(String date) {
            decision = LocalDate.parse(date);
            return this;
        }

        Interview noDetails() {
            topics = List.of();
            points = List.of();
            concerns = List.of();
            return this;
        }

        Interview promise(Channel channel, String by) {
            promise = new FollowUpPromise(channel, LocalDate.parse(by));
            return this;
        }

        Interview policy(Policy p) {
            policy = p;
            return this;
        }

        Interview agency(Agency a) {
            agency = a;
            return this;
        }

        Interview loggedAt(Instant t) {
            loggedAt = t;
            return this;
        }

        Instant end() {
            return start.plusSeconds(60L * minutes);
        }

        dev.tactful.etiquette.Interview build() {
            Instant logged = loggedAt != null ? loggedAt : end();
            return new dev.tactful.etiquette.Interview(candidate, company, start, end(), interviewers, agency, decision,
                    topics, points, concerns, promise, policy, logged);
        }
    }
}
