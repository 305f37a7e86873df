package za.gov.dpsa.isdip.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A page asked for with a session that no longer exists is marked, so the official hears after signing in again that
 * unsaved text was lost; a first visit, a round trip or a file is not.
 */
class EndedSessionMarkerTest {

    private final EndedSessionMarker marker = new EndedSessionMarker();

    @Test
    void aPageAskedForWithAnEndedSessionIsMarked() throws Exception {
        MockHttpServletRequest page = page();
        page.setRequestedSessionId("ended-on-another-day");
        page.setRequestedSessionIdValid(false);

        marker.doFilter(page, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(page.getSession(false)).isNotNull();
        assertThat(page.getSession(false).getAttribute(EndedSessionMarker.ENDED)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void aFirstVisitALiveSessionARoundTripOrAFileIsNotMarked() throws Exception {
        MockHttpServletRequest first = page();
        MockHttpServletRequest live = page();
        live.setRequestedSessionId("live");
        live.setRequestedSessionIdValid(true);
        MockHttpServletRequest roundTrip = new MockHttpServletRequest("POST", "/");
        roundTrip.addHeader("Accept", "application/json");
        roundTrip.setRequestedSessionId("ended");
        roundTrip.setRequestedSessionIdValid(false);
        MockHttpServletRequest file = new MockHttpServletRequest("GET", "/VAADIN/build/indexhtml-abc.js");
        file.addHeader("Accept", "*/*");
        file.setRequestedSessionId("ended");
        file.setRequestedSessionIdValid(false);

        for (MockHttpServletRequest request : new MockHttpServletRequest[] {first, live, roundTrip, file}) {
            marker.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            assertThat(request.getSession(false)).as(request.getRequestURI()).isNull();
        }
    }

    private static MockHttpServletRequest page() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/cases/12");
        page.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        return page;
    }
}
