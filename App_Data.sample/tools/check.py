#!/usr/bin/env python3
"""Consistency check of the sample content in App_Data.sample/.

Checks that every JSON file is valid, that media referenced by the content
exist (in the Media step of recipe.json and on disk), that ids are unique
across all content files and slugs unique within a type, that page parents
exist, that the rich text uses only the allowed HTML subset, that internal
links point to existing routes, and a few facts (IČO, bank account mod-11).

Usage:  python3 App_Data.sample/tools/check.py      (exit code 1 on any error)
"""
import json
import os
import re
import struct
import sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))

ERRORS = []
WARNINGS = []


def err(msg):
    ERRORS.append(msg)


def warn(msg):
    WARNINGS.append(msg)


def load(rel):
    path = os.path.join(ROOT, rel)
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        err(f"{rel}: file not found")
    except json.JSONDecodeError as e:
        err(f"{rel}: invalid JSON: {e}")
    return None


ARTICLE_CATEGORIES = ["Radnice", "Doprava", "Kultura", "Sport", "Životní prostředí", "Školství",
                      "Sociální služby", "Investice"]
LIFE_CATEGORIES = ["Bydlení a nemovitosti", "Doklady a evidence obyvatel", "Rodina a děti",
                   "Odpady a životní prostředí", "Zvířata", "Doprava a vozidla", "Podnikání", "Sociální oblast",
                   "Stavební řízení", "Kultura a veřejný prostor"]
LIFE_HTML_FIELDS = ["whoConcerns", "howToProceed", "whatToBring", "fees", "deadlines", "whereToGo",
                    "relatedForms", "legislation"]
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
REF_RE = re.compile(r"^MÚ PE/\d{4,6}/20\d\d/[A-ZÚŽŠČŘ]{2,5}$")

# --------------------------------------------------------------------------- HTML subset
ALLOWED = {
    "p": set(), "h2": set(), "h3": set(), "h4": set(), "ul": set(), "ol": set(), "li": set(),
    "strong": set(), "em": set(), "a": {"href"}, "table": set(), "thead": set(), "tbody": set(),
    "tr": set(), "th": {"scope"}, "td": set(), "blockquote": set(), "br": set(),
}
VOID = {"br"}
BAD_LINK_TEXT = {"zde", "klikněte zde", "klikni zde", "tady", "sem", "více", "odkaz", "here", "click here"}


class HtmlCheck(HTMLParser):
    def __init__(self, where, level):
        super().__init__(convert_charrefs=True)
        self.where = where
        self.stack = []
        self.last_heading = level
        self.links = []
        self.link_text = None

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            err(f"{self.where}: tag <{tag}> is not allowed")
        else:
            for name, value in attrs:
                if name not in ALLOWED[tag]:
                    err(f"{self.where}: attribute {name}= on <{tag}> is not allowed")
            if tag == "th":
                scope = dict(attrs).get("scope")
                if scope not in ("col", "row", "colgroup", "rowgroup"):
                    err(f"{self.where}: <th> without a valid scope")
            if tag == "a":
                href = dict(attrs).get("href") or ""
                if not (href.startswith("/") or href.startswith("https://")):
                    err(f"{self.where}: link href {href!r} must be site-relative or https")
                self.links.append(href)
                self.link_text = ""
            if tag in ("h2", "h3", "h4"):
                level = int(tag[1])
                if level > self.last_heading + 1:
                    err(f"{self.where}: heading <{tag}> skips a level (previous h{self.last_heading})")
                self.last_heading = level
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            err(f"{self.where}: unexpected </{tag}> (open: {self.stack})")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag == "a":
            text = " ".join((self.link_text or "").split()).lower()
            if not text or text in BAD_LINK_TEXT:
                err(f"{self.where}: link text {text!r} is not meaningful")
            self.link_text = None

    def handle_data(self, data):
        if self.link_text is not None:
            self.link_text += data
        if data.strip() and not self.stack:
            err(f"{self.where}: text outside any block element: {data.strip()[:40]!r}")

    def finish(self):
        self.close()
        if self.stack:
            err(f"{self.where}: unclosed tags {self.stack}")
        return self.links


