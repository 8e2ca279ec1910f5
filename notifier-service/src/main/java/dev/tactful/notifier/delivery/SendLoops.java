package dev.tactful.notifier.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.tactful.notifier.webhook.WebhookQueue;
import dev.tactful.notifier.webhook.WebhookSettings;
import dev.tactful.support.claim.ClaimLoop;
import dev.tactful.support.claim.ClaimLoops;
import io.quarkus.runtime.StartupEvent;

/** Starts the notifier's claim loops: deliveries, notices to candidates and (when configured) webhook calls. */
@ApplicationScoped
public class SendLoops {

    @Inject
    ClaimLoops loops;

    @Inject
    DeliveryQueue deliveries;

    @Inject
    NoticeQueue notices;

    @Inject
    WebhookQueue webhooks;

    @Inject
    WebhookSettings webhookSettings;

    private volatile ClaimLoop<Delivery> deliveryLoop;
    private volatile ClaimLoop<Notice> noticeLoop;

    void start(@Observes StartupEvent event) {
        deliveryLoop = loops.start(deliveries);
        noticeLoop = loops.start(notices);
        if (webhookSettings.enabled()) {
            loops.start(webhooks);
        }
    }

    /** A new delivery was committed: send it now rather than at the next poll. */
    public void wake() {
        ClaimLoop<Delivery> l = deliveryLoop;
        if (l != null) {
            l.wake();
        }
    }

    /** A notice to the candidate was committed (held, uncertain): tell them now rather than at the next poll. */
    public void wakeNotices() {
        ClaimLoop<Notice> l = noticeLoop;
        if (l != null) {
            l.wake();
        }
    }
}
