"""The claimdesk Textual app. Thin: the desk screen does the work; ``make_app`` builds it.

Nothing here runs on import; the CLI and the tests both call ``make_app``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen

from tui import actions, paths
from tui.safe import line

#: set to exit right after the first full paint (start-up benchmark)
ENV_EXIT_AFTER_PAINT = "CLAIMDESK_EXIT_AFTER_PAINT"


class ClaimDeskApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "claimdesk"
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, paths_: list[str], *, db_path: Path, editor: str, config_path: Path | None = None,
                 store_opener=None, source=None, place_path: Path | None = None, sync_url: str | None = None) -> None:
        super().__init__()
        #: the live sync's database: the command line's, else the config's [sync] url ("" for none)
        self.sync_url = sync_url
        self.doc_paths = paths_
        self.db_path = db_path
        self.editor = editor
        self.config_path = config_path
        self._store_opener = store_opener
        self._source = source
        self.place_path = place_path
        #: the config's key settings in force ({action id: keys}), after refusing unknown ones and clashes
        self.keymap: dict[str, str] = {}
        self.last_copy_method = ""
        self._closers: list[threading.Thread] = []
        self.store_close_error: str | None = None

    def on_mount(self) -> None:
        from tui.config import DeskConfig, load_config
        from tui.screens.desk import DeskScreen

        config = DeskConfig()
        if self.config_path is not None:
            keymap, err = actions.load_keymap(self.config_path)
            if keymap:
                self.keymap = keymap
                self.set_keymap(keymap)
            if err:
                self.notify(err, title="Config", severity="warning", timeout=10)
            config = load_config(self.config_path)
            for problem in config.problems:
                self.notify(problem, title="Config", severity="warning", timeout=10)
        sync_url = self.sync_url if self.sync_url is not None else config.sync_url
        self.push_screen(DeskScreen(self.doc_paths, self.db_path, self.editor, self._store_opener,
                                    store_closer=self.close_store_in_background, source=self._source,
                                    place_path=self.place_path, sync_url=sync_url,
                                    sync_interval=config.sync_interval))
        if os.environ.get(ENV_EXIT_AFTER_PAINT):
            self.call_after_refresh(lambda: self.call_after_refresh(self.exit))

    # ------------------------------------------------------------------ outside text reaches the terminal inert
    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Every notice is plain, inert text: its message and title often hold outside strings (file
        names, claim snippets in undo notices, store errors), so ``markup`` is ignored and never parsed
        (``Widget.notify`` passes ``markup=True`` on its own)."""
        super().notify(line(message), title=line(title), severity=severity, timeout=timeout, markup=False)

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header: the store's path (an outside string) shown inert."""
        return super().format_title(line(title), line(sub_title))

    def get_key_display(self, binding: Binding) -> str:
        """Keys come from config.toml: shown inert in the footer."""
        return line(super().get_key_display(binding))

    def get_system_commands(self, screen: Screen):
        yield from super().get_system_commands(screen)
        from tui.screens.desk import DeskScreen

        desk = next((s for s in self.screen_stack if isinstance(s, DeskScreen)), None)
        if desk is None:
            return
        keys = actions.keys_in_force(self.keymap)
        for a in actions.ACTIONS:
            if a.id == "quit":
                continue
            shown = ", ".join(actions.key_display(k) for k in keys[a.id])
            title = a.label if a.label != "Cycle" else "Cycle articles"
            yield SystemCommand(line(f"{title}  ({shown})"), a.help, lambda a=a: desk.run_action(a.action))

    def copy_text(self, text: str) -> str:
        """Copy to the system clipboard through pyperclip, else the terminal (OSC 52). Says which."""
        try:
            import pyperclip

            pyperclip.copy(text)
            method = "system clipboard"
        except Exception:  # PyperclipException where no backend exists (SSH, headless)
            method = "terminal clipboard (OSC 52)"
        # always keep Textual's copy too: OSC 52 reaches the local machine over SSH
        self.copy_to_clipboard(text)
        self.last_copy_method = method
        return method

    # ------------------------------------------------------------------ closing the store
    def close_store_in_background(self, store) -> None:
        """Close the store (it compacts its journal) in a thread of its own, so quitting never waits
        for it on screen. The thread is not a daemon: the process ends only once the compaction has;
        :meth:`wait_store_closed` waits for it explicitly (the command line, after the terminal is
        restored). A failure is kept in ``store_close_error``: every change is in the journal anyway."""
        if store is None:
            return

        def close() -> None:
            try:
                store.close()
            except Exception as e:  # SaveError and the like: one line, nothing lost (the journal keeps it)
                self.store_close_error = str(e) or e.__class__.__name__

        thread = threading.Thread(target=close, name="claimdesk-store-close")
        self._closers.append(thread)
        thread.start()

    def wait_store_closed(self, timeout: float | None = None) -> bool:
        """Wait for the store closes started at quit; True when all are done."""
        for t in self._closers:
            t.join(timeout)
        return not any(t.is_alive() for t in self._closers)


def make_app(doc_paths: Sequence[str | Path], *, db_path: Path | None = None, editor: str | None = None,
             config_path: Path | None = None, store_opener=None, source=None,
             place_path: Path | None | bool = True, sync_url: str | None = None) -> ClaimDeskApp:
    """Build the app (the CLI and the tests call this).

    ``source`` loads and analyses the articles (default ``tui.desk_model.load_and_analyse``; snapshot tests give
    a fixed analysis); ``place_path`` is where the desk remembers its place (True: the project's file under the
    state folder, False: nowhere); ``sync_url`` a CouchDB database to sync with while open (None: the config's
    ``[sync] url``, if any; "": none)."""
    targets = [str(p) for p in doc_paths] or [str(paths.samples_dir())]
    db = db_path or paths.default_db_path(targets)
    place = paths.ui_state_path(db) if place_path is True else (place_path or None)
    return ClaimDeskApp(
        targets,
        db_path=db,
        editor=paths.resolve_editor(editor),
        config_path=config_path if config_path is not None else paths.config_path(),
        store_opener=store_opener,
        source=source,
        place_path=place,
        sync_url=sync_url,
    )
