package dev.tactful.etiquette;

import java.time.ZoneId;

/** An interviewer with their resolved zone (own, else company's, else candidate's) and recipient record. */
record Contact(Interviewer interviewer, String id, ZoneId zone) {

    Recipient recipient() {
        return recipient(zone);
    }

    /** The recipient, stamped with the zone the send window was computed in. */
    Recipient recipient(ZoneId windowZone) {
        return new Recipient(id, interviewer.name(), interviewer.title(), interviewer.email(), windowZone);
    }

    String name() {
        return Describe.name(interviewer.name());
    }

    boolean hasEmail() {
        String email = interviewer.email();
        return email != null && email.contains("@") && !email.isBlank();
    }

    boolean hasLinkedin() {
        return interviewer.linkedinUrl() != null && !interviewer.linkedinUrl().isBlank();
    }

    boolean optedOut() {
        return interviewer.askedNotToFollowUp();
    }
}
