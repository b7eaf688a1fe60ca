package org.clausemap.api.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clausemap.archive.compare.CategoryComparison;
import org.clausemap.archive.compare.CompareWorkbook;
import org.clausemap.archive.compare.PlatformComparison;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How the registered platforms handle one provision category, side by side. */
@RestController
@RequestMapping("/api/compare")
@Tag(name = "compare")
class CompareController {

    private static final String CATEGORY = "A provision category id (rules/ruleset.yaml), e.g."
            + " competing-model-restriction";

    private final PlatformComparison comparison;
    private final CompareWorkbook workbook = new CompareWorkbook();

    CompareController(PlatformComparison comparison) {
        this.comparison = comparison;
    }

    @Operation(summary = "The latest version of every document on one category: quotes, qualifiers, scores, and the"
            + " share of platforms that have such a provision")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    CategoryComparison compare(@Parameter(description = CATEGORY) @RequestParam String category) {
        return comparison.compare(category);
    }

    @Operation(summary = "The comparison as a workbook (a Compare sheet)")
    @GetMapping(path = "/workbook", produces = ChangesController.XLSX)
    ResponseEntity<byte[]> workbook(@Parameter(description = CATEGORY) @RequestParam String category) {
        CategoryComparison c = comparison.compare(category);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(c, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compare workbook", e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ChangesController.XLSX))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("clausemap-compare-" + c.category() + ".xlsx").build().toString())
                .body(out.toByteArray());
    }
}
