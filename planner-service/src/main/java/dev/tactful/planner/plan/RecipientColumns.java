package dev.tactful.planner.plan;

import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dev.tactful.events.Recipient;

/** A {@link Recipient} as the five {@code recipient_*} columns that follow-ups and plan notes share. */
@Embeddable
public class RecipientColumns {

    @Column(name = "recipient_interviewer_id")
    public String interviewerId;

    @Column(name = "recipient_name")
    public String name;

    @Column(name = "recipient_title")
    public String title;

    @Column(name = "recipient_email")
    public String email;

    @Column(name = "recipient_zone")
    public String zone;

    /** Columns for {@code r}; {@code fallbackZone} stands in when the recipient carries no zone (may be null). */
    static RecipientColumns of(Recipient r, ZoneId fallbackZone) {
        RecipientColumns c = new RecipientColumns();
        c.interviewerId = r.interviewerId();
        c.name = r.name();
        c.title = r.title();
        c.email = r.email();
        ZoneId z = r.timeZone() == null ? fallbackZone : r.timeZone();
        c.zone = z == null ? null : z.getId();
        return c;
    }

    /** Null when nobody is named (a note about the interview as a whole). */
    Recipient toRecipient() {
        if (name == null && email == null && interviewerId == null) {
            return null;
        }
        return new Recipient(interviewerId, name, title, email, zone == null ? null : ZoneId.of(zone));
    }
}
