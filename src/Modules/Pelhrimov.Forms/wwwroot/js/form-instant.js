// Instant conditions and calculations on a form step (progressive enhancement, ADR 0044). The server renders every
// question whose condition reads an answer of this step, hidden (the hidden attribute) while the condition fails,
// with the condition as data (data-show-when), and computed values that read this step with their calculation
// (data-expression). As the citizen answers, this script evaluates them again in the order of the form: a question
// appears or disappears, a computed value is rewritten in its polite live region. The focus stays where it is (a rule
// only reads earlier questions, so the control being answered is never hidden). Without this script the step works
// as before: the server shows the question after "Pokračovat". It evaluates everything again on every POST.
(function () {
    "use strict";

    var X = window.PelhrimovFormExpressions;
    // Razor writes data-* attributes also when their value is null, as empty ones: those carry no rule.
    var form = document.querySelector("form.smart-form[data-instant]:not([data-instant=''])");
    if (!form || !X || !X.holds) {
        return;
    }
    var data = JSON.parse(form.getAttribute("data-instant"));
    var status = form.querySelector("[data-instant-status]");
    var rules = Array.prototype.slice.call(form.querySelectorAll("[data-show-when]:not([data-show-when='']), output[data-expression]:not([data-expression=''])"));
    var parsed = rules.map(function (node) {
        try {
            return node.hasAttribute("data-expression") ? X.parse(node.getAttribute("data-expression")) : JSON.parse(node.getAttribute("data-show-when"));
        } catch (e) {
            return null;
        }
    });
    var results = {};

    function typeOf(id) { return data.types[id] ? data.types[id][0] : null; }
    function groupOf(id) { return data.types[id] ? data.types[id][1] : null; }

    // Where a rule stands: the top level, or one item of a repeatable section (input names "psi[1].jmeno").
    function placeOf(node) {
        var named = node.closest("[data-field]"), item = node.closest("[data-item]");
        var m = named ? /^([a-z][a-z0-9-]*)\[(\d+)\]\./.exec(named.getAttribute("data-field")) : null;
        if (m) { return { group: m[1], item: +m[2] }; }
        return item ? { group: item.closest("[data-section]").getAttribute("data-section"), item: +item.getAttribute("data-item") } : { group: null, item: null };
    }

    function wrapperOf(name) {
        return form.querySelector("[data-field=\"" + (window.CSS && CSS.escape ? CSS.escape(name) : name) + "\"]");
    }

    function read(wrapper, name, type) {
        var inputs = Array.prototype.slice.call(wrapper.querySelectorAll("input, textarea")).filter(function (i) { return i.name === name || i.name.indexOf(name + ".") === 0; });
        if (type === "computed") { return X.fromExpr(results[name]); }
        if (type === "choice" || type === "yes-no") {
            var chosen = inputs.filter(function (i) { return i.checked; })[0];
            return chosen ? chosen.value : null;
        }
        if (type === "multi-choice") {
            var values = inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
            return values.length > 0 ? values : null;
        }
        if (type === "address") { return inputs.every(function (i) { return i.value.trim() !== ""; }) ? true : null; }
        if (type === "file") { return (inputs[0] && inputs[0].files && inputs[0].files.length > 0) || wrapper.querySelector(".form-file") ? true : null; }
        var typed = inputs[0] ? inputs[0].value.trim() : "";
        if (typed === "") { return null; }
        return type === "number" || type === "amount" ? X.parseNumber(typed) : type === "date" ? X.parseDate(typed) : typed;
    }

    // The answer to field id seen from a place: null when hidden, unanswered, or in another repeatable item.
    function valueOf(id, place) {
        var group = groupOf(id);
        if (group !== null && group !== place.group) { return null; }
        if (group === null && Object.prototype.hasOwnProperty.call(data.known, id)) { return data.known[id]; }
        var name = group === null ? id : group + "[" + place.item + "]." + id;
        var wrapper = wrapperOf(name);
        return wrapper && !wrapper.closest("[hidden]") ? read(wrapper, name, typeOf(id)) : null;
    }

    function itemsOf(section) {
        var node = form.querySelector("[data-section=\"" + section + "\"]");
        if (node) { return node.hidden ? [] : Array.prototype.slice.call(node.querySelectorAll("[data-item]")); }
        return data.groups[section] || [];
    }

    function scopeAt(place) {
        return {
            today: data.today,
            field: function (id) { return X.toExpr(typeOf(id), valueOf(id, place)); },
            count: function (section) { return itemsOf(section).length; },
            items: function (section, id) {
                return itemsOf(section).map(function (item, i) {
                    return X.toExpr(typeOf(id), item.nodeType ? valueOf(id, { group: section, item: i }) : item[id]);
                });
            }
        };
    }

    function labelOf(node) {
        var label = node.querySelector("legend, label, .form-computed__label, p");
        return label ? label.textContent.replace(/\s+/g, " ").trim() : "";
    }

    function refresh(event) {
        var shown = [];
        rules.forEach(function (node, i) {
            var place = placeOf(node), rule = parsed[i];
            if (node.hasAttribute("data-show-when")) {
                var visible = rule !== null && X.holds(rule, function (id) { return valueOf(id, place); });
                if (visible === node.hidden) {
                    node.hidden = !visible;
                    if (visible) { shown.push(labelOf(node)); }
                }
                return;
            }
            var name = node.getAttribute("data-computed");
            results[name] = rule !== null && !node.closest("[hidden]") ? X.evaluate(rule, scopeAt(place)) : null;
            var v = results[name];
            var textNow = v && v.k === "n" ? X.format(v.n, node.getAttribute("data-format")) : "Spočítáme po vyplnění údajů výše.";
            if (node.textContent !== textNow) { node.textContent = textNow; }
        });
        if (status && event && shown.length > 0) {
            status.textContent = "";
            window.setTimeout(function () { status.textContent = (shown.length === 1 ? "Přibyla otázka: " : "Přibyly otázky: ") + shown.join("; "); }, 100);
        }
    }

    form.addEventListener("input", refresh);
    form.addEventListener("change", refresh);
    refresh();
}());
