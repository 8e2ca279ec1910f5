package dev.tactful.interview.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.interview.service.InterviewListing;

@Schema(name = "InterviewPage", description = "A page of the candidate's interviews, newest first.")
public record InterviewPage(List<InterviewSummary> items, int page, int size, long total) {

    static InterviewPage of(InterviewListing listing, int page, int size) {
        return new InterviewPage(listing.items().stream().map(InterviewSummary::of).toList(), page, size, listing.total());
    }
}
