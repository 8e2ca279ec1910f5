package dev.tactful.webapp.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.tactful.webapp.account.Account;
import dev.tactful.webapp.api.Dtos.Company;
import dev.tactful.webapp.api.Dtos.LogInterview;
import dev.tactful.webapp.api.Dtos.NewAgency;
import dev.tactful.webapp.api.Dtos.NewInterviewer;
import dev.tactful.webapp.api.Dtos.NewPromise;
import dev.tactful.webapp.api.Dtos.Person;
import dev.tactful.webapp.api.Problem;
import dev.tactful.webapp.web.Times;

/**
 * The log-an-interview form. Its field names are the API's JSON paths ({@code candidate.timeZone},
 * {@code interviewers[1].email}), so a problem's {@code errors[].field} lands next to the field it names.
 * Without JavaScript, interviewers are rows of the form: "add another" and "remove" are submit buttons that
 * re-render it; empty rows are ignored.
 */
public final class InterviewForm {

    public static final List<String> FORMATS = List.of("VIDEO", "ONSITE", "PHONE");
    public static final List<String> CHANNELS = List.of("EMAIL", "HANDWRITTEN_NOTE", "PHONE", "LINKEDIN");
    public static final List<String> POLICIES = List.of("STANDARD", "ONE_AND_DONE", "PERSISTENT");
    public static final List<String> DELIVERY_MODES = List.of("DRAFT_TO_CANDIDATE", "SEND_DIRECT");
    static final int MAX_ROWS = 20;
    static final String[] ROW_FIELDS = { "name", "title", "email", "linkedinUrl", "preferredChannel", "timeZone",
            "askedNotToFollowUp" };
    private static final Pattern ROW_ERROR = Pattern.compile("interviewers\\[(\\d+)](?:\\.(\\w+))?.*");
    private static final Pattern LIST_ITEM = Pattern.compile("(topicsDiscussed|pointsToReinforce|concernsToAddress)\\[\\d+].*");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** Which form row each interviewer sent to the API came from (empty rows are not sent). */
    private final List<Integer> sentRows = new ArrayList<>();
    private int primaryRow;

    /** One interviewer row. */
    public final class Row {
        final int index;
        final Map<String, String> fields = new LinkedHashMap<>();

        Row(int index) {
            this.index = index;
        }

        public int index() {
            return index;
        }

        public int number() {
            return index + 1;
        }

        public String name(String field) {
            return "interviewers[" + index + "]." + field;
        }

        public String id(String field) {
            return "interviewers-" + index + "-" + field;
        }

        public String value(String field) {
            return fields.getOrDefault(field, "");
        }

        public boolean checked(String field) {
            return "true".equals(fields.get(field));
        }

        public boolean primary() {
            return index == primaryRow;
        }

        public String error(String field) {
            return errors.get(name(field));
        }

        boolean blank() {
            return fields.values().stream().allMatch(v -> v == null || v.isBlank() || v.equals("EMAIL"));
        }
    }

    /** A fresh form with the candidate's settings filled in. */
    public static InterviewForm blank(Account account) {
        InterviewForm f = new InterviewForm();
        f.values.put("candidate.name", nz(account.name));
        f.values.put("candidate.email", nz(account.signInEmail));
        f.values.put("candidate.timeZone", nz(account.timeZone));
        f.values.put("durationMinutes", "60");
        f.values.put("format", "VIDEO");
        f.values.put("policy", account.defaultPolicy);
        f.values.put("deliveryMode", account.deliveryMode);
        f.values.put("idempotencyKey", UUID.randomUUID().toString());
        f.addRow();
        f.addRow();
        return f;
    }

