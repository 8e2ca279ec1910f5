package dev.tactful.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of R17 and R18 over generated interviews, answers and bounces: an out-of-office never cancels and never
 * moves anything earlier, moved messages land in business hours after the return; a bounce leaves nothing to the
 * address after it arrived and asks the candidate exactly once.
 */
class InboxFactPropertiesTest {

    private static final EtiquetteEngine ENGINE = new EtiquetteEngine(EngineSettings.defaults());
    private static final List<ZoneId> ZONES = List.of("Asia/Tokyo", "Europe/Berlin", "America/New_York",
            "Pacific/Auckland", "Asia/Kolkata", "America/Santiago", "UTC").stream().map(ZoneId::of).toList();

    record Case(Interview interview, Instant at, LocalDate returnDate, boolean agencyRouting, Policy policy) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
        Arbitrary<Instant> starts = Arbitraries.longs().between(0, 400L * 24 * 60).map(m ->
                Instant.parse("2026-01-05T00:00:00Z").plusSeconds(m * 60));
        return Combinators.combine(zones, zones, zones, starts, Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 40), Arbitraries.of(Policy.values()), Arbitraries.of(true, false))
                .as((company, candidate, iv, start, answerAfterHours, backAfterDays, policy, agency) -> {
                    Instant end = start.plusSeconds(3600);
                    Interview interview = new Interview(new Candidate("Rowan", "rowan@example.org", candidate),
                            new Company("Northwind", company), start, end,
                            List.of(new Interviewer("iv-1", "Avery", "Lead", "avery@northwind.example", null,
                                            Channel.EMAIL, false, true, iv),
                                    new Interviewer("iv-2", "Sam", "Engineer", "sam@northwind.example", null,
                                            Channel.EMAIL, false, false, null)),
                            agency ? new Agency("Talent Co", "talent@agency.example", false) : null,
                            null, List.of("the billing migration"), List.of(), List.of(), null, policy, end);
                    Instant at = end.plusSeconds(answerAfterHours * 3600L);
                    return new Case(interview, at, at.atZone(company).toLocalDate().plusDays(backAfterDays), agency,
                            policy);
                });
    }

    private static Plan plan(Case c, InboxFact... facts) {
        return ENGINE.plan(c.interview(), List.of(), c.interview().loggedAt(), List.of(), List.of(facts));
    }

    @Property
    void awayUntilNeverCancelsNorMovesAnythingEarlier(@ForAll("cases") Case c) {
        Plan before = plan(c);
        Plan after = plan(c, new InboxFact(InboxFact.Type.OUT_OF_OFFICE, "avery@northwind.example", c.returnDate(),
                c.at(), null));

        assertThat(after.followUps()).extracting(PlannedFollowUp::key)
                .containsExactlyInAnyOrderElementsOf(before.followUps().stream().map(PlannedFollowUp::key).toList());
        for (PlannedFollowUp f : after.followUps()) {
            PlannedFollowUp was = before.followUps().stream().filter(b -> b.key().equals(f.key())).findFirst().orElseThrow();
            assertThat(f.dueAt()).as("%s never earlier", f.key()).isAfterOrEqualTo(was.dueAt());
            if ("R17".equals(f.rule())) {
                ZonedDateTime local = f.dueAt().atZone(f.recipient().timeZone());
                assertThat(local.toLocalDate()).isAfter(c.returnDate());
                assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(local.toLocalTime()).isAfterOrEqualTo(LocalTime.of(9, 0)).isBefore(LocalTime.of(17, 0));
                assertThat(was.dueAt()).isAfter(c.at());
                assertThat(f.recipient().email()).isEqualTo("avery@northwind.example");
            }
        }
    }

    @Property
    void awayWithoutADateIsNoChange(@ForAll("cases") Case c) {
        assertThat(plan(c, new InboxFact(InboxFact.Type.OUT_OF_OFFICE, "avery@northwind.example", null, c.at(), null)))
                .isEqualTo(plan(c));
    }

    @Property
    void aBounceLeavesNothingToTheAddressAndAsksOnce(@ForAll("cases") Case c) {
        InboxFact bounce = new InboxFact(InboxFact.Type.BOUNCE, "Avery@Northwind.example", null, c.at(), "5.1.1");
        Plan after = plan(c, bounce);

        assertThat(after.followUps())
                .filteredOn(f -> f.kind().employerFacing() && "avery@northwind.example".equals(f.recipient().email()))
                .allSatisfy(f -> assertThat(f.dueAt()).isBeforeOrEqualTo(c.at()));
        assertThat(after.followUps()).filteredOn(f -> f.kind() == FollowUpKind.ADDRESS_BOUNCED).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("R18");
                    assertThat(f.recipient().interviewerId()).isNull();
                    assertThat(f.dueAt()).isAfterOrEqualTo(c.at());
                });
        // Sam's messages do not depend on Avery's address
        assertThat(after.followUps()).filteredOn(f -> "iv-2".equals(f.recipient().interviewerId()))
                .isEqualTo(plan(c).followUps().stream().filter(f -> "iv-2".equals(f.recipient().interviewerId())).toList());
        assertThat(plan(c, bounce, bounce)).isEqualTo(after);
    }
}
