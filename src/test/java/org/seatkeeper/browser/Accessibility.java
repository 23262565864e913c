package org.seatkeeper.browser;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility rules, bundled in {@code com.deque.html.axe-core:selenium}) run on
 * the page as it stands, dialogs and all: every WCAG 2.0, 2.1 and 2.2 rule of levels A and AA, plus the
 * best-practice rules that issue 15 measured (landmarks, one level-one heading, named grid headers).
 * What is checked and what is not is written down in docs/decisions/0013-accessibility.md.
 */
final class Accessibility {

    static final List<String> WCAG_A_AND_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final List<String> BEST_PRACTICES = List.of(
            "region",
            "landmark-one-main",
            "page-has-heading-one",
            "empty-table-header",
            "landmark-unique",
            "landmark-no-duplicate-main",
            "heading-order");

    private Accessibility() {}

    /**
     * One line per element that breaks a rule: "where: rule-id (impact) at selector: what to fix".
     * An axe run that fails is a problem too, never a silent pass.
     */
    static List<String> violations(WebDriver driver, String where) {
        Results results = new AxeBuilder()
                .setLegacyMode(true)
                .withOptions(options())
                // Vaadin's own connection indicator: shown only while the server cannot be reached
                .exclude("vaadin-connection-indicator")
                .analyze(driver);
        List<String> found = new ArrayList<>();
        if (results.isErrored()) {
            found.add(where + ": axe-core could not check the page: " + results.getErrorMessage());
            return found;
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": "
                        + rule.getHelp() + " (" + oneLine(node.getFailureSummary()) + ") | "
                        + abbreviate(node.getHtml()));
            }
        }
        return found;
    }

    private static AxeRunOptions options() {
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_A_AND_AA);
        Map<String, AxeRuleOptions> rules = new LinkedHashMap<>();
        for (String rule : BEST_PRACTICES) {
            AxeRuleOptions on = new AxeRuleOptions();
            on.setEnabled(true); // an enabled rule runs besides the tags (axe's ruleShouldRun)
            rules.put(rule, on);
        }
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setRules(rules);
        return options;
    }

    private static String abbreviate(String html) {
        String line = oneLine(html);
        return line.length() <= 140 ? line : line.substring(0, 140) + "...";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