def check_html(fragment, where, level=1):
    """level: heading level of the context; bodies sit under the page h1, life-situation
    fields under an h2 section heading rendered by the template, so they start at h3."""
    if not isinstance(fragment, str) or not fragment.strip():
        err(f"{where}: empty or missing HTML")
        return []
    if re.search(r"\sstyle\s*=|<script|on[a-z]+\s*=", fragment, re.I):
        err(f"{where}: inline style, script or event handler")
    p = HtmlCheck(where, level)
    p.feed(fragment)
    return p.finish()


def plain(text, where):
    if not isinstance(text, str) or not text.strip():
        err(f"{where}: empty or missing text")
    elif "<" in text or ">" in text:
        err(f"{where}: must be plain text")


# --------------------------------------------------------------------------- media files
def jpeg_size(path):
    with open(path, "rb") as fh:
        data = fh.read()
    if data[:2] != b"\xff\xd8":
        return None
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
            return w, h
        i += 2 + length
    return None


def check_pdf(path, rel):
    with open(path, "rb") as fh:
        data = fh.read()
    if not data.startswith(b"%PDF-1.4"):
        err(f"{rel}: does not start with %PDF-1.4")
    if not data.rstrip().endswith(b"%%EOF"):
        err(f"{rel}: does not end with %%EOF")
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        err(f"{rel}: missing startxref")
        return
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        err(f"{rel}: startxref does not point to the xref table")
        return
    head = re.match(rb"xref\s+0 (\d+)\s+", data[xref:])
    if not head:
        err(f"{rel}: malformed xref table")
        return
    count = int(head.group(1))
    pos = xref + head.end()
    for num in range(count):
        entry = data[pos + 20 * num: pos + 20 * num + 20]
        off, _gen, kind = entry[:10], entry[11:16], entry[17:18]
        if kind == b"n" and not data[int(off):].startswith(f"{num} 0 obj".encode()):
            err(f"{rel}: xref entry of object {num} is wrong")
    if b"trailer" not in data[xref:] or b"/Root" not in data[xref:]:
        err(f"{rel}: missing trailer /Root")


# --------------------------------------------------------------------------- facts
def mod11_ok(number, weights):
    digits = number.zfill(len(weights))
    return len(digits) == len(weights) and sum(int(d) * w for d, w in zip(digits, weights)) % 11 == 0


def bank_ok(account):
    m = re.fullmatch(r"(?:(\d{1,6})-)?(\d{2,10})/(\d{4})", account)
    if not m:
        return False
    prefix, number = m.group(1) or "0", m.group(2)
    return mod11_ok(prefix, [10, 5, 8, 4, 2, 1]) and mod11_ok(number, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1])


def ico_ok(ico):
    if not re.fullmatch(r"\d{8}", ico):
        return False
    s = sum(int(d) * w for d, w in zip(ico[:7], range(8, 1, -1)))
    check = (11 - s % 11) % 10
    return check == int(ico[7])


