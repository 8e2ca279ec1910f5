package dev.tactful.events;

import java.time.LocalDate;
import java.time.Period;

/**
 * The size limits of the contract: the largest value each field of an interview may carry. The JSON Schemas of
 * this module state the same numbers as {@code maxLength}/{@code maxItems} ({@code LimitsSchemaTest} keeps them
 * equal), the interview-service refuses anything larger at the edge, and every column downstream is at least this
 * wide. Without one set, a value accepted upstream could be one the planner cannot store, and the interview would
 * never get a plan.
 */
public final class Limits {

    /** A person's full name: the candidate, an interviewer, an agency recruiter. */
    public static final int NAME = 200;
    /** An interviewer's job title. */
    public static final int TITLE = 200;
    /**
     * An email address. RFC 5321 allows 64 + 1 + 255 = 320 characters for the parts on their own, but a path is at
     * most 256 characters with its angle brackets, so no address longer than 254 can be used in SMTP.
     */
    public static final int EMAIL = 254;
    /** The employer's name. */
    public static final int COMPANY = 200;
    /** The role interviewed for. */
    public static final int ROLE = 200;
    /** Entries of each of topicsDiscussed, pointsToReinforce and concernsToAddress. */
    public static final int TOPICS = 20;
    /** Characters of one topic, point or concern. */
    public static final int TOPIC = 500;
    /** What the candidate promised at the interview, in their words. */
    public static final int PROMISE_NOTE = 500;
    /** Interviewers of one interview. */
    public static final int INTERVIEWERS = 20;
    /** The private note of an outcome. */
    public static final int OUTCOME_NOTE = 2000;
    /** A LinkedIn profile URL. */
    public static final int URL = 500;
    /** The id the interview-service gives an interviewer (a UUID today, 36 characters). */
    public static final int INTERVIEWER_ID = 64;
    /** An IANA time zone id (the longest in use is about 30 characters). */
    public static final int TIME_ZONE = 64;
    /**
     * The candidate id, which is the token's subject: OpenID Connect Core 1.0 (section 2) says a {@code sub} must
     * not exceed 255 ASCII characters, so every such subject is accepted and every candidate_id column holds it.
     */
    public static final int CANDIDATE_ID = 255;
    /** An email subject line as Tactful writes it; longer subjects are shortened when rendered. */
    public static final int SUBJECT = 255;
    /**
     * How far after the interview a decision date or a promise may lie: a date years away is a typo, and a timer that
     * far out would hold the plan open for nothing.
     */
    public static final Period DATE_HORIZON = Period.ofYears(2);

    /** An address with a dot in the domain (Hibernate's {@code @Email} alone accepts {@code a@b}). */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private Limits() {
    }

    /** The last day a decision date or a promise may name for an interview held on {@code interviewDay}. */
    public static LocalDate latestDate(LocalDate interviewDay) {
        return interviewDay.plus(DATE_HORIZON);
    }
}
