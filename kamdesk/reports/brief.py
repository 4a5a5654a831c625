"""The meeting brief: one or two A4 pages a KAM prints and carries to the client.

The service layer fills a `Brief` (plain frozen records in domain.brief); `render_brief` lays
it out in a fixed order: heading, when and where, readiness checks, people, plan (agenda,
goals, needs), questions, objections and complaints, figures, products and prices, other
facts. Empty optional sections are left out; people and questions say briefly that there are
none, since both matter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kamdesk.domain.brief import (
    Brief,
    BriefArgument,
    BriefCheck,
    BriefFigures,
    BriefPerson,
    BriefProduct,
    BriefQuestion,
)
from kamdesk.reports.pdf import (
    BAD,
    FONT_BOLD,
    GRID,
    MUTED,
    OK,
    SHADE,
    WARN,
    Cell,
    WriteLine,
    build_pdf,
    colored,
    content_width,
    data_table,
    esc,
    format_date,
    format_day_month,
    format_money,
    format_percent,
    format_time,
    para,
    section,
    styles,
    table_style,
)

__all__ = [
    "Brief",
    "BriefArgument",
    "BriefCheck",
    "BriefFigures",
    "BriefPerson",
    "BriefProduct",
    "BriefQuestion",
    "render_brief",
]

WIDTH = content_width()  # A4


# state -> (mark, word, colour)
_STATES = {
    "ok": ("✓", "OK", OK),
    "warning": ("!", "Check", WARN),
    "missing": ("✗", "Missing", BAD),
}


def render_brief(brief: Brief, out: Path | BinaryIO, *, invariant: bool = False) -> None:
    """Write the meeting brief for `brief` as a PDF to `out`."""
    story: list[Flowable] = []
    story += _heading(brief)
    story.append(_when_and_where(brief))
    story += _checks(brief.checks)
    story += _people(brief.people, brief.start.date())
    story += _plan(brief)
    story += _questions(brief.questions)
    story += _arguments(brief.arguments)
    if brief.figures is not None:
        story += _figures(brief.figures, (brief.generated_on or brief.start.date()).year)
    story += _products(brief.products)
    story += _facts(brief.facts)

    name = f"{_kind(brief)} brief"
    running = f"{name} · {brief.client_name} · {brief.subject} · {format_date(brief.start.date())}"

    def header(page: int, pages: int) -> str:
        return "" if page == 1 else running

    build_pdf(
        out,
        story,
        title=f"{name}: {brief.client_name} · {brief.subject}",
        author=brief.kam,
        header=header,
        footer=" · ".join(p for p in ("kamdesk", brief.company_name) if p),
        invariant=invariant,
    )


# ---------------------------------------------------------------- sections


def _style(name: str, parent: ParagraphStyle, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kw)


def _kind(brief: Brief) -> str:
    return "Call" if brief.kind == "call" else "Meeting"


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _heading(brief: Brief) -> list[Flowable]:
    st = styles()
    top = [f"{_kind(brief).upper()} BRIEF"]
    if brief.kam:
        top.append(f"KAM: {brief.kam}")
    if brief.generated_on:
        top.append(f"printed {format_date(brief.generated_on)}")
    out: list[Flowable] = [
        Paragraph(esc(" · ".join(top)), st.small),
        Spacer(1, 2),
        Paragraph(esc(brief.client_name), st.title),
        Paragraph(esc(brief.subject), st.subtitle),
    ]
    if brief.client_address and brief.client_address != brief.place:
        out.append(Paragraph(esc(brief.client_address), st.small))
    out.append(Spacer(1, 6))
    return out


def _when_and_where(brief: Brief) -> Table:
    st = styles()
    label = _style("label", st.small, fontName=FONT_BOLD, leading=10)
    big = _style("big", st.body, fontName=FONT_BOLD, fontSize=20, leading=24)
    mid = _style("mid", st.body, fontName=FONT_BOLD, fontSize=14, leading=24)
    when = _style("when", st.body, fontSize=10.5, leading=14)

    minutes = int((brief.end - brief.start).total_seconds() // 60)
    span = f"{format_time(brief.start)}–{format_time(brief.end)}"
    remote = brief.remote
    where: list[Flowable] = [
        Paragraph("WHEN AND WHERE", label),
        Paragraph(
            f"<b>{esc(format_date(brief.start.date()))}</b>&nbsp;&nbsp;"
            f"<b>{esc(span)}</b> {colored(esc(f'({minutes} min)'), MUTED)}",
            when,
        ),
        Paragraph(esc(brief.place or "Place not set"), st.body),
    ]
    if not remote and brief.travel_min:
        where.append(Paragraph(esc(f"Travel: {brief.travel_min} min"), st.small))

    if brief.leave_by is not None:
        go: list[Flowable] = [
            Paragraph("LEAVE BY", label),
            Paragraph(format_time(brief.leave_by), big),
        ]
    elif remote:
        medium = brief.place or "Phone"  # for a remote meeting, the place names the medium
        go = [Paragraph("CALL", label), Paragraph(esc(medium), mid)]
    else:
        go = [Paragraph("BE THERE BY", label), Paragraph(format_time(brief.start), big)]

    score = max(0, min(100, brief.readiness))
    tone = OK if score >= 80 else WARN if score >= 50 else BAD
    ready: list[Flowable] = [
        Paragraph("READINESS", label),
        Paragraph(colored(f"{score}&nbsp;%", tone), big),
    ]
    side = 40 * mm
    box = Table(
        [[where, go, ready]],
        colWidths=[WIDTH - 2 * side, side, side],
        style=table_style(
            header=False,
            extra=[
                ("GRID", (0, 0), (-1, -1), 0.6, GRID),
                ("BACKGROUND", (1, 0), (1, 0), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ],
        ),
        hAlign="LEFT",
    )
    return box


def _checks(checks: Sequence[BriefCheck]) -> list[Flowable]:
    if not checks:
        return []
    st = styles()
    rows: list[list[Cell]] = []
    for check in checks:
        mark, word, tone = _STATES.get(check.state, ("?", check.state or "?", MUTED))
        rows.append(
            [
                Paragraph(colored(f"<b>{esc(mark)}&nbsp;&nbsp;{esc(word)}</b>", tone), st.cell),
                Paragraph(f"<b>{esc(check.title)}</b>", st.cell),
                check.summary,
            ]
        )
    table = data_table(
        None,
        rows,
        [22 * mm, 60 * mm, WIDTH - 82 * mm],
        extra=[("GRID", (0, 0), (-1, -1), 0, GRID), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID)],
    )
    return [*section("Readiness checks"), table]


def _birthday(born: date, on: date) -> str:
    """ "28 Nov", flagged when it falls within two weeks around the meeting."""
    text = esc(format_day_month(born))
    days = None
    for year in (on.year - 1, on.year, on.year + 1):
        try:
            when = born.replace(year=year)
        except ValueError:  # 29 Feb in a common year
            when = date(year, 3, 1)
        if -7 <= (when - on).days <= 14:
            days = (when - on).days
    if days is None:
        return text
    near = "on the day" if days == 0 else f"in {_days(days)}" if days > 0 else f"{_days(-days)} ago"
    return f"{text} " + colored(f"<b>({esc(near)})</b>", WARN)


def _person_lines(p: BriefPerson, on: date) -> list[str]:
    """Label/value pairs as markup lines; empty values are left out."""

    def pairs(*items: tuple[str, str]) -> str:
        return " &nbsp;·&nbsp; ".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in items if v)

    birthday = f"<b>Birthday:</b> {_birthday(p.birthday, on)}" if p.birthday else ""
    last = pairs(("Last contact:", format_date(p.last_contact) if p.last_contact else ""))

    lines = [
        pairs(("Role:", p.buying_role), ("Attitude:", p.attitude)),
        pairs(("Address as:", p.form_of_address), ("Language:", p.language)),
        pairs(("Etiquette:", p.etiquette)),
        pairs(("Interests:", p.interests)),
        " &nbsp;·&nbsp; ".join(part for part in (birthday, last) if part),
    ]
    if p.notes:
        lines.append(f"<i>{esc(p.notes)}</i>")
    return [line for line in lines if line]


def _people(people: Sequence[BriefPerson], on: date) -> list[Flowable]:
    st = styles()
    if not people:
        return [*section("People"), para("No attending contacts chosen.", st.small)]
    rows: list[list[Cell]] = []
    for p in people:
        who: list[Flowable] = [Paragraph(f"<b>{esc(p.name)}</b>", st.cell)]
        if p.position:
            who.append(para(p.position, st.cell))
        if p.phone:
            who.append(para(p.phone, _style("phone", st.cell, textColor=MUTED)))
        about = [Paragraph(line, st.cell) for line in _person_lines(p, on)] or [
            para("No details recorded.", st.small)
        ]
        rows.append([who, about])
    table = data_table(
        None,
        rows,
        [52 * mm, WIDTH - 52 * mm],
        extra=[
            ("GRID", (0, 0), (-1, -1), 0, GRID),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )
    return [*section(f"People ({len(people)})"), table]


def _plan(brief: Brief) -> list[Flowable]:
    st = styles()
    items = [("Agenda", brief.agenda), ("Goals", brief.goals), ("Needs asked", brief.needs_asked)]
    rows: list[Sequence[Cell]] = [
        [Paragraph(f"<b>{esc(k)}</b>", st.cell), v] for k, v in items if v.strip()
    ]
    if not rows:
        return []
    table = data_table(
        None,
        rows,
        [28 * mm, WIDTH - 28 * mm],
        extra=[("GRID", (0, 0), (-1, -1), 0, GRID), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID)],
    )
    return [*section("Agenda, goals and needs"), table]


def _questions(questions: Sequence[BriefQuestion]) -> list[Flowable]:
    st = styles()
    if not questions:
        return [*section("Questions to ask"), para("No questions prepared.", st.small)]
    indent = 7 * mm
    item = _style("question", st.body, leftIndent=indent, bulletIndent=0, spaceBefore=3)
    answer = _style("answer", st.body, leftIndent=indent, textColor=MUTED, spaceAfter=4)
    out: list[Flowable] = [*section(f"Questions to ask ({len(questions)})")]
    for number, q in enumerate(questions, start=1):
        block: list[Flowable] = [Paragraph(esc(q.question), item, bulletText=f"{number}.")]
        if q.answer:
            block.append(Paragraph(f"<i>Answer: {esc(q.answer)}</i>", answer))
        else:
            block.append(WriteLine(indent=indent, height=15))
        out.append(KeepTogether(block))
    return out


def _arguments(arguments: Sequence[BriefArgument]) -> list[Flowable]:
    if not arguments:
        return []
    st = styles()
    rows: list[list[Cell]] = []
    for a in arguments:
        complaint = a.kind == "complaint"
        kind = colored("<b>Complaint</b>", BAD) if complaint else "<b>Objection</b>"
        response: str | Flowable = a.response or Paragraph(
            colored("<i>No response prepared</i>", BAD), st.cell
        )
        rows.append([Paragraph(kind, st.cell), a.text, response])
    table = data_table(
        ["", "They may say", "Our response"],
        rows,
        [22 * mm, 66 * mm, WIDTH - 88 * mm],
    )
    return [*section("Objections and complaints"), table]


def _change(this: Decimal, last: Decimal) -> str:
    if last == 0:
        return "new this year" if this > 0 else "–"
    change = (this - last) / abs(last) * 100
    tone = OK if change > 0 else BAD if change < 0 else MUTED
    return colored(esc(format_percent(change, signed=True)), tone)


def _figures(f: BriefFigures, year: int) -> list[Flowable]:
    st = styles()

    def money(value: Decimal) -> str:
        return esc(format_money(value, f.currency))

    if f.plan_this_year is None:
        plan = colored("no plan set", MUTED)
    elif f.plan_this_year > 0:
        done = f.revenue_this_year / f.plan_this_year * 100
        plan = f"<b>{esc(format_percent(done))}</b> of {money(f.plan_this_year)}"
    else:
        plan = money(f.plan_this_year)
    overdue = money(f.overdue)
    if f.overdue > 0 or f.overdue_invoices:
        invoices = "invoice" if f.overdue_invoices == 1 else "invoices"
        overdue = colored(f"<b>{overdue}</b> in {f.overdue_invoices} {invoices}", BAD)

    def cells(label: str, value: str) -> list[Cell]:
        return [Paragraph(f"<b>{esc(label)}</b>", st.cell), Paragraph(value, st.cell)]

    rows = [
        cells("Revenue to date", f"<b>{money(f.revenue_this_year)}</b>")
        + cells(f"Same period {year - 1}", money(f.revenue_last_year)),
        cells("Change", _change(f.revenue_this_year, f.revenue_last_year))
        + cells("Plan fulfilled", plan),
        cells("Receivable", money(f.receivable)) + cells("Overdue", overdue),
    ]
    label, value = 38 * mm, (WIDTH - 2 * 38 * mm) / 2
    table = data_table(
        None,
        rows,
        [label, value, label, value],
        extra=[("BACKGROUND", (0, 0), (0, -1), SHADE), ("BACKGROUND", (2, 0), (2, -1), SHADE)],
    )
    return [*section("Figures"), table]


def _products(products: Sequence[BriefProduct]) -> list[Flowable]:
    if not products:
        return []
    rows: list[list[Cell]] = [
        [p.sku, p.name, p.unit, format_money(p.price, p.currency), p.rule] for p in products
    ]
    table = data_table(
        ["SKU", "Product", "Unit", "Price", "Why this price"],
        rows,
        [28 * mm, 56 * mm, 12 * mm, 28 * mm, WIDTH - 124 * mm],
        right=[3],
    )
    return [*section("Products and prices"), table]


def _facts(facts: Sequence[str]) -> list[Flowable]:
    lines = [f for f in facts if f.strip()]
    if not lines:
        return []
    st = styles()
    bullet = _style("fact", st.body, leftIndent=5 * mm, bulletIndent=1 * mm, spaceBefore=1)
    return [
        *section("Other facts"),
        *(Paragraph(esc(line), bullet, bulletText="•") for line in lines),
    ]
