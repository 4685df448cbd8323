// Progressive enhancement of the admin. Without it every screen still works: rich text stays an HTML textarea,
// confirmations are the server's job (every destructive action must be a POST that the server checks anyway).
(function () {
    "use strict";

    var czechToolbar = {
        attachFiles: "Připojit soubory",
        bold: "Tučně",
        bullets: "Odrážky",
        byte: "bajt",
        bytes: "bajtů",
        captionPlaceholder: "Přidat popisek…",
        code: "Kód",
        heading1: "Nadpis",
        indent: "Zvětšit odsazení",
        italic: "Kurzíva",
        link: "Odkaz",
        numbers: "Číslování",
        outdent: "Zmenšit odsazení",
        quote: "Citace",
        redo: "Znovu",
        remove: "Odstranit",
        strike: "Přeškrtnutí",
        undo: "Zpět",
        unlink: "Zrušit odkaz",
        url: "Adresa odkazu",
        urlPlaceholder: "Zadejte adresu (https://…)"
    };

    var editorCount = 0;

    function configureTrix() {
        Object.assign(window.Trix.config.lang, czechToolbar);
        // The page title is the only h1; headings inside the text start at h2 (the sanitizer drops h1 anyway).
        window.Trix.config.blockAttributes.heading1.tagName = "h2";
    }

    // <textarea data-richtext> becomes a hidden input plus a Trix editor labelled by the textarea's label.
    function upgradeTextarea(textarea) {
        editorCount += 1;
        var id = textarea.id || "richtext-" + editorCount;
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = textarea.name;
        input.id = id + "-value";
        input.value = textarea.value;

        var editor = document.createElement("trix-editor");
        editor.id = id;
        editor.setAttribute("input", input.id);
        editor.className = "richtext-editor";
        var label = textarea.id ? document.querySelector("label[for='" + CSS.escape(textarea.id) + "']") : null;
        if (label) {
            label.id = label.id || id + "-label";
            editor.setAttribute("aria-labelledby", label.id);
            label.removeAttribute("for");
            label.addEventListener("click", function () { editor.focus(); });
        } else if (textarea.getAttribute("aria-label")) {
            editor.setAttribute("aria-label", textarea.getAttribute("aria-label"));
        }
        ["aria-describedby", "aria-invalid", "aria-required"].forEach(function (name) {
            if (textarea.hasAttribute(name)) {
                editor.setAttribute(name, textarea.getAttribute(name));
            }
        });

        textarea.replaceWith(input, editor);
    }

    // Trix's toolbar buttons are not in the tab order by default; keyboard users need them there.
    function makeToolbarTabbable(event) {
        var toolbar = event.target.toolbarElement;
        if (toolbar) {
            toolbar.querySelectorAll(".trix-button[tabindex='-1']").forEach(function (button) {
                button.removeAttribute("tabindex");
            });
        }
    }

    function initRichText() {
        var textareas = document.querySelectorAll("textarea[data-richtext]");
        if (textareas.length === 0 || !window.Trix) {
            return;
        }
        configureTrix();
        // No uploads through the editor: files belong in the media library, where they are checked.
        document.addEventListener("trix-file-accept", function (event) { event.preventDefault(); });
        document.addEventListener("trix-attachment-add", function (event) {
            if (event.attachment.file) {
                event.attachment.remove();
            }
        });
        document.addEventListener("trix-initialize", makeToolbarTabbable);
        textareas.forEach(upgradeTextarea);
    }

    // data-confirm="Opravdu smazat?" on a submit button (or on a form, or a link) asks before going on.
    function initConfirmations() {
        document.addEventListener("submit", function (event) {
            var source = (event.submitter && event.submitter.closest("[data-confirm]")) || event.target.closest("form[data-confirm]");
            if (source && !window.confirm(source.getAttribute("data-confirm"))) {
                event.preventDefault();
            }
        });
        document.addEventListener("click", function (event) {
            var link = event.target.closest("a[data-confirm]");
            if (link && !window.confirm(link.getAttribute("data-confirm"))) {
                event.preventDefault();
            }
        });
    }

    function focusMarkedElement() {
        var target = document.querySelector("[data-autofocus]");
        if (target) {
            target.focus();
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        initRichText();
        initConfirmations();
        focusMarkedElement();
    });
})();
