"""The parts of ``config.toml`` beyond ``[keys]`` (which ``tui.actions.load_keymap`` reads): live sync and
ClaimReview publishing.

    [sync]
    url = "https://couch.example.org/inquiry"   # the desk syncs with it while open (or: claimdesk --sync URL)
    interval = 10                               # seconds between syncs (2 to 3600; default 10)

    [claimreview]
    organisation = "The Example Desk"           # the reviews' author (required for --claimreview)
    url = "https://example.org"                 # the organisation's site (optional)
    review_url = "https://example.org/checks/{claim_id}"   # each review's page (required)

A value of the wrong type is refused with one line naming the file, the key and what it should be; the rest of
the file still counts. Credentials in a sync URL are never shown: messages use ``store.sync``'s redaction.

The project's own review settings (how many independent verdicts a claim needs, who the leads are) are not
here: they belong to the project, not to one editor's config, so they live in the store and travel with
sync (``claimdesk settings``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ClaimReviewConfig", "DeskConfig", "claimreview_problem", "load_config"]

DEFAULT_SYNC_INTERVAL = 10.0
MIN_SYNC_INTERVAL, MAX_SYNC_INTERVAL = 2.0, 3600.0
REVIEW_URL_EXAMPLE = "https://example.org/checks/{claim_id}"


@dataclass(frozen=True, slots=True)
class ClaimReviewConfig:
    organisation: str = ""
    organisation_url: str = ""
    review_url: str = ""


@dataclass(frozen=True, slots=True)
class DeskConfig:
    path: Path | None = None
    sync_url: str = ""
    sync_interval: float = DEFAULT_SYNC_INTERVAL
    claimreview: ClaimReviewConfig = ClaimReviewConfig()
    #: one line per refused setting, each naming the file
    problems: tuple[str, ...] = field(default_factory=tuple)


def _redacted(url: str) -> str:
    from store.sync import _redacted as redact

    return redact(url)


def load_config(path: Path | None) -> DeskConfig:
    """Read ``[sync]`` and ``[claimreview]``; a missing file is an empty config, an unreadable one is an empty
    config with one problem naming it."""
    if path is None or not path.exists():
        return DeskConfig(path=path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        return DeskConfig(path=path, problems=(f"{path}: ignored, cannot read it ({e})",))
    problems: list[str] = []

    def table(name: str) -> dict:
        got = data.get(name, {})
        if not isinstance(got, dict):
            problems.append(f"{path}: [{name}] must be a table; ignored")
            return {}
        return got

    def text(section: dict, sname: str, key: str, *, secret: bool = False) -> str:
        v = section.get(key, "")
        if not isinstance(v, str):
            problems.append(f"{path}: [{sname}] {key} must be a string in quotes; ignored")
            return ""
        if not v.isprintable():
            shown = _redacted(v) if secret else v
            problems.append(f"{path}: [{sname}] {key} = {shown!r} holds a control character; ignored")
            return ""
        return v.strip()

    sync = table("sync")
    url = text(sync, "sync", "url", secret=True)
    interval = sync.get("interval", DEFAULT_SYNC_INTERVAL)
    if isinstance(interval, bool) or not isinstance(interval, int | float) \
            or not MIN_SYNC_INTERVAL <= interval <= MAX_SYNC_INTERVAL:
        problems.append(f"{path}: [sync] interval must be a number of seconds from {MIN_SYNC_INTERVAL:g} to "
                        f"{MAX_SYNC_INTERVAL:g}; {DEFAULT_SYNC_INTERVAL:g} used")
        interval = DEFAULT_SYNC_INTERVAL
    cr = table("claimreview")
    review = ClaimReviewConfig(organisation=text(cr, "claimreview", "organisation"),
                               organisation_url=text(cr, "claimreview", "url"),
                               review_url=text(cr, "claimreview", "review_url"))
    return DeskConfig(path=path, sync_url=url, sync_interval=float(interval), claimreview=review,
                      problems=tuple(problems))


def claimreview_problem(cfg: DeskConfig) -> str | None:
    """Why a ClaimReview export cannot be made with this config (one line naming the file and the key to set),
    or None."""
    where = cfg.path if cfg.path is not None else Path("config.toml")
    if not cfg.claimreview.organisation:
        return (f"{where}: set organisation = \"Your newsroom\" under [claimreview] (the reviews' author, "
                "required by ClaimReview)")
    if not cfg.claimreview.review_url:
        return (f"{where}: set review_url = \"{REVIEW_URL_EXAMPLE}\" under [claimreview] (each review's page; "
                "{claim_id} is replaced)")
    return None
