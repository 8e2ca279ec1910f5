package dev.tactful.inbox.imap;

import java.util.List;

import dev.tactful.inbox.classify.MessageFacts;

/**
 * What one sync read: the folder's UIDVALIDITY, the messages after the last UID seen (in UID order), how many could
 * not be read at all, and the highest UID looked at, which becomes the new last UID.
 */
public record ReadBatch(long uidValidity, List<MessageFacts> messages, List<Long> unreadable, long highestUid, boolean more) {
}
