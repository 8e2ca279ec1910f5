package dev.tactful.planner.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tactful.etiquette.RuleInfo;
import dev.tactful.etiquette.Rules;
import io.quarkus.security.Authenticated;

@Path("/api/v1/rules")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The etiquette rules every plan cites")
public class RuleResource {

    @GET
    @Operation(summary = "The rule catalogue", description = "R1 to R18: id, title, a summary in our words and the source articles.")
    public List<RuleInfo> rules() {
        return Rules.catalogue();
    }
}
