package za.gov.dpsa.isdip.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * What one simulated department official does, as in the issue: sign in on Keycloak's page, the home dashboard, the
 * case list filtered to their open cases and sorted by due date, open a case (from the team queue when they have
 * none), add a comment, change its status, the reporting page, the standards dashboard, sign out. Each step checks
 * what the official would see (the list, the comment in the timeline, the new status), so a journey that "succeeds"
 * on a broken page is an error. Between steps the official pauses to read and think.
 */
final class OfficialJourney {

    /** The case list's columns as the grid names them to the browser (their order in {@code CaseListView}). */
    static final String COLUMN_DUE = "col7";
    private static final int TAB_MINE = 0;
    private static final int TAB_TEAM = 1;

    private final VaadinTab tab;
    private final Recorder recorder;
    private final String username;
    private final String password;
    private final int ordinal;
    private final Duration think;
    private int comments;

    /**
     * @param ordinal this official's number within their department, so colleagues spread over the team queue
     * @param think   the mean pause between steps (each pause is 50 % to 150 % of it); zero for none
     */
    OfficialJourney(VaadinTab tab, String username, String password, int ordinal, Duration think) {
        this.tab = tab;
        this.recorder = tab.recorder();
        this.username = username;
        this.password = password;
        this.ordinal = ordinal;
        this.think = think;
    }

    /** The whole journey once: sign in, one round of work, sign out. */
    void run() throws InterruptedException {
        signInToHome();
        pause();
        workRound();
        tab.signOut();
    }

    /** One round of an official's work while signed in; a working day is many rounds in one session. */
    void workRound() throws InterruptedException {
        workOnACase();
        pause();
        tab.navigate("reporting page", "reporting");
        // The period selector when the department has reporting periods (the benchmark's demo data has four).
        expect(tab.has("reporting-view"), "reporting page", "the reporting page did not open");
        pause();
        tab.navigate("standards dashboard", "standards");
        expect(tab.has("alignment-overall"), "standards dashboard", "no alignment figure");
        pause();
        tab.navigate("home dashboard", "");
        expect(tab.has("home-department-name"), "home dashboard", "the home page does not show the department");
        pause();
    }

    void signOut() {
        tab.signOut();
    }

    void signInToHome() {
        tab.signIn(username, password);
        expect(tab.has("home-department-name"), "sign-in", "the home page does not show the department");
    }

    /** The case list, a filter and a sort, one case opened, a comment, a status change. */
    void workOnACase() throws InterruptedException {
        tab.navigate("case list", "cases");
        expect(tab.has("case-grid"), "case list", "no case grid");
        pause();
        tab.selectTab("filter: my open cases", TAB_MINE);
        pause();
        tab.sortGrid("sort by due date", "case-grid", COLUMN_DUE, true);
        List<JsonNode> rows = tab.gridRows("sort by due date", "case-grid");
        if (rows.isEmpty()) {
            pause();
            tab.selectTab("filter: team queue", TAB_TEAM);
            rows = tab.gridRows("filter: team queue", "case-grid");
        }
        pause();
        if (rows.isEmpty()) {
            // Nothing waiting in the queue: the official logs the case a citizen just reported.
            logNewCase();
        } else {
            JsonNode row = rows.get(ordinal % rows.size());
            String reference = row.path("col0").asString();
            tab.clickRow("open a case", "case-grid", row.path("key").asString());
            expect(tab.has("case-heading") && tab.lastResponse().contains(reference), "open a case",
                    "case " + reference + " did not open");
        }
        pause();
        String note = "Followed up with the service point (" + username + ", note " + (++comments) + ", "
                + System.nanoTime() + ")";
        tab.type("comment: type", "case-comment", note);
        tab.click("comment: post", "case-comment-post");
        expect(tab.lastResponse().contains(note), "comment: post", "the comment is not in the timeline");
        pause();
        changeStatus();
    }

    private void logNewCase() throws InterruptedException {
        tab.click("new case: form", "new-case");
        expect(tab.has("case-title"), "new case: form", "the new case form did not open");
        pause();
        tab.type("new case: title", "case-title", "Long queue at the service point (" + username + ")");
        tab.type("new case: description", "case-description", "Citizens waited more than two hours to be helped.");
        tab.choose("new case: category", "case-category", "1");
        tab.click("new case: save", "case-save");
        expect(tab.has("case-heading"), "new case: save", "the new case was not saved");
    }

    /** The next status the official may give the case: take it, start it, wait for information, resume it. */
    private void changeStatus() {
        if (tab.has("case-action-take")) {
            tab.click("status: take", "case-action-take");
            expect(!tab.has("case-action-take") || tab.has("case-conflict"), "status: take", "the case was not taken");
        } else if (tab.has("case-action-start")) {
            tab.click("status: start", "case-action-start");
            expect(!tab.has("case-action-start") || tab.has("case-conflict"), "status: start", "work did not start");
        } else if (tab.has("case-action-awaitInformation")) {
            tab.click("status: await information (dialog)", "case-action-awaitInformation");
            tab.type("status: await information (note)", "case-dialog-text", "Asked the citizen for the receipt.");
            tab.click("status: await information", "case-dialog-confirm");
            expect(tab.has("case-action-resume") || tab.has("case-conflict"), "status: await information",
                    "the case is not waiting for information");
        } else if (tab.has("case-action-resume")) {
            tab.click("status: resume", "case-action-resume");
            expect(!tab.has("case-action-resume") || tab.has("case-conflict"), "status: resume",
                    "the case did not resume");
        } else if (tab.has("case-actions")) {
            // A colleague took the case from the team queue first (two officials picked the same row): it is theirs
            // now, no status change is offered, and the official moves on. Recorded, so a run shows how often.
            recorder.record("status: none offered (a colleague took the case first)", 0, -1, 0);
        } else {
            throw new JourneyError("status", "no status change offered on the case (" + tab.pageSummary() + ")");
        }
    }

    private void pause() throws InterruptedException {
        if (!think.isZero()) {
            long millis = think.toMillis();
            Thread.sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis + 1));
        }
    }

    private void expect(boolean condition, String action, String message) {
        if (!condition) {
            throw new JourneyError(action, message + " (" + tab.pageSummary() + ")");
        }
    }
}
