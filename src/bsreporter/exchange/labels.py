"""Fixed words of the exported documents (cover, headings, column headers) per language.

Everything about the questionnaire itself (titles, questions, choices) comes from
the form; only the frame of the documents is kept here. A language without an
entry falls back to English, so adding one is a matter of adding its column.
"""

from __future__ import annotations

from typing import Any

_PHRASES: dict[str, dict[str, str]] = {
    # Cover page
    "party": {"en": "Party", "zh": "缔约方"},
    "cycle": {"en": "Reporting cycle", "zh": "报告周期"},
    "period": {"en": "Period covered", "zh": "所涉期间"},
    "period_range": {"en": "{start} to {end}", "zh": "{start}至{end}"},
    "focal_point": {"en": "National focal point", "zh": "国家联络点"},
    "document_date": {"en": "Date of this document", "zh": "本文件日期"},
    "completeness": {"en": "Completeness", "zh": "完整性"},
    "completeness_value": {
        "en": "{done} of {required} required answers given ({percent})",
        "zh": "已填写必填答复 {required} 项中的 {done} 项（{percent}）",
    },
    "complete": {"en": "Complete", "zh": "完整"},
    "incomplete": {"en": "Incomplete", "zh": "不完整"},
    "incomplete_blockers": {
        "en": "Incomplete: {count} questions still need an answer or a correction",
        "zh": "不完整：仍有 {count} 个问题需要答复或更正",
    },
    "questionnaire": {"en": "Questionnaire", "zh": "调查表"},
    "questionnaire_version": {"en": "Questionnaire version", "zh": "调查表版本"},
    "fingerprint": {"en": "Content fingerprint (SHA-256)", "zh": "内容指纹（SHA-256）"},
    "fingerprint_note": {
        "en": "The same fingerprint appears on every page and in the spreadsheet export of these answers; "
              "it changes when any answer changes.",
        "zh": "每一页以及这些答复的电子表格导出文件中都有相同的指纹；任何答复发生变化，指纹都会改变。",
    },
    # Contents and headings
    "contents": {"en": "Contents", "zh": "目录"},
    "focal_area": {"en": "Focal area {number}: {title}", "zh": "重点领域{number}：{title}"},
    "objective": {"en": "Operational objective {number}: {title}", "zh": "业务目标{number}：{title}"},
    "indicator_summary": {"en": "Indicator summary", "zh": "指标汇总"},
    "signature": {"en": "Signature of the national focal point", "zh": "国家联络点签字"},
    # Answers
    "no_answer": {"en": "No answer given", "zh": "未作答复"},
    "needs_review": {
        "en": "Carried over from the previous report; not yet reviewed.",
        "zh": "沿用上期报告的答复，尚未审核。",
    },
    "invalid": {"en": "This answer does not meet the question's rules.", "zh": "此答复不符合该问题的规则。"},
    "no_rows": {"en": "No rows", "zh": "无"},
    # Indicator summary table
    "indicator": {"en": "Indicator", "zh": "指标"},
    "answers_given": {"en": "Required answers given", "zh": "已给出的必填答复"},
    "status": {"en": "Status", "zh": "状况"},
    # Signature block
    "name": {"en": "Name", "zh": "姓名"},
    "title": {"en": "Title", "zh": "职衔"},
    "place_date": {"en": "Place and date", "zh": "地点和日期"},
    "signature_line": {"en": "Signature", "zh": "签字"},
    "certify": {
        "en": "I confirm that this report gives the information available to the national focal point "
              "for the period it covers.",
        "zh": "本人确认，本报告提供了国家联络点所掌握的所涉期间的信息。",
    },
    # Page frame
    "page_of": {"en": "Page {page} of {pages}", "zh": "第 {page} 页，共 {pages} 页"},
    "draft": {"en": "DRAFT - incomplete", "zh": "草稿 - 不完整"},
    # Workbook sheets and columns
    "sheet_about": {"en": "About", "zh": "说明"},
    "sheet_report": {"en": "Report", "zh": "报告"},
    "sheet_indicators": {"en": "Indicators", "zh": "指标"},
    "sheet_lists": {"en": "Lists", "zh": "选项"},
    "col_number": {"en": "No.", "zh": "编号"},
    "col_focal_area": {"en": "Focal area", "zh": "重点领域"},
    "col_objective": {"en": "Operational objective", "zh": "业务目标"},
    "col_question": {"en": "Question", "zh": "问题"},
    "col_answer": {"en": "Answer", "zh": "答复"},
    "col_allowed": {"en": "Allowed values", "zh": "允许的值"},
    "col_status": {"en": "Status", "zh": "状况"},
    "col_indicators": {"en": "Indicators", "zh": "指标"},
    "col_question_id": {"en": "Question id", "zh": "问题标识"},
    "col_objective_number": {"en": "Objective", "zh": "业务目标"},
    "col_indicator_text": {"en": "Indicator text", "zh": "指标内容"},
    "col_done": {"en": "Answers given", "zh": "已给出的答复"},
    "col_required": {"en": "Answers required", "zh": "必填答复"},
    "col_percent": {"en": "Percent", "zh": "百分比"},
    "general_information": {"en": "General information", "zh": "一般信息"},
    # About sheet
    "language": {"en": "Language", "zh": "语言"},
    "exported_at": {"en": "Exported at", "zh": "导出时间"},
    "answers_as_of": {"en": "Answers as of (UTC)", "zh": "答复截至（协调世界时）"},
    "program_version": {"en": "Program version", "zh": "程序版本"},
    "report_file": {"en": "Report file", "zh": "报告文件"},
    "about_note": {
        "en": "Fill in or correct the Answer column of the Report sheet and the rows of the table sheets, "
              "then import this workbook into the report. Do not change the grey id columns and rows.",
        "zh": "请在“报告”工作表的“答复”列和各表格工作表中填写或更正答复，然后将本工作簿导入报告。请勿更改灰色的标识列和行。",
    },
    "see_sheet": {"en": "See sheet '{sheet}' ({rows})", "zh": "见工作表“{sheet}”（{rows}）"},
    # Allowed values column
    "allowed_text": {"en": "Text", "zh": "文字"},
    "allowed_multiline": {"en": "Text (several lines allowed)", "zh": "文字（可多行）"},
    "allowed_integer": {"en": "Whole number", "zh": "整数"},
    "allowed_decimal": {"en": "Number", "zh": "数字"},
    "allowed_percent": {"en": "Percentage (number from 0 to 100)", "zh": "百分比（0至100的数字）"},
    "allowed_date": {"en": "Date (YYYY-MM-DD)", "zh": "日期（YYYY-MM-DD）"},
    "allowed_url": {"en": "Web address starting with http:// or https://", "zh": "以 http:// 或 https:// 开头的网址"},
    "allowed_email": {"en": "E-mail address", "zh": "电子邮件地址"},
    "allowed_one": {"en": "One of: {labels}", "zh": "以下之一：{labels}"},
    "allowed_many": {
        "en": "One or more of: {labels} (separate them with '{separator}')",
        "zh": "以下一项或多项：{labels}（以“{separator}”分隔）",
    },
    "allowed_table": {"en": "Table (see its sheet)", "zh": "表格（见其工作表）"},
    "allowed_or": {"en": "{allowed}; or: {specials}", "zh": "{allowed}；或：{specials}"},
}


def phrase(key: str, language: str, **values: Any) -> str:
    """The phrase ``key`` in ``language`` (English when it has none), filled with ``values``."""
    texts = _PHRASES[key]
    text = texts.get(language) or texts["en"]
    return text.format(**values) if values else text


def all_translations(key: str) -> set[str]:
    """Every language's text of a phrase (a reader recognises a header in any of them)."""
    return set(_PHRASES[key].values())
