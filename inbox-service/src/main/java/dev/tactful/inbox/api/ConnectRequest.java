package dev.tactful.inbox.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The IMAP login of the candidate's mailbox. The password is write-only: it is never returned or logged. */
@Schema(name = "MailboxConnection", description = "How to log in to the candidate's mailbox over IMAP with an app password.")
public record ConnectRequest(
        @Schema(description = "IMAP server host name", example = "imap.gmail.com")
        @NotBlank @Size(max = 253) @Pattern(regexp = "^[A-Za-z0-9.-]+$", message = "must be a host name") String host,
        @Schema(description = "IMAP port: 993 for TLS, 143 for STARTTLS", example = "993")
        @NotNull @Min(1) @Max(65535) Integer port,
        @Schema(description = "Login name, usually the email address", example = "rowan@example.org")
        @NotBlank @Size(max = 320) String username,
        @Schema(description = "An app password (never your account password); write-only", example = "abcd efgh ijkl mnop",
                writeOnly = true)
        @NotBlank @Size(max = 1000) String password,
        @Schema(description = "true: TLS from the first byte (IMAPS, port 993); false: STARTTLS (port 143)", example = "true")
        @NotNull Boolean tls,
        @Schema(description = "Folder to read; INBOX when absent", example = "INBOX")
        @Size(min = 1, max = 200) String folder) {

    @Override
    public String toString() {
        return "ConnectRequest[" + host + ":" + port + "]";
    }
}
