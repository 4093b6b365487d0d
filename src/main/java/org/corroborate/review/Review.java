package org.corroborate.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.corroborate.claim.Claim;
import org.corroborate.db.RowMapping;

/** One reviewer's credibility vote on one claim; the database keeps it to one per reviewer and claim. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uq_review_claim_reviewer", columnNames = { "claim_id", "reviewer" }))
public class Review extends PanacheEntity {

    /** The review's own columns as the JDBC reads map them; its claim is the reader's to join. */
    public static final RowMapping<Review> COLUMNS = RowMapping.of(Review::new)
            .longValue("id", (r, v) -> r.id = v)
            .text("reviewer", (r, v) -> r.reviewer = v)
            .integer("rating", (r, v) -> r.rating = v)
            .text("rationale", (r, v) -> r.rationale = v)
            .text("tags", (r, v) -> r.tags = v)
            .instant("created_at", (r, v) -> r.createdAt = v)
            .instant("updated_at", (r, v) -> r.updatedAt = v)
            .build();

    public static final int RATIONALE_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @Column(nullable = false, length = 64)
    public String reviewer;

    @Column(nullable = false)
    public int rating;

    @Column(nullable = false, length = RATIONALE_MAX)
    public String rationale;

    /** Reason tags, stored as a comma-separated list of {@link ReviewTag} names. */
    @Column(length = 400)
    public String tags;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Set<ReviewTag> tagSet() {
        if (tags == null || tags.isBlank()) {
            return EnumSet.noneOf(ReviewTag.class);
        }
        return Arrays.stream(tags.split(",")).map(ReviewTag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReviewTag.class)));
    }

    public void setTagSet(Set<ReviewTag> tagSet) {
        tags = tagSet == null || tagSet.isEmpty() ? null
                : tagSet.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<Review> ofClaim(long claimId) {
        return list("claim.id = ?1 order by updatedAt", claimId);
    }

    public static java.util.Optional<Review> of(long claimId, String reviewer) {
        return find("claim.id = ?1 and reviewer = ?2", claimId, reviewer).firstResultOptional();
    }
}
