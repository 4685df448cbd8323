// The form builder's live preview (progressive enhancement): while the settings form of a step, section or field
// changes, its values are posted (antiforgery token included) to the preview address, which stores nothing and
// answers with the preview; it replaces the old one and a polite status says so. Without this script the preview
// follows each saved change.
(function () {
    "use strict";

    var form = document.querySelector("form[data-preview]");
    var preview = document.getElementById("fb_preview");
    var status = document.getElementById("fb_preview-status");
    if (!form || !preview || !status || !window.fetch || !window.AbortController) {
        return;
    }
    var timer = null;
    var pending = null;

    function announce(text) {
        // Emptied first, so that the same words twice in a row are announced twice.
        status.textContent = "";
        window.setTimeout(function () { status.textContent = text; }, 100);
    }

    function refresh() {
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        fetch(form.getAttribute("data-preview"), {
            method: "POST",
            body: new FormData(form),
            credentials: "same-origin",
            signal: pending.signal
        }).then(function (response) {
            return response.text().then(function (html) {
                preview.innerHTML = html;
                announce(response.ok ? "Náhled je aktualizovaný." : "Změnu zatím nelze ukázat; náhled popisuje proč.");
            });
        }).catch(function (error) {
            if (error.name !== "AbortError") {
                announce("Náhled se nepodařilo obnovit.");
            }
        });
    }

    function schedule() {
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, 400);
    }

    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
}());
