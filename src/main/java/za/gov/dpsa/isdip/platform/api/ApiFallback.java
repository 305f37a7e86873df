package za.gov.dpsa.isdip.platform.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * An API address no endpoint has: a problem, not the portal's page (Vaadin serves every address Spring MVC has no
 * handler for). Any endpoint's own, more specific mapping wins over this one.
 */
@Hidden
@RestController
class ApiFallback {

    private final ApiProblems problems;

    ApiFallback(ApiProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("/api/**")
    ResponseEntity<Object> noEndpoint(HttpServletRequest request) {
        return problems.response(request, HttpStatus.NOT_FOUND, "no-endpoint");
    }
}
