package dev.tactful.etiquette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Collects follow-ups, suppressions and flags while the rules run; {@link #build()} sorts them deterministically. */
final class PlanBuilder {

    static final Comparator<PlannedFollowUp> FOLLOW_UP_ORDER = Comparator
            .comparing(PlannedFollowUp::dueAt)
            .thenComparing(PlannedFollowUp::key);

    static final Comparator<Suppression> SUPPRESSION_ORDER = Comparator
            .comparingInt((Suppression s) -> ruleNumber(s.rule()))
            .thenComparing(s -> s.recipient() == null ? "" : Objects.toString(s.recipient().interviewerId(), ""))
            .thenComparing(s -> s.recipient() == null ? "" : Objects.toString(s.recipient().name(), ""))
            .thenComparing(Suppression::reason);

    private final List<PlannedFollowUp> followUps = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private final List<Suppression> flags = new ArrayList<>();

    void add(PlannedFollowUp followUp) {
        followUps.add(followUp);
    }

    void remove(PlannedFollowUp followUp) {
        followUps.remove(followUp);
    }

    void suppress(Recipient recipient, String rule, String reason) {
        suppressions.add(new Suppression(recipient, rule, reason));
    }

    void flag(Recipient recipient, String rule, String reason) {
        flags.add(new Suppression(recipient, rule, reason));
    }

    /** A snapshot, safe to iterate while removing. */
    List<PlannedFollowUp> followUps() {
        return List.copyOf(followUps);
    }

    Plan build() {
        List<PlannedFollowUp> f = new ArrayList<>(followUps);
        f.sort(FOLLOW_UP_ORDER);
        List<Suppression> s = new ArrayList<>(suppressions);
        s.sort(SUPPRESSION_ORDER);
        List<Suppression> g = new ArrayList<>(flags);
        g.sort(SUPPRESSION_ORDER);
        return new Plan(f, s, g);
    }

    static int ruleNumber(String rule) {
        try {
            return Integer.parseInt(rule.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
