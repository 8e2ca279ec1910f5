package dev.tactful.events;

public enum InterviewFormat {
    ONSITE,
    VIDEO,
    PHONE
}
