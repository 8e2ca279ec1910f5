package dev.tactful.inbox.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tactful.support.auth.CurrentCandidate;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * inbox-service's part of a candidate's export (interview-service composes the whole one): the mailbox connection as
 * GET /api/v1/mailbox shows it (host, user, sync state, what was found), never the password, or null.
 */
@Path("/api/v1/me/export")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Your data", description = "inbox-service's part of the candidate's export")
public class MeExportResource {

    /** inbox-service's part. */
    public record InboxExport(@Schema(description = "The connected mailbox without its password, or null") MailboxStatusView mailbox) {
    }

    @Inject
    CurrentCandidate candidate;

    @Inject
    Mailboxes mailboxes;

    @GET
    @Operation(summary = "inbox-service's part of my export", description = "The mailbox connection of the signed-in "
            + "candidate without its password, or null when none is connected. Called by interview-service's "
            + "GET /api/v1/me/export with the candidate's token.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InboxExport.class)))
    public Uni<InboxExport> export() {
        return mailboxes.status(candidate.id()).map(InboxExport::new)
                .onFailure(e -> e instanceof WebApplicationException w && w.getResponse().getStatus() == 404)
                .recoverWithItem(() -> new InboxExport(null));
    }
}
