package dev.tactful.interview.service;

import java.util.List;

/** One page of a candidate's interviews and how many there are in all. */
public record InterviewListing(List<StoredInterview> items, long total) {
}
