package dev.tactful.inbox.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MailboxStatus", description = "A connected mailbox: where it is, how its syncs go, and what they found. Never the password.")
public record MailboxStatusView(
        String host,
        int port,
        String username,
        boolean tls,
        String folder,
        Instant connectedAt,
        @Schema(description = "End of the last sync that went through, or null") Instant lastSyncAt,
        @Schema(description = "Why the last sync failed, or null; syncs are retried with backoff") String lastError,
        Instant lastErrorAt,
        @Schema(description = "Messages read per classification: REPLY, OUT_OF_OFFICE, BOUNCE, AUTOMATIC, UNMATCHED, UNREADABLE")
        Map<String, Long> counts,
        @Schema(description = "The latest messages tied to an interview, newest first (at most 20)") List<Detection> detections) {

    @Schema(name = "MailboxDetection", description = "A message tied to an interview: only its Message-ID, date and sender are kept.")
    public record Detection(UUID interviewId, String classification, String matchedBy, String messageId, Instant receivedAt,
            String sender, String evidence, Instant detectedAt) {
    }
}
