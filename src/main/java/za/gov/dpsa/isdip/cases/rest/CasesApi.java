package za.gov.dpsa.isdip.cases.rest;

import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import za.gov.dpsa.isdip.cases.internal.CaseAction;
import za.gov.dpsa.isdip.cases.internal.CaseDetails;
import za.gov.dpsa.isdip.cases.internal.CaseExceptions;
import za.gov.dpsa.isdip.cases.internal.CaseFilter;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CaseStatus;
import za.gov.dpsa.isdip.cases.internal.CitizenDetails;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.api.ApiProblems;
import za.gov.dpsa.isdip.platform.api.IdempotentRequests;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * Cases in and out for a department's own systems (a call centre, the Presidential Hotline's referrals, a regional
 * register). Everything goes through {@link CaseService}, as the portal's screens do: the same validation, SLA
 * clocks, workflow rules and notifications, in the department the client's token names. Another department's case
 * is not found (404), as in the portal. Every write takes an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping(value = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Technical support cases of the client's department")
class CasesApi {

    /**
     * The workflow steps a system may take, by the same rules as an official: it takes a case to work it itself,
     * closes or reopens the cases it logged. Assigning a colleague stays the administrator's (a system holds
     * {@code dept-user} only); escalation and citizen details stay with officials.
     */
    static final Set<CaseAction> TRANSITIONS = Set.copyOf(EnumSet.of(CaseAction.TAKE, CaseAction.ASSIGN, CaseAction.START,
            CaseAction.AWAIT_INFORMATION, CaseAction.RESUME, CaseAction.RESOLVE, CaseAction.CLOSE,
            CaseAction.REOPEN));
    static final int MAX_PAGE_SIZE = 100;
    /** How far into the list a page read by number may start; deeper, a system follows next. */
    static final int MAX_OFFSET = 10_000;
    private static final String EXAMPLE_CASE = """
            {"reference":"DHA-2026-000042","version":0,"title":"Queue at Pretoria Central office exceeds 3 hours",\
            "description":"Citizens report waiting more than three hours for ID applications on weekday mornings.",\
            "category":"SERVICE_STANDARDS","priority":"HIGH","status":"NEW","serviceName":"Smart ID card applications",\
            "servicePoint":"Pretoria Central","assignee":null,"createdBy":"service-account-isdip-api-dha-call-centre-1a2b",\
            "createdAt":"2026-12-07T08:15:00Z","updatedAt":"2026-12-07T08:15:00Z","firstResponseAt":null,\
            "resolvedAt":null,"resolutionNote":null,"hasCitizen":true,"escalated":false,\
            "sla":{"responseDue":"2026-12-08T08:15:00Z","resolutionDue":"2026-12-14T08:15:00Z",\
            "responseBreached":false,"resolutionBreached":false,"atRisk":false,"paused":false},\
            "allowedActions":["ASSIGN"],"timeline":[],"attachments":[]}""";
    /** The fields CaseService names, as the API's clients name them. */
    private static final Map<String, String> FIELDS = Map.of("citizenName", "citizen.fullName",
            "citizenPhone", "citizen.phone", "citizenEmail", "citizen.email", "citizenIdNumber", "citizen.idNumber",
            "comment", "text", "resolutionNote", "note", "reason", "note");

    private final CaseService cases;
    private final IdempotentRequests idempotent;
    private final ApiProblems problems;

    CasesApi(CaseService cases, IdempotentRequests idempotent, ApiProblems problems) {
        this.cases = cases;
        this.idempotent = idempotent;
        this.problems = problems;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "logCase", summary = "Log a case",
            description = "Logs a case in the client's department with the portal's validation and SLA clock. "
                    + "A retry with the same Idempotency-Key returns the first answer and logs nothing new.")
    @ApiResponse(responseCode = "201", description = "Logged; Location names the case",
            content = @Content(examples = @ExampleObject(name = "logged", value = EXAMPLE_CASE)))
    @ApiResponse(responseCode = "422", description = "A field is not valid; nothing was stored",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid",
                    value = "{\"type\":\"urn:isdip:problem:invalid-input\",\"title\":\"Invalid input\",\"status\":422,"
                            + "\"detail\":\"title: Enter 5 to 200 characters.\",\"instance\":\"/api/v1/cases\","
                            + "\"errors\":[{\"field\":\"title\",\"message\":\"Enter 5 to 200 characters.\"}]}")))
    ResponseEntity<String> log(
            @Parameter(description = "A key unique to this request (a UUID), kept 7 days", required = true,
                    example = "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b")
            @RequestHeader(IdempotentRequests.HEADER) String key,
            @RequestBody CaseResources.NewCaseRequest body) {
        SystemClient client = client();
        return fieldsNamedForTheApi(() -> idempotent.once(client, key, "POST", "/api/v1/cases", body, () -> {
            CaseResources.Citizen c = body.citizen();
            long id = cases.create(new NewCase(body.title(), body.description(), body.category(), body.serviceName(),
                    body.servicePoint(), body.priority(),
                    c == null ? null : new CitizenDetails(c.fullName(), c.idNumber(), c.phone(), c.email())));
            CaseDetails created = cases.details(id);
            return new IdempotentRequests.Answer(HttpStatus.CREATED, address(created.reference()),
                    () -> CaseResources.CaseResource.of(cases.details(id), true));
        }));
    }

    @GetMapping
    @Operation(operationId = "listCases", summary = "Cases changed since a moment, page by page",
            description = "The department's cases, the longest-unchanged first (updatedAt, then reference), so a "
                    + "system keeps in sync by asking for updatedSince = the last updatedAt it saw. Follow next: it "
                    + "continues after the page's last case, so a case changed while you page comes again at the "
                    + "end and none is skipped.")
    @ApiResponse(responseCode = "200", description = "One page", content = @Content(examples = @ExampleObject(
            name = "page", value = "{\"items\":[" + EXAMPLE_CASE + "],\"page\":0,\"size\":50,\"totalItems\":1,"
                    + "\"totalPages\":1,\"next\":null}")))
    CaseResources.CasePage list(
            @Parameter(description = "Statuses, comma-separated", example = "NEW,ASSIGNED")
            @RequestParam(required = false) String status,
            @Parameter(description = "Priorities, comma-separated", example = "HIGH,CRITICAL")
            @RequestParam(required = false) String priority,
            @Parameter(description = "Only cases changed at or after this moment (ISO 8601 with offset)",
                    example = "2026-12-01T00:00:00Z") @RequestParam(required = false) String updatedSince,
            @Parameter(description = "From 0, within the first 10,000 cases. A page read by number shifts when "
                    + "cases change meanwhile; to read everything, follow next instead", example = "0")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 100", example = "50") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "Where the previous page ended, as its next link gives it; not with page",
                    example = SyncCursor.EXAMPLE) @RequestParam(required = false) String after) {
        client();
        if (page < 0) {
            throw new InvalidInput("page", "api.invalid.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "api.invalid.size", MAX_PAGE_SIZE);
        }
        // The database counts past every case before a page read by number (about a second at 100,000 cases);
        // following next seeks instead, at any depth.
        if ((long) page * size >= MAX_OFFSET) {
            throw new InvalidInput("page", "api.invalid.pageTooDeep", MAX_OFFSET);
        }
        SyncCursor cursor = SyncCursor.parse(after);
        if (cursor != null && page != 0) {
            throw new InvalidInput("page", "api.invalid.pageWithAfter");
        }
        int shownPage = cursor == null ? page : cursor.page();
        CaseFilter filter = CaseFilter.none().withStatuses(values(CaseStatus.class, "status", status));
        filter = new CaseFilter(filter.statuses(), values(CasePriority.class, "priority", priority), null, null,
                false, null, null, null);
        Instant since = instant(updatedSince);
        long total = cases.countChangedSince(filter, since);
        // One more than a page: whether a next page exists, without trusting a count that cases change under.
        List<CaseDetails> read = cursor == null ? cases.changedSince(filter, since, null, page * size, size + 1)
                : cases.changedSince(filter, since, cursor.position(), 0, size + 1);
        List<CaseDetails> shown = read.subList(0, Math.min(size, read.size()));
        List<CaseResources.CaseResource> items = shown.stream().map(d -> CaseResources.CaseResource.of(d, false))
                .toList();
        int pages = (int) ((total + size - 1) / size);
        String next = null;
        if (read.size() > size) {
            CaseDetails last = shown.getLast();
            next = nextPage(status, priority, updatedSince, size,
                    new SyncCursor(shownPage + 1, new CaseService.SyncPosition(last.updatedAt(), last.id())));
        }
        return new CaseResources.CasePage(items, shownPage, size, total, pages, next);
    }

    @GetMapping("/{reference}")
    @Operation(operationId = "getCase", summary = "One case with its timeline and attachments")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "case",
            value = EXAMPLE_CASE)))
    @ApiResponse(responseCode = "404", description = "No such case in the client's department",
            content = @Content(mediaType = "application/problem+json"))
    CaseResources.CaseResource get(@Parameter(example = "DHA-2026-000042") @PathVariable String reference) {
        client();
        return CaseResources.CaseResource.of(cases.details(reference), true);
    }

    @PostMapping(value = "/{reference}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "commentOnCase", summary = "Add a comment to the case's timeline")
    @ApiResponse(responseCode = "201", description = "Added; the case as it is now",
            content = @Content(examples = @ExampleObject(name = "commented", value = EXAMPLE_CASE)))
    ResponseEntity<String> comment(
            @Parameter(example = "DHA-2026-000042") @PathVariable String reference,
            @Parameter(required = true, example = "9b2d7c1e-0f3a-4b5c-8d6e-7f8a9b0c1d2e")
            @RequestHeader(IdempotentRequests.HEADER) String key,
            @RequestBody CaseResources.CommentRequest body) {
        SystemClient client = client();
        String path = "/api/v1/cases/" + reference + "/comments";
        return fieldsNamedForTheApi(() -> idempotent.once(client, key, "POST", path, body, () -> {
            CaseDetails found = cases.details(reference);
            cases.comment(found.id(), body.text(), Boolean.TRUE.equals(body.shareWithDpsa()));
            return new IdempotentRequests.Answer(HttpStatus.CREATED, address(reference),
                    () -> CaseResources.CaseResource.of(cases.details(found.id()), true));
        }));
    }

    @PostMapping(value = "/{reference}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeCaseStatus", summary = "Take a workflow step (start, resolve, close, ...)",
            description = "The same steps and rules as the portal's buttons. The version must be the one last "
                    + "read: a case changed since is not overwritten (409). A step the case's status does not "
                    + "allow is refused (409, transition-not-allowed).")
    @ApiResponse(responseCode = "200", description = "Done; the case as it is now",
            content = @Content(examples = @ExampleObject(name = "started", value = EXAMPLE_CASE)))
    @ApiResponse(responseCode = "409", description = "Changed since read, or not allowed in this status",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<String> transition(
            @Parameter(example = "DHA-2026-000042") @PathVariable String reference,
            @Parameter(required = true, example = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9")
            @RequestHeader(IdempotentRequests.HEADER) String key,
            @RequestBody CaseResources.TransitionRequest body) {
        SystemClient client = client();
        if (body.action() == null || !TRANSITIONS.contains(body.action())) {
            throw new InvalidInput("action", "api.invalid.transition");
        }
        if (body.version() == null) {
            throw new InvalidInput("version", "api.invalid.required");
        }
        String path = "/api/v1/cases/" + reference + "/transitions";
        return fieldsNamedForTheApi(() -> idempotent.once(client, key, "POST", path, body, () -> {
            CaseDetails found = cases.details(reference);
            long id = found.id();
            long version = body.version();
            switch (body.action()) {
                case TAKE -> cases.take(id, version);
                case ASSIGN -> cases.assign(id, version, required("assignee", body.assignee()));
                case START -> cases.start(id, version);
                case AWAIT_INFORMATION -> cases.awaitInformation(id, version, required("note", body.note()));
                case RESUME -> cases.resume(id, version);
                case RESOLVE -> cases.resolve(id, version, required("note", body.note()));
                case CLOSE -> cases.close(id, version);
                case REOPEN -> cases.reopen(id, version, required("note", body.note()));
                default -> throw new InvalidInput("action", "api.invalid.transition");
            }
            return new IdempotentRequests.Answer(HttpStatus.OK, null,
                    () -> CaseResources.CaseResource.of(cases.details(id), true));
        }));
    }

    @PostMapping(value = "/{reference}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "attachToCase", summary = "Attach a file (PDF, image, Office document, text; 5 MB)")
    @ApiResponse(responseCode = "201", description = "Attached; the case as it is now",
            content = @Content(examples = @ExampleObject(name = "attached", value = EXAMPLE_CASE)))
    ResponseEntity<String> attach(
            @Parameter(example = "DHA-2026-000042") @PathVariable String reference,
            @Parameter(required = true, example = "c0ffee00-1234-4abc-9def-000000000001")
            @RequestHeader(IdempotentRequests.HEADER) String key,
            @RequestPart("file") MultipartFile file) throws IOException {
        SystemClient client = client();
        byte[] content = file.getBytes();
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        Map<String, String> request = new LinkedHashMap<>();
        request.put("fileName", fileName);
        request.put("sha256", sha256(content));
        String path = "/api/v1/cases/" + reference + "/attachments";
        return idempotent.once(client, key, "POST", path, request, () -> {
            CaseDetails found = cases.details(reference);
            var result = cases.attach(found.id(), fileName, content);
            if (!result.accepted()) {
                throw new InvalidInput("file", result.refusalKey());
            }
            return new IdempotentRequests.Answer(HttpStatus.CREATED, address(reference),
                    () -> CaseResources.CaseResource.of(cases.details(found.id()), true));
        });
    }

    @GetMapping(value = "/{reference}/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
    @Operation(operationId = "downloadAttachment", summary = "A case's file, as it was uploaded")
    ResponseEntity<byte[]> download(@Parameter(example = "DHA-2026-000042") @PathVariable String reference,
                                    @Parameter(example = "1") @PathVariable long attachmentId) {
        client();
        CaseService.CaseAttachmentContent file = cases.attachment(cases.details(reference).id(), attachmentId)
                .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Content-Disposition", ContentDisposition.attachment().filename(file.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** A step the case's status (or the client's role) does not allow: nothing changed. */
    @ExceptionHandler(CaseExceptions.NotAllowed.class)
    ResponseEntity<Object> notAllowed(CaseExceptions.NotAllowed e, HttpServletRequest request) {
        return problems.response(request, HttpStatus.CONFLICT, "transition-not-allowed");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** The caller, a department's system: DPSA's analytics reads reports, not cases. */
    private static SystemClient client() {
        if (PortalUser.current().orElse(null) instanceof SystemClient client && client.departmentId().isPresent()) {
            return client;
        }
        throw new org.springframework.security.access.AccessDeniedException("Cases are a department's");
    }

    /** Runs the write, naming a refused field as the request names it. */
    private static <T> T fieldsNamedForTheApi(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (InvalidInput e) {
            String field = FIELDS.get(e.field());
            if (field == null) {
                throw e;
            }
            throw new InvalidInput(field, e.messageKey(), e.arguments());
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "api.invalid.required");
        }
        return value;
    }

    private static URI address(String reference) {
        return URI.create("/api/v1/cases/" + reference);
    }

    private static <E extends Enum<E>> Set<E> values(Class<E> type, String field, String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        Set<E> values = EnumSet.noneOf(type);
        for (String name : csv.split(",")) {
            try {
                values.add(Enum.valueOf(type, name.strip()));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInput(field, "api.invalid.oneOf", Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        return values;
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(value.strip()).toInstant();
            if (instant.isBefore(CaseFilter.EARLIEST.atStartOfDay(za.gov.dpsa.isdip.core.PortalTime.ZONE)
                    .toInstant())) {
                throw new InvalidInput("updatedSince", "api.invalid.instant");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new InvalidInput("updatedSince", "api.invalid.instant");
        }
    }

    private static String nextPage(String status, String priority, String updatedSince, int size, SyncCursor after) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/api/v1/cases");
        if (status != null && !status.isBlank()) {
            uri.queryParam("status", status);
        }
        if (priority != null && !priority.isBlank()) {
            uri.queryParam("priority", priority);
        }
        if (updatedSince != null && !updatedSince.isBlank()) {
            uri.queryParam("updatedSince", updatedSince);
        }
        return uri.queryParam("size", size).queryParam("after", after.toString()).encode().build().toUriString();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
