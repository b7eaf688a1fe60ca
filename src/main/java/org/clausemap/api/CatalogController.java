package org.clausemap.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clausemap.analysis.Core;
import org.clausemap.engine.Category;
import org.clausemap.regulation.Framework;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The frameworks in {@code regulations/} and the categories of the rule set in force. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "catalog")
class CatalogController {

    private final Core core;

    CatalogController(Core core) {
        this.core = core;
    }

    @Operation(summary = "Every framework, sorted by id")
    @GetMapping("/frameworks")
    List<Framework> frameworks() {
        return core.regulations().all();
    }

    @Operation(summary = "One framework")
    @GetMapping("/frameworks/{id}")
    Framework framework(@PathVariable String id) {
        return core.regulations().find(id).orElseThrow(() -> new ApiProblem(ProblemType.FRAMEWORK_NOT_FOUND,
                "No framework with id '" + id + "'; known: " + String.join(", ", core.regulations().ids()))
                .with("id", id));
    }

    @Operation(summary = "The provision categories of the rule set in force (rules/ruleset.yaml)")
    @GetMapping("/categories")
    List<Category> categories() {
        return core.rules().current().manifest().categories();
    }
}
