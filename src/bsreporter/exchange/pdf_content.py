"""The content of the PDF report: cover, contents, questions and answers, indicator summary, signature.

Builds reportlab flowables from an export snapshot; page layout, headers and the
build itself are in :mod:`bsreporter.exchange.pdf`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Indenter, KeepTogether, PageBreak, Spacer, Table

from bsreporter.exchange.context import ExportData, Phase
from bsreporter.exchange.fonts import SANS, has_cjk, markup, text_width
from bsreporter.exchange.labels import phrase
from bsreporter.exchange.pdf_pages import Contents
from bsreporter.exchange.pdf_paragraph import BidiContents, BidiHeading
from bsreporter.exchange.pdf_plain import PlainParagraph, is_plain
from bsreporter.exchange.pdf_styles import ACCENT, ANSWER_INDENT, RULE, SHADE, CachedParagraph, Styles
from bsreporter.form.expression import Binary, Call, Node, Reference, String
from bsreporter.form.model import Column, FormKind, Note, Question, QuestionType, Section, SpecialAnswer
from bsreporter.form.values import InvalidValue
from bsreporter.report.completeness import Status
from bsreporter.report.display import (
    format_date,
    format_decimal,
    format_integer,
    language_name,
    multilingual_texts,
    special_answer_text,
    value_text,
)
from bsreporter.report.validation import Validation

if TYPE_CHECKING:
    from bsreporter.report.compare import AnswerChange

_TICKED, _UNTICKED = "\u2612", "\u2610"  # ballot box with X, empty ballot box
#: Room to answer by hand on a blank form: lines under a text question, empty rows of a table.
_BLANK_TEXT_LINES, _BLANK_TABLE_ROWS, _BLANK_ROW_HEIGHT = 3, 4, 22.0
#: Every table names the bundled font: reportlab would set even an empty cell in Helvetica,
#: which is not embedded.
_BASE_CELL_STYLE: list[tuple[object, ...]] = [("FONTNAME", (0, 0), (-1, -1), SANS),
                                              ("VALIGN", (0, 0), (-1, -1), "TOP")]


class Heading(CachedParagraph):
    """A heading that becomes a PDF bookmark and a table-of-contents entry."""

    def __init__(self, text: str, style: ParagraphStyle, styles: Styles, *, level: int, key: str) -> None:
        super().__init__(markup(text), styles.style_for(text, style))
        self.outline_text = text
        self.toc_markup = markup(text)
        self.level = level
        self.key = key


class PlainHeading(PlainParagraph):
    """A heading of plain text in its style's font (see :class:`Heading`), laid out as a plain paragraph."""

    def __init__(self, text: str, style: ParagraphStyle, *, level: int, key: str) -> None:
        super().__init__(text, style)
        self.outline_text = text
        self.toc_markup = text
        self.level = level
        self.key = key


class ContinuedTable(Table):
    """A table that, when it continues on a new page, opens that page with a line naming its question.

    ``caption`` (set after construction) makes that line; a table without one splits like any other.
    """

    caption: Callable[[], Flowable] | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if self.caption is None or len(parts) < 2:
            return parts
        head, *rest = parts
        for part in parts:
            part.caption = self.caption  # type: ignore[attr-defined]
        # Kept with the rest: the caption goes to the top of the next page, never alone under the head.
        return [head, KeepTogether([self.caption(), *rest])]


class RuledLines(Flowable):
    """Lines to write an answer on by hand, indented like answers."""

    SPACING = 19.0

    def __init__(self, count: int, indent: float, *, rtl: bool) -> None:
        super().__init__()
        self.count, self.indent, self.rtl = count, indent, rtl

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.SPACING + 2
        return self.width, self.height

    def draw(self) -> None:
        start, end = (0.0, self.width - self.indent) if self.rtl else (self.indent, self.width)
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for index in range(self.count):
            y = self.height - (index + 1) * self.SPACING
            self.canv.line(start, y, end, y)


