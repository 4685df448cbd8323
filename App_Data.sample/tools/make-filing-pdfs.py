#!/usr/bin/env python3
"""Generate the PDF documents of the sample filings (step Filings of recipe.json).

Reuses the letterhead, fonts and PDF writer of make-pdfs.py (Python standard library only; reproducible output).
Usage:  python3 App_Data.sample/tools/make-filing-pdfs.py
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
spec = importlib.util.spec_from_file_location("make_pdfs", os.path.join(HERE, "make-pdfs.py"))
pdfs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pdfs)

DOCUMENTS = [
    ("filings/vyzva-k-doplneni-cernych.pdf", "Výzva k doplnění žádosti", "Odbor výstavby a územního plánování",
     "MUPE/41877/2026", [
         "Vážený pane, vaše žádost o povolení stavby oplocení pozemku parc. č. 1523/4 v katastrálním území Pelhřimov "
         "neobsahuje všechny náležitosti.",
         "Doplňte prosím do 30 dnů od doručení této výzvy situační výkres oplocení v měřítku katastrální mapy a souhlas "
         "vlastníka sousedního pozemku parc. č. 1523/5.",
         "Po dobu do doplnění žádosti se řízení přerušuje.",
     ]),
    ("filings/rozhodnuti-pes-novak.pdf", "Rozhodnutí o osvobození od poplatku ze psů", "Finanční odbor",
     "MUPE/38210/2026", [
         "Správce poplatku vyhovuje žádosti o osvobození od místního poplatku ze psů za psa, kterého držitel převzal "
         "z útulku pro zvířata.",
         "Osvobození platí od 1. 1. 2027 po dobu jednoho roku podle obecně závazné vyhlášky města Pelhřimova o místním "
         "poplatku ze psů.",
     ]),
    ("filings/zadost-pes-novak.pdf", "Žádost o osvobození od poplatku ze psů", "Finanční odbor",
     "podání z portálu", [
         "Žádám o osvobození od místního poplatku ze psů za psa Ben, kterého jsem převzal z útulku pro zvířata "
         "v Pelhřimově dne 2. 10. 2026.",
         "Přikládám potvrzení útulku o převzetí psa.",
     ]),
]


def render(title, department, reference, paragraphs):
    d = pdfs.Doc()
    red = "0.608 0.106 0.188"
    grey = "0.33 0.33 0.33"
    d.paragraph([("MĚSTO PELHŘIMOV", True)], size=15, leading=18, space_after=0, color=red)
    d.paragraph([("Městský úřad Pelhřimov, Masarykovo náměstí 1, 393 01 Pelhřimov", False)], size=9, leading=13,
                space_after=0, color=grey)
    d.paragraph([(department, False)], size=9, leading=12, space_after=0, color=grey)
    d.rule()
    d.paragraph([("Č. j.: ", True), (reference, False)], size=10, leading=13, space_after=14)
    d.paragraph([(title, True)], size=15, leading=19, space_after=10)
    for text in paragraphs:
        d.paragraph([(text, False)])
    d.paragraph([("Ukázkový dokument portálu občana; jména a údaje jsou smyšlené.", False)], size=8.5, leading=12,
                color=grey)
    return d.pages


def main():
    for path, title, department, reference, paragraphs in DOCUMENTS:
        size = pdfs.write_pdf(os.path.join(ROOT, path), render(title, department, reference, paragraphs), title, department)
        print(f"{path:<50} {size:>6} bytes")


if __name__ == "__main__":
    main()
