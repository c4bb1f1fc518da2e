"""A hostile corpus for the terminal: escape sequences, C1 controls, bidi overrides and Rich/Textual
markup in every place outside text reaches the screen (article text, titles, outlets, bylines,
sources, file names, notes, evidence, config values, the store's path, the working folder).

Used by tests/test_hostile_terminal.py (Pilot, the command line) and tests/test_e2e_escape.py (tmux).
"""

from __future__ import annotations

from pathlib import Path

#: name -> a string that must reach the terminal only as visible text
HOSTILE: dict[str, str] = {
    "osc52_clipboard": "\x1b]52;c;cm0gLXJmIH4vKg==\x07",  # writes "rm -rf ~/*" to the clipboard
    "osc2_title": "\x1b]2;pwned\x07",
    "osc0_title_st": "\x1b]0;pwned-too\x1b\\",
    "clear_screen": "\x1b[2J",
    "c1_csi": "\x9b2J",
    "c1_osc": "\x9d2;c1-title\x9c",
    "bidi_override": "\u202etxet desrever\u202c",
    "markup_close_b": "[/b]",
    "markup_click_tag": "[@click=screen.tag('disputed')]the city police[/]",
    "markup_click_quit": "[@click=app.quit]",
    "markup_bold_words": "[b]last week[/b]",
    "markup_red": "[red]",
    "markup_empty_close": "[/]",
    "markup_link": "[link=https://evil.example]click[/link]",
}

#: every hostile string at once, for one-line places (titles, bylines)
ALL = " ".join(HOSTILE.values())
#: the same for outlets, markup first: outlet names are quoted in the status line (a fact's origins),
#: which cuts long text, so the click markup comes before the escape sequences there
MARKUP_FIRST = " ".join(sorted(HOSTILE.values(), key=lambda v: not v.startswith("[")))

#: how each shows on screen (claims.inert): ESC as ␛, BEL as ␇, C1 and bidi controls as <U+XXXX>
SHOWN: dict[str, str] = {
    "osc52_clipboard": "␛]52;c;cm0gLXJmIH4vKg==␇",
    "osc2_title": "␛]2;pwned␇",
    "osc0_title_st": "␛]0;pwned-too␛\\",
    "clear_screen": "␛[2J",
    "c1_csi": "<U+009B>2J",
    "c1_osc": "<U+009D>2;c1-title<U+009C>",
    "bidi_override": "<U+202E>txet desrever<U+202C>",
    "markup_close_b": "[/b]",
    "markup_click_tag": "[@click=screen.tag('disputed')]the city police[/]",
    "markup_click_quit": "[@click=app.quit]",
    "markup_bold_words": "[b]last week[/b]",
    "markup_red": "[red]",
    "markup_empty_close": "[/]",
    "markup_link": "[link=https://evil.example]click[/link]",
}

OUTLETS = ("Gazette", "Courier", "Herald")

#: each article states the same facts (so they link across outlets), a hostile string inside each claim
SENTENCES = (
    "Witnesses {h} said 200 officers were deployed downtown on Monday.",
    "Police detained 300 people in the city on Monday, {h} officials said.",
    "The city police said 40 people were injured in the clashes {h} on Tuesday.",
    "Officials reported 12 arrests {h} in the two days that followed, the ministry said.",
    "The mayor said 5,000 people marched {h} through the centre on Sunday.",
)

#: claims whose cited source is markup that would make the status line a button (tag, quit)
CLICK_SOURCES = (
    "According to [@click=screen.tag('disputed')]the city police[/], 60 people were hurt in the riot on Friday.",
    "Officials said 70 people were hurt in the riot on Friday, according to [@click=app.quit]the city police[/].",
)


#: the hostile part of file names (a name holds at most 255 bytes and no slash)
IN_FILE_NAME = ("osc2_title", "c1_csi", "bidi_override", "markup_red", "markup_click_quit")
FILE_PART = " ".join(HOSTILE[k] for k in IN_FILE_NAME)


def write_articles(folder: Path) -> list[Path]:
    """Three linked articles with hostile metadata, text and file names; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    values = list(HOSTILE.values())
    out = []
    for k, outlet in enumerate(OUTLETS):
        body = [s.format(h=values[(i + len(SENTENCES) * k) % len(values)]) for i, s in enumerate(SENTENCES)]
        if k < len(CLICK_SOURCES):
            body.append(CLICK_SOURCES[k])
        front = (f'---\ntitle: "Raid {ALL} report"\noutlet: "{outlet} {MARKUP_FIRST}"\nbyline: "By {ALL}"\n'
                 f"date: 2024-10-0{k + 1}\n---\n")
        path = folder / f"{k} {FILE_PART}.md"
        path.write_text(front + "\n\n".join(body) + "\n", encoding="utf-8")
        out.append(path)
    return out


def write_outletless_article(folder: Path) -> Path:
    """A plain-text article without an outlet: the desk labels it by its (hostile) file name."""
    path = folder / f"no outlet {FILE_PART}.txt"
    path.write_text("Police detained 300 people in the city on Monday, officials said.\n\n"
                    "The mayor said 5,000 people marched through the centre on Sunday.\n", encoding="utf-8")
    return path


def write_bad_file(folder: Path) -> Path:
    """An empty article whose file name is hostile: its load error names it."""
    path = folder / f"empty {FILE_PART}.txt"
    path.write_text("", encoding="utf-8")
    return path
