/*
 * The menu on a phone: folded behind one button, opened and closed with it. Without this script, or on a wider
 * screen, every menu entry stays visible. A submenu (<details>) closes when another opens or when the reader
 * clicks elsewhere.
 */
document.addEventListener('DOMContentLoaded', function () {
    // PrimeFaces' Vietnamese locale translated the placeholder of its page buttons' label ("Trang {trang}"), so
    // every page button of a paginator was announced as that text. Put back before PrimeFaces' widgets start.
    if (window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales.vi && PrimeFaces.locales.vi.aria) {
        PrimeFaces.locales.vi.aria.pageLabel = 'Trang {page}';
    }
    var toggle = document.getElementById('menuToggle');
    var menu = document.getElementById('portalMenu');
    if (!toggle || !menu) {
        return;
    }
    var phone = window.matchMedia('(max-width: 767px)');
    function fit() {
        toggle.hidden = !phone.matches;
        var open = !phone.matches;
        toggle.setAttribute('aria-expanded', String(open));
        menu.classList.toggle('folded', !open);
    }
    toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        menu.classList.toggle('folded', !open);
    });
    phone.addEventListener('change', fit);
    fit();
    var submenus = menu.querySelectorAll('details.submenu');
    submenus.forEach(function (submenu) {
        submenu.addEventListener('toggle', function () {
            if (submenu.open) {
                submenus.forEach(function (other) {
                    if (other !== submenu) {
                        other.open = false;
                    }
                });
            }
        });
    });
    document.addEventListener('click', function (event) {
        submenus.forEach(function (submenu) {
            if (submenu.open && !submenu.contains(event.target)) {
                submenu.open = false;
            }
        });
    });
});

/*
 * Names that some of PrimeFaces' widgets leave out or contradict, put right wherever such a widget appears (also after
 * an Ajax update): a visible file input hidden from screen readers; a date picker's icon button says "ui-button" in its hidden text while its name is "Chọn ngày" (a
 * speech-input user saying what they see would not find it); the rich-text editor's box has the role of a text field
 * but no name (its label points at it); the editor's alignment menu, which Quill draws in place of the <select>, has
 * no name; a multiple autocomplete's list claims a role its items do not fit.
 */
(function () {
    var LISTBOX_ONLY = ['aria-orientation', 'aria-multiselectable', 'aria-activedescendant', 'aria-expanded',
        'aria-required', 'aria-readonly', 'aria-selected', 'aria-setsize', 'aria-posinset', 'aria-checked'];
    function nameWidgets(root) {
        // PrimeFaces' plain (unskinned) upload draws the browser's own file input, visible and focusable, yet marks
        // it aria-hidden: a screen reader would land on a control it is told is not there.
        root.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            if (!input.closest('.ui-fileupload-choose')) {
                input.removeAttribute('aria-hidden');
            }
        });
        root.querySelectorAll('.ui-datepicker-trigger[aria-label] .ui-button-text').forEach(function (text) {
            var name = text.parentElement.getAttribute('aria-label');
            if (text.textContent !== name) {
                text.textContent = name;
            }
        });
        root.querySelectorAll('.ui-texteditor[role="textbox"]:not([aria-labelledby]):not([aria-label])').forEach(function (editor) {
            var label = document.querySelector('label[for="' + editor.id + '"], label[for="' + editor.id + '_input"]');
            if (label) {
                label.id = label.id || editor.id + '_label';
                editor.setAttribute('aria-labelledby', label.id);
            }
        });
        // A multiple autocomplete draws its chosen items and its input as one list with the role of a listbox, which
        // must hold only options and cannot hold the input: read as the plain list it is, with a labelled input.
        root.querySelectorAll('.ui-autocomplete-multiple-container[role]').forEach(function (list) {
            [list].concat(Array.prototype.slice.call(list.querySelectorAll('li[role]'))).forEach(function (element) {
                element.removeAttribute('role');
                Array.prototype.slice.call(element.attributes).forEach(function (attribute) {
                    if (LISTBOX_ONLY.indexOf(attribute.name) >= 0) {
                        element.removeAttribute(attribute.name);
                    }
                });
            });
        });
        root.querySelectorAll('.ql-picker-label:not([aria-label])').forEach(function (picker) {
            var select = picker.closest('.ql-formats') && picker.closest('.ql-formats').querySelector('select[aria-label]');
            if (select) {
                picker.setAttribute('aria-label', select.getAttribute('aria-label'));
            }
        });
    }
    var scheduled = false;
    function later() {
        if (!scheduled) {
            scheduled = true;
            Promise.resolve().then(function () {
                scheduled = false;
                nameWidgets(document);
            });
        }
    }
    document.addEventListener('DOMContentLoaded', function () {
        if (!window.PrimeFaces) {
            return;
        }
        nameWidgets(document);
        new MutationObserver(later).observe(document.body, {childList: true, subtree: true});
    });
}());
