"""The claimdesk Textual app. Thin: the desk screen does the work; ``make_app`` builds it.

Nothing here runs on import; the CLI and the tests both call ``make_app``.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from tui import actions, paths

#: set to exit right after the first full paint (start-up benchmark)
ENV_EXIT_AFTER_PAINT = "CLAIMDESK_EXIT_AFTER_PAINT"


class ClaimDeskApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "claimdesk"
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, paths_: list[str], *, db_path: Path, editor: str, config_path: Path | None = None,
                 store_opener=None) -> None:
        super().__init__()
        self.doc_paths = paths_
        self.db_path = db_path
        self.editor = editor
        self.config_path = config_path
        self._store_opener = store_opener
        self.last_copy_method = ""

    def on_mount(self) -> None:
        from tui.screens.desk import DeskScreen

        if self.config_path is not None:
            keymap, err = actions.load_keymap(self.config_path)
            if keymap:
                self.set_keymap(keymap)
            if err:
                self.notify(err, title="Config", severity="warning", timeout=10)
        self.push_screen(DeskScreen(self.doc_paths, self.db_path, self.editor, self._store_opener))
        if os.environ.get(ENV_EXIT_AFTER_PAINT):
            self.call_after_refresh(lambda: self.call_after_refresh(self.exit))

    def get_system_commands(self, screen: Screen):
        yield from super().get_system_commands(screen)
        from tui.screens.desk import DeskScreen

        desk = next((s for s in self.screen_stack if isinstance(s, DeskScreen)), None)
        if desk is None:
            return
        for a in actions.ACTIONS:
            if a.id == "quit":
                continue
            yield SystemCommand(a.label if a.label != "Cycle" else "Cycle articles", a.help,
                                lambda a=a: desk.run_action(a.action))

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

    async def on_unmount(self) -> None:
        from tui.screens.desk import DeskScreen

        for s in self.screen_stack:
            if isinstance(s, DeskScreen) and s.store is not None:
                try:
                    s.store.close()
                except Exception:
                    pass


def make_app(doc_paths: list[str], *, db_path: Path | None = None, editor: str | None = None,
             config_path: Path | None = None, store_opener=None) -> ClaimDeskApp:
    """Build the app (the CLI and the tests call this)."""
    targets = [str(p) for p in doc_paths] or [str(paths.samples_dir())]
    return ClaimDeskApp(
        targets,
        db_path=db_path or paths.default_db_path(targets),
        editor=paths.resolve_editor(editor),
        config_path=config_path if config_path is not None else paths.config_path(),
        store_opener=store_opener,
    )
