package dev.tactful.webapp.calendar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.tactful.webapp.WebSettings;
import dev.tactful.webapp.api.ApiException;
import dev.tactful.webapp.api.Bearer;
import dev.tactful.webapp.api.Dtos.InterviewSummary;
import dev.tactful.webapp.api.InterviewApi;
import dev.tactful.webapp.api.PlannerApi;
import dev.tactful.webapp.session.SessionTokens;
import io.smallrye.mutiny.Uni;

/**
 * {@code GET /calendar/{secret}.ics}: the candidate's follow-ups for a calendar to subscribe to. The secret is the
 * only credential; the feed mints a short-lived token for its candidate to read the services, as a session would.
 */
// Never blocks (reactive clients and database, templates in memory): on the event loop, where the session
// filter's reactive database check must run.
@NonBlocking
@Path("/calendar")
public class CalendarResource {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    static final int PAGE = 100;
    static final int MAX_PAGES = 10;

    @Inject
    CalendarFeeds feeds;

    @Inject
    SessionTokens tokens;

    @Inject
    WebSettings settings;

    @Inject
    Clock clock;

    @RestClient
    InterviewApi interviews;

    @RestClient
    PlannerApi planner;

    @GET
    @Path("{secret}.ics")
    public Uni<Response> feed(@PathParam("secret") String secret) {
        return feeds.accountFor(secret).chain(account -> {
            if (account.isEmpty()) {
                return Uni.createFrom().item(Response.status(404).type("text/plain").entity("No such calendar.\n").build());
            }
            String bearer = Bearer.of(tokens.mint(account.get(), clock.instant(), settings.calendar().tokenLifetime()).token());
            return allInterviews(bearer, 0, new ArrayList<>())
                    .chain(list -> list.isEmpty() ? Uni.createFrom().item(List.<IcsWriter.Entry>of())
                            : Uni.join().all(list.stream().map(i -> entry(bearer, i)).toList()).andFailFast())
                    .map(entries -> Response.ok(IcsWriter.write(IcsWriter.calendar(entries)), MEDIA_TYPE)
                            .header("Cache-Control", "private, max-age=300").build());
        });
    }

    private Uni<List<InterviewSummary>> allInterviews(String bearer, int page, List<InterviewSummary> acc) {
        return interviews.list(bearer, page, PAGE).chain(p -> {
            acc.addAll(p.items());
            if (p.items().size() < PAGE || page + 1 >= MAX_PAGES) {
                return Uni.createFrom().item(acc);
            }
            return allInterviews(bearer, page + 1, acc);
        });
    }

    private Uni<IcsWriter.Entry> entry(String bearer, InterviewSummary interview) {
        return planner.plan(bearer, interview.id()).map(plan -> new IcsWriter.Entry(interview, plan.followUps()))
                .onFailure(e -> e instanceof ApiException api && api.status() == 404)
                .recoverWithItem(new IcsWriter.Entry(interview, List.of()));
    }
}
