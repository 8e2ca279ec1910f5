package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tactful.events.Agency;
import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.Company;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpPromise;
import dev.tactful.events.InterviewFormat;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.Policy;

/** Builders for readable scenarios: an interview in a zone, at a local time, with a fluent set of changes. */
final class Fixtures {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final UUID INTERVIEW_ID = UUID.fromString("7f0c2a9e-0000-4000-8000-000000000001");

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

    static InterviewOutcomeLogged outcome(OutcomeType type, Instant at) {
        return outcome(type, at, null, UUID.nameUUIDFromBytes((type + "@" + at).getBytes()));
    }

    static InterviewOutcomeLogged outcome(OutcomeType type, Instant at, LocalDate newDate, UUID id) {
        return new InterviewOutcomeLogged(INTERVIEW_ID, "cand-1", id, type, at, null, newDate, at);
    }

    /** A mutable recipe that becomes an {@link InterviewLogged}. Defaults: a 60-minute STANDARD interview. */
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
            promise = new FollowUpPromise(channel, LocalDate.parse(by), "send the design doc");
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

        InterviewLogged build() {
            Instant logged = loggedAt != null ? loggedAt : end();
            return new InterviewLogged(INTERVIEW_ID, "cand-1", 1, candidate, company, "Platform Engineer", start, end(),
                    InterviewFormat.VIDEO, interviewers, agency, decision, topics, points, concerns, promise, policy,
                    DeliveryMode.DRAFT_TO_CANDIDATE, logged);
        }
    }
}
