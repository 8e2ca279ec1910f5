package dev.tactful.inbox.match;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The follow-up ids in Message-IDs Tactful generated: the notifier writes {@code <followup-<uuid>@domain>} for a
 * follow-up's mail (and {@code <followup-<uuid>.<purpose>@domain>} for notices about it, which nobody answers).
 */
public final class FollowUpIds {

    private static final Pattern OURS = Pattern.compile(
            "^<followup-([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})@[^<>@\\s]+>$");

    private FollowUpIds() {
    }

    public static Set<UUID> in(List<String> messageIds) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : messageIds) {
            Matcher m = OURS.matcher(id);
            if (m.matches()) {
                ids.add(UUID.fromString(m.group(1)));
            }
        }
        return ids;
    }
}