# --------------------------------------------------------------------------- main
def main():
    recipe = load("recipe.json")
    if recipe is None:
        return report({})
    steps = {s.get("name"): s for s in recipe.get("steps", [])}
    for name in ("Site", "Media", "Content", "Menus", "Users"):
        if name not in steps:
            err(f"recipe.json: step {name!r} missing")

    # Site
    site = steps.get("Site", {}).get("settings", {})
    for key in ("townName", "officialName", "officialNameGenitive", "inTheTown", "street", "postCode", "city", "ico", "dic", "phone", "email", "dataBox",
                "bankAccount", "web", "officeHours", "contacts"):
        if not site.get(key):
            err(f"recipe.json Site: {key} missing")
    if site.get("ico") and not ico_ok(site["ico"]):
        err(f"recipe.json Site: IČO {site['ico']} fails the checksum")
    if site.get("dic") != "CZ" + site.get("ico", ""):
        err("recipe.json Site: DIČ must be CZ + IČO")
    if site.get("bankAccount") and not bank_ok(site["bankAccount"]):
        err(f"recipe.json Site: bank account {site['bankAccount']} fails the mod-11 check")
    contacts = site.get("contacts", [])
    if not 8 <= len(contacts) <= 12:
        err(f"recipe.json Site: {len(contacts)} contacts, expected 8–12")
    departments = {c.get("department") for c in contacts}

    # Media
    media = {}
    total_media = 0
    for m in steps.get("Media", {}).get("files", []):
        mid, rel = m.get("id"), m.get("path", "")
        if mid in media:
            err(f"Media: duplicate id {mid!r}")
        media[mid] = m
        path = os.path.join(ROOT, rel)
        if not os.path.isfile(path):
            err(f"Media {mid}: file {rel} does not exist")
            continue
        size = os.path.getsize(path)
        if rel.endswith(".jpg"):
            if not m.get("alt"):
                err(f"Media {mid}: image without alt")
            dims = jpeg_size(path)
            if dims != (1200, 800):
                err(f"Media {mid}: {rel} is {dims}, expected 1200×800")
            if size >= 120 * 1024:
                err(f"Media {mid}: {rel} is {size} bytes, limit is 120 kB")
        elif rel.endswith(".pdf"):
            if not m.get("title") or "alt" in m:
                err(f"Media {mid}: a PDF needs title and no alt")
            check_pdf(path, rel)
        else:
            err(f"Media {mid}: unknown file type {rel}")
    media_dir = os.path.join(ROOT, "media")
    on_disk = set()
    for dirpath, _dirs, files in os.walk(media_dir):
        for f in files:
            full = os.path.join(dirpath, f)
            total_media += os.path.getsize(full)
            on_disk.add(os.path.relpath(full, ROOT).replace(os.sep, "/"))
    for rel in sorted(on_disk - {m.get("path") for m in media.values()}):
        warn(f"media file {rel} is not referenced by the Media step")
    if total_media >= 4 * 1024 * 1024:
        err(f"media/ is {total_media} bytes, limit is 4 MB")

    # Users
    users = steps.get("Users", {}).get("users", [])
    user_names = {u.get("displayName") for u in users}
    if len({u.get("email") for u in users}) != len(users):
        err("Users: duplicate e-mail")

    # Content
    expected_type = {"content/pages.json": "Page", "content/articles.json": "Article",
                     "content/life-situations.json": "LifeSituation", "content/notice-board.json": "NoticeBoardEntry"}
    items = []
    for rel in steps.get("Content", {}).get("files", []):
        data = load(rel)
        if data is None:
            continue
        if not isinstance(data, list):
            err(f"{rel}: must be a JSON array")
            continue
        for it in data:
            it["_file"] = rel
            if expected_type.get(rel) and it.get("type") != expected_type[rel]:
                err(f"{rel}: item {it.get('id')} has type {it.get('type')}")
            items.append(it)

    ids = Counter(it.get("id") for it in items)
    for i, n in ids.items():
        if n > 1:
            err(f"content id {i!r} used {n}×")
    slugs = Counter((it.get("type"), it.get("slug")) for it in items)
    for (t, s), n in slugs.items():
        if n > 1:
            err(f"slug {s!r} used {n}× within type {t}")
    by_id = {it.get("id"): it for it in items}
    routes = {"/", "/aktuality", "/zivotni-situace", "/uredni-deska", "/uredni-deska/archiv", "/hledat"}
    for it in items:
        t, s = it.get("type"), it.get("slug")
        if t == "Article":
            routes.add(f"/aktuality/{s}")
        elif t == "LifeSituation":
            routes.add(f"/zivotni-situace/{s}")
        elif t == "NoticeBoardEntry":
            routes.add(f"/uredni-deska/{s}")
        elif t == "Page":
            parent = by_id.get(it.get("fields", {}).get("parent") or "")
            routes.add(f"/{s}")
            if parent:
                routes.add(f"/{parent.get('slug')}/{s}")

    links = []
    for it in items:
        where = f"{it['_file']}#{it.get('id')}"
        t, f = it.get("type"), it.get("fields", {})
        for key in ("id", "slug"):
            if not ID_RE.match(str(it.get(key, ""))):
                err(f"{where}: {key} {it.get(key)!r} is not ascii-kebab")
        if not it.get("title"):
            err(f"{where}: title missing")
        if it.get("author") not in user_names:
            err(f"{where}: author {it.get('author')!r} is not a user of the recipe")
        days = it.get("publishedDaysAgo")
        if days is not None and (not isinstance(days, int) or days < 0):
            err(f"{where}: publishedDaysAgo must be a non-negative integer")
        if t == "Article":
            if not isinstance(days, int) or not 0 <= days <= 120:
                err(f"{where}: publishedDaysAgo must be within 0–120")
            plain(f.get("perex"), where + " perex")
            links += [(where, h) for h in check_html(f.get("body"), where + " body")]
            img = media.get(f.get("image"))
            if not img or not img.get("path", "").endswith(".jpg"):
                err(f"{where}: image {f.get('image')!r} is not an image in the Media step")
            if not f.get("imageAlt"):
                err(f"{where}: imageAlt missing")
            if f.get("category") not in ARTICLE_CATEGORIES:
                err(f"{where}: category {f.get('category')!r} not allowed")
            if not f.get("tags") or not all(isinstance(x, str) and x for x in f["tags"]):
                err(f"{where}: tags missing")
        elif t == "Page":
            links += [(where, h) for h in check_html(f.get("body"), where + " body")]
            parent = f.get("parent")
            if parent is not None and (parent not in by_id or by_id[parent].get("type") != "Page"):
                err(f"{where}: parent {parent!r} is not a page")
            if not isinstance(f.get("menuOrder"), int):
                err(f"{where}: menuOrder must be an integer")
        elif t == "LifeSituation":
            if f.get("category") not in LIFE_CATEGORIES:
                err(f"{where}: category {f.get('category')!r} not allowed")
            plain(f.get("summary"), where + " summary")
            for key in LIFE_HTML_FIELDS:
                links += [(where, h) for h in check_html(f.get(key), f"{where} {key}", level=2)]
        elif t == "NoticeBoardEntry":
            if f.get("department") not in departments:
                err(f"{where}: department {f.get('department')!r} is not among the recipe contacts")
            if not REF_RE.match(f.get("referenceNumber", "")):
                err(f"{where}: referenceNumber {f.get('referenceNumber')!r} has an unexpected format")
            a, b = f.get("postedFromDays"), f.get("postedToDays")
            if not isinstance(a, int) or not isinstance(b, int) or a > 0 or a >= b:
                err(f"{where}: postedFromDays/postedToDays invalid ({a}, {b})")
            links += [(where, h) for h in check_html(f.get("body"), where + " body")]
            atts = f.get("attachments") or []
            if not atts:
                err(f"{where}: no attachment")
            for att in atts:
                m = media.get(att)
                if not m or not m.get("path", "").endswith(".pdf"):
                    err(f"{where}: attachment {att!r} is not a PDF in the Media step")
        else:
            err(f"{where}: unknown type {t!r}")

    for menu in steps.get("Menus", {}).get("menus", []):
        for item in menu.get("items", []):
            links.append((f"menu {menu.get('name')}", item.get("url", "")))
    for where, href in links:
        if href.startswith("/"):
            path = href.split("#")[0].split("?")[0].rstrip("/") or "/"
            if path.startswith("/formulare/"):
                continue
            if path not in routes:
                err(f"{where}: internal link {href} points to no known route")

    # Requirements on the amount of content
    counts = Counter(it.get("type") for it in items)
    need = {"Article": 18, "Page": 10, "LifeSituation": 32, "NoticeBoardEntry": 14}
    for t, n in need.items():
        if counts[t] < n:
            err(f"only {counts[t]} items of type {t}, expected at least {n}")
    life_cats = Counter(it["fields"].get("category") for it in items if it.get("type") == "LifeSituation")
    for c in LIFE_CATEGORIES:
        if life_cats[c] < 2:
            err(f"life situation category {c!r} has {life_cats[c]} items, expected at least 2")
    notices = [it["fields"] for it in items if it.get("type") == "NoticeBoardEntry"]
    current = sum(1 for f in notices if f.get("postedFromDays", 1) <= 0 < f.get("postedToDays", 0))
    expired = sum(1 for f in notices if f.get("postedToDays", 0) < 0)
    if current < 9 or expired < 5:
        err(f"notice board: {current} current and {expired} expired entries, expected at least 9 and 5")
    images = [it["fields"].get("image") for it in items if it.get("type") == "Article"]
    if len(set(images)) != len(images):
        err("every article must have its own image")

    return report({
        "counts": dict(counts),
        "article categories": dict(Counter(it["fields"].get("category") for it in items if it.get("type") == "Article")),
        "life situation categories": dict(life_cats),
        "notice board": {"current": current, "expired": expired},
        "media": {"files": len(media), "bytes": total_media},
    })


def report(summary):
    for k, v in summary.items():
        print(f"{k}: {v}")
    for w in WARNINGS:
        print("WARNING:", w)
    for e in ERRORS:
        print("ERROR:", e)
    print("OK" if not ERRORS else f"{len(ERRORS)} error(s)")
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
