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
import org.corroborate.problem.ProblemTexts;
import org.corroborate.source.Source;
import org.corroborate.workflow.ChangeNote;
import org.corroborate.workflow.Workflow;

/** Attaches sources to claims, and corrects or removes them with a note in the claim's history. */
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
        Source source = Source.<Source>findByIdOptional(input.sourceId()).orElseThrow(() -> noSuchSource(input.sourceId()));
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
        attached(claim, citation, user);
        return citation;
    }

    /** A source attached to a proposed claim is new evidence: the claim goes back to OPEN (history says so). */
    private void attached(Claim claim, Citation citation, String user) {
        workflow.reopenIfProposed(claim, "Citation #" + citation.id + " attached " + described(citation), user);
    }

    /**
     * Corrects a citation of an open or proposed claim, with the same input as {@link #attach}, and records what
     * changed in the claim's history (a proposed claim returns to OPEN). An edit that changes nothing records
     * nothing. 404 for an unknown claim, source or a citation of another claim; 409 on a published claim.
     */
    @Transactional
    public Citation edit(long claimId, long citationId, CitationInput input, String user) {
        inputs.check(input);
        Claim claim = claims.get(claimId);
        Citation citation = ofClaim(claim, citationId);
        workflow.checkEditable(claim);
        Source source = citation.source.id.equals(input.sourceId()) ? citation.source
                : Source.<Source>findByIdOptional(input.sourceId()).orElseThrow(() -> noSuchSource(input.sourceId()));
        boolean partyBefore = citation.claimantIsParty;
        ChangeNote note = new ChangeNote()
                .value("source", sourceName(citation.source), sourceName(source))
                .value("stance", citation.stance, input.stance())
                .text("quote", citation.quote, Text.clean(input.quote()))
                .text("claimant", citation.claimant, Text.clean(input.claimant()))
                .text("stated figure", citation.statedFigure, Text.clean(input.statedFigure()));
        citation.source = source;
        citation.stance = input.stance();
        citation.quote = Text.clean(input.quote());
        citation.claimant = Text.clean(input.claimant());
        citation.statedFigure = Text.clean(input.statedFigure());
        claimants.resolve(citation, input.claimantIsParty()); // the claimant, its origin and, unless set, the party flag
        note.value("party to the conflict", yesNo(partyBefore), yesNo(citation.claimantIsParty));
        if (note.isEmpty()) {
            return citation;
        }
        workflow.recordChange(claim, note.of("Citation #" + citation.id + " edited"), user);
        return citation;
    }

    /**
     * Removes a citation from an open or proposed claim, recording in the claim's history what it was (a proposed
     * claim returns to OPEN). 404 for an unknown claim or a citation of another claim; 409 on a published claim.
     */
    @Transactional
    public void remove(long claimId, long citationId, String user) {
        Claim claim = claims.get(claimId);
        Citation citation = ofClaim(claim, citationId);
        workflow.checkEditable(claim);
        String what = "Citation #" + citation.id + " removed " + described(citation);
        citation.delete();
        workflow.recordChange(claim, what, user);
    }

    /** The claim's citation; 404, naming it, when there is none of that id on this claim. */
    public Citation ofClaim(Claim claim, long citationId) {
        return Citation.<Citation>find("from Citation c join fetch c.source where c.id = ?1 and c.claim.id = ?2",
                citationId, claim.id).firstResultOptional()
                .orElseThrow(() -> new Problem(404, t -> t.noCitationOfClaim(claim.id, citationId)));
    }

    private static Problem noSuchSource(long id) {
        return new Problem(404, t -> t.noSourceWithId(id), List.of(new FieldError("sourceId", ProblemTexts::noSuchSource)));
    }

    /** "(Pajhwok, claimant Defense Ministry, SUPPORTS, figure 'nearly 59')": enough to tell which citation it was. */
    private static String described(Citation c) {
        return "(" + (c.source.outlet != null ? c.source.outlet : ChangeNote.quoted(c.source.title)) + ", claimant "
                + c.claimant + ", " + c.stance + (c.statedFigure == null ? "" : ", figure " + ChangeNote.quoted(c.statedFigure))
                + ")";
    }

    private static String sourceName(Source source) {
        return "#" + source.id + (source.outlet == null ? "" : " (" + source.outlet + ")");
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }
}
