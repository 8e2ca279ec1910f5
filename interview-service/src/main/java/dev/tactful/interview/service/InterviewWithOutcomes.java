package dev.tactful.interview.service;

import java.util.List;

/** One interview and its outcomes, oldest first. */
public record InterviewWithOutcomes(StoredInterview interview, List<StoredOutcome> outcomes) {
}