    public static InterviewForm from(MultivaluedMap<String, String> form) {
        InterviewForm f = new InterviewForm();
        for (String key : List.of("candidate.name", "candidate.email", "candidate.timeZone", "company.name", "company.timeZone",
                "role", "interviewedAt", "durationMinutes", "format", "agency.name", "agency.email", "agency.requiresRouting",
                "decisionExpectedBy", "topicsDiscussed", "pointsToReinforce", "concernsToAddress", "promise.channel",
                "promise.by", "promise.note", "policy", "deliveryMode", "idempotencyKey")) {
            f.values.put(key, nz(form.getFirst(key)));
        }
        if (f.values.get("idempotencyKey").isBlank() || f.values.get("idempotencyKey").length() > 100) {
            f.values.put("idempotencyKey", UUID.randomUUID().toString());
        }
        int count = Math.min(MAX_ROWS, Math.max(1, parseInt(form.getFirst("rows"), 1)));
        for (int i = 0; i < count; i++) {
            Row row = f.addRow();
            for (String field : ROW_FIELDS) {
                row.fields.put(field, nz(form.getFirst(row.name(field))));
            }
        }
        f.primaryRow = Math.min(count - 1, Math.max(0, parseInt(form.getFirst("primaryContact"), 0)));
        return f;
    }

    private Row addRow() {
        Row r = new Row(rows.size());
        r.fields.put("preferredChannel", "EMAIL");
        rows.add(r);
        return r;
    }

    /** "Add another interviewer" or "remove row i": true when the action changed the form (nothing is sent). */
    public boolean apply(String action) {
        if ("add-interviewer".equals(action) && rows.size() < MAX_ROWS) {
            addRow();
            return true;
        }
        if (action != null && action.startsWith("remove-")) {
            int i = parseInt(action.substring(7), -1);
            if (i >= 0 && i < rows.size() && rows.size() > 1) {
                rows.remove(i);
                List<Row> kept = new ArrayList<>(rows);
                rows.clear();
                for (Row old : kept) {
                    Row r = addRow();
                    r.fields.putAll(old.fields);
                }
                if (primaryRow == i) {
                    primaryRow = 0;
                } else if (primaryRow > i) {
                    primaryRow--;
                }
                return true;
            }
        }
        return false;
    }

    /** The API request, or null when the form has errors that need no round trip (they are then in errors()). */
    /** The candidate's address is the signed-in one: drafts and reminders can go nowhere else. */
    public void signedInAs(String email) {
        values.put("candidate.email", nz(email));
    }

