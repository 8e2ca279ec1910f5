package dev.tactful.interview.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import dev.tactful.events.Limits;

/** The bounds of decision dates and promises, counted from the interview's day at the employer. */
class DateHorizonTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // 20:00 UTC on the 19th is already the 20th in Tokyo.
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-19T20:00:00Z");

    @Test
    void theInterviewDayIsTheCompanysThenTheCandidatesThenUtc() {
        assertThat(ConsistentInterviewValidator.interviewDay(LATE_EVENING_UTC, TOKYO, BERLIN)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(ConsistentInterviewValidator.interviewDay(LATE_EVENING_UTC, null, BERLIN)).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(ConsistentInterviewValidator.interviewDay(LATE_EVENING_UTC, null, null)).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void aDateFromTheInterviewDayToTwoYearsAfterItIsAcceptedAndNothingElse() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        assertThat(ConsistentInterviewValidator.dateProblem(day, null)).isEmpty();
        assertThat(ConsistentInterviewValidator.dateProblem(day, day)).isEmpty();
        assertThat(ConsistentInterviewValidator.dateProblem(day, day.plus(Limits.DATE_HORIZON))).isEmpty();
        assertThat(ConsistentInterviewValidator.dateProblem(day, day.plus(Limits.DATE_HORIZON).plusDays(1)))
                .hasValueSatisfying(p -> assertThat(p).contains("two years", "2028-11-20"));
        assertThat(ConsistentInterviewValidator.dateProblem(day, day.minusDays(1))).contains("must not be before the interview");
    }
}
