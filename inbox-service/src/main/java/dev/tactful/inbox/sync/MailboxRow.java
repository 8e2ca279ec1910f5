package dev.tactful.inbox.sync;

import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;

/** A claimed mailbox with its sync state. {@code passwordCipher} is only ever decrypted on a worker, for the login. */
public record MailboxRow(UUID id, String candidateId, String host, int port, String username, byte[] passwordCipher,
        boolean tls, String folder, UUID generation, Long uidValidity, long lastUid, int failures) {

    static MailboxRow of(Row r) {
        return new MailboxRow(r.getUUID("id"), r.getString("candidate_id"), r.getString("host"), r.getInteger("port"),
                r.getString("username"), r.getBuffer("password_cipher").getBytes(), r.getBoolean("tls"), r.getString("folder"),
                r.getUUID("generation"), r.getLong("uid_validity"), r.getLong("last_uid"), r.getInteger("failures"));
    }

    @Override
    public String toString() {
        return "MailboxRow[" + id + ", candidate " + candidateId + "]";
    }
}