class ReportStory:
    """Turns one export snapshot into the list of flowables of the PDF."""

    def __init__(self, data: ExportData, styles: Styles, frame_width: float, phase: Phase, *,
                 validation: Validation | None = None, changes: list[AnswerChange] | None = None,
                 blank: bool = False) -> None:
        self.data = data
        self.changes = changes
        #: The questionnaire to fill in by hand: every question, no answers.
        self.blank = blank
        self.validation = validation if validation is not None and validation.validated else None
        self.s = styles
        self.lang = data.language
        self.width = frame_width
        self.phase = phase
        # The number ends just before the question's text, so that extraction and copying read
        # "14 Does your country ..." on one line, number first.
        self.numbered = ParagraphStyle("numbered", styles.question, bulletAnchor="end",
                                       bulletIndent=ANSWER_INDENT - 6)
        # Lead-ins and legends stay with what follows: no heading or introduction alone at a page's foot.
        self.lead_in = ParagraphStyle("lead_in", styles.intro, keepWithNext=True)
        self.served = ParagraphStyle("served", styles.note, fontSize=7.5, leading=10, spaceAfter=1,
                                     keepWithNext=True)
        box = text_width(_UNTICKED + " ", styles.answer.fontSize)
        # Each option on its own, its label's wrapped lines under the label, not under the box.
        self.option = ParagraphStyle("option", styles.answer, leftIndent=ANSWER_INDENT + box,
                                     bulletIndent=ANSWER_INDENT, bulletFontName=SANS,
                                     bulletFontSize=styles.answer.fontSize)
        self.caption = ParagraphStyle("caption", styles.note, leftIndent=0, spaceAfter=2)
        contents = BidiContents if styles.rtl else Contents
        self.toc = contents(levelStyles=styles.toc_levels, dotsMinLevel=0, tableStyle=[
            *_BASE_CELL_STYLE, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)])

    # -- the whole document ----------------------------------------------------------------

    def build(self) -> list[Flowable]:
        """Every flowable of the report, in order."""
        story: list[Flowable] = [*self.cover()]
        if self.blank:
            story += [Spacer(1, 14), self.s.para(phrase("blank_form", self.lang), self.s.subtitle)]
        story.append(PageBreak())
        story += [self.s.para(phrase("contents", self.lang), self.s.h1), self.toc, PageBreak()]
        headings: list[Heading | PlainHeading] = []
        for flowable in self.sections():
            if isinstance(flowable, Heading | PlainHeading):
                headings.append(flowable)
            story.append(flowable)
        # Entries known in advance give the contents its final length in the first pass,
        # so only page numbers change and two passes suffice.
        self.toc.addEntries([(h.level, h.toc_markup, 99, h.key) for h in headings])
        return story

    def sections(self) -> Iterator[Flowable]:
        """The form's own tree (General information and the focal areas with their objectives, or
        the format's sections with their groups of sub-questions), then summary and signature."""
        form, lang = self.data.form, self.lang
        focal_areas = {fa.id: fa for fa in form.focal_areas}
        for index, group in enumerate(form.groups):
            focal_area = focal_areas.get(group.id) if form.kind is FormKind.SELF_ASSESSMENT else None
            if focal_area is not None:
                yield PageBreak()
                yield self.heading(phrase("focal_area", lang, number=focal_area.number,
                                          title=focal_area.title.get(lang)), 0, focal_area.id)
                if focal_area.strategic_objective:
                    yield self.s.para(focal_area.strategic_objective.get(lang), self.lead_in)
                for objective in group.children:
                    yield self.heading(phrase("objective", lang, number=objective.number,
                                              title=objective.title.get(lang)), 1, f"objective-{objective.id}")
                    if objective.description:
                        yield self.s.para(objective.description.get(lang), self.lead_in)
                    yield from self.questions(objective.questions)
                continue
            if index:
                yield CondPageBreak(160)
            yield self.heading(group.title.get(lang), 0, group.id)
            if group.description:
                yield self.s.para(group.description.get(lang), self.lead_in)
            yield from self.items(group.items, 1)
        if not self.blank:  # a summary of answers given; a blank form has none
            yield PageBreak()
            yield self.heading(phrase("indicator_summary", lang), 0, "indicators")
            yield from self.indicator_summary()
            yield Spacer(1, 18)
        yield CondPageBreak(230)
        yield self.heading(phrase("signature", lang), 0, "signature")
        yield self.signature_block()
        if self.changes is not None and not self.blank:
            yield PageBreak()
            yield self.heading(phrase("changes_annex", lang), 0, "changes")
            yield from self.changes_annex(self.changes)

    def items(self, items: Sequence[Question | Section | Note], level: int) -> Iterator[Flowable]:
        """A group's content in the format's order: questions, notes, and nested groups under their lead-in."""
        for item in items:
            if isinstance(item, Section):
                if not self.blank and not any(self.data.is_relevant(q) for q in item.questions):
                    continue  # a group whose questions are not asked is left out, like a follow-up
                self.phase.advance()
                yield self.s.para(item.title.get(self.lang), self.numbered, bullet=item.number)
                yield from self.items(item.items, level + 1)
            elif isinstance(item, Note):
                yield self.s.para(item.text.get(self.lang), self.lead_in)
            else:
                yield from self.questions((item,))

    def heading(self, text: str, level: int, key: str) -> Heading | PlainHeading | BidiHeading:
        """A bookmarked heading of the given outline level."""
        style = self.s.h1 if level == 0 else self.s.h2
        if self.s.bidi(text):
            return BidiHeading(text, style, mirror=self.s.rtl, level=level, key=key)
        if markup(text) == text and self.s.style_for(text, style) is style and is_plain(text, style):
            # Text in the style's own font, with nothing to escape: what Heading's Paragraph sets.
            return PlainHeading(text, style, level=level, key=key)
        return Heading(text, style, self.s, level=level, key=key)

    def grid(self, data: list[list[object]], widths: Sequence[float], style: list[tuple[object, ...]],
             **options: object) -> Table:
        """A table, its columns in reading order: right to left in an Arabic report."""
        if self.s.rtl:
            data, widths, style = mirror_columns(data, list(widths), style)
        return ContinuedTable(data, colWidths=widths, hAlign="RIGHT" if self.s.rtl else "LEFT", style=style,
                              **options)  # type: ignore[arg-type]

    # -- cover -------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        """Title (with what the questionnaire is, when it says), Party, cycle, submitting authority, date and
        place of submission, period, focal point, printing date, completeness and fingerprint."""
        data, lang, s = self.data, self.lang, self.s
        report = data.completeness.report
        percent = format_decimal(round(report.percent), lang, percent=True)
        done = phrase("completeness_value", lang, done=format_integer(report.done, lang),
                      required=format_integer(report.required, lang), percent=percent)
        verdict = (phrase("complete", lang) if data.completeness.is_complete
                   else phrase("incomplete_blockers", lang, count=format_integer(len(data.completeness.blockers),
                                                                                   lang)))
        authority, date, place = self._submission()
        # An unknown submission detail stays an empty ruled line, to be filled in by hand.
        to_fill = [(phrase("submitting_authority", lang), authority), (phrase("submission_date", lang), date),
                   (phrase("submission_place", lang), place)]
        asked = data.form.questions
        # The period and the focal point only where the form asks them (a Secretariat format takes the focal
        # point from its own records): a row that could never be filled would only say "–".
        answered = [
            *([(phrase("period", lang), self._period())] if "period_start" in asked else []),
            *([(phrase("focal_point", lang), "\n".join(self._plain(q) for q in ("nfp_name", "nfp_title",
                                                                                 "nfp_organisation")
                                                       if self._plain(q)))] if "nfp_name" in asked else []),
        ]
        if self.blank:  # a form to fill in by hand: lines to write on, and no count of answers it does not show
            to_fill += [(label, "") for label, _ in answered]
            answered = []
        rows = [
            *answered,
            (phrase("printed_on", lang), format_date(data.exported_at.date(), lang)),
            *([] if self.blank else [(phrase("completeness", lang), f"{done}\n{verdict}")]),
            (phrase("questionnaire", lang), f"{data.form.id} {data.form.version}"),
        ]
        fingerprints = [(phrase("fingerprint", lang), data.fingerprint)]
        if self.validation is not None:
            rows.append((phrase("validated", lang), validation_note(data, self.validation) or ""))
            frozen = (phrase("frozen_fingerprint", lang), self.validation.fingerprint)
            # The same answers: one fingerprint, the frozen one; otherwise both, and the note says why.
            fingerprints = [frozen] if self.validation.fingerprint == data.fingerprint else [*fingerprints, frozen]
        table = self.grid(
            [[s.para(phrase("party", lang), s.label), s.para(data.info.party or "–", s.body)],
             [s.para(phrase("cycle", lang), s.label), s.para(data.form.cycle.get(lang) or "–", s.body)]]
            + [[s.para(label, s.label), s.para(value, s.body)] for label, value in to_fill]
            + [[s.para(label, s.label), s.para(value or "–", s.body)] for label, value in rows]
            + [[s.para(label, s.label), s.para(value, s.fingerprint)] for label, value in fingerprints],
            [self.width * 0.32, self.width * 0.68],
            [*_BASE_CELL_STYLE, ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)],
        )
        # What the questionnaire is (a self-assessment, not a Secretariat format) goes with its title,
        # so no reader of the printed report takes one for the other.
        about = [s.para(data.form.about.get(lang), s.intro)] if data.form.about else []
        return [Spacer(1, 40), s.para(data.form.title.get(lang), s.title), *about,
                s.para(data.info.party, s.subtitle), table, Spacer(1, 10),
                s.para(phrase("fingerprint_note", lang), s.intro)]

    def _submission(self) -> tuple[str, str, str]:
        """Submitting authority, date and place of submission: answered where the form asks them
        (the self-assessment's focal point organisation and date of submission), else the report's details.
        A blank form prints none of them: it is filled in by hand, like its answers."""
        info, lang = self.data.info, self.lang
        if self.blank:
            return "", "", ""
        authority = self._plain("nfp_organisation") or info.submitting_authority
        date = self._plain("submission_date")
        if not date and info.submission_date:
            try:
                date = format_date(dt.date.fromisoformat(info.submission_date), lang)
            except ValueError:  # kept as written by another program
                date = info.submission_date
        return authority, date, info.submission_place

    def _plain(self, question_id: str) -> str:
        question = self.data.form.questions.get(question_id)
        answer = self.data.answers.get(question_id)
        if question is None or answer is None or answer.value is None:
            return ""
        return value_text(question, answer.value, self.lang)

    def _period(self) -> str:
        start, end = self._plain("period_start"), self._plain("period_end")
        if start and end:
            return phrase("period_range", self.lang, start=start, end=end)
        return start or end

    # -- questions and answers ---------------------------------------------------------------

    def questions(self, questions: tuple[Question, ...]) -> Iterator[Flowable]:
        """Each relevant question with its number, text, the indicators it serves and its answer; follow-ups
        not asked are left out (a blank form prints them all: their text says when to answer them)."""
        for question in questions:
            self.phase.advance()
            if not self.blank and not self.data.is_relevant(question):
                continue
            yield self.s.para(question.label.get(self.lang), self.numbered, bullet=question.number)
            condition = self.condition(question) if self.blank else None
            if condition:
                yield self.s.para(condition, self.served)
            if question.indicator_ids:
                yield self.s.para(phrase("question_indicators", self.lang, ids=", ".join(question.indicator_ids)),
                                  self.served)
            yield from self.empty(question) if self.blank else self.answer(question)

    def condition(self, question: Question) -> str | None:
        """When a follow-up of the self-assessment is to be answered, in words ("Answer if the answer to
        1.1.1 is: Yes / In progress"); None where the question's own text says it (the formats' questions
        do) or the condition is not a plain choice."""
        form = self.data.form
        if question.relevant is None or form.kind is not FormKind.SELF_ASSESSMENT:
            return None
        found = _chosen_values(question.relevant.tree)
        parent = form.questions.get(found[0]) if found else None
        if found is None or parent is None:
            return None
        if not found[1]:
            return phrase("answer_if_answered", self.lang, number=parent.number)
        labels = []
        for value in found[1]:
            choice = parent.choices.find(value) if parent.choices is not None else None
            labels.append(choice.label.get(self.lang) if choice is not None else value)
        return phrase("answer_if", self.lang, number=parent.number, answers=" / ".join(labels))

    def empty(self, question: Question) -> Iterator[Flowable]:
        """Room to answer by hand: options with empty boxes, ruled lines, or an empty table."""
        match question.type:
            case QuestionType.SELECT_ONE | QuestionType.SELECT_MULTIPLE if question.choices is not None:
                yield from self.options(question, set())
            case QuestionType.TABLE:
                yield from self.table(question, [{} for _ in range(_BLANK_TABLE_ROWS)], blank=True)
            case QuestionType.TEXT:
                yield RuledLines(_BLANK_TEXT_LINES, ANSWER_INDENT, rtl=self.s.rtl)
            case _:
                yield RuledLines(1, ANSWER_INDENT, rtl=self.s.rtl)

    def answer(self, question: Question) -> Iterator[Flowable]:
        """The answer as a reader expects it, with a note when it is missing, invalid or unreviewed."""
        s, lang = self.s, self.lang
        answer = self.data.answers.get(question.id)
        status = self.data.status(question)
        if answer is not None and answer.special is not None:
            yield s.lines([[(_TICKED + " ", False), (special_answer_text(answer.special, lang), True)]], s.answer)
        elif answer is None or answer.value is None:
            missing = status is Status.MISSING and question.required
            if question.choices is not None and question.type in (QuestionType.SELECT_ONE,
                                                                  QuestionType.SELECT_MULTIPLE):
                # Every option with an empty box, so that a draft can be ticked on paper.
                yield from self.options(question, set())
                if missing:
                    yield s.para(phrase("no_answer", lang), s.warning)
            else:
                yield s.para(phrase("no_answer", lang), s.warning if missing else s.note)
        elif isinstance(answer.value, InvalidValue):  # shown as stored, for the person to correct
            yield s.para(value_text(question, answer.value, lang), s.answer)
        else:
            yield from self.value(question, answer.value)
        if status is Status.NEEDS_REVIEW:
            yield s.para(phrase("needs_review", lang), s.warning)
        elif status is Status.INVALID:
            yield s.para(phrase("invalid", lang), s.warning)

    def value(self, question: Question, value: object) -> Iterator[Flowable]:
        """A stored value shown by question type (options with ticked boxes, tables as tables)."""
        s, lang = self.s, self.lang
        match question.type:
            case QuestionType.SELECT_ONE | QuestionType.SELECT_MULTIPLE:
                chosen = {value} if isinstance(value, str) else set(value)  # type: ignore[call-overload]
                yield from self.options(question, chosen)
            case QuestionType.TABLE:
                yield from self.table(question, value)  # type: ignore[arg-type]
            case QuestionType.URL:
                yield s.link(str(value), s.answer)
            case QuestionType.TEXT if isinstance(value, dict):  # a multilingual answer: each text under its language
                for code, text in multilingual_texts(value, lang):
                    yield s.para(language_name(code), s.note)
                    yield s.para(text, s.answer)
            case _:
                yield s.para(value_text(question, value, lang), s.answer)

    def options(self, question: Question, chosen: set[str]) -> Iterator[Flowable]:
        """Every option of a choice question, the chosen ones ticked and in bold (boxes at the line's start)."""
        assert question.choices is not None
        for choice in question.choices.choices:
            ticked = choice.value in chosen
            yield self.s.para(choice.label.get(self.lang), self.option, bold=ticked,
                              bullet=_TICKED if ticked else _UNTICKED)
        for unknown in sorted(chosen - set(question.choices.values)):  # the form dropped an option
            yield self.s.para(unknown, self.option, bold=True, bullet=_TICKED)

    def table(self, question: Question, rows: list[dict[str, object]], *, blank: bool = False
              ) -> Iterator[Flowable]:
        """A repeating table as a real table: header repeated on each page, rows split when needed, and
        the question's number above its continuation (``blank``: rows tall enough to write in)."""
        s, lang = self.s, self.lang
        columns = question.columns
        labels = [c.label.get(lang) for c in columns]
        widths = fit_widths(labels, [_column_weight(c) for c in columns], self.width - ANSWER_INDENT)
        data: list[list[Flowable]] = [[s.para(label, s.cell_head) for label in labels]]
        for row in rows:
            data.append([self.cell(c, row.get(c.name)) for c in columns])
        side = "right" if s.rtl else "left"
        yield Indenter(**{side: ANSWER_INDENT})
        table = self.grid(data, widths, [
            *_BASE_CELL_STYLE, ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ], repeatRows=1, splitInRow=1, rowHeights=[None] + [_BLANK_ROW_HEIGHT if blank else None] * len(rows))
        caption = phrase("continued", lang, number=question.number)
        table.caption = lambda: s.para(caption, self.caption)  # type: ignore[attr-defined]
        yield table
        yield Indenter(**{side: -ANSWER_INDENT})
        yield Spacer(1, 3)

    def cell(self, column: Column, value: object) -> Flowable:
        """One table cell."""
        if value is None:
            return self.s.para("", self.s.cell)
        if column.type is QuestionType.URL:
            return self.s.link(str(value), self.s.cell)
        return self.s.para(value_text(column, value, self.lang), self.s.cell)

    # -- indicator summary and signature -----------------------------------------------------

    def indicator_summary(self) -> Iterator[Flowable]:
        """Per operational objective: its indicators and how complete their answers are."""
        s, lang, completeness, form = self.s, self.lang, self.data.completeness, self.data.form
        labels = [phrase(k, lang) for k in ("indicator", "col_indicator_text", "answers_given", "status")]
        data: list[list[Flowable | str]] = [[s.para(label, s.cell_head) for label in labels]]
        style: list[tuple[object, ...]] = [
            *_BASE_CELL_STYLE, ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for objective in self.data.form.objectives:
            self.phase.advance()
            style += [("SPAN", (0, len(data)), (-1, len(data))), ("BACKGROUND", (0, len(data)), (-1, len(data)),
                                                                   SHADE)]
            if objective.indicators:  # an objective's row never ends a page without its first indicator
                style.append(("NOSPLIT", (0, len(data)), (-1, len(data) + 1)))
            data.append([s.para(f"{objective.number} {objective.title.get(lang)}", s.cell_head), "", "", ""])
            for indicator in objective.indicators:
                progress = completeness.indicators[indicator.id]
                informing = form.informing.get(indicator.id, ())
                reason = form.measured_elsewhere.get(indicator.id)
                if not informing:  # said plainly: this report does not measure it, and who does
                    data.append([
                        s.para(indicator.id, s.cell_head),
                        [s.para(indicator.text.get(lang), s.cell), *([s.para(reason.get(lang), s.cell_note)] if reason else [])],
                        s.para("–", s.cell_centre),
                        s.para(phrase("measured_elsewhere", lang), s.cell),
                    ])
                    continue
                verdict = phrase("complete" if progress.complete else "incomplete", lang)
                numbers = phrase("informed_by", lang, numbers=", ".join(dict.fromkeys(q.number for q in informing)))
                data.append([
                    s.para(indicator.id, s.cell_head),
                    [s.para(indicator.text.get(lang), s.cell), s.para(numbers, s.cell_note)],
                    s.para(f"{format_integer(progress.done, lang)} / {format_integer(progress.required, lang)}",
                           s.cell_centre),
                    s.para(verdict, s.cell if progress.complete else s.warning_cell),
                ])
        widths = fit_widths(labels, [0.09, 0.61, 0.14, 0.16], self.width)
        yield self.grid(data, widths, style, repeatRows=1)

    def changes_annex(self, changes: list[AnswerChange]) -> Iterator[Flowable]:
        """The questions whose answer differs from the previous report: previous and current side by side."""
        s, lang, form = self.s, self.lang, self.data.form
        if not changes:
            yield s.para(phrase("no_changes", lang), s.body)
            return
        sources = ", ".join(sorted({c.previous_source for c in changes if c.previous_source}))
        yield s.para(phrase("changes_intro", lang, source=sources), s.intro)
        labels = [phrase(k, lang) for k in ("col_number", "col_question", "col_previous_answer", "col_current_answer")]
        data: list[list[Flowable | str]] = [[s.para(label, s.cell_head) for label in labels]]
        for change in changes:
            question = form.question(change.question_id)
            data.append([s.para(change.number, s.cell_head), s.para(question.label.get(lang), s.cell),
                         s.para(self._pair_text(question, change.previous), s.cell),
                         s.para(self._pair_text(question, change.current), s.cell)])
        style: list[tuple[object, ...]] = [
            *_BASE_CELL_STYLE, ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ]
        yield self.grid(data, fit_widths(labels, [0.09, 0.41, 0.25, 0.25], self.width), style, repeatRows=1)

    def _pair_text(self, question: Question, pair: tuple[object, SpecialAnswer | None]) -> str:
        value, special = pair
        if special is not None:
            return special_answer_text(special, self.lang)
        if value is None:
            return phrase("no_answer", self.lang)
        return value_text(question, value, self.lang)

    def signature_block(self) -> Flowable:
        """Name and title of the national focal point, submitting authority, place and date of submission,
        a line to sign on, and a framed area for the official stamp."""
        s, lang = self.s, self.lang
        authority, date, place = self._submission()
        rows = [
            (phrase("name", lang), "" if self.blank else self._plain("nfp_name")),
            (phrase("title", lang), "" if self.blank else self._plain("nfp_title")),
            (phrase("submitting_authority", lang), authority),
            (phrase("place", lang), place),
            (phrase("date", lang), date),
            (phrase("signature_line", lang), ""),
        ]
        signing_width, stamp_width = self.width * 0.62, self.width * 0.34
        table = self.grid([[s.para(label, s.label), s.para(value, s.body)] for label, value in rows],
                          [signing_width * 0.42, signing_width * 0.58], [
                              ("FONTNAME", (0, 0), (-1, -1), SANS),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                              ("LINEBELOW", (1, 0), (1, -1), 0.6, ACCENT),
                              ("TOPPADDING", (0, 0), (-1, -1), 8),
                          ], rowHeights=[None, None, None, 28, 28, 50])
        return KeepTogether([s.para(phrase("certify", lang), s.body), Spacer(1, 10),
                             self.grid([[table, self._stamp_area(stamp_width)]],
                                       [signing_width + self.width * 0.04, stamp_width],
                                       [*_BASE_CELL_STYLE, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 0)])])

    def _stamp_area(self, width: float) -> Table:
        """An empty framed box, labelled at its top, for the ministry's official stamp."""
        s = self.s
        # About 4.2 cm high: room for a round stamp.
        return Table([[s.para(phrase("official_stamp", self.lang), s.cell_note)]], colWidths=[width],
                     rowHeights=[120], style=[*_BASE_CELL_STYLE, ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                                              ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                              ("TOPPADDING", (0, 0), (-1, -1), 5)])


def _chosen_values(node: Node) -> tuple[str, tuple[str, ...]] | None:
    """The question and the values a condition asks of it: ``${q} = 'a'``, ``selected(${q}, 'a')`` and
    their ``or``; ``${q} != ''`` gives no values (answered at all). None for any other condition."""
    match node:
        case Binary(op="=", left=Reference(name=name), right=String(value=value)) | Call(
                name="selected", args=(Reference(name=name), String(value=value))):
            return name, (value,)
        case Binary(op="!=", left=Reference(name=name), right=String(value="")):
            return name, ()
        case Binary(op="or", left=left, right=right):
            first, second = _chosen_values(left), _chosen_values(right)
            if first and second and first[0] == second[0] and first[1] and second[1]:
                return first[0], first[1] + second[1]
    return None


def fit_widths(headers: list[str], weights: list[float], available: float) -> list[float]:
    """Column widths in proportion to ``weights``, each wide enough for the longest word of its header."""
    padding = 13.0  # both cell paddings and the rounding of a bold header word
    minimum = [(2 * 8.0 if has_cjk(h) else max((text_width(w, 8, bold=True) for w in h.split()), default=0))
               + padding for h in headers]
    widths = [available * w / sum(weights) for w in weights]
    # Widen the narrow columns and take the room from the others in proportion to their weight.
    while True:
        short = [i for i, width in enumerate(widths) if width < minimum[i] - 0.01]
        if not short:
            return widths
        fixed = {i for i in range(len(widths)) if widths[i] <= minimum[i] + 0.01} | set(short)
        free = [i for i in range(len(widths)) if i not in fixed]
        if not free:
            return widths  # nothing left to take from: break words rather than overflow
        for i in short:
            widths[i] = minimum[i]
        room = available - sum(widths[i] for i in fixed)
        total = sum(weights[i] for i in free)
        for i in free:
            widths[i] = room * weights[i] / total


def _column_weight(column: Column) -> float:
    return {QuestionType.TEXT: 3.0, QuestionType.URL: 2.6, QuestionType.EMAIL: 2.2,
            QuestionType.SELECT_ONE: 1.6, QuestionType.SELECT_MULTIPLE: 2.0}.get(column.type, 1.0)


def mirror_columns(data: list[list[object]], widths: list[float], style: list[tuple[object, ...]]
                   ) -> tuple[list[list[object]], list[float], list[tuple[object, ...]]]:
    """A table's cells, widths and style commands with the column order reversed (for right-to-left reading).

    A spanned cell shows what its first cell holds, so that content moves to the span's new first cell.
    """
    count = len(widths)
    data = [list(reversed(row)) for row in data]
    mirrored: list[tuple[object, ...]] = []
    for command in style:
        name, start, end, *rest = command
        first, last = _flip(start[0], count), _flip(end[0], count)  # type: ignore[index]
        low, high = min(first, last), max(first, last)
        mirrored.append((name, (low, start[1]), (high, end[1]), *rest))  # type: ignore[index]
        if name == "SPAN" and low != high:
            for row in range(start[1], end[1] + 1):  # type: ignore[index]
                data[row][low], data[row][high] = data[row][high], data[row][low]
    return data, list(reversed(widths)), mirrored


def _flip(column: int, count: int) -> int:
    return count - 1 - (column if column >= 0 else count + column)


def validation_note(data: ExportData, validation: Validation | None) -> str | None:
    """The line "Validated on ... at ... UTC by ..." for a validated report (None otherwise).

    When the answers no longer give the fingerprint frozen at validation (the file was
    changed by other means), the note says so instead: the print is not the validated report.
    """
    if validation is None or not validation.validated:
        return None
    if validation.fingerprint != data.fingerprint:
        return phrase("validated_mismatch", data.language)
    try:
        moment = dt.datetime.fromisoformat(validation.at.replace("Z", "+00:00")).astimezone(dt.UTC)
    except ValueError:
        return phrase("validated_on_by", data.language, date=validation.at, time="", author=validation.by)
    return phrase("validated_on_by", data.language, date=format_date(moment.date(), data.language),
                  time=moment.strftime("%H:%M"), author=validation.by)
