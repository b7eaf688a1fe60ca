package org.clausemap.api.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clausemap.api.ApiProblem;
import org.clausemap.api.ProblemType;
import org.clausemap.app.ReloadOutcome;
import org.clausemap.app.RuleReloads;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rule management: reload the rules folder into the running service, and validate rules without loading them.
 * Both compile DRL, which is executable code, so both need the admin credential ({@link AdminFilter}).
 */
@RestController
@RequestMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "rules")
@SecurityRequirement(name = RulesApiConfiguration.API_KEY)
@SecurityRequirement(name = RulesApiConfiguration.BASIC)
class RuleAdminController {

    private final RuleReloads reloads;
    private final RuleUploads uploads;

    RuleAdminController(RuleReloads reloads, RuleUploads uploads) {
        this.reloads = reloads;
        this.uploads = uploads;
    }

    @Operation(summary = "Rebuild the rules folder and swap it in (admin)",
            description = "The new rule base is built off to the side and replaces the one in force only when it has"
                    + " no errors and maps only to loaded frameworks; otherwise 422 lists the errors (file, line,"
                    + " column or cell) and the previous rule set keeps serving. Analyses in flight finish on the rule"
                    + " set they started with.")
    @PostMapping("/reload")
    ReloadView reload() {
        ReloadOutcome outcome = reloads.reload("api");
        if (!outcome.loaded()) {
            throw new ApiProblem(ProblemType.RULES_INVALID, "The rules were not reloaded: " + outcome.errors()
                    + (outcome.errors() == 1 ? " error" : " errors") + ". The rule set " + outcome.version()
                    + " keeps serving.")
                    .with("version", outcome.version())
                    .with("problems", outcome.problems().stream().map(ProblemView::of).toList());
        }
        return ReloadView.of(outcome);
    }

    @Operation(summary = "Validate rules without loading them (admin)",
            description = "Upload one rule file (.drl, .drl.csv, .drl.xlsx), validated together with the current"
                    + " rules folder at `path`, or a .zip of a whole rules folder. Returns 200 with every problem"
                    + " located; nothing is loaded into the running service.")
    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ValidationView validate(@Parameter(description = "A rule file, or a .zip of a rules folder")
                            @RequestPart("file") MultipartFile file,
                            @Parameter(description = "Where the rule file goes in the rules folder, e.g."
                                    + " classify/new.drl (a folder ending in / keeps the file name); default: the"
                                    + " root. An existing file there is replaced for the validation.")
                            @RequestParam(required = false) String path) {
        return uploads.validate(file, path);
    }
}
