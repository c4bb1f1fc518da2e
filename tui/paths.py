"""Every path claimdesk uses, in one place. Each can be overridden so tests never touch real files.

- ``CLAIMDESK_HOME``: a folder that replaces the per-user data, state and config folders.
- ``CLAIMDESK_DB`` / ``--db``: the annotation store file.
- ``CLAIMDESK_CONFIG``: the key-binding config file.
- ``CLAIMDESK_EDITOR`` / ``--editor``: the editor's name recorded on annotations.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Sequence
from pathlib import Path

ENV_HOME = "CLAIMDESK_HOME"
ENV_DB = "CLAIMDESK_DB"
ENV_CONFIG = "CLAIMDESK_CONFIG"
ENV_EDITOR = "CLAIMDESK_EDITOR"


def data_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("claimdesk", appauthor=False))


def state_dir() -> Path:
    """Where the desk keeps its place per project (selected claim, panes): the platform's user state folder."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser() / "state"
    import platformdirs

    return Path(platformdirs.user_state_dir("claimdesk", appauthor=False))


def ui_state_path(db_path: Path) -> Path:
    """The small file that remembers where a project's desk was left (one per annotation store)."""
    import hashlib

    resolved = str(Path(db_path).expanduser().absolute())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return state_dir() / "desk" / f"{digest}.json"


def config_path() -> Path:
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env).expanduser()
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser() / "config.toml"
    import platformdirs

    return Path(platformdirs.user_config_dir("claimdesk", appauthor=False)) / "config.toml"


def projects_dir() -> Path:
    return data_dir() / "projects"


def project_folder(targets: Sequence[str | Path]) -> Path:
    """The folder a set of opened paths belongs to: the folder itself, a file's folder, or
    the deepest folder holding them all. Opening ``reports/`` or ``reports/a.txt`` is one project."""
    folders = []
    for t in targets:
        p = Path(t).expanduser().resolve()
        folders.append(p if p.is_dir() else p.parent)
    if not folders:
        return Path.cwd()
    return Path(os.path.commonpath([str(f) for f in folders]))


def default_db_path(targets: Sequence[str | Path] | None = None) -> Path:
    """One store per project: ``<data>/projects/<folder name>-<hash of its path>.json``."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    if not targets:
        return projects_dir() / "FOLDER-HASH.json"
    import hashlib
    import re

    folder = project_folder(targets)
    name = re.sub(r"[^a-z0-9]+", "-", folder.name.lower()).strip("-")[:40] or "articles"
    digest = hashlib.sha256(str(folder).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return projects_dir() / f"{name}-{digest}.json"


def resolve_db_path(arg: str | None, targets: Sequence[str | Path] | None = None) -> Path:
    return Path(arg).expanduser() if arg else default_db_path(targets)


def resolve_editor(arg: str | None) -> str:
    if arg:
        return arg
    env = os.environ.get(ENV_EDITOR)
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "editor"


def samples_dir() -> Path:
    """The bundled sample articles: inside the installed package, or the source tree's sample_docs/."""
    here = Path(__file__).resolve().parent
    packaged = here / "sample_docs"
    if packaged.is_dir():
        return packaged
    return here.parent / "sample_docs"
