#!/usr/bin/env python3
"""check.py BATCHDIR [OTHERDIR...]: checks an annotator's batch and writes BATCHDIR/gold.json.

The pages already in the test set are those of INDEX.tsv beside this script
(and of the other batch folders named after BATCHDIR, being annotated beside
it): a page used before is an error.

BATCHDIR holds INDEX.tsv (7 tab-separated columns, no header: file url site
legislature number published completeness), one NAME.txt per page, and
draft.json: [{"file": "unseen/NAME.txt", "mentions": [{"text", "occurrence",
"kind", "entity", "article"?, "optional"}]}].  Offsets are computed here, as
UTF-8 byte offsets of the occurrence-th match of text in the page.
"""
import json, os, re, sys, unicodedata

KINDS = {"loi", "ordonnance", "decret", "arrete", "circulaire", "code",
         "constitution", "directive", "reglement", "decision", "traite",
         "jurisprudence", "rapport", "projet_loi"}
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    d = sys.argv[1]
    errs = []
    used_keys, used_urls = {}, {}
    for index in [os.path.join(HERE, "INDEX.tsv")] + [os.path.join(o, "INDEX.tsv") for o in sys.argv[2:]]:
        if not os.path.exists(index):
            continue
        for line in open(index, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 5 or cols[0] == "file":
                continue
            k = ("SEN %s %s" % (cols[3], cols[4].lstrip("0"))) if "senat" in (cols[2] + cols[1]) else ("AN%s %s" % (cols[3], cols[4].lstrip("0")))
            used_keys.setdefault(k, cols[1])
            used_urls.setdefault(norm_url(cols[1]), k)
    rows = []
    for i, line in enumerate(open(os.path.join(d, "INDEX.tsv"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 7:
            errs.append("INDEX.tsv:%d: %d columns, want 7" % (i, len(cols)))
            continue
        rows.append(cols)
        f, url, site, leg, num = cols[:5]
        if not os.path.exists(os.path.join(d, f)):
            errs.append("INDEX.tsv:%d: no file %s" % (i, f))
        if norm_url(url) in used_urls:
            errs.append("INDEX.tsv:%d: %s already used (%s)" % (i, url, used_urls[norm_url(url)]))
        key = ("SEN %s %s" % (leg, num.lstrip("0"))) if "senat" in (site + url) else ("AN%s %s" % (leg, num.lstrip("0")))
        if key in used_keys:
            errs.append("INDEX.tsv:%d: question %s already used (%s): check it is not the same question" % (i, key, used_keys[key]))
    files = {r[0] for r in rows}
    draft = json.load(open(os.path.join(d, "draft.json"), encoding="utf-8"))
    gold = []
    for entry in draft:
        name = entry["file"].split("/")[-1]
        if name not in files:
            errs.append("draft: %s not in INDEX.tsv" % name)
            continue
        text = open(os.path.join(d, name), encoding="utf-8").read()
        out = []
        for j, m in enumerate(entry["mentions"]):
            where = "%s mention %d (%r)" % (name, j + 1, m.get("text"))
            t, occ = m.get("text", ""), m.get("occurrence", 1)
            if m.get("kind") not in KINDS:
                errs.append("%s: kind %r" % (where, m.get("kind")))
            if not re.fullmatch(r"[a-z0-9_]+", m.get("entity", "")):
                errs.append("%s: entity label %r (lower case, digits, _)" % (where, m.get("entity")))
            if not isinstance(m.get("optional"), bool):
                errs.append("%s: optional must be true or false" % where)
            starts = [k.start() for k in re.finditer(re.escape(t), text)] if t else []
            if occ < 1 or occ > len(starts):
                errs.append("%s: occurrence %d, the text occurs %d times" % (where, occ, len(starts)))
                continue
            s = starts[occ - 1]
            b = len(text[:s].encode("utf-8"))
            e = b + len(t.encode("utf-8"))
            g = {"text": t, "occurrence": occ, "start": b, "end": e,
                 "kind": m["kind"], "entity": m["entity"]}
            if m.get("article"):
                g["article"] = m["article"]
            g["optional"] = m["optional"]
            out.append(g)
        out.sort(key=lambda g: (g["start"], g["end"]))
        for a, b2 in zip(out, out[1:]):
            if b2["start"] < a["end"]:
                errs.append("%s: %r overlaps %r" % (name, a["text"], b2["text"]))
        gold.append({"file": "unseen/" + name, "mentions": out})
    missing = files - {e["file"].split("/")[-1] for e in draft}
    for f in sorted(missing):
        errs.append("draft: no entry for %s (write one with no mentions if the page cites nothing)" % f)
    json.dump(gold, open(os.path.join(d, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    req = sum(1 for e in gold for m in e["mentions"] if not m["optional"])
    print("%d pages, %d mentions (%d required)" % (len(gold), sum(len(e["mentions"]) for e in gold), req))
    for e in errs:
        print("ERROR", e)
    sys.exit(1 if errs else 0)


def norm_url(u):
    u = re.sub(r"^https?://(www\.)?", "", u.strip()).rstrip("/")
    return u.lower()


if __name__ == "__main__":
    main()
