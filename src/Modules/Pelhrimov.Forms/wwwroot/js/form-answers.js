// Answers in the browser, as the server reads them (ADR 0044): Czech numbers and dates as typed (Engine/Fields/
// NumberInput.cs, DateInput.cs), an answer as a calculation value by the field's type (FillState.ToExpr), conditions
// (Engine/ConditionEvaluator.cs) and computed values shown in Czech (StepPageBuilder.FormatComputed).
// An answer is null, its text ("1500.5", "2026-11-29", "ano"), the chosen values (an array) or true (an address or file).
(function (X) {
    "use strict";

    var SUFFIXES = ["Kč", "kč", "KČ", ",-", ",–", ".-"];

    function canonical(n) {
        return String(n);
    }

    /** "1 500,50 Kč" -> "1500.5"; null when it is not a number. */
    function parseNumber(typed) {
        var s = String(typed).replace(/[\s\u00A0\u202F]/g, "");
        SUFFIXES.forEach(function (suffix) {
            if (s.length >= suffix.length && s.slice(s.length - suffix.length) === suffix) { s = s.slice(0, s.length - suffix.length); }
        });
        s = s.replace(/\u2212/g, "-");
        if (s.indexOf(",") >= 0 && s.indexOf(".") >= 0) { s = s.replace(/\./g, ""); }
        s = s.replace(/,/g, ".");
        var n = s.length > 0 && s.length <= 40 ? X.invariantNumber(s) : null;
        return n === null || !X.num(n) ? null : canonical(X.num(n).n);
    }

    function pad(n) { return (n < 10 ? "0" : "") + n; }

    /** "29. 11. 2026", "29.11.2026" or "2026-11-29" -> "2026-11-29"; null when it is not a real date. */
    function parseDate(typed) {
        var s = String(typed).replace(/[\s\u00A0]/g, ""), m, y, mo, d;
        if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) { d = +m[1]; mo = +m[2]; y = +m[3]; }
        else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) { y = +m[1]; mo = +m[2]; d = +m[3]; }
        else { return null; }
        var check = new Date(Date.UTC(y, mo - 1, d));
        if (y < 1 || check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) { return null; }
        return ("000" + y).slice(-4) + "-" + pad(mo) + "-" + pad(d);
    }

    /** An answer as a calculation value: numbers, amounts and computed values as numbers, dates as dates, the rest as text. */
    function toExpr(type, answer) {
        if (typeof answer !== "string") { return null; }
        if (type === "number" || type === "amount" || type === "computed") {
            var n = X.invariantNumber(answer);
            return n === null ? null : X.num(n);
        }
        if (type === "date") { return parseDate(answer) === answer ? X.date(answer) : null; }
        return X.text(answer);
    }

    /** A calculation's result as an answer (what a condition on a computed field compares). */
    function fromExpr(v) {
        if (!v) { return null; }
        return v.k === "n" ? canonical(v.n) : v.k === "b" ? (v.b ? "true" : "false") : v.k === "d" ? v.d : v.t;
    }

    function isFilled(a) {
        return a === true || (typeof a === "string" && a.length > 0) || (Array.isArray(a) && a.length > 0);
    }

    function matches(a, expected) {
        if (Array.isArray(a)) { return a.indexOf(expected) >= 0; }
        if (typeof a !== "string") { return false; }
        var x = X.invariantNumber(a), y = X.invariantNumber(expected);
        return a === expected || (x !== null && y !== null && x === y);
    }

    /** Whether a condition (as in the definition's JSON) holds; valueOf(id) gives the answer seen from the rule's place. */
    function holds(c, valueOf) {
        if (c.all && !c.all.every(function (s) { return holds(s, valueOf); })) { return false; }
        if (c.any && !c.any.some(function (s) { return holds(s, valueOf); })) { return false; }
        if (c.not && holds(c.not, valueOf)) { return false; }
        if (!c.field) { return true; }
        var a = valueOf(c.field), n = typeof a === "string" ? X.invariantNumber(a) : null;
        return (c.filled === undefined || isFilled(a) === c.filled)
            && (c.equals === undefined || matches(a, c.equals))
            && (c.notEquals === undefined || !matches(a, c.notEquals))
            && (c["in"] === undefined || c["in"].some(function (v) { return matches(a, v); }))
            && (c.greaterThan === undefined || (n !== null && n > c.greaterThan))
            && (c.lessThan === undefined || (n !== null && n < c.lessThan));
    }

    function grouped(digits) {
        return digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00A0");
    }

    /** "#,0.##" in Czech, or an amount as "1 500 Kč" / "1 500,50 Kč" (CzechFormat.Money). */
    function format(n, kind) {
        var amount = kind === "amount", places = amount ? (Math.floor(n) === n ? 0 : 2) : 2;
        var rounded = X.evaluate({ t: "call", f: "round", args: [{ t: "lit", v: X.num(n) }, { t: "lit", v: X.num(places) }] }, {});
        var fixed = Math.abs(rounded.n).toFixed(places).split(".");
        var fraction = amount ? (fixed[1] ? "," + fixed[1] : "") : (fixed[1] && +fixed[1] !== 0 ? "," + fixed[1].replace(/0+$/, "") : "");
        var sign = rounded.n < 0 && (+fixed[0] !== 0 || fraction) ? "-" : "";
        return sign + grouped(fixed[0]) + fraction + (amount ? "\u00A0Kč" : "");
    }

    X.parseNumber = parseNumber;
    X.parseDate = parseDate;
    X.toExpr = toExpr;
    X.fromExpr = fromExpr;
    X.holds = holds;
    X.format = format;
}(window.PelhrimovFormExpressions));