    public LogInterview toRequest() {
        errors.clear();
        sentRows.clear();
        String zone = v("candidate.timeZone");
        String interviewedAt = null;
        String when = v("interviewedAt");
        if (when.isBlank()) {
            errors.put("interviewedAt", "Enter when the interview started.");
        } else {
            try {
                LocalDateTime local = LocalDateTime.parse(when);
                ZoneId z = Times.zone(zone).orElse(null);
                if (z == null) {
                    errors.put("candidate.timeZone", "Choose your time zone from the list, e.g. Europe/Berlin; the start time is read in it.");
                } else {
                    interviewedAt = local.atZone(z).toOffsetDateTime().toString();
                }
            } catch (DateTimeException e) {
                errors.put("interviewedAt", "Enter a date and time such as 2026-11-19T10:00.");
            }
        }
        Integer duration = null;
        if (!v("durationMinutes").isBlank()) {
            duration = parseInt(v("durationMinutes"), Integer.MIN_VALUE);
            if (duration == Integer.MIN_VALUE) {
                errors.put("durationMinutes", "Enter the length in whole minutes.");
                duration = null;
            }
        }
        LocalDate decision = date("decisionExpectedBy");
        List<NewInterviewer> interviewers = new ArrayList<>();
        for (Row row : rows) {
            if (row.blank()) {
                continue;
            }
            sentRows.add(row.index);
            interviewers.add(new NewInterviewer(orNull(row.value("name")), orNull(row.value("title")), orNull(row.value("email")),
                    orNull(row.value("linkedinUrl")), orNull(row.value("preferredChannel")), row.checked("askedNotToFollowUp"),
                    row.index == primaryRow, orNull(row.value("timeZone"))));
        }
        if (interviewers.isEmpty()) {
            errors.put("interviewers[0].name", "Add at least one person you met.");
        } else if (sentRows.stream().noneMatch(i -> i == primaryRow)) {
            // The chosen primary row is empty: the first person sent becomes the primary contact.
            NewInterviewer first = interviewers.get(0);
            interviewers.set(0, new NewInterviewer(first.name(), first.title(), first.email(), first.linkedinUrl(),
                    first.preferredChannel(), first.askedNotToFollowUp(), true, first.timeZone()));
            primaryRow = sentRows.get(0);
        }
        NewAgency agency = v("agency.name").isBlank() && v("agency.email").isBlank() ? null
                : new NewAgency(orNull(v("agency.name")), orNull(v("agency.email")), "true".equals(v("agency.requiresRouting")));
        NewPromise promise = null;
        if (!v("promise.channel").isBlank() || !v("promise.by").isBlank() || !v("promise.note").isBlank()) {
            promise = new NewPromise(orNull(v("promise.channel")), date("promise.by"), orNull(v("promise.note")));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new LogInterview(
                new Person(orNull(v("candidate.name")), orNull(v("candidate.email")), orNull(zone)),
                new Company(orNull(v("company.name")), orNull(v("company.timeZone"))),
                orNull(v("role")), interviewedAt, duration, orNull(v("format")), interviewers, agency, decision,
                lines("topicsDiscussed"), lines("pointsToReinforce"), lines("concernsToAddress"), promise,
                orNull(v("policy")), orNull(v("deliveryMode")));
    }

    /** Puts the API's field errors next to the fields; those the form has no field for go to the summary. */
    public void addProblem(Problem problem) {
        for (Problem.FieldError e : problem.errorsOrEmpty()) {
            String field = e.field() == null ? "" : e.field();
            Matcher row = ROW_ERROR.matcher(field);
            Matcher item = LIST_ITEM.matcher(field);
            if (row.matches()) {
                int sent = Integer.parseInt(row.group(1));
                int formRow = sent < sentRows.size() ? sentRows.get(sent) : 0;
                String sub = row.group(2) == null ? "name" : row.group(2);
                if (!Arrays.asList(ROW_FIELDS).contains(sub)) {
                    sub = sub.equals("primaryContact") ? "name" : sub;
                }
                field = "interviewers[" + formRow + "]." + sub;
            } else if (item.matches()) {
                field = item.group(1);
            } else if (field.equals("interviewers")) {
                field = "interviewers[0].name";
            } else if (field.equals("agency")) {
                field = "agency.name";
            } else if (field.equals("promise")) {
                field = "promise.channel";
            } else if (field.equals("endsAt")) {
                field = "durationMinutes";
            }
            errors.merge(field, e.message(), (a, b) -> a + " " + b);
        }
        if (problem.errorsOrEmpty().isEmpty()) {
            errors.put("form", problem.detail() == null ? "The interview could not be logged." : problem.detail());
        }
    }

    public String value(String name) {
        return v(name);
    }

    public boolean is(String name, String option) {
        return v(name).equals(option);
    }

    public String error(String name) {
        return errors.get(name);
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Row> rows() {
        return rows;
    }

    public int rowCount() {
        return rows.size();
    }

    public boolean canAddRow() {
        return rows.size() < MAX_ROWS;
    }

    public boolean canRemoveRow() {
        return rows.size() > 1;
    }

    public List<String> formats() {
        return FORMATS;
    }

    public List<String> channels() {
        return CHANNELS;
    }

    public List<String> policies() {
        return POLICIES;
    }

    public List<String> deliveryModes() {
        return DELIVERY_MODES;
    }

    public String idempotencyKey() {
        return v("idempotencyKey");
    }

    private String v(String name) {
        return values.getOrDefault(name, "");
    }

    private LocalDate date(String name) {
        String s = v(name);
        if (s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            errors.put(name, "Enter a date such as 2026-11-26.");
            return null;
        }
    }

    private List<String> lines(String name) {
        return v(name).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
