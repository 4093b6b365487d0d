package org.corroborate.citation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimService;
import org.corroborate.claimant.ClaimantService;
import org.corroborate.input.Inputs;
import org.corroborate.input.Text;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import org.corroborate.source.Source;
import org.corroborate.workflow.Workflow;

/** Attaches sources to claims. */
@ApplicationScoped
public class CitationService {

    private final Inputs inputs;
    private final ClaimService claims;
    private final Workflow workflow;
    private final Clock clock;
    private final ClaimantService claimants;

    CitationService(Inputs inputs, ClaimService claims, Workflow workflow, Clock clock, ClaimantService claimants) {
        this.inputs = inputs;
        this.claims = claims;
        this.workflow = workflow;
        this.clock = clock;
        this.claimants = claimants;
    }

    /** Attaches a source to an open or proposed claim; 404 for an unknown claim or source, 409 on a frozen claim. */
    @Transactional
    public Citation attach(long claimId, CitationInput input, String user) {
        inputs.check(input);
        Claim claim = claims.get(claimId);
        workflow.checkEditable(claim);
        Source source = Source.<Source>findByIdOptional(input.sourceId()).orElseThrow(() -> new Problem(404,
                "No source with id " + input.sourceId(), List.of(new FieldError("sourceId", "no such source"))));
        Citation citation = new Citation();
        citation.claim = claim;
        citation.source = source;
        citation.stance = input.stance();
        citation.quote = Text.clean(input.quote());
        citation.claimant = Text.clean(input.claimant());
        citation.statedFigure = Text.clean(input.statedFigure());
        citation.createdBy = user;
        citation.createdAt = Instant.now(clock);
        claimants.resolve(citation, input.claimantIsParty());
        citation.persist();
        return citation;
    }
}
