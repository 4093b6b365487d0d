package org.corroborate.citation;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;

import org.corroborate.claim.Claim;
import org.corroborate.db.RowMapping;
import org.corroborate.evidence.Figure;
import org.corroborate.evidence.FigureParser;
import org.corroborate.source.Source;

/** A source attached to a claim: what it says, who in it says so, and how it bears on the claim. */
@Entity
public class Citation extends PanacheEntity {

    /** The citation's own columns as the JDBC reads map them; its claim and source are the reader's to join. */
    public static final RowMapping<Citation> COLUMNS = RowMapping.of(Citation::new)
            .longValue("id", (c, v) -> c.id = v)
            .enumOf("stance", Stance.class, (c, v) -> c.stance = v)
            .text("quote", (c, v) -> c.quote = v)
            .text("claimant", (c, v) -> c.claimant = v)
            .bool("claimant_is_party", (c, v) -> c.claimantIsParty = v)
            .nullableLong("claimant_id", (c, v) -> c.claimantId = v)
            .text("claimant_key", (c, v) -> c.claimantKey = v)
            .bool("party_explicit", (c, v) -> c.partyExplicit = v)
            .text("stated_figure", (c, v) -> c.statedFigure = v)
            .text("created_by", (c, v) -> c.createdBy = v)
            .instant("created_at", (c, v) -> c.createdAt = v)
            .build();

    public static final int QUOTE_MAX = 1000;
    public static final int CLAIMANT_MAX = 200;
    public static final int FIGURE_MAX = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Stance stance;

    @Column(length = QUOTE_MAX)
    public String quote;

    /** The person or body inside the source that makes the assertion. */
    @Column(nullable = false, length = CLAIMANT_MAX)
    public String claimant;

    /**
     * Whether the claimant is a party to the conflict (and so not independent): the reviewer's choice when
     * {@link #partyExplicit}, else the resolved claimant's flag (false while unresolved), kept in step by
     * {@code claimant.ClaimantService}.
     */
    @Column(name = "claimant_is_party", nullable = false)
    public boolean claimantIsParty;

    /** The claimant the claimant text resolves to by its key; null while none has that key. */
    @Column(name = "claimant_id")
    public Long claimantId;

    /** {@code claimant.ClaimantNames.key} of the claimant text, by which it resolves. */
    @Column(name = "claimant_key", length = CLAIMANT_MAX)
    public String claimantKey;

    /** Whether the reviewer set the party flag on the citation rather than leaving it to the claimant. */
    @Column(name = "party_explicit", nullable = false)
    public boolean partyExplicit = true;

    /** The figure as the source states it ("nearly 59", "at least 21"). */
    @Column(name = "stated_figure", length = FIGURE_MAX)
    public String statedFigure;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    /**
     * Where the assertion comes from: the claimant's organisation, the claimant when unaffiliated, or the outlet for
     * its own reporting. Not a column: filled by {@code claimant.Origins} for the reads that need it; null when
     * nothing filled it.
     */
    @Transient
    public String origin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The stated figure read into bounds ({@link FigureParser}); null when it names no number. */
    public Figure figure() {
        return FigureParser.parse(statedFigure);
    }

    /** Templates read {@link #origin} through this: Panache makes accessors for persistent fields only. */
    public String getOrigin() {
        return origin;
    }

    /** Citations of one claim with their sources, in one query. */
    public static List<Citation> ofClaim(long claimId) {
        return find("from Citation c join fetch c.source where c.claim.id = ?1 order by c.id", claimId).list();
    }

    /** Citations of one source with their claims, in one query. */
    public static List<Citation> ofSource(long sourceId) {
        return find("from Citation c join fetch c.claim where c.source.id = ?1 order by c.id", sourceId).list();
    }
}
