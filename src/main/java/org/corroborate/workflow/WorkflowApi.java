package org.corroborate.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.account.Role;
import org.corroborate.claim.ClaimView;
import org.corroborate.claim.Verdict;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;

/** The workflow's steps over JSON: propose a verdict, decide on it, retract a published claim. */
@Path("/api/claims/{claimId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow")
public class WorkflowApi {

    private final Workflow workflow;
    private final CurrentUser user;

    WorkflowApi(Workflow workflow, CurrentUser user) {
        this.workflow = workflow;
        this.user = user;
    }

    public record VerdictInput(Verdict verdict, String note) {
    }

    public record DecisionInput(Decision decision, String note) {
    }

    public record RetractionInput(String note) {
    }

    @POST
    @Path("verdict")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Propose a verdict on an open claim (422 with unmetRules when its evidence falls short)")
    public ClaimView propose(@PathParam("claimId") long claimId, VerdictInput input) {
        VerdictInput in = required(input);
        return ClaimView.of(workflow.propose(claimId, in.verdict(), in.note(), user.username()));
    }

    @POST
    @Path("decision")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Approve or reject a proposed verdict (editors; 422 when four-eyes forbids it)")
    public ClaimView decide(@PathParam("claimId") long claimId, DecisionInput input) {
        DecisionInput in = required(input);
        return ClaimView.of(workflow.decide(claimId, in.decision(), in.note(), user.username()));
    }

    @POST
    @Path("retraction")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Retract an approved claim, with a note saying why (editors)")
    public ClaimView retract(@PathParam("claimId") long claimId, RetractionInput input) {
        return ClaimView.of(workflow.retract(claimId, required(input).note(), user.username()));
    }

    private static <T> T required(T input) {
        if (input == null) {
            throw Problem.invalid("body", "is required");
        }
        return input;
    }
}
