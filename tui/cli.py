"""The ``claimdesk`` command line.

    claimdesk [PATH ...] [--db PATH] [--editor NAME]   open the desk (no path: the bundled samples)
    claimdesk --version
    claimdesk extract PATH ... [--json]                claims, links and clusters as tables (tab-separated
                                                       when not a terminal) or JSON
    claimdesk export (--csv|--jsonl|--w3c) OUT [--db PATH] [--excel] [PATH ...]
    claimdesk repair STORE                             make a store that refuses to open writable again

Bad input never gives a traceback: one line per file on stderr naming it and the
reason, and exit status 2. Heavy modules (Textual, the HTML extractor, export code)
are imported only by the command that needs them.

What reaches the terminal from outside (file names, titles, claims, error messages) is made
inert first (``claims.inert``); ``--json`` keeps the original characters, escaped.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from claims.inert import inert
from claims.jsontext import json_text  # C1, DEL, U+2028/2029, bidi controls escaped as \uXXXX

__all__ = ["json_text", "main"]

EXIT_BAD_INPUT = 2


def _err(msg: str) -> None:
    print(f"claimdesk: {inert(str(msg), newlines=False)}", file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse, with what it prints (usage errors echo the arguments given) made inert."""

    def _print_message(self, message: str, file=None) -> None:
        super()._print_message(inert(message) if message else message, file)


def _load(paths: list[str]):
    """Expand and load documents; print one line per bad input. Returns (docs, had_errors)."""
    from claims.documents import load_paths

    docs, errors = load_paths(paths)
    for e in errors:
        _err(str(e))
    return docs, bool(errors)


