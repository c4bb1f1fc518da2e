"""The ``claimdesk`` command line.

    claimdesk [PATH ...] [--db PATH] [--editor NAME]   open the desk (no path: the bundled samples)
    claimdesk --version
    claimdesk extract PATH ... [--json]                claims, links and clusters as tables (tab-separated
                                                       when not a terminal) or JSON
    claimdesk export (--csv|--jsonl|--w3c|--claimreview) OUT [--db PATH] [--excel] [PATH ...]
    claimdesk repair STORE                             make a store that refuses to open writable again
    claimdesk sync URL [--db PATH] [--project NAME]    push and pull the annotations with a CouchDB database
    claimdesk import --jsonl FILE [--db PATH]          merge another editor's JSONL export
    claimdesk agreement [--csv OUT] [--db PATH]        how far the editors agree (Cohen's kappa, Krippendorff's alpha)
    claimdesk settings [--required-verdicts N] [--lead NAME ...] [--db PATH]   the project's second check and leads

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
            "'claimdesk export --csv OUT [--db PATH] [PATH...]' (also --jsonl, --w3c, --claimreview), "
            "'claimdesk sync URL', 'claimdesk import --jsonl FILE', 'claimdesk agreement [--csv OUT]', "
            "'claimdesk settings', 'claimdesk repair STORE' (each with --help). "
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
    p.add_argument("--sync", metavar="URL", help="sync the annotations with this CouchDB database while the desk is "
                   "open (credentials in the URL or $CLAIMDESK_SYNC_USER / $CLAIMDESK_SYNC_PASSWORD; "
                   "default: [sync] url in the config file)")
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
    sync_url = args.sync
    if sync_url is not None:
        from store.errors import SyncError
        from store.sync import parse_remote

        try:
            parse_remote(sync_url)
        except SyncError as e:
            _err(str(e))
            return EXIT_BAD_INPUT
    from tui.app import make_app

    app = make_app(
        [t for t in targets if t not in bad],
        db_path=paths.resolve_db_path(args.db, targets),
        editor=paths.resolve_editor(args.editor),
        sync_url=sync_url,
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

    failed: list = []
    analysis = analyse(docs, failed=failed)
    for e in failed:  # (an engine fault on one article: that article named, the others analysed)
        _err(str(e))
    if args.json:
        sys.stdout.write(json_text(analysis.to_json()) + "\n")
    else:
        from tui.report import print_analysis

        print_analysis(analysis)
    return EXIT_BAD_INPUT if bad or failed else 0


def cmd_export(argv: list[str]) -> int:
    from store.export import FORMATS
    from tui import paths

    p = _Parser(prog="claimdesk export", description="Export annotations with their claims.")
    fmt = p.add_mutually_exclusive_group(required=True)
    for f in FORMATS.values():  # one option per format of the registry the desk's w offers too
        if f.flag:
            fmt.add_argument(f"--{f.name}", metavar="OUT", help=f.help)
    if "claimreview" not in FORMATS:
        fmt.add_argument("--claimreview", metavar="OUT", help="schema.org ClaimReview JSON-LD for every claim with a "
                         "final verdict (the organisation and review_url from [claimreview] in the config file)")
    p.add_argument("--db", metavar="PATH", help="the annotation store (default: the project's store, "
                   f"{paths.default_db_path()}, for the folder of the articles given)")
    p.add_argument("--excel", action="store_true", help="with --csv: add a UTF-8 BOM so Excel reads the accents")
    p.add_argument("paths", nargs="*", metavar="PATH", help="the articles (default: the bundled samples)")
    args = p.parse_args(argv)
    if getattr(args, "claimreview", None) is not None and "claimreview" not in FORMATS:
        if args.excel:
            p.error("--excel goes with --csv")
        return _export_claimreview(args)
    kind, out = next((f.name, getattr(args, f.name)) for f in FORMATS.values()
                     if f.flag and getattr(args, f.name) is not None)
    if args.excel and kind != "csv":
        p.error("--excel goes with --csv")
    if args.excel:
        kind = "excel"
    opened = _analysed_store(args.paths, args.db)
    if opened is None:
        return EXIT_BAD_INPUT
    analysis, store, bad = opened
    from store.export import export

    try:
        store.sync(analysis)
        try:
            n = export(kind, Path(out), analysis, store)
        except OSError as e:
            _err(f"{out}: {e.strerror or e}")
            return EXIT_BAD_INPUT
    finally:
        _close(store)
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


# ---------------------------------------------------------------------------- working as a team


def _say(text: object) -> None:
    """One line of a command's report on stdout: outside text (paths, URLs, editor names) inert."""
    print(inert(str(text), newlines=False))


def _db_arg(p: argparse.ArgumentParser) -> None:
    from tui import paths

    p.add_argument("--db", metavar="PATH", help="the annotation store (default: the project's store, "
                   f"{paths.default_db_path()}, for the folder of the articles given)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="the articles, only to find the project's store "
                   "when --db is not given (default: the bundled samples)")


def _db_of(args: argparse.Namespace) -> Path:
    from tui import paths

    return paths.resolve_db_path(args.db, args.paths or [str(paths.samples_dir())])


