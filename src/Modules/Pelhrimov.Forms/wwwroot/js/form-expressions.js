// The smart forms' calculation language and conditions in the browser (ADR 0044): a port of Engine/Expressions
// (lexer, parser, evaluator, functions) and Engine/ConditionEvaluator.cs, so that form-instant.js can show questions
// and recompute values as the citizen answers. The server stays the authority and evaluates everything again on
// POST; FormExpressionsAgreementTests runs one table through both and fails when they differ.
// Values: null (not computable), {k: "n", n}, {k: "t", t}, {k: "b", b}, {k: "d", d: "2026-11-29"}.
window.PelhrimovFormExpressions = (function () {
    "use strict";

    var SYMBOLS = ["<=", ">=", "!=", "+", "-", "*", "/", "(", ")", ",", "=", "<", ">", "."];
    var ARITY = { "if": [3, 3], min: [1, 20], max: [1, 20], round: [1, 2], floor: [1, 1], ceil: [1, 1], count: [1, 1],
        sum: [1, 1], today: [0, 0], age: [1, 1], monthsLeft: [1, 1], year: [1, 1], month: [1, 1] };
    var DECIMAL_MAX = 79228162514264337593543950335;
    var INVARIANT_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

    function num(n) {
        // Doubles cleaned to 15 significant digits stand in for .NET decimals (0.1 + 0.2 = 0.3); beyond decimal's
        // range the server gives "not computable", and so does this.
        if (!isFinite(n) || Math.abs(n) > DECIMAL_MAX) { return null; }
        return { k: "n", n: parseFloat(n.toPrecision(15)) };
    }
    function text(t) { return { k: "t", t: t }; }
    function bool(b) { return { k: "b", b: b }; }
    function date(d) { return { k: "d", d: d }; }

    function tokenize(src) {
        var tokens = [], i = 0, c, start;
        while (i < src.length) {
            c = src[i];
            if (/\s/.test(c)) { i++; }
            else if (/[0-9]/.test(c)) {
                start = i;
                while (i < src.length && /[0-9]/.test(src[i])) { i++; }
                if (src[i] === "." && /[0-9]/.test(src[i + 1] || "")) { i++; while (i < src.length && /[0-9]/.test(src[i])) { i++; } }
                if (i - start > 20) { throw new Error("number"); }
                tokens.push({ kind: "num", text: src.slice(start, i) });
            } else if (c === "\"" || c === "'") {
                start = src.indexOf(c, i + 1);
                if (start < 0) { throw new Error("quote"); }
                tokens.push({ kind: "text", text: src.slice(i + 1, start) });
                i = start + 1;
            } else if (/[A-Za-z]/.test(c)) {
                start = i;
                while (i < src.length && (/[A-Za-z0-9]/.test(src[i]) || (src[i] === "-" && /[A-Za-z0-9]/.test(src[i + 1] || "")))) { i++; }
                tokens.push({ kind: "name", text: src.slice(start, i) });
            } else {
                start = SYMBOLS.filter(function (s) { return src.substr(i, s.length) === s; })[0];
                if (!start) { throw new Error("symbol"); }
                tokens.push({ kind: "sym", text: start });
                i += start.length;
            }
        }
        tokens.push({ kind: "end", text: "" });
        return tokens;
    }

    // Recursive descent with the server's precedence: or, and, not, comparison, + -, * /, unary minus, primary.
    function parse(src) {
        if (!src || !src.trim() || src.length > 2000) { throw new Error("length"); }
        var tokens = tokenize(src), pos = 0, depth = 0;
        function cur() { return tokens[pos]; }
        function isSym(s) { return cur().kind === "sym" && cur().text === s; }
        function isName(s) { return cur().kind === "name" && cur().text === s; }
        function expect(s) { if (!isSym(s)) { throw new Error("expected " + s); } pos++; }
        function nested(f) { if (++depth > 40) { throw new Error("depth"); } var n = f(); depth--; return n; }
        function or() { var l = and(); while (isName("or")) { pos++; l = { t: "bin", op: "or", l: l, r: and() }; } return l; }
        function and() { var l = not(); while (isName("and")) { pos++; l = { t: "bin", op: "and", l: l, r: not() }; } return l; }
        function not() { if (isName("not")) { pos++; return nested(function () { return { t: "un", op: "not", e: not() }; }); } return comparison(); }
        function comparison() {
            var l = additive();
            if (cur().kind === "sym" && /^(=|!=|<|<=|>|>=)$/.test(cur().text)) { var op = tokens[pos++].text; l = { t: "bin", op: op, l: l, r: additive() }; }
            return l;
        }
        function additive() { var l = multiplicative(); while (isSym("+") || isSym("-")) { var op = tokens[pos++].text; l = { t: "bin", op: op, l: l, r: multiplicative() }; } return l; }
        function multiplicative() { var l = unary(); while (isSym("*") || isSym("/")) { var op = tokens[pos++].text; l = { t: "bin", op: op, l: l, r: unary() }; } return l; }
        function unary() { if (isSym("-")) { pos++; return nested(function () { return { t: "un", op: "-", e: unary() }; }); } return primary(); }
        function reference(allowMember) {
            if (cur().kind !== "name") { throw new Error("name"); }
            var node = { t: "ref", id: tokens[pos++].text, member: null };
            if (isSym(".")) {
                if (!allowMember) { throw new Error("member"); }
                pos++;
                if (cur().kind !== "name") { throw new Error("name"); }
                node.member = tokens[pos++].text;
            }
            return node;
        }
        function call() {
            var name = cur().text, args = [], arity = ARITY.hasOwnProperty(name) ? ARITY[name] : null;
            if (!arity) { throw new Error("function"); }
            pos += 2;
            if (!isSym(")")) {
                do {
                    if (args.length > 0) { pos++; }
                    args.push(name === "count" || name === "sum" ? reference(name === "sum") : nested(or));
                } while (isSym(","));
            }
            expect(")");
            if (args.length < arity[0] || args.length > arity[1]) { throw new Error("arity"); }
            return { t: "call", f: name, args: args };
        }
        function primary() {
            var token = cur();
            if (token.kind === "num") { pos++; return { t: "lit", v: num(parseFloat(token.text)) }; }
            if (token.kind === "text") { pos++; return { t: "lit", v: text(token.text) }; }
            if (token.kind === "name" && (token.text === "true" || token.text === "false")) { pos++; return { t: "lit", v: bool(token.text === "true") }; }
            if (token.kind === "name" && tokens[pos + 1].text === "(" && tokens[pos + 1].kind === "sym") { return call(); }
            if (token.kind === "name" && /^(and|or|not)$/.test(token.text)) { throw new Error("unexpected"); }
            if (token.kind === "name") { return reference(false); }
            if (token.kind === "sym" && token.text === "(") { pos++; var inner = nested(or); expect(")"); return inner; }
            throw new Error("unexpected");
        }
        var root = or();
        if (cur().kind !== "end") { throw new Error("unexpected"); }
        return root;
    }

    function truth(v) {
        if (!v) { return null; }
        if (v.k === "b") { return v.b; }
        if (v.k === "n") { return v.n !== 0; }
        if (v.k === "t" && v.t === "ano") { return true; }
        if (v.k === "t" && v.t === "ne") { return false; }
        return null;
    }

    function compare(a, b) {
        var x = a.k === "n" ? a.n : a.k === "d" ? a.d : a.k === "b" ? a.b : a.t;
        var y = b.k === "n" ? b.n : b.k === "d" ? b.d : b.k === "b" ? b.b : b.t;
        return x < y ? -1 : x > y ? 1 : 0;
    }

    function binary(op, l, r) {
        if (!l || !r) { return null; }
        if (op === "=" || op === "!=") { var eq = l.k === r.k && compare(l, r) === 0; return bool(op === "=" ? eq : !eq); }
        if (/^(<|<=|>|>=)$/.test(op)) {
            if (l.k !== r.k || l.k === "b") { return null; }
            var c = compare(l, r);
            return bool(op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0);
        }
        if (op === "+" && l.k === "t" && r.k === "t") { return text(l.t + r.t); }
        if (l.k !== "n" || r.k !== "n") { return null; }
        if (op === "+") { return num(l.n + r.n); }
        if (op === "-") { return num(l.n - r.n); }
        if (op === "*") { return num(l.n * r.n); }
        return r.n === 0 ? null : num(l.n / r.n);
    }

    function parts(iso) { return iso.split("-").map(Number); }

    function age(birth, today) {
        var b = parts(birth), t = parts(today), years = t[0] - b[0];
        if (t[1] < b[1] || (t[1] === b[1] && t[2] < b[2])) { years--; }
        return years;
    }

    // Halves away from zero, as the server's MidpointRounding.AwayFromZero; the exponent shift avoids 1.005 * 100.
    function roundAway(n, digits) {
        var a = Math.abs(n), s = String(a);
        var r = s.indexOf("e") < 0 ? Number(Math.round(Number(s + "e" + digits)) + "e-" + digits) : Math.round(a * Math.pow(10, digits)) / Math.pow(10, digits);
        return num(n < 0 ? -r : r);
    }

    function call(node, scope) {
        var a = node.args, f = node.f, values, i;
        if (f === "if") { var t = truth(evaluate(a[0], scope)); return t === null ? null : evaluate(a[t ? 1 : 2], scope); }
        if (f === "count") { return num(scope.count(a[0].id)); }
        if (f === "sum") {
            if (a[0].member === null) { return null; }
            return num(scope.items(a[0].id, a[0].member).reduce(function (s, v) { return v && v.k === "n" ? s + v.n : s; }, 0));
        }
        if (f === "today") { return date(scope.today); }
        values = a.map(function (x) { return evaluate(x, scope); });
        for (i = 0; i < values.length; i++) { if (!values[i]) { return null; } }
        var v = values[0];
        switch (f) {
            case "min": case "max":
                if (values.some(function (x) { return x.k !== v.k; }) || (v.k !== "n" && v.k !== "d")) { return null; }
                values.sort(compare);
                return f === "min" ? values[0] : values[values.length - 1];
            case "round":
                var digits = values.length > 1 ? values[1] : num(0);
                if (v.k !== "n" || digits.k !== "n" || digits.n < 0 || digits.n > 10 || Math.floor(digits.n) !== digits.n) { return null; }
                return roundAway(v.n, digits.n);
            case "floor": return v.k === "n" ? num(Math.floor(v.n)) : null;
            case "ceil": return v.k === "n" ? num(Math.ceil(v.n)) : null;
            case "age": return v.k === "d" ? num(age(v.d, scope.today)) : null;
            case "monthsLeft": return v.k === "d" ? num(12 - parts(v.d)[1] + 1) : null;
            case "year": return v.k === "d" ? num(parts(v.d)[0]) : null;
            case "month": return v.k === "d" ? num(parts(v.d)[1]) : null;
        }
        return null;
    }

    // scope: { today: "2026-12-05", field(id) -> value, count(section) -> int, items(section, field) -> [value] }
    function evaluate(node, scope) {
        switch (node.t) {
            case "lit": return node.v;
            case "ref": return scope.field(node.id);
            case "un":
                var operand = evaluate(node.e, scope);
                if (node.op === "-") { return operand && operand.k === "n" ? num(-operand.n) : null; }
                var b = truth(operand);
                return b === null ? null : bool(!b);
            case "bin":
                if (node.op === "and" || node.op === "or") {
                    var stop = node.op === "or", left = truth(evaluate(node.l, scope));
                    if (left === stop) { return bool(stop); }
                    var right = truth(evaluate(node.r, scope));
                    return right === stop ? bool(stop) : left === null || right === null ? null : bool(!stop);
                }
                return binary(node.op, evaluate(node.l, scope), evaluate(node.r, scope));
            case "call": return call(node, scope);
        }
        return null;
    }

    return {
        parse: parse, evaluate: evaluate, truth: truth, num: num, text: text, date: date,
        invariantNumber: function (s) { return typeof s === "string" && INVARIANT_NUMBER.test(s) ? parseFloat(s) : null; }
    };
}());
