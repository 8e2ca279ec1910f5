package dev.tactful.inbox.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tactful.inbox.imap.ImapFailure;
import dev.tactful.inbox.imap.MailboxSettings;
import dev.tactful.support.Problem;
import dev.tactful.support.Problem.FieldError;
import dev.tactful.support.ProblemException;
import dev.tactful.support.Problems;
import dev.tactful.support.auth.CurrentCandidate;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * The candidate's mailbox connection: opt-in, one per candidate, read-only. Connecting checks the login against the
 * server before anything is stored; the password is kept only encrypted and never comes back out.
 */
@Path("/api/v1/mailbox")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox", description = "Connect your mailbox so that replies, out-of-office answers and bounces stop follow-ups by themselves")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class MailboxResource {

    static final String EXAMPLE = """
            {"host": "imap.gmail.com", "port": 993, "username": "rowan@example.org",
             "password": "abcd efgh ijkl mnop", "tls": true, "folder": "INBOX"}""";

    @Inject
    CurrentCandidate candidate;

    @Inject
    Mailboxes mailboxes;

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Connect (or reconnect) your mailbox",
            description = "Logs in over IMAP and opens the folder read-only to check the settings, then stores them with the "
                    + "password encrypted. A reconnect replaces the previous connection and starts its sync afresh.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectRequest.class),
            examples = @ExampleObject(name = "Gmail", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Connected; the first sync starts at once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailboxStatusView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[].field names each offending field",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account was erased; nothing new is stored for it while the erasure lasts",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The server refused the login (errors[].field is password), could not be "
            + "reached (host) or has no such folder (folder)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<MailboxStatusView> connect(@NotNull @Valid ConnectRequest body) {
        String candidateId = candidate.id();
        String folder = body.folder() == null ? "INBOX" : body.folder();
        MailboxSettings settings = new MailboxSettings(body.host().strip(), body.port(), body.username().strip(), body.password(),
                body.tls(), folder);
        // An erased account stores nothing new while its tombstone lives (as in interview-service): the sync would
        // skip the mailbox anyway, and its password would sit here for nothing.
        return dev.tactful.support.erasure.CandidateErasure.isErased(pool, candidateId)
                .invoke(erased -> {
                    if (erased) {
                        throw ProblemException.conflict("This account was erased, so Tactful stores nothing new for it for"
                                + " now, a mailbox connection included. Sign in with another account, or try again after"
                                + " the erasure period.");
                    }
                })
                .chain(() -> mailboxes.verify(settings))
                .onFailure(ImapFailure.class).transform(e -> refused((ImapFailure) e))
                .chain(() -> mailboxes.connect(candidateId, settings))
                .chain(() -> mailboxes.status(candidateId));
    }

    @GET
    @Operation(summary = "Your mailbox connection and what its syncs found")
    @APIResponse(responseCode = "200", description = "Connected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailboxStatusView.class)))
    @APIResponse(responseCode = "404", description = "No mailbox connected",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<MailboxStatusView> status() {
        return mailboxes.status(candidate.id());
    }

    @DELETE
    @Operation(summary = "Disconnect your mailbox", description = "Deletes the stored login and all sync state; nothing is read any more.")
    @APIResponse(responseCode = "204", description = "Disconnected")
    @APIResponse(responseCode = "404", description = "No mailbox connected",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> disconnect() {
        return mailboxes.disconnect(candidate.id()).map(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("No mailbox is connected.");
            }
            return Response.noContent().build();
        });
    }

    private static ProblemException refused(ImapFailure e) {
        String field = switch (e.kind()) {
            case LOGIN_REFUSED -> "password";
            case NO_FOLDER -> "folder";
            case TLS -> "tls";
            case UNREACHABLE, PROTOCOL -> "host";
        };
        return new ProblemException(Problems.response(new Problem("https://tactful.dev/problems/mailbox-refused",
                "Mailbox connection refused", 422, e.getMessage(), null, List.of(new FieldError(field, e.getMessage())))));
    }
}
