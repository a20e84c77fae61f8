"""Charts as inline SVG strings, drawn when the site is built (no JavaScript, no chart library).

Two shapes are enough for the overview: grouped horizontal bars (values on one scale, e.g. school
vs national %) and 100% stacked bars (shares, e.g. priorities by status). Every bar has a <title>
with its exact value. Knows nothing about marts.
"""
from __future__ import annotations

from html import escape

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")


def _fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if v is not None else "n/a"


def _legend(series: list[str], colors, x: int) -> str:
    """One legend entry per line, so long names (institutions) never overlap."""
    return "".join(f'<rect x="{x}" y="{4 + 18 * i}" width="12" height="12" fill="{colors[i % len(colors)]}"/>'
                   f'<text x="{x + 16}" y="{14 + 18 * i}" font-size="12">{escape(name)}</text>'
                   for i, name in enumerate(series))


def grouped_bars(groups: list[tuple[str, list[float | None]]], series: list[str], *, max_value: float | None = None,
                 unit: str = "", colors=PALETTE, label_width: int = 230, width: int = 720, title: str = "") -> str:
    """One row per group, one bar per series; None values are drawn as a gap labelled n/a."""
    bar_h, gap = 14, 10
    values = [v for _, vs in groups for v in vs if v is not None]
    top = max_value or max([1.0] + values)
    plot_w = width - label_width - 60
    legend_h = 18 * len(series) + 6
    height = legend_h + len(groups) * (len(series) * bar_h + gap) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">']
    parts.append(_legend(series, colors, label_width))
    y = legend_h
    for label, vs in groups:
        block = len(series) * bar_h
        parts.append(f'<text x="{label_width - 6}" y="{y + block / 2 + 4}" font-size="12" text-anchor="end">{escape(label)}</text>')
        for i, v in enumerate(vs):
            by = y + i * bar_h
            if v is None:
                parts.append(f'<text x="{label_width + 4}" y="{by + 11}" font-size="10" fill="#777">n/a</text>')
                continue
            w = max(0.0, plot_w * min(v, top) / top)
            parts.append(f'<rect x="{label_width}" y="{by + 1}" width="{w:.1f}" height="{bar_h - 2}" '
                         f'fill="{colors[i % len(colors)]}"><title>{escape(series[i])}: {_fmt(v)}{unit}</title></rect>'
                         f'<text x="{label_width + w + 4:.1f}" y="{by + 11}" font-size="10">{_fmt(v)}{unit}</text>')
        y += block + gap
    parts.append(f'<line x1="{label_width}" y1="{legend_h - 2}" x2="{label_width}" y2="{y}" stroke="#333"/></svg>')
    return "".join(parts)


def stacked_shares(rows: list[tuple[str, list[float]]], series: list[str], *, colors=PALETTE,
                   label_width: int = 230, width: int = 720, title: str = "") -> str:
    """One 100% bar per row; the numbers are counts, drawn as shares of the row's total."""
    bar_h, gap, legend_h = 18, 8, 18 * len(series) + 6
    plot_w = width - label_width - 20
    height = legend_h + len(rows) * (bar_h + gap) + 6
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">']
    parts.append(_legend(series, colors, label_width))
    y = legend_h
    for label, counts in rows:
        total = sum(counts) or 1
        parts.append(f'<text x="{label_width - 6}" y="{y + 13}" font-size="12" text-anchor="end">{escape(label)}</text>')
        x = float(label_width)
        for i, c in enumerate(counts):
            if not c:
                continue
            w = plot_w * c / total
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colors[i % len(colors)]}">'
                         f'<title>{escape(series[i])}: {c:g} of {total:g}</title></rect>')
            if w > 24:
                parts.append(f'<text x="{x + w / 2:.1f}" y="{y + 13}" font-size="11" fill="#fff" text-anchor="middle">{c:g}</text>')
            x += w
        y += bar_h + gap
    parts.append("</svg>")
    return "".join(parts)
