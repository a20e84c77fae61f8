"""Charts as inline SVG strings, drawn when the site is built (no JavaScript, no chart library).

Two shapes: grouped horizontal bars (values on one scale, e.g. school vs national %, optionally with a
target marker on the first bar and columns of notes at the right) and 100% stacked bars (shares, e.g.
priorities by status). Every bar has a <title> with its exact value. No text is ever cut: labels wrap
onto more lines and the chart widens where a word or a note needs it; widths are measured with the
advance widths of DejaVu Sans (the font the charts ask for). Knows nothing about marts or languages:
the caller passes every word it shows and the number format.
"""
from __future__ import annotations

import functools
from html import escape
from typing import Callable

PALETTE = ("#1f77b4", "#ff7f0e", "#7f7f7f", "#2ca02c", "#9467bd", "#8c564b")
FONT = "DejaVu Sans, Verdana, sans-serif"
LABEL_SIZE, SMALL_SIZE = 12, 10
LINE_H = 15

# advance widths of DejaVu Sans in em, measured from the font file
_WIDTHS = {}
for _w, _chars in ((0.27, "'"), (0.28, "ijlīļ"), (0.29, "IJĪ"), (0.32, " \u00a0,.·"), (0.34, "/:;|"), (0.35, "f"),
                   (0.36, "-"), (0.39, "()[]t"), (0.40, "!"), (0.41, "r"), (0.46, '"'), (0.50, "*_–"),
                   (0.52, "sz“”„šž"), (0.53, "?"), (0.55, "cč"), (0.56, "LĻ"), (0.58, "Fkķ"), (0.59, "vxy"),
                   (0.60, "P"), (0.61, "TYaoā"), (0.62, "eē"), (0.63, "ESbdghnpquģņūĒŠ"), (0.64, "0123456789"),
                   (0.66, "KĶ"), (0.68, "AVĀΔ"), (0.69, "BRXZŽ"), (0.70, "CČ"), (0.73, "UŪ"), (0.75, "HNŅ"),
                   (0.77, "DGĢ"), (0.78, "&"), (0.79, "OQ"), (0.82, "w"), (0.84, "#+<=>−"), (0.86, "M"),
                   (0.95, "%"), (0.97, "m"), (0.99, "W"), (1.00, "@—")):
    _WIDTHS.update(dict.fromkeys(_chars, _w))
_UNKNOWN_WIDTH = 0.8


@functools.lru_cache(maxsize=65536)
def text_width(text: str, size: float) -> float:
    """Estimated rendered width in px (a little generous, so estimates err towards more room)."""
    return 1.04 * size * sum(_WIDTHS.get(c, _UNKNOWN_WIDTH) for c in text)


def wrap(text: str, max_px: float, size: float) -> list[str]:
    """Word-wrap to lines no wider than max_px; a word wider than that gets a line of its own."""
    lines: list[str] = []
    for word in (text or "").split():
        if lines and text_width(lines[-1] + " " + word, size) <= max_px:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def widest_word(texts, size: float) -> float:
    return max([text_width(w, size) for t in texts for w in (t or "").split()] or [0.0])


