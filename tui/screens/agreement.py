"""How far the editors agree: the same summary ``claimdesk agreement`` prints (Cohen's kappa per pair of editors
and the claims both judged, Krippendorff's alpha over the claims with two or more verdicts, the disagreements),
then the disagreements themselves; Enter jumps to one."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.safe import flat, line

__all__ = ["AgreementScreen", "DisagreementRow"]


@dataclass(frozen=True, slots=True)
class DisagreementRow:
    claim_id: str
    outlet: str
    text: str
    verdicts: tuple[tuple[str, str], ...]  # (editor, verdict), empty when this editor may not see them yet
    hidden: bool = False
    settled: str = ""  # "disputed (ana)" once a lead settled it


def disagreement_prompt(d: DisagreementRow) -> Text:
    out = Text()
    out.append(f"{line(d.outlet)}: ", style="bold")
    out.append(f"“{flat(d.text)}”\n", style="italic")
    if d.hidden:
        out.append("  verdicts hidden until you give yours", style="dim")
    else:
        out.append("  " + " · ".join(f"{line(e)}: {line(v)}" for e, v in d.verdicts), style="dim")
    if d.settled:
        out.append(f" · settled: {line(d.settled)}", style="bold")
    return out


class AgreementScreen(ModalScreen[str | None]):
    """Returns the claim to jump to, or None."""

    BINDINGS = [Binding("escape,q,A", "close", "Close", priority=True)]

    def __init__(self, lines: list[str], disagreements: list[DisagreementRow]) -> None:
        super().__init__(classes="dialog-screen")
        self.lines = lines
        self.disagreements = disagreements

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide dialog-tall", id="agreement-dialog"):
            yield Label("Agreement between editors", classes="dialog-title")
            yield Static(Text("\n".join(line(x) for x in self.lines)), markup=False, classes="dialog-claim",
                         id="agreement-summary")
            n = len(self.disagreements)
            yield Label(f"Disagreements ({n})" + (" · Enter jumps to one" if n else ""), classes="dialog-section")
            if self.disagreements:
                yield OptionList(*[Option(disagreement_prompt(d), id=d.claim_id) for d in self.disagreements],
                                 id="disagreements", markup=False, classes="fill")
            else:
                yield Label("None: every claim with two verdicts has the same two.", classes="dialog-empty")
            yield Label("↑/↓ move · Enter jump · Esc close", classes="dialog-help")

    def on_mount(self) -> None:
        for ol in self.query(OptionList):
            ol.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_close(self) -> None:
        self.dismiss(None)
