"""The README stays true: its test command is what CI runs, and it names every key action."""

from __future__ import annotations

import re

from tests.conftest import ROOT
from tui import actions


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_second():
    text = readme()
    quick = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", quick, re.S)
    assert len(blocks) == 2
    assert all(len(b.strip().splitlines()) == 1 for b in blocks)
    install_open, test = (b.strip() for b in blocks)
    assert install_open.endswith("claimdesk") and "pip install ." in install_open
    assert '".[test]"' in test and "pytest" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "test-command" in ci and "bash -c \"$cmd\"" in ci
    marker = text.index("<!-- test-command")
    assert text.index(test) > marker


def test_every_action_id_is_documented():
    text = readme()
    for a in actions.ACTIONS:
        assert f"`{a.id}`" in text, a.id


def test_no_placeholder_left():
    text = readme()
    assert "PERFORMANCE_TABLE" not in text and "RELIABILITY_TABLE" not in text


def test_the_key_table_is_the_desks():
    """The README's key table is generated from tui/actions.py (``actions.markdown_key_table()``)."""
    assert actions.markdown_key_table() in readme()


def test_the_colour_legend_and_the_filter_syntax_are_the_desks():
    from tui.screens.help import markdown_filters, markdown_legend

    text = readme()
    assert markdown_legend() in text
    assert markdown_filters() in text
