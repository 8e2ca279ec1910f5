package dev.tactful.interview.me;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of {@code GET /api/v1/me/export}, for the OpenAPI document only: the export is written as a stream,
 * each other service's part copied as that service wrote it.
 */
@Schema(description = "Everything Tactful holds about the signed-in candidate")
public record ExportDocument(
        String candidateId,
        Instant exportedAt,
        @Schema(description = "interview-service: the interviews as logged, each with its outcomes") InterviewPart interviewService,
        @Schema(description = "planner-service's part (its GET /api/v1/me/export): plans with every follow-up's rule and reason") Object plannerService,
        @Schema(description = "notifier-service's part: deliveries with their rendered texts, notices, webhook calls") Object notifierService,
        @Schema(description = "inbox-service's part: the mailbox connection without its password, or null") Object inboxService) {

    @Schema(description = "interview-service's part")
    public record InterviewPart(List<Object> interviews) {
    }
}
