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
