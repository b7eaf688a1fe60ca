package org.clausemap.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;

/**
 * Documents an endpoint that returns a stored analysis: its body is an {@link AnalysisResource}, written by
 * {@link AnalysisBody} from the stored JSON rather than by the message converters from the record.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
        schema = @Schema(implementation = AnalysisResource.class)))
@interface AnalysisResponse {

    /** The success status. */
    @AliasFor(annotation = ApiResponse.class, attribute = "responseCode")
    String status();
}
