package org.seatkeeper.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The command-line way to check the logs: {@code curl -u admin https://.../api/v1/log-integrity} (README). */
@RestController
@Tag(name = "Log integrity", description = "Whether the access and administration logs are as Seatkeeper wrote them")
class LogIntegrityController {

    private final LogIntegrity integrity;

    LogIntegrityController(LogIntegrity integrity) {
        this.integrity = integrity;
    }

    @GetMapping(path = "/api/v1/log-integrity", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Check both logs' signatures and hash chains",
            description = "Chains the entries written since the last seal, then checks every entry's signature and "
                    + "the chain from the first entry to the last. 'intact' is false, and 'entryId' and 'problem' "
                    + "name the first altered, foreign or missing entry, when a log was tampered with.",
            responses = {
                @ApiResponse(responseCode = "200", description = "One result per log"),
                @ApiResponse(
                        responseCode = "401",
                        description = "No or wrong credentials",
                        content =
                                @Content(
                                        mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                @ApiResponse(
                        responseCode = "403",
                        description = "Credentials without the administrator role",
                        content =
                                @Content(
                                        mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class)))
            })
    List<Result> check() {
        return integrity.checkAll().stream().map(Result::of).toList();
    }

    record Result(String log, boolean intact, long checked, Long entryId, String problem, String summary) {
        static Result of(LogCheck check) {
            return new Result(
                    check.log(), check.intact(), check.checked(), check.entryId(), check.problem(), check.summary());
        }
    }
}
