package org.corroborate.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a reviewer says about a new source, from a form or {@code POST /api/sources}. */
public record SourceInput(
        @Size(max = Source.URL_MAX) String url,
        @NotBlank @Size(max = Source.TITLE_MAX) String title,
        @Size(max = 200) String outlet,
        @Size(max = 200) String author,
        @PastOrPresent(message = "must not be in the future") LocalDate publishedAt,
        @NotNull SourceKind kind,
        @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or ps-AF") String language,
        @Size(max = Source.TEXT_MAX) String text) {
}
