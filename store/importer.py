"""``claimdesk import --jsonl FILE``: merge annotations exported elsewhere into a store.

The file is what ``claimdesk export --jsonl`` writes: one annotation per line (schema 1 or 2,
see ``store.annotations``), then one line per article whose outlet, title or date an editor
corrected (``{"type": "claimdesk.document_meta", "doc_id": ..., "fields": ...}``). Every line is
read and checked before anything is written: a line that is neither refuses the whole file with
one line naming the file, the line number and why (:class:`store.errors.ImportRefused`), and
the store is left as it was.

Each annotation is matched to one already in the store (the same id, else the same place in
the same text, else the same claim) and merged field by field (:mod:`store.merge`): another
editor's verdict joins this store's as that editor's verdict (two editors who disagree become
a disagreement, never one overwriting the other), the later note and adjudication win and the
replaced one stays in the history, evidence is the union. An annotation with no match is
added. An article's corrections merge field by field (the later correction of each field
wins; the loader's own values never replace one). It is all one durable transaction, and
importing the same file again changes nothing.

    report = import_jsonl(store, Path("ana.jsonl"))
    print("\\n".join(report.lines()))
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from store.annotations import Annotation, AnnotationStore, Origin, ReviewState, check_meta_record
from store.errors import ImportRefused
from store.storage import FileRefused, read_file

__all__ = ["META_LINE", "ImportReport", "import_jsonl", "read_export", "read_jsonl"]

#: the ``type`` of a JSONL line holding an article's corrections (not an annotation)
META_LINE = "claimdesk.document_meta"

#: an export of a million annotations is about 1.5 GB; anything larger is not an export
MAX_IMPORT_BYTES = 1 << 30


@dataclass(slots=True)
class ImportReport:
    path: Path
    lines: int = 0  # annotations in the file
    added: int = 0  # new to this store
    merged: int = 0  # matched one here and changed it
    unchanged: int = 0  # matched one here that already held everything
    disagreements: list[str] = field(default_factory=list)  # claims where editors now disagree
    articles: int = 0  # articles' corrections in the file
    articles_changed: int = 0  # of those, articles whose corrections here changed

    def summary(self) -> list[str]:
        """What the import did, one line each (for the command line)."""
        if not self.lines and not self.articles:
            return [f"{self.path}: no annotation in it; nothing imported"]
        out = [f"{self.path}: {self.lines} annotation(s): {self.added} added, {self.merged} merged, "
               f"{self.unchanged} already here"]
        if self.articles:
            out.append(f"{self.path}: corrections of {self.articles} article(s) (outlet, title, date): "
                       f"{self.articles_changed} changed here")
        if self.disagreements:
            out.append(f"{self.path}: editors disagree on {len(self.disagreements)} claim(s) "
                       "(kept as each editor's verdict; a lead can settle them)")
        return out


def read_jsonl(path: Path) -> list[dict]:
    """The annotation records of a JSONL export, each checked (its articles' corrections too);
    ImportRefused names the first bad line."""
    return read_export(path)[0]


def read_export(path: Path) -> tuple[list[dict], list[dict]]:
    """The annotation records and the articles' corrections of a JSONL export, every line
    checked; ImportRefused names the first bad line."""
    shown = str(path)
    try:
        got = read_file(path, limit=MAX_IMPORT_BYTES, what="an export")
    except IsADirectoryError:
        raise ImportRefused(f"{shown}: is a folder, not an export file", path=path) from None
    except FileRefused as e:
        raise ImportRefused(f"{shown}: {e.reason}", path=path, reason=e.reason) from None
    except OSError as e:
        raise ImportRefused(f"{shown}: cannot read it ({e.strerror or e})", path=path) from None
    if got is None:
        raise ImportRefused(f"{shown}: no such file", path=path)
    raw: bytes = got[0]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ImportRefused(f"{shown}: not UTF-8 text (bad byte at offset {e.start}); not an export of "
                            "annotations", path=path) from None
    records: list[dict] = []
    metas: list[dict] = []
    for n, line in enumerate(text.split("\n"), 1):
        line = line.strip(" \t\r")
        if not line:
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise ImportRefused(f"{shown}:{n}: not JSON ({e.msg}, column {e.colno}); not an export of "
                                "annotations", path=path) from None
        except RecursionError:
            raise ImportRefused(f"{shown}:{n}: not JSON (nested too deeply)", path=path) from None
        if not isinstance(rec, dict):
            raise ImportRefused(f"{shown}:{n}: not an annotation (a JSON {type(rec).__name__}, not an object)",
                                path=path)
        if rec.get("type") == META_LINE:
            try:
                check_meta_record(rec)
            except ValueError as e:
                raise ImportRefused(f"{shown}:{n}: not an article's corrections ({e})", path=path) from None
            metas.append(rec)
            continue
        try:
            ann = Annotation.from_dict(rec)
        except (ValueError, TypeError) as e:
            raise ImportRefused(f"{shown}:{n}: not an annotation ({e})", path=path) from None
        if not ann.id:
            raise ImportRefused(f"{shown}:{n}: not an annotation (no id)", path=path)
        records.append(rec)
    return records, metas


def import_jsonl(store: AnnotationStore, path: str | Path) -> ImportReport:
    """Merge the annotations (and articles' corrections) of a JSONL export into ``store`` (see
    the module doc)."""
    path = Path(path)
    records, metas = read_export(path)
    report = ImportReport(path=path, lines=len(records), articles=len(metas))
    if not records and not metas:
        return report
    touched: set[str] = set()
    with store.merging() as m:
        for rec in records:
            aid, _ = m.merge(rec, origin=Origin.IMPORT, source=path.name)
            touched.add(aid)
        for meta in metas:
            m.merge_meta(meta, origin=Origin.IMPORT, source=path.name)
        report.added, report.merged, report.unchanged = m.added, m.changed, m.unchanged
        report.articles_changed = m.metas_changed
    for a in store.annotations() + store.orphans():
        if a.id in touched and a.review is ReviewState.DISAGREEMENT:
            report.disagreements.append(a.claim_id)
    return report
