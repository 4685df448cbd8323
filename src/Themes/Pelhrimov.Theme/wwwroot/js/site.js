// Progressive enhancement of the public site. Everything works without this file.
(function () {
    "use strict";

    document.documentElement.classList.add("has-js");

    // Small screens: the main navigation collapses behind a toggle button.
    function initMenuToggle() {
        var toggle = document.querySelector(".main-nav__toggle");
        var list = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
        if (!list) {
            return;
        }
        function setOpen(open) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            list.classList.toggle("is-open", open);
        }
        toggle.addEventListener("click", function () {
            setOpen(toggle.getAttribute("aria-expanded") !== "true");
        });
        list.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
                setOpen(false);
                toggle.focus();
            }
        });
    }

    // Error summaries (and anything else marked data-autofocus) take focus, so screen readers read them first.
    function focusMarkedElement() {
        var target = document.querySelector("[data-autofocus]");
        if (target) {
            target.focus();
        }
    }

    // Clicking a link in an error summary moves focus to the field, scrolled so that its label is visible.
    function initErrorSummaryLinks() {
        document.addEventListener("click", function (event) {
            var link = event.target.closest(".error-summary a[href^='#']");
            var field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
            if (!field) {
                return;
            }
            event.preventDefault();
            var label = field.id && document.querySelector("label[for='" + CSS.escape(field.id) + "']");
            var group = field.closest(".form-group, fieldset");
            (group || label || field).scrollIntoView();
            field.focus({ preventScroll: true });
        });
    }

    // A table wider than the text column scrolls sideways; keyboard users must be able to reach it to scroll it.
    function makeWideTablesFocusable() {
        document.querySelectorAll(".rich-text table").forEach(function (table) {
            if (table.scrollWidth > table.clientWidth && !table.hasAttribute("tabindex")) {
                table.setAttribute("tabindex", "0");
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        initMenuToggle();
        makeWideTablesFocusable();
        initErrorSummaryLinks();
        focusMarkedElement();
    });
})();