def _fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _svg_open(width: float, height: float, title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="{FONT}" role="img" aria-label="{escape(title)}">')


def _text(x: float, y: float, text: str, size: int = LABEL_SIZE, anchor: str = "start", fill: str = "#222") -> str:
    a = "" if anchor == "start" else f' text-anchor="{anchor}"'
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{a} fill="{fill}">{escape(text)}</text>'


def _lines(x: float, y_mid: float, lines: list[str], anchor: str = "end", size: int = LABEL_SIZE) -> str:
    """A label of several lines, vertically centred on y_mid."""
    top = y_mid - (len(lines) - 1) * LINE_H / 2 + size * 0.35
    return "".join(_text(x, top + i * LINE_H, line, size, anchor) for i, line in enumerate(lines))


def _legend(entries: list[tuple[str, str]], x0: float, width: float, y0: float) -> tuple[str, float]:
    """Legend swatches flowing left to right from x0, wrapping within width; returns (svg, height).
    An entry is (label, colour); colour "marker" draws the target marker's sample instead of a box."""
    parts, x, y = [], x0, y0
    room = width - x0
    for label, colour in entries:
        lines = wrap(label, max(room - 18, 60), LABEL_SIZE)
        w = 18 + max(text_width(line, LABEL_SIZE) for line in lines) + 14
        if x > x0 and x + w > width:
            x, y = x0, y + LINE_H + 4
        if colour == "marker":
            parts.append(f'<line x1="{x + 6}" y1="{y + 1}" x2="{x + 6}" y2="{y + 13}" stroke="#000" stroke-width="2"/>')
        else:
            parts.append(f'<rect x="{x}" y="{y + 1}" width="12" height="12" fill="{colour}"/>')
        parts += [_text(x + 18, y + 11 + i * LINE_H, line) for i, line in enumerate(lines)]
        y_extra = (len(lines) - 1) * LINE_H
        if y_extra:
            x, y = x0, y + y_extra + LINE_H + 4
        else:
            x += w
    return "".join(parts), (y - y0) + LINE_H + 8


def grouped_bars(groups: list[dict], series: list[str], *, max_value: float | None = None, unit: str = "",
                 fmt: Callable[[float], str] = _fmt, colors=PALETTE, width: int = 900, title: str = "",
                 missing: str = "n/a", note_headers: list[str] | None = None, marker_label: str | None = None) -> str:
    """One row per group, one bar per series. A group is {"label", "values": [one per series, None =
    missing], optionally "notes": [text per note column], "marker": value drawn as a line across the
    first bar (e.g. a target)}."""
    bar_h, gap = 14, 10
    note_headers = note_headers or []
    values = [v for g in groups for v in g["values"] if v is not None]
    top = max_value or max([1.0] + values + [g.get("marker") or 0 for g in groups])
    labels = [g["label"] for g in groups]
    label_w = max(widest_word(labels, LABEL_SIZE), min(max([text_width(t, LABEL_SIZE) for t in labels] or [0]), width * 0.3))
    value_room = max([text_width(fmt(v) + unit, SMALL_SIZE) for v in values] + [text_width(missing, SMALL_SIZE)]) + 10
    note_w = []
    for i, header in enumerate(note_headers):
        cells = [str((g.get("notes") or [""] * len(note_headers))[i] or "") for g in groups]
        w = max([text_width(c, LABEL_SIZE) for c in cells]
                + [widest_word([header], SMALL_SIZE), min(text_width(header, SMALL_SIZE), 110)])
        note_w.append(w + 14)
    plot_w = width - label_w - 8 - value_room - sum(note_w)
    if plot_w < 220:
        width += 220 - plot_w
        plot_w = 220
    x_plot = label_w + 8
    with_marker = marker_label and any(g.get("marker") is not None for g in groups)
    entries = [(s, colors[i % len(colors)]) for i, s in enumerate(series)] + ([(marker_label, "marker")] if with_marker else [])
    legend, legend_h = _legend(entries, x_plot, width, 4)
    parts = [legend]
    y = 4 + legend_h
    if note_headers:
        heads = [wrap(h, w - 10, SMALL_SIZE) for h, w in zip(note_headers, note_w)]
        rows = max(len(h) for h in heads)
        x = x_plot + plot_w + value_room
        for h, w in zip(heads, note_w):
            parts += [_text(x + 10, y + 10 + i * 12 + (rows - len(h)) * 12, line, SMALL_SIZE, fill="#555")
                      for i, line in enumerate(h)]
            x += w
        y += rows * 12 + 6
    y_axis_top = y - 2
    for g in groups:
        lines = wrap(g["label"], label_w, LABEL_SIZE)
        block = max(len(series) * bar_h, len(lines) * LINE_H)
        parts.append(_lines(label_w, y + block / 2, lines))
        for i, v in enumerate(g["values"]):
            by = y + i * bar_h
            if v is None:
                parts.append(_text(x_plot + 4, by + 11, missing, SMALL_SIZE, fill="#777"))
                continue
            w = max(0.0, plot_w * min(v, top) / top)
            parts.append(f'<rect x="{x_plot:.1f}" y="{by + 1}" width="{w:.1f}" height="{bar_h - 2}" '
                         f'fill="{colors[i % len(colors)]}">'
                         f'<title>{escape(series[i])}: {escape(fmt(v))}{escape(unit)}</title></rect>')
            # the first bar's label goes past the marker, so the marker never crosses it
            past = plot_w * min(g["marker"], top) / top if i == 0 and g.get("marker") is not None else 0
            parts.append(_text(x_plot + max(w, past) + 4, by + 11, fmt(v) + unit, SMALL_SIZE))
        if g.get("marker") is not None:
            mx = x_plot + plot_w * min(g["marker"], top) / top
            parts.append(f'<line x1="{mx:.1f}" y1="{y - 2}" x2="{mx:.1f}" y2="{y + bar_h + 1}" stroke="#000" stroke-width="2">'
                         f'<title>{escape(marker_label or "")}: {escape(fmt(g["marker"]))}{escape(unit)}</title></line>')
        x = x_plot + plot_w + value_room
        for note, w in zip(g.get("notes") or [], note_w):
            if note not in (None, ""):
                parts.append(_text(x + 10, y + block / 2 + 4, str(note)))
            x += w
        y += block + gap
    parts.append(f'<line x1="{x_plot}" y1="{y_axis_top}" x2="{x_plot}" y2="{y}" stroke="#333"/>')
    return _svg_open(width, y + 6, title) + "".join(parts) + "</svg>"


def stacked_shares(rows: list[tuple[str, list[float]]], series: list[str], *, colors=PALETTE, width: int = 900,
                   title: str = "", tip: Callable[[str, float, float], str] | None = None) -> str:
    """One 100% bar per row; the numbers are counts, drawn as shares of the row's total, each segment
    labelled with its count where the count fits inside it; a series with no counts at all is left out
    of the legend. tip(series, count, total) words the tooltip."""
    tip = tip or (lambda s, c, total: f"{s}: {c:g} / {total:g}")
    bar_h, gap = 18, 8
    labels = [label for label, _ in rows]
    label_w = max(widest_word(labels, LABEL_SIZE), min(max([text_width(t, LABEL_SIZE) for t in labels] or [0]), width * 0.3))
    plot_w = width - label_w - 8 - 10
    if plot_w < 220:
        width += 220 - plot_w
        plot_w = 220
    x_plot = label_w + 8
    used = [i for i in range(len(series)) if any(counts[i] for _, counts in rows)]  # empty series: no legend entry
    legend, legend_h = _legend([(series[i], colors[i % len(colors)]) for i in used], x_plot, width, 4)
    parts = [legend]
    y = 4 + legend_h
    for label, counts in rows:
        lines = wrap(label, label_w, LABEL_SIZE)
        block = max(bar_h, len(lines) * LINE_H)
        parts.append(_lines(label_w, y + block / 2, lines))
        total = sum(counts) or 1
        x = float(x_plot)
        by = y + (block - bar_h) / 2
        for i, c in enumerate(counts):
            if not c:
                continue
            w = plot_w * c / total
            parts.append(f'<rect x="{x:.1f}" y="{by:.1f}" width="{w:.1f}" height="{bar_h}" fill="{colors[i % len(colors)]}">'
                         f'<title>{escape(tip(series[i], c, total))}</title></rect>')
            if text_width(f"{c:g}", 11) + 6 < w:
                parts.append(_text(x + w / 2, by + 13, f"{c:g}", 11, "middle", "#fff"))
            x += w
        y += block + gap
    return _svg_open(width, y, title) + "".join(parts) + "</svg>"