def version() -> str:
    """The installed claimdesk's version (the source tree's when it is not installed)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("claimdesk")
    except PackageNotFoundError:
        return "unknown (not installed)"


def _open_parser() -> argparse.ArgumentParser:
    from tui import paths

    p = _Parser(
        prog="claimdesk",
        description="Read several reports of one event side by side, see their check-worthy claims "
        "linked across outlets, and tag each claim corroborated or disputed.",
        epilog=(
            "other commands: 'claimdesk extract PATH... [--json]', "
            "'claimdesk export --csv OUT [--db PATH] [PATH...]', 'claimdesk repair STORE'. "
            f"Annotations are saved in one store per project (the folder of the articles opened): "
            f"{paths.default_db_path()} (override with --db or ${paths.ENV_DB}); "
            f"key bindings can be changed in {paths.config_path()}."
        ),
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files (.txt, .md, .html) or folders of them; "
                   "none opens the bundled sample articles")
    p.add_argument("--db", metavar="PATH", help="the annotation store (a TinyDB JSON file)")
    p.add_argument("--editor", metavar="NAME", help="your name, recorded on each annotation "
                   "(default: $CLAIMDESK_EDITOR or your login name)")
    p.add_argument("--version", action="version", version=f"claimdesk {version()}")
    return p


def cmd_open(argv: list[str]) -> int:
    args = _open_parser().parse_args(argv)
    from tui import paths

    targets = args.paths or [str(paths.samples_dir())]
    bad = {}
    for t in targets:
        if Path(t).is_dir():  # the walk alone: the loader's parsers stay out of start-up
            from claims.doc_walk import precheck_folder

            err = precheck_folder(t)
        else:
            from claims.documents import precheck

            err = precheck(t)
        if err is not None:
            bad[t] = err
            _err(str(err))
    if len(bad) == len(targets):
        return EXIT_BAD_INPUT
    from tui.app import make_app

    app = make_app(
        [t for t in targets if t not in bad],
        db_path=paths.resolve_db_path(args.db, targets),
        editor=paths.resolve_editor(args.editor),
    )
    app.run()
    # the terminal is back: now wait for the store's close (compaction) that quitting started
    app.wait_store_closed()
    if app.store_close_error:
        _err(f"{app.store_close_error} (every change is kept in the store's journal; the next open folds it in)")
    return app.return_code or 0


def cmd_extract(argv: list[str]) -> int:
    p = _Parser(prog="claimdesk extract", description="Extract check-worthy claims and align them "
                                "across the given articles.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the analysis as JSON on stdout (nothing else)")
    args = p.parse_args(argv)
    docs, bad = _load(args.paths)
    if not docs:
        _err("no readable documents")
        return EXIT_BAD_INPUT
    from claims.pipeline import analyse

    analysis = analyse(docs)
    if args.json:
        sys.stdout.write(json_text(analysis.to_json()) + "\n")
    else:
        from tui.report import print_analysis

        print_analysis(analysis)
    return EXIT_BAD_INPUT if bad else 0


def cmd_export(argv: list[str]) -> int:
    from store.export import FORMATS
    from tui import paths

    p = _Parser(prog="claimdesk export", description="Export annotations with their claims.")
    fmt = p.add_mutually_exclusive_group(required=True)
    for f in FORMATS.values():  # one option per format of the registry the desk's w offers too
        if f.flag:
            fmt.add_argument(f"--{f.name}", metavar="OUT", help=f.help)
    p.add_argument("--db", metavar="PATH", help="the annotation store (default: the project's store, "
                   f"{paths.default_db_path()}, for the folder of the articles given)")
    p.add_argument("--excel", action="store_true", help="with --csv: add a UTF-8 BOM so Excel reads the accents")
    p.add_argument("paths", nargs="*", metavar="PATH", help="the articles (default: the bundled samples)")
    args = p.parse_args(argv)
    kind, out = next((f.name, getattr(args, f.name)) for f in FORMATS.values()
                     if f.flag and getattr(args, f.name) is not None)
    if args.excel and kind != "csv":
        p.error("--excel goes with --csv")
    if args.excel:
        kind = "excel"
    targets = args.paths or [str(paths.samples_dir())]
    db = paths.resolve_db_path(args.db, targets)
    if not os.path.lexists(db):  # lexists: a link loop or a dangling link is named by the open below
        _err(f"{db}: no annotation store there")
        return EXIT_BAD_INPUT
    docs, bad = _load(targets)
    if not docs:
        _err("no readable documents")
        return EXIT_BAD_INPUT
    from claims.pipeline import analyse
    from store.annotations import AnnotationStore, StoreError
    from store.export import export

    analysis = analyse(docs)
    try:
        store = AnnotationStore.open(db, editor=paths.resolve_editor(None), read_only=True)
    except StoreError as e:
        _err(str(e))
        return EXIT_BAD_INPUT
    except OSError as e:  # (a store path the store module did not name itself)
        _err(f"{db}: {e.strerror or e}")
        return EXIT_BAD_INPUT
    try:
        store.sync(analysis)
        try:
            n = export(kind, Path(out), analysis, store)
        except OSError as e:
            _err(f"{out}: {e.strerror or e}")
            return EXIT_BAD_INPUT
    finally:
        store.close()
    unit = FORMATS[kind].unit
    print(f"wrote {n} {unit if n != 1 else unit.rstrip('s')} to {inert(str(out), newlines=False)}", file=sys.stderr)
    return EXIT_BAD_INPUT if bad else 0


def cmd_repair(argv: list[str]) -> int:
    p = _Parser(prog="claimdesk repair", description="Repair an annotation store that refuses to open for "
                "writing (a damaged journal line, repeated annotation ids), keeping every record: backups of "
                "the store and its journal are written beside it first.")
    p.add_argument("store", metavar="STORE", help="the annotation store (a TinyDB JSON file)")
    args = p.parse_args(argv)
    if not os.path.lexists(args.store):  # repairing nothing would create an empty store
        _err(f"{args.store}: no annotation store there")
        return EXIT_BAD_INPUT
    from store.errors import StoreError
    from store.repair import repair_store

    try:
        report = repair_store(Path(args.store))
    except StoreError as e:
        _err(str(e) or e.__class__.__name__)
        return EXIT_BAD_INPUT
    except OSError as e:
        _err(f"{args.store}: {e.strerror or e}")
        return EXIT_BAD_INPUT
    for text in report.lines():
        print(inert(str(text), newlines=False), file=sys.stderr)
    return 0


COMMANDS = {"extract": cmd_extract, "export": cmd_export, "repair": cmd_repair}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]](argv[1:])
        return cmd_open(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
