package org.corroborate.review;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's vote, from the review form or {@code PUT /api/claims/{id}/reviews/mine}. */
public record ReviewInput(
        @NotNull @Min(Rating.MIN) @Max(Rating.MAX) Integer rating,
        @NotBlank @Size(min = 10, max = Review.RATIONALE_MAX) String rationale,
        Set<ReviewTag> tags) {
}
