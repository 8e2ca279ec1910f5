package dev.tactful.interview.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterviewPage", description = "A page of the candidate's interviews, newest first.")
public record InterviewPage(List<InterviewSummary> items, int page, int size, long total) {
}