def _open_store(db: Path, *, read_only: bool, must_exist: bool):
    """The store at ``db``, or None after one line on stderr naming it and why."""
    from store.annotations import AnnotationStore
    from store.errors import StoreError
    from tui import paths

    if must_exist and not os.path.lexists(db):
        _err(f"{db}: no annotation store there")
        return None
    try:
        return AnnotationStore.open(db, editor=paths.resolve_editor(None), read_only=read_only)
    except StoreError as e:
        _err(str(e) or e.__class__.__name__)
    except OSError as e:  # a store path the store module did not name itself
        _err(f"{db}: {e.strerror or e}")
    return None


def _analysed_store(path_args: list[str], db_arg: str | None):
    """For an export: the articles given (default: the samples) analysed and their project's store opened
    read-only, as (analysis, store, some files were bad); or None after one line on stderr (no store there, no
    readable article, a store that cannot be opened)."""
    from tui import paths

    targets = path_args or [str(paths.samples_dir())]
    db = paths.resolve_db_path(db_arg, targets)
    if not os.path.lexists(db):  # lexists: a link loop or a dangling link is named by the open below
        _err(f"{db}: no annotation store there")
        return None
    docs, bad = _load(targets)
    if not docs:
        _err("no readable documents")
        return None
    from claims.pipeline import analyse

    failed: list = []
    analysis = analyse(docs, failed=failed)
    for e in failed:
        _err(str(e))
    store = _open_store(db, read_only=True, must_exist=False)
    return None if store is None else (analysis, store, bool(bad or failed))


def _close(store) -> None:
    try:
        store.close()
    except Exception as e:  # SaveError on the final compaction: every change is in the journal anyway
        _err(f"{store.path}: {e} (every change is kept in the store's journal)")


def cmd_sync(argv: list[str]) -> int:
    from store.sync import ENV_PASSWORD, ENV_USER

    p = _Parser(prog="claimdesk sync", description="Sync the project's annotations, notes, evidence, article "
                "details and history with a CouchDB database (CouchDB 3, or anything that speaks its replication "
                "protocol), both ways, from where the last sync stopped. Conflicts are merged, never lost.",
                epilog=f"Credentials: in the URL (https://user:password@host/db) or ${ENV_USER} and "
                f"${ENV_PASSWORD}; they are never printed or stored.")
    p.add_argument("url", metavar="URL", help="the database, http[s]://[user:password@]host[:port]/database")
    p.add_argument("--project", metavar="NAME", help="the project's name on the server (default: the name the store "
                   "synced under before, else the database's)")
    _db_arg(p)
    args = p.parse_args(argv)
    from store.errors import StoreError, SyncError
    from store.sync import Syncer, parse_remote

    try:
        remote = parse_remote(args.url)
    except SyncError as e:
        _err(str(e))
        return EXIT_BAD_INPUT
    store = _open_store(_db_of(args), read_only=False, must_exist=False)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        try:
            syncer = Syncer(store, remote, project=args.project)
        except SyncError as e:
            _err(remote.redact(str(e)))
            return EXIT_BAD_INPUT
        try:
            result = syncer.run()
        except StoreError as e:  # SyncError included: one line, the server named without credentials
            _err(remote.redact(str(e) or e.__class__.__name__))
            return EXIT_BAD_INPUT
        finally:
            syncer.close()
        for text in result.summary():
            _say(remote.redact(text))
        return 0
    finally:
        _close(store)


def cmd_import(argv: list[str]) -> int:
    p = _Parser(prog="claimdesk import", description="Merge annotations exported elsewhere ('claimdesk export "
                "--jsonl') into the project's store: another editor's verdicts join yours side by side (a "
                "disagreement is kept as two verdicts), evidence is the union, the later note wins and the other "
                "stays in the history. Importing the same file again changes nothing.")
    p.add_argument("--jsonl", metavar="FILE", required=True, help="the JSONL export to merge")
    _db_arg(p)
    args = p.parse_args(argv)
    from store.errors import StoreError
    from store.importer import import_jsonl

    store = _open_store(_db_of(args), read_only=False, must_exist=False)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        try:
            report = import_jsonl(store, Path(args.jsonl))
        except StoreError as e:  # ImportRefused names the file, the line and why
            _err(str(e) or e.__class__.__name__)
            return EXIT_BAD_INPUT
        except OSError as e:
            _err(f"{args.jsonl}: {e.strerror or e}")
            return EXIT_BAD_INPUT
        for text in report.summary():
            _say(text)
        return 0
    finally:
        _close(store)


