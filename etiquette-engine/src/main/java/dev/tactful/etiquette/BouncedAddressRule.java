package dev.tactful.etiquette;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * R18: mail to an address that bounced will bounce again, so the follow-ups to it that were still to come when
 * the bounce arrived are dropped, each with an R18 suppression, and the candidate gets one notice asking for a
 * corrected address (kind ADDRESS_BOUNCED, key {@code ADDRESS_BOUNCED/<address>}, so a second bounce of the same
 * address plans nothing new). Once the candidate replaces the address in a newer revision of the interview, it no
 * longer belongs to anyone here: the rule has nothing to cancel and drops a notice not yet sent.
 *
 * <p>Runs after R9 (a close to a bounced address would bounce too) and before the R7 cap, so the cap counts only
 * messages that can arrive.
 */
final class BouncedAddressRule {

    private final PlanContext ctx;

    BouncedAddressRule(PlanContext ctx) {
        this.ctx = ctx;
    }

    void apply(PlanBuilder plan, List<InboxFact> facts) {
        // The first bounce of each address decides: it is when the address was known to be dead.
        Map<String, InboxFact> firstByAddress = new LinkedHashMap<>();
        facts.stream()
                .filter(f -> f.type() == InboxFact.Type.BOUNCE && f.address() != null && !f.address().isBlank())
                .sorted(Comparator.comparing(InboxFact::receivedAt).thenComparing(InboxFact::address))
                .forEach(f -> firstByAddress.putIfAbsent(normal(f.address()), f));
        for (InboxFact bounce : firstByAddress.values()) {
            String owner = ownerOf(bounce.address());
            if (owner == null) {
                continue;
            }
            for (PlannedFollowUp f : plan.followUps()) {
                if (f.kind().employerFacing() && bounce.concerns(f.recipient().email())
                        && f.dueAt().isAfter(bounce.receivedAt())) {
                    plan.remove(f);
                    ZoneId zone = f.recipient().timeZone() != null ? f.recipient().timeZone() : ctx.employerZone();
                    plan.suppress(f.recipient(), "R18", "No " + f.kind().label() + " to "
                            + Describe.name(f.recipient().name()) + " at " + Describe.moment(f.dueAt(), zone)
                            + ": mail to " + bounce.address() + " came back undeliverable on "
                            + Describe.moment(bounce.receivedAt(), zone) + status(bounce)
                            + ", so it would not arrive. Correct the address and it is planned again.");
                }
            }
            ZoneId zone = ctx.candidateZone();
            Instant due = ctx.window.firstWakingMomentAtOrAfter(ctx.notBeforeLogged(bounce.receivedAt()), zone);
            plan.add(new PlannedFollowUp("ADDRESS_BOUNCED/" + normal(bounce.address()), FollowUpKind.ADDRESS_BOUNCED,
                    ctx.candidateRecipient(), Channel.EMAIL, due, "R18",
                    "Mail to " + owner + " at " + bounce.address() + " came back undeliverable" + status(bounce)
                            + " on " + Describe.moment(bounce.receivedAt(), zone) + ". Nothing more goes to that "
                            + "address, and this one note asks you for a corrected address."));
        }
    }

    /** Whose address it is in the latest revision (name), or null when nobody of this interview has it any more. */
    private String ownerOf(String address) {
        for (Interviewer i : ctx.interview.interviewers()) {
            if (TouchSpacing.sameAddress(address, i.email())) {
                return Describe.name(i.name());
            }
        }
        Agency agency = ctx.interview.agency();
        if (agency != null && TouchSpacing.sameAddress(address, agency.email())) {
            return agency.name() == null || agency.name().isBlank() ? "the agency" : agency.name();
        }
        return null;
    }

    private static String status(InboxFact bounce) {
        return bounce.detail() == null || bounce.detail().isBlank() ? "" : " (status " + bounce.detail() + ")";
    }

    private static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
