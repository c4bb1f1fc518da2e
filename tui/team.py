"""Working as a team, in words: the agreement summary and the project's review settings as the command line
prints them and the desk shows them (no Textual here). Editor names are outside text: inert."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.inert import inert

if TYPE_CHECKING:
    from store.agreement import AgreementSummary
    from store.annotations import ProjectSettings

__all__ = ["agreement_report", "settings_lines"]


def agreement_report(summary: AgreementSummary) -> list[str]:
    """What ``claimdesk agreement`` prints (and the desk's agreement dialog shows), one line each, inert."""
    from store.agreement import summary_lines

    lines = [inert(str(t), newlines=False) for t in summary_lines(summary)]
    n = summary.disagreements
    lines.append(f"{n} disagreement{'' if n == 1 else 's'} between editors"
                 + (" (a lead settles them in the desk: is:disagreement, then J)" if n else ""))
    return lines


def settings_lines(settings: ProjectSettings) -> list[str]:
    """What ``claimdesk settings`` prints: the second check and who settles disagreements."""
    n = settings.required_verdicts
    check = ("one verdict per claim (no second check)" if n == 1 else
             f"{n} independent verdicts per claim (second check: an editor sees the others' verdicts only after "
             "giving their own)")
    leads = ", ".join(inert(x, newlines=False) for x in settings.leads) if settings.leads else "anyone (no leads named)"
    return [f"review: {check}", f"who settles disagreements: {leads}"]