def cmd_agreement(argv: list[str]) -> int:
    p = _Parser(prog="claimdesk agreement", description="How far the editors agree, over the claims with two or "
                "more verdicts: Cohen's kappa and the claims both judged for each pair of editors, Krippendorff's "
                "alpha (nominal) over all of them, and the disagreements.")
    p.add_argument("--csv", metavar="OUT", help="also write the table as CSV (one row over all editors, one per pair)")
    _db_arg(p)
    args = p.parse_args(argv)
    from store.errors import StoreError
    from store.publish import agreement_csv_for_store, agreement_for_store

    store = _open_store(_db_of(args), read_only=True, must_exist=True)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        try:
            summary = agreement_for_store(store)
        except (StoreError, ValueError) as e:  # AgreementError: a verdict outside the vocabulary, named
            _err(f"{store.path}: {e}")
            return EXIT_BAD_INPUT
        from tui.team import agreement_report

        for text in agreement_report(summary):
            _say(text)
        if args.csv:
            try:
                n = agreement_csv_for_store(Path(args.csv), store)
            except OSError as e:
                _err(f"{args.csv}: {e.strerror or e}")
                return EXIT_BAD_INPUT
            except (StoreError, ValueError) as e:
                _err(f"{args.csv}: {e}")
                return EXIT_BAD_INPUT
            print(f"wrote {n} row{'' if n == 1 else 's'} to {inert(str(args.csv), newlines=False)}", file=sys.stderr)
        return 0
    finally:
        _close(store)


def _lead_name(value: str) -> str:
    name = value.strip()
    if not name or not name.isprintable():
        raise argparse.ArgumentTypeError(f"{value!r} is not an editor's name")
    return name


def cmd_settings(argv: list[str]) -> int:
    p = _Parser(prog="claimdesk settings", description="Show or change how the project reviews claims: how many "
                "independent verdicts each claim needs (2 for a second check) and which editors are leads (they "
                "settle disagreements). The settings live in the project's store and travel with sync; without "
                "options they are shown.")
    p.add_argument("--required-verdicts", type=int, metavar="N", help="independent verdicts per claim (1 to 9)")
    leads = p.add_mutually_exclusive_group()
    leads.add_argument("--lead", action="append", type=_lead_name, metavar="NAME",
                       help="a lead (repeat for several); replaces the list")
    leads.add_argument("--no-leads", action="store_true", help="no leads: anyone may settle a disagreement")
    p.add_argument("--editor", metavar="NAME", help="who is changing them (default: $CLAIMDESK_EDITOR or your "
                   "login name); once leads are named only a lead may change the settings")
    _db_arg(p)
    args = p.parse_args(argv)
    from store.errors import StoreError
    from tui import paths

    if args.required_verdicts is not None and not 1 <= args.required_verdicts <= 9:
        p.error(f"--required-verdicts {args.required_verdicts}: give 1 to 9")
    changing = args.required_verdicts is not None or args.lead is not None or args.no_leads
    db = _db_of(args)
    store = _open_store(db, read_only=not changing, must_exist=not changing)
    if store is None:
        return EXIT_BAD_INPUT
    try:
        current = store.settings()
        if changing:
            editor = paths.resolve_editor(args.editor)
            if current.leads and editor not in current.leads:
                _err(f"{db}: only a lead ({', '.join(current.leads)}) can change the project's settings; you are "
                     f"{editor} (--editor NAME)")
                return EXIT_BAD_INPUT
            try:
                current = store.update_settings(required_verdicts=args.required_verdicts,
                                                leads=() if args.no_leads else args.lead)
            except (StoreError, ValueError) as e:
                _err(f"{db}: {e}")
                return EXIT_BAD_INPUT
        from tui.team import settings_lines

        for text in settings_lines(current):
            _say(text)
        return 0
    finally:
        _close(store)


def _export_claimreview(args: argparse.Namespace) -> int:
    from tui import paths
    from tui.config import claimreview_problem, load_config

    cfg = load_config(paths.config_path())
    problem = claimreview_problem(cfg)
    if problem is not None:
        _err(problem)
        return EXIT_BAD_INPUT
    opened = _analysed_store(args.paths, args.db)
    if opened is None:
        return EXIT_BAD_INPUT
    analysis, store, bad = opened
    from store.claimreview import ClaimReviewError
    from store.errors import StoreError
    from store.publish import ClaimReviewSettings, write_claimreview_for_store

    out = Path(args.claimreview)
    cr = cfg.claimreview
    try:
        store.sync(analysis)
        settings = ClaimReviewSettings(organisation=cr.organisation, organisation_url=cr.organisation_url or None,
                                       review_url=cr.review_url)
        try:
            n = write_claimreview_for_store(out, store, analysis.claims, analysis.documents, settings)
        except ClaimReviewError as e:  # a bad organisation URL or review_url template: the config's to fix
            _err(f"{cfg.path}: [claimreview] {e}")
            return EXIT_BAD_INPUT
        except OSError as e:
            _err(f"{out}: {e.strerror or e}")
            return EXIT_BAD_INPUT
        except StoreError as e:
            _err(str(e))
            return EXIT_BAD_INPUT
    finally:
        _close(store)
    print(f"wrote {n} ClaimReview record{'' if n == 1 else 's'} to {inert(str(out), newlines=False)}",
          file=sys.stderr)
    return EXIT_BAD_INPUT if bad else 0


COMMANDS = {"extract": cmd_extract, "export": cmd_export, "repair": cmd_repair, "sync": cmd_sync,
            "import": cmd_import, "agreement": cmd_agreement, "settings": cmd_settings}


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
