"""A chart's markers drawn as one path per run of alike markers, not one `<use>` each.

matplotlib's SVG places every marker as a `<use>` of a shape it defines once. WeasyPrint draws
each of them as a node of its own, styles and all: the tracks chart of a 1,000-article corpus
has 440 of them, a fifth of a second of the PDF. One path made of the same shapes at the same
places prints the same page. Only opaque markers whose fill and stroke are one colour are joined:
where two of them overlap, the order they were drawn in shows nothing; an open marker (white
inside) or a translucent one stays as matplotlib wrote it.
"""

from __future__ import annotations

import re

# A shape matplotlib defines for markers: absolute moves, lines and curves only.
_SHAPE = re.compile(r'<path id="(?P<id>m[0-9a-f]+)" d="(?P<d>[^"]*)"(?: style="(?P<style>[^"]*)")?\s*/>')
_USE = re.compile(
    r'[ \t]*<use xlink:href="#(?P<id>m[0-9a-f]+)" x="(?P<x>[-+\d.eE]+)" y="(?P<y>[-+\d.eE]+)"'
    r'(?: style="(?P<style>[^"]*)")?\s*/>\n?'
)
_COMMANDS = frozenset("MLCQz")
_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PAINT = ("fill", "stroke")


def merged_markers(svg: str) -> str:
    """`svg` with each run of two or more `<use>` in a row of one marker shape, in one style that
    may be joined, drawn as one `<path>`."""
    shapes = {m["id"]: (m["d"], _style(m["style"])) for m in _SHAPE.finditer(svg)}
    out: list[str] = []
    done = 0
    run: list[re.Match[str]] = []
    for use in [*_USE.finditer(svg), None]:
        if run and (
            use is None
            or use.start() != run[-1].end()
            or (use["id"], use["style"]) != (run[0]["id"], run[0]["style"])
        ):
            out += [svg[done : run[0].start()], _joined(run, shapes)]
            done, run = run[-1].end(), []
        if use is not None:
            run.append(use)
    return "".join([*out, svg[done:]])


def _joined(alike: list[re.Match[str]], shapes: dict[str, tuple[str, dict[str, str]]]) -> str:
    """One path for markers of one shape and style in a row, if they may be joined."""
    d, own = shapes.get(alike[0]["id"], ("", {}))
    # The shape's own style wins over what its `<use>` passes down, as in SVG.
    style = _style(alike[0]["style"]) | own
    tokens = _TOKEN.findall(d)
    commands = {t for t in tokens if t.isalpha()}
    if len(alike) < 2 or not tokens or not commands <= _COMMANDS or not _joinable(style):
        return "".join(u.group(0) for u in alike)
    indent = alike[0].group(0)[: len(alike[0].group(0)) - len(alike[0].group(0).lstrip(" \t"))]
    path = " ".join(" ".join(_moved(tokens, float(u["x"]), float(u["y"]))) for u in alike)
    css = "; ".join(f"{name}: {value}" for name, value in style.items())
    return f'{indent}<path d="{path}" style="{css}"/>\n'


def _moved(tokens: list[str], x: float, y: float) -> list[str]:
    """A shape's path data moved by (x, y): every command of it takes coordinate pairs."""
    out: list[str] = []
    pair = 0
    for token in tokens:
        if token.isalpha():
            out.append(token)
            pair = 0
        else:
            out.append(f"{float(token) + (x if pair % 2 == 0 else y):.7g}")
            pair += 1
    return out


def _joinable(style: dict[str, str]) -> bool:
    """Opaque, and painted in one colour (or only filled, or only stroked)."""
    if any("opacity" in name for name in style):
        return False
    colours = {style.get(name, "none") for name in _PAINT} - {"none"}
    return len(colours) == 1


def _style(text: str | None) -> dict[str, str]:
    pairs = (part.split(":", 1) for part in (text or "").split(";") if ":" in part)
    return {name.strip(): value.strip() for name, value in pairs}
