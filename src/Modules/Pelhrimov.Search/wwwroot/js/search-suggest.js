// Suggestions as you type for search boxes marked data-suggest="<url of the suggestion API>".
// Progressive enhancement: without this script the form still submits to /hledat. Follows the WAI-ARIA 1.2 combobox
// pattern with a listbox popup: aria-expanded, aria-controls, aria-activedescendant; arrows move, Enter opens the
// active suggestion (or submits the typed text), Escape closes; a polite live region says how many suggestions there are.
(function () {
    "use strict";

    var DEBOUNCE_MS = 200;
    var MIN_CHARS = 2;
    var MAX_SUGGESTIONS = 8;

    // 1 návrh, 2–4 návrhy, 0 and 5+ návrhů.
    function countText(n) {
        if (n === 0) {
            return "Žádné návrhy";
        }
        if (n === 1) {
            return "1 návrh";
        }
        return n + (n >= 2 && n <= 4 ? " návrhy" : " návrhů");
    }

    function init(input) {
        var endpoint = input.getAttribute("data-suggest");
        var listId = input.id + "-suggestions";
        var container = input.parentElement;
        container.classList.add("search-suggest");

        var list = document.createElement("ul");
        list.id = listId;
        list.className = "search-suggest__list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "Návrhy vyhledávání");
        list.hidden = true;
        container.appendChild(list);

        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        container.appendChild(status);

        // ARIA in HTML allows role=combobox (and aria-expanded) on a text input, not on type=search, whose role is
        // fixed to searchbox; without this script the box stays a plain type=search.
        input.type = "text";
        input.setAttribute("inputmode", "search");
        input.setAttribute("enterkeyhint", "search");
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("autocomplete", "off");

        var items = [];
        var active = -1;
        var timer = 0;
        var pending = null;
        var lastQuery = "";

        function setActive(index) {
            active = index;
            items.forEach(function (item, i) {
                item.element.setAttribute("aria-selected", i === index ? "true" : "false");
                item.element.classList.toggle("is-active", i === index);
            });
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", items[index].element.id);
                items[index].element.scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            setActive(-1);
        }

        function open() {
            if (items.length > 0) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
        }

        function render(suggestions) {
            list.textContent = "";
            items = suggestions.slice(0, MAX_SUGGESTIONS).map(function (s, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.className = "search-suggest__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                var title = document.createElement("span");
                title.className = "search-suggest__title";
                title.textContent = s.title;
                var kind = document.createElement("span");
                kind.className = "search-suggest__kind";
                kind.textContent = s.kindName;
                option.appendChild(title);
                option.appendChild(document.createTextNode(" "));
                option.appendChild(kind);
                list.appendChild(option);
                return { element: option, url: s.url };
            });
            active = -1;
            status.textContent = countText(items.length);
            if (items.length > 0) {
                open();
            } else {
                close();
            }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query === lastQuery) {
                open();
                return;
            }
            lastQuery = query;
            if (pending) {
                pending.abort();
                pending = null;
            }
            if (query.length < MIN_CHARS) {
                items = [];
                list.textContent = "";
                status.textContent = "";
                close();
                return;
            }
            var controller = typeof AbortController === "function" ? new AbortController() : null;
            pending = controller;
            fetch(endpoint + "?q=" + encodeURIComponent(query), {
                headers: { Accept: "application/json" },
                signal: controller ? controller.signal : undefined,
            })
                .then(function (response) {
                    return response.ok ? response.json() : [];
                })
                .then(function (suggestions) {
                    if (pending === controller && input.value.trim() === query) {
                        pending = null;
                        render(Array.isArray(suggestions) ? suggestions : []);
                    }
                })
                .catch(function () {
                    // Aborted or offline: the form still works.
                });
        }

        function go(index) {
            window.location.assign(items[index].url);
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DEBOUNCE_MS);
        });

        input.addEventListener("keydown", function (event) {
            var expanded = input.getAttribute("aria-expanded") === "true";
            switch (event.key) {
                case "ArrowDown":
                    event.preventDefault();
                    if (!expanded) {
                        open();
                        if (event.altKey) {
                            return;
                        }
                    }
                    if (items.length > 0) {
                        setActive(active < items.length - 1 ? active + 1 : 0);
                    }
                    break;
                case "ArrowUp":
                    if (items.length > 0) {
                        event.preventDefault();
                        open();
                        setActive(active > 0 ? active - 1 : items.length - 1);
                    }
                    break;
                case "Enter":
                    if (expanded && active >= 0) {
                        event.preventDefault();
                        go(active);
                    }
                    break;
                case "Escape":
                    if (expanded) {
                        event.preventDefault();
                        close();
                    }
                    break;
                default:
                    break;
            }
        });

        // Pressing on an option must not blur the input first; the click then opens it.
        list.addEventListener("mousedown", function (event) {
            event.preventDefault();
        });
        list.addEventListener("click", function (event) {
            var option = event.target.closest("[role='option']");
            var index = items.findIndex(function (item) {
                return item.element === option;
            });
            if (index >= 0) {
                go(index);
            }
        });

        input.addEventListener("blur", close);
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("input[data-suggest][id]").forEach(init);
    });
})();
