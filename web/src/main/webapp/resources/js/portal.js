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
 * no name; nor has the list of a multiple autocomplete.
 */
(function () {
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
        // A multiple autocomplete's list of chosen items is a listbox; its label points at the input inside it.
        root.querySelectorAll('.ui-autocomplete-multiple-container[role]:not([aria-labelledby]):not([aria-label])').forEach(function (list) {
            var input = list.querySelector('input[id]');
            var label = input && document.querySelector('label[for="' + input.id + '"]');
            if (label) {
                label.id = label.id || input.id + '_label';
                list.setAttribute('aria-labelledby', label.id);
            }
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
