#!/usr/bin/env python3
"""Writes the two sample bank statements of the town's account (statements/), which the recipe step
ReceivableStatements imports as drafts. Both pay some of the sample receivables of the Receivables step:
ODP-2026-000001 (2 400 Kč, VS 1337000001, SS 1) in full, what is left of PES-2026-000001 (300 Kč, VS 1341000001),
part of NAJ-2026-11-G12 (500 of 850 Kč, VS 3612000012); plus a payment with an unknown symbol and an outgoing
payment. The GPC file is windows-1250 with CR LF (as banks export it); the camt.053 file is UTF-8.
Usage: python3 App_Data.sample/tools/make-statements.py"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "statements")
ACCOUNT = "0000000019623101"   # 19-623101/0800, the account of the sample receivables
# (document number, hellers, posting code 2 = incoming / 1 = outgoing, VS, SS, counter-party)
LINES = [
    (2611200001, 240000, "2", "1337000001", "1", "Novák Jan"),
    (2611200002, 30000, "2", "1341000001", "1", "Nováková Marie"),
    (2611200003, 50000, "2", "3612000012", "", "Šťastná Růžena"),
    (2611200004, 15000, "2", "9999000001", "", "Kolář Tomáš"),
    (2611200005, 1250000, "1", "2026110", "", "Technické služby"),
]


def gpc() -> bytes:
    credits = sum(h for _, h, code, *_ in LINES if code == "2")
    debits = sum(h for _, h, code, *_ in LINES if code == "1")
    opening = 152_340_050
    rows = ["074" + ACCOUNT + "MESTO PELHRIMOV".ljust(20) + "191126"
            + f"{opening:014d}+" + f"{opening - debits + credits:014d}+" + f"{debits:014d}0" + f"{credits:014d}0"
            + "047" + "201126" + " " * 14]
    for document, hellers, code, vs, ss, name in LINES:
        rows.append("075" + ACCOUNT + "0000002900000005" + f"{document:013d}" + f"{hellers:012d}" + code
                    + vs.rjust(10, "0") + "00" + "2010" + "0308" + ss.rjust(10, "0") + "201126"
                    + name.ljust(20)[:20] + "0" + "1101" + "201126")
    return ("\r\n".join(rows) + "\r\n").encode("cp1250")


def camt() -> bytes:
    entries = []
    for document, hellers, code, vs, ss, name in LINES:
        direction = "CRDT" if code == "2" else "DBIT"
        party = "Dbtr" if code == "2" else "Cdtr"
        amount = f"{hellers // 100}.{hellers % 100:02d}"
        entries.append(f"""      <Ntry>
        <Amt Ccy="CZK">{amount}</Amt>
        <CdtDbtInd>{direction}</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-20</Dt></BookgDt>
        <ValDt><Dt>2026-11-20</Dt></ValDt>
        <AcctSvcrRef>C{document}</AcctSvcrRef>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>/VS{vs}/SS{ss}/KS0308</EndToEndId></Refs>
            <AmtDtls><TxAmt><Amt Ccy="CZK">{amount}</Amt></TxAmt></AmtDtls>
            <RltdPties>
              <{party}><Nm>{name}</Nm></{party}>
              <{party}Acct><Id><IBAN>CZ5220100000002900000005</IBAN></Id></{party}Acct>
            </RltdPties>
          </TxDtls>
        </NtryDtls>
      </Ntry>""")
    body = "\n".join(entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr>
      <MsgId>CS20261121-19623101-47</MsgId>
      <CreDtTm>2026-11-21T05:10:00+01:00</CreDtTm>
    </GrpHdr>
    <Stmt>
      <Id>19623101-20261120</Id>
      <LglSeqNb>47</LglSeqNb>
      <CreDtTm>2026-11-21T05:10:00+01:00</CreDtTm>
      <FrToDt>
        <FrDtTm>2026-11-20T00:00:00+01:00</FrDtTm>
        <ToDtTm>2026-11-20T23:59:59+01:00</ToDtTm>
      </FrToDt>
      <Acct>
        <Id><IBAN>CZ9708000000190000623101</IBAN></Id>
        <Ccy>CZK</Ccy>
        <Ownr><Nm>Město Pelhřimov</Nm></Ownr>
      </Acct>
{body}
    </Stmt>
  </BkToCstmrStmt>
</Document>
""".encode("utf-8")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "vzorovy-vypis-2026-11.gpc"), "wb") as f:
        f.write(gpc())
    with open(os.path.join(OUT, "vzorovy-vypis-2026-11-camt053.xml"), "wb") as f:
        f.write(camt())
