package vn.vanban.it.browser;

import org.openqa.selenium.WebElement;

import java.util.List;

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

    private static final String FOCUS_SHOWN = """
            const style = getComputedStyle(arguments[0]);
            return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';""";

    private Usability() {
    }

    /** The ids (or markup) of the page's reachable controls that have no accessible name. */
    @SuppressWarnings("unchecked")
    public static List<String> unlabelledControls(Browser browser) {
        return (List<String>) browser.script(UNLABELLED);
    }

    /** Whether the element shows that it has the focus: an outline or a focus ring drawn as a box shadow. */
    public static boolean showsFocus(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(browser.script(FOCUS_SHOWN, element));
    }
}
