package org.corroborate.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.account.Role;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.citation.Citation;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.Verdict;
import org.corroborate.claimant.Origins;
import org.corroborate.export.EventLog;
import org.corroborate.input.Text;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Phrase;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;
import org.corroborate.problem.UnmetRules;
import org.corroborate.review.Review;

/**
 * The claim workflow, in one place: OPEN → PROPOSED → APPROVED → RETRACTED, with rejection back to OPEN.
 * Every transition is checked here and written to the status history.
 */
@ApplicationScoped
public class Workflow {

    private final VerdictRules verdictRules;
    private final EventLog eventLog;
    private final AuditLog audit;
    private final Clock clock;

    Workflow(VerdictRules verdictRules, EventLog eventLog, AuditLog audit, Clock clock) {
        this.verdictRules = verdictRules;
        this.eventLog = eventLog;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What one user may do on one claim now; pages show only these actions. {@code cite} also allows correcting and
     * removing citations; {@code withdrawReview}: the user has a review of the claim and may still withdraw it.
     */
    public record Actions(boolean edit, boolean cite, boolean review, boolean propose, boolean decide, boolean retract,
            Optional<Phrase> fourEyesRefusal, boolean withdrawReview) {
    }

    public Actions actionsFor(Claim claim, List<Review> reviews, String username, Set<Role> roles) {
        boolean writer = roles.contains(Role.REVIEWER) || roles.contains(Role.EDITOR);
        boolean editor = roles.contains(Role.EDITOR);
        boolean open = !claim.status.isFrozen();
        return new Actions(writer && open, writer && open, writer && open,
                writer && claim.status == ClaimStatus.OPEN,
                editor && claim.status == ClaimStatus.PROPOSED,
                editor && claim.status == ClaimStatus.APPROVED,
                editor && claim.status == ClaimStatus.PROPOSED ? fourEyesRefusal(claim, reviews, username) : Optional.empty(),
                writer && open && reviews.stream().anyMatch(r -> r.reviewer.equals(username)));
    }

    /** Records a new claim's first history entry. */
    public void recordOpened(Claim claim, String user) {
        record(claim, null, null, user, "Claim created");
    }

    /**
     * Records a change to what a claim's verdict rests on: its citations, or a source they cite. A proposed claim
     * returns to OPEN without its verdict ({@link #reopenIfProposed}), so an editor never approves other evidence
     * than was reviewed. An open claim keeps its status; its {@code updatedAt} and version move, so two corrections
     * of one claim at the same moment do not both pass (the second is refused with 409). A published claim's
     * evidence is frozen, except that a source it cites may be corrected: the entry records that, and nothing else
     * of the claim changes (the export's documents are snapshots of what was published).
     */
    public void recordChange(Claim claim, String what, String user) {
        if (reopenIfProposed(claim, what, user)) {
            return;
        }
        if (!claim.status.isFrozen()) {
            claim.updatedAt = Instant.now(clock);
            claim.flush(); // a concurrent correction of the same claim fails here with an optimistic-lock conflict
        }
        recordCorrection(claim, what, user);
    }

    /**
     * A proposed claim whose fields or evidence changed goes back to OPEN, its verdict and proposer cleared, with
     * the entry "Returned to OPEN: {change}". Answers whether it did; any other claim is left as it is.
     */
    public boolean reopenIfProposed(Claim claim, String change, String user) {
        if (claim.status != ClaimStatus.PROPOSED) {
            return false;
        }
        Verdict withdrawn = claim.verdict;
        claim.verdict = null;
        claim.proposedBy = null;
        transition(claim, ClaimStatus.OPEN, user, fitted("Returned to OPEN: " + change), withdrawn);
        return true;
    }

    /**
     * Records a correction in the claim's history without changing its status (from and to are the status it
     * has): who, when, and what changed. Entries are only ever added, never changed or removed.
     */
    public void recordCorrection(Claim claim, String what, String user) {
        record(claim, claim.status, claim.verdict, user, fitted(what));
    }

    /**
     * Records a reviewer's judgement that this claim and another describe the same event or different ones. Only an
     * entry in the history: the claim's fields, status, version and revision stay as they are, also on a published
     * claim (the judgement is about the event, not the claim's content).
     */
    public void recordEventJudgement(Claim claim, String note, String user) {
        record(claim, claim.status, claim.verdict, user, fitted(note));
    }

    /** A note cut to what the history keeps; a correction's own words are never refused for their length. */
    private static String fitted(String note) {
        return note.length() <= StatusChange.NOTE_MAX ? note : note.substring(0, StatusChange.NOTE_MAX - 1) + "…";
    }

    /** Published claims are frozen: their fields and citations change only by retraction or a new claim. */
    public void checkEditable(Claim claim) {
        if (claim.status.isFrozen()) {
            throw Problem.conflict(t -> t.claimFrozen(claim.id, claim.status));
        }
    }

    /** Reviews may change until the claim is approved. */
    public void checkReviewable(Claim claim) {
        if (claim.status.isFrozen()) {
            throw Problem.conflict(t -> t.reviewsClosed(claim.id, claim.status));
        }
    }

    /** A reviewer or editor proposes a verdict on an open claim; refused with 422 naming each unmet rule. */
    @Transactional
    public Claim propose(long claimId, Verdict verdict, String note, String user) {
        if (verdict == null) {
            throw Problem.invalid("verdict", ProblemTexts::verdictRequired);
        }
        String cleanNote = checkNote(note, false);
        Claim claim = load(claimId);
        requireStatus(claim, ClaimStatus.OPEN, ProblemTexts::cannotPropose);
        List<Phrase> unmet = verdictRules.unmetRules(verdict, citationsOf(claimId), Review.ofClaim(claimId));
        if (!unmet.isEmpty()) {
            throw new UnmetRules(t -> t.cannotProposeYet(verdict), unmet);
        }
        claim.verdict = verdict;
        claim.proposedBy = user;
        return transition(claim, ClaimStatus.PROPOSED, user, cleanNote);
    }

    /**
     * An editor approves or rejects a proposed verdict. Approval keeps four eyes on every claim (not the
     * proposer, not the only reviewer) and re-checks the verdict's rules, since reviews may have changed.
     */
    @Transactional
    public Claim decide(long claimId, Decision decision, String note, String editor) {
        if (decision == null) {
            throw Problem.invalid("decision", ProblemTexts::decisionRequired);
        }
        String cleanNote = checkNote(note, decision == Decision.REJECT);
        Claim claim = load(claimId);
        requireStatus(claim, ClaimStatus.PROPOSED,
                decision == Decision.APPROVE ? ProblemTexts::cannotApprove : ProblemTexts::cannotReject);
        if (decision == Decision.REJECT) {
            Verdict rejected = claim.verdict;
            claim.verdict = null;
            claim.proposedBy = null;
            transition(claim, ClaimStatus.OPEN, editor, cleanNote, rejected);
            audit.record(editor, AuditAction.VERDICT_REJECTED, subject(claim), decided(rejected, cleanNote));
            return claim;
        }
        List<Review> reviews = Review.ofClaim(claimId);
        Optional<Phrase> refusal = fourEyesRefusal(claim, reviews, editor);
        if (refusal.isPresent()) {
            throw new UnmetRules(ProblemTexts::fourEyesRule, List.of(refusal.get()));
        }
        List<Phrase> unmet = verdictRules.unmetRules(claim.verdict, citationsOf(claimId), reviews);
        if (!unmet.isEmpty()) {
            Verdict proposed = claim.verdict;
            throw new UnmetRules(t -> t.verdictNoLongerMet(proposed), unmet);
        }
        claim.approvedBy = editor;
        transition(claim, ClaimStatus.APPROVED, editor, cleanNote);
        audit.record(editor, AuditAction.VERDICT_APPROVED, subject(claim), decided(claim.verdict, cleanNote));
        publish(claim);
        return claim;
    }

    /** An editor retracts a published claim; consumers see it as a RETRACTED tombstone. */
    @Transactional
    public Claim retract(long claimId, String note, String editor) {
        String cleanNote = checkNote(note, true);
        Claim claim = load(claimId);
        requireStatus(claim, ClaimStatus.APPROVED, ProblemTexts::cannotRetract);
        transition(claim, ClaimStatus.RETRACTED, editor, cleanNote);
        audit.record(editor, AuditAction.CLAIM_RETRACTED, subject(claim), decided(claim.verdict, cleanNote));
        publish(claim);
        return claim;
    }

    /** The claim's citations with their origins, as the verdict rules count them. */
    private static List<Citation> citationsOf(long claimId) {
        List<Citation> citations = Citation.ofClaim(claimId);
        Origins.fill(citations);
        return citations;
    }

    /** Why this editor may not approve: they proposed the verdict, or nobody but them reviewed the claim. */
    Optional<Phrase> fourEyesRefusal(Claim claim, List<Review> reviews, String editor) {
        if (editor.equals(claim.proposedBy)) {
            return Optional.of(ProblemTexts::ownProposal);
        }
        Set<String> reviewers = reviews.stream().map(r -> r.reviewer).collect(Collectors.toSet());
        if (reviewers.equals(Set.of(editor))) {
            return Optional.of(ProblemTexts::onlyReviewer);
        }
        return Optional.empty();
    }


    /**
     * A change consumers must see: the next revision, appended to the export's log in commit order, which also
     * stamps the claim's publication (and approval) time.
     */
    private void publish(Claim claim) {
        claim.revision++;
        eventLog.publish(claim);
    }

    private static String subject(Claim claim) {
        return "claim " + claim.id;
    }

    /** "VERIFIED: two claimants agree", the verdict decided on and the editor's note. */
    private static String decided(Verdict verdict, String note) {
        return verdict + (note == null ? "" : ": " + note);
    }

    private Claim load(long claimId) {
        return Claim.<Claim>findByIdOptional(claimId).orElseThrow(() -> Problem.notFound("claim", claimId));
    }

    /** A step refused for the claim's status: "Claim 12 is OPEN, not PROPOSED: cannot approve it." */
    @FunctionalInterface
    private interface WrongStatus {
        String in(ProblemTexts texts, Long id, ClaimStatus status, ClaimStatus required);
    }

    private static void requireStatus(Claim claim, ClaimStatus required, WrongStatus refusal) {
        if (claim.status != required) {
            ClaimStatus status = claim.status;
            throw Problem.conflict(t -> refusal.in(t, claim.id, status, required));
        }
    }

    private static String checkNote(String note, boolean required) {
        String clean = Text.clean(note);
        if (required && clean == null) {
            throw Problem.invalid("note", ProblemTexts::noteRequired);
        }
        if (clean != null && clean.indexOf('\0') >= 0) {
            throw Problem.invalid("note", ProblemTexts::noNul);
        }
        if (clean != null && clean.length() > StatusChange.NOTE_MAX) {
            throw Problem.invalid("note", t -> t.atMostCharacters(StatusChange.NOTE_MAX));
        }
        return clean;
    }

    private Claim transition(Claim claim, ClaimStatus to, String user, String note) {
        return transition(claim, to, user, note, claim.verdict);
    }

    private Claim transition(Claim claim, ClaimStatus to, String user, String note, Verdict verdict) {
        ClaimStatus from = claim.status;
        claim.status = to;
        claim.updatedAt = Instant.now(clock);
        record(claim, from, verdict, user, note);
        claim.flush(); // a concurrent transition of the same claim fails here with an optimistic-lock conflict
        return claim;
    }

    private void record(Claim claim, ClaimStatus from, Verdict verdict, String user, String note) {
        StatusChange change = new StatusChange();
        change.claim = claim;
        change.fromStatus = from;
        change.toStatus = claim.status;
        change.verdict = verdict;
        change.changedBy = user;
        change.changedAt = Instant.now(clock);
        change.note = note;
        change.persist();
    }
}
