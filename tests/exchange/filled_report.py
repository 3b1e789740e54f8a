"""A realistically filled report for the export tests and benchmarks/bench_export.py.

``fill_report`` answers every question of every type through the normal checks,
including Chinese text and hostile text (markup, formula-like text, a 300-character
word, a URL with ``&``), special answers, a carried-over answer and tables.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from bsreporter.errors import AnswerError
from bsreporter.form.model import Column, Question, Questionnaire, QuestionType, SpecialAnswer
from bsreporter.report.store import Report, Source

LONG_WORD = "Biosafety" + "x" * 282 + "ENDOFWORD"  # 300 characters, no break opportunity
MARKUP = "<b>&amp;</b> Ministry of Environment & \"Forests\" <i>unclosed"
FORMULA = "=SUM(A1)"
LONG_URL = "https://bch.cbd.int/database/record?documentID=101234&lang=en&view=full#section-2"
CHINESE = "国家生物技术安全委员会的成员审阅了草稿，并于2019年9月12日在验证研讨会上提出了意见。"

#: Answers chosen on purpose; every other question gets a plain value of its type.
CHOSEN: dict[str, Any] = {
    "nfp_name": "Dr. Amina Okafor-Lindqvist",
    "nfp_title": "Head, Biosafety Division",
    "nfp_organisation": MARKUP,
    "nfp_address": "12 Riverside Avenue\nArcadia City 10420\n河滨大道12号",
    "nfp_phone": "+41 22 917 8800",
    "nfp_email": "biosafety@environment.arcadia.example",
    "period_start": dt.date(2015, 1, 1),
    "period_end": dt.date(2019, 10, 1),
    "submission_date": dt.date(2019, 11, 30),
    "stakeholders_consulted": FORMULA,
    "details_1_1": f"See {LONG_WORD} and the instrument list. 另见文书清单。",
    "cb_funding_amount_usd": 1250000.75,
    "hti_shipments_documented_pct": 45.5,
}

#: Text answers that start with the characters a spreadsheet would take for a formula.
FORMULA_LIKE = ["-5 experts were trained", "@biosafety_arcadia on social media", "+ two new laboratories"]

SPECIALS = {"unintentional_release_count": SpecialAnswer.NOT_AVAILABLE}


def _candidates(item: Question | Column, qtype: QuestionType, index: int) -> list[Any]:
    match qtype:
        case QuestionType.TEXT:
            if index % 5 == 1:
                return [CHINESE]
            return [f"Answer {index}: the national biosafety committee met 4 times; see the annual report."]
        case QuestionType.INTEGER:
            return [12 + index, 2014, 1]
        case QuestionType.DECIMAL:
            return [12.5, 0.5]
        case QuestionType.DATE:
            return [dt.date(2016, 3, 15)]
        case QuestionType.URL:
            return [LONG_URL if index % 2 else f"https://biosafety.arcadia.example/page/{index}"]
        case QuestionType.EMAIL:
            return ["info@biosafety.arcadia.example"]
        case QuestionType.SELECT_ONE:
            assert item.choices is not None
            return list(item.choices.values)
        case QuestionType.SELECT_MULTIPLE:
            assert item.choices is not None
            values = [v for v in item.choices.values if v != "none"]
            return [values[:2] + (["other"] if "other" in values[2:] else []), values[:1]]
    return []


def _table_rows(question: Question) -> list[dict[str, Any]]:
    rows = []
    for row_index in range(3):
        row = {}
        for column in question.columns:
            if column.type is QuestionType.TEXT:
                value: Any = [f"Biosafety Regulation No. {row_index + 1}", CHINESE[:12], MARKUP][row_index]
            elif column.type is QuestionType.INTEGER:
                value = 2010 + row_index
            elif column.type is QuestionType.URL:
                value = LONG_URL if row_index == 2 else None
            else:
                assert column.choices is not None
                value = column.choices.values[row_index % len(column.choices.values)]
            row[column.name] = value
        rows.append(row)
    return rows


def fill_report(report: Report, *, complete: bool = False) -> None:
    """Answer the report through the normal checks; ``complete=False`` leaves some gaps and a carry-over."""
    form = report.form
    formula_like = iter(FORMULA_LIKE)
    skipped = 0
    for index, question in enumerate(form.iter_questions()):
        if question.id in ("party", "report_language"):
            continue
        if question.id in SPECIALS and not complete:
            report.set_answer(question.id, SPECIALS[question.id])
            continue
        if not complete and question.required and question.type is QuestionType.SELECT_ONE and index % 37 == 5:
            skipped += 1  # a few required answers left out: the report is incomplete
            continue
        if question.id in CHOSEN:
            candidates = [CHOSEN[question.id]]
        elif question.type is QuestionType.TABLE:
            candidates = [_table_rows(question)]
        elif question.type is QuestionType.TEXT and question.section_id != "general" and index % 7 == 3:
            candidates = [next(formula_like, CHINESE)]
        else:
            candidates = _candidates(question, question.type, index)
        for candidate in candidates:
            try:
                report.set_answer(question.id, candidate)
                break
            except AnswerError:
                continue
        else:
            raise AssertionError(f"no candidate fits {question.id}")
    if not complete:
        assert skipped, "the incomplete report should leave some answers out"
        carried = next(q for q in form.iter_questions() if q.type is QuestionType.INTEGER and not q.relevant)
        report.set_answer(carried.id, 7, source=Source.CARRIED_OVER)


def build_filled_report(path: Path, form: Questionnaire, *, language: str = "en", complete: bool = False) -> Path:
    """Create and fill a report file at ``path`` (used by the fixtures and the benchmark)."""
    with Report.create(path, party="Republic of Arcadia", language=language, form=form, author="tester") as report:
        fill_report(report, complete=complete)
    return path


#: The answers of the small form's filled report (fixture_forms.SMALL_FORM): every type, Chinese and hostile text.
SMALL_ANSWERS: dict[str, Any] = {
    "contact_name": MARKUP,
    "contact_title": FORMULA_LIKE[1],
    "email": "biosafety@environment.arcadia.example",
    "phone": "+41 22 917 8800",
    "period_start": dt.date(2015, 1, 1),
    "period_end": dt.date(2019, 10, 1),
    "has_law": "yes",
    "law_count": 4,
    "law_list": [{"law_title": FORMULA_LIKE[0], "law_kind": "law", "law_year": 2010},
                 {"law_title": CHINESE[:12], "law_kind": "regulation", "law_year": 2011},
                 {"law_title": MARKUP, "law_kind": "law", "law_year": 2014},
                 {"law_title": FORMULA_LIKE[2], "law_kind": "regulation", "law_year": None}],
    "remarks_1_1": f"See {LONG_WORD} and the instrument list. 另见文书清单。\n{CHINESE}",
    "needs_areas": ["training", "other"],
    "needs_other": FORMULA,
    "staff_share": 45.5,
    "staff_certified": 4,
    "funding_usd": 1250000.75,
}
#: What the complete report answers besides: the answers the filled one leaves out or leaves special.
SMALL_COMPLETE: dict[str, Any] = {"needs_assessed": "yes", "needs_url": LONG_URL, "staff_trained": 12}


def build_small_report(path: Path, form: Questionnaire, *, language: str = "en", complete: bool = False) -> Path:
    """Create a report of the small form at ``path``, answered throughout.

    Not complete, it leaves ``needs_assessed`` out (so it is incomplete), says "information not available"
    for ``staff_trained``, holds one answer carried over from the previous cycle, not yet reviewed, and keeps
    the answer of a question no longer asked (``needs_url``, given before the answer it follows was cleared).
    """
    with Report.create(path, party="Republic of Arcadia", language=language, form=form, author="tester") as report:
        report.set_answers(SMALL_ANSWERS, source=Source.TYPED)
        if complete:
            report.set_answers(SMALL_COMPLETE, source=Source.TYPED)
        else:
            report.set_answers({"needs_assessed": "yes", "needs_url": LONG_URL}, source=Source.TYPED)
            report.set_answer("needs_assessed", None)
            report.set_answer("staff_trained", SpecialAnswer.NOT_AVAILABLE)
            report.set_answer("funding_usd", 980000.5, source=Source.CARRIED_OVER)
    return path
