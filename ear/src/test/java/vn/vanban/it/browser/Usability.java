package vn.vanban.it.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of what keyboard and screen-reader users depend on, run on the page the browser shows. */
public final class Usability {

    /*
     * Every control a person can reach with the keyboard or a screen reader (PrimeFaces' styled menus are elements
     * with the role combobox), and whether it has a name: a <label for> it (p:outputLabel points at the menu's
     * combobox), aria-label, or aria-labelledby pointing at text. An aria-label that only repeats what the control shows is its value, not its name:
     * PrimeFaces gives an unlabelled menu the label of its selected item. Controls taken out of the tab order and of the
     * accessibility tree (PrimeFaces' hidden <select> behind its styled menus) are not reached, so not checked.
     */
    private static final String UNLABELLED = """
            const ownName = el => {
                const label = (el.getAttribute('aria-label') || '').trim();
                return label && label !== el.textContent.trim();
            };
            const labelledFor = el => el.id && Array.from(document.querySelectorAll('label[for="' + CSS.escape(el.id) + '"]'))
                .some(l => l.textContent.trim());
            const named = el => (el.labels && Array.from(el.labels).some(l => l.textContent.trim()))
                || labelledFor(el)
                || ownName(el)
                || (el.getAttribute('aria-labelledby') || '').split(/\\s+/).some(id => {
                       const label = id && document.getElementById(id);
                       return label && label.textContent.trim();
                   });
            const reachable = el => el.getClientRects().length && !el.disabled && el.tabIndex >= 0
                && !el.closest('[aria-hidden="true"]');
            return Array.from(document.querySelectorAll(
                    'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea,'
                    + ' [contenteditable=true], [role=combobox], [role=textbox], [role=listbox]'))
                .filter(reachable).filter(el => !named(el))
                .map(el => el.id || el.name || el.outerHTML.substring(0, 120));""";

    /*
     * The focused element draws an outline or a focus ring; PrimeFaces' menus, checkboxes and date pickers keep the
     * focus in a visually hidden input and show it on their visible wrapper, which gets ui-state-focus.
     */
    private static final String FOCUS_SHOWN = """
            const shows = el => {
                const style = getComputedStyle(el);
                return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
            };
            const el = arguments[0];
            const wrapper = el.closest('.ui-state-focus, .ui-inputwrapper-focus');
            return shows(el) || (wrapper !== null && shows(wrapper));""";

    private static final String DESCRIBE = """
            const el = arguments[0];
            return el.id ? '#' + el.id : el.tagName.toLowerCase() + ' ' + (el.textContent || '').trim().substring(0, 40);""";

    private Usability() {
    }

    /** The ids (or markup) of the page's reachable controls that have no accessible name. */
    @SuppressWarnings("unchecked")
    public static List<String> unlabelledControls(Browser browser) {
        return (List<String>) browser.script(UNLABELLED);
    }

    /** What a walk with the Tab key met: how many controls took the focus, and those that did not show it. */
    public record FocusWalk(int stops, List<String> hidden) {
    }

    /**
     * Walks the page with the Tab key from its top until the focus leaves the page or comes round again (at most
     * {@code maxPresses}). Fails if the first press reaches nothing.
     */
    public static FocusWalk walkWithTab(Browser browser, int maxPresses) {
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> hidden = new ArrayList<>();
        Set<WebElement> seen = new HashSet<>();
        int stops = 0;
        for (int presses = 0; presses < maxPresses; presses++) {
            browser.press(Keys.TAB);
            // A date picker opens its calendar on focus and closes it on blur, with an animation each time.
            browser.waitUntilIdle();
            WebElement focused = browser.focused();
            if ("body".equals(focused.getTagName()) || !seen.add(focused)) {
                if (presses == 0) {
                    throw new AssertionError("the Tab key reaches nothing on " + browser.currentPath());
                }
                break;
            }
            stops++;
            if (!showsFocus(browser, focused)) {
                hidden.add((String) browser.script(DESCRIBE, focused));
            }
        }
        return new FocusWalk(stops, hidden);
    }

    /** Whether the element shows that it has the focus: an outline or a focus ring drawn as a box shadow. */
    public static boolean showsFocus(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(browser.script(FOCUS_SHOWN, element));
    }
}
