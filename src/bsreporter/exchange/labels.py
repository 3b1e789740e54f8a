"""Fixed words of the exported documents (cover, headings, column headers) in the six UN languages.

Everything about the questionnaire itself (titles, questions, choices) comes from
the form; only the frame of the documents is kept here. Every phrase has all six
languages (a test checks it); :func:`phrase` still falls back to English for a
language code it does not know. The wording follows the register of United
Nations documents: "Party", "national focal point", "operational objective".
Counts are placed so that no phrase needs a plural form ("... : {count}").
"""

from __future__ import annotations

from typing import Any

#: The languages every phrase is written in.
LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")
#: Languages written from right to left: their documents are laid out mirrored.
RTL_LANGUAGES = frozenset({"ar"})

_PHRASES: dict[str, dict[str, str]] = {
    # Cover page
    "party": {"en": "Party", "zh": "缔约方", "fr": "Partie", "es": "Parte", "ru": "Сторона", "ar": "الطرف"},
    "cycle": {
        "en": "Reporting cycle", "zh": "报告周期", "fr": "Cycle de présentation des rapports",
        "es": "Ciclo de presentación de informes", "ru": "Отчетный цикл", "ar": "دورة الإبلاغ",
    },
    "period": {
        "en": "Period covered", "zh": "所涉期间", "fr": "Période considérée", "es": "Período que abarca",
        "ru": "Охватываемый период", "ar": "الفترة المشمولة",
    },
    "period_range": {
        "en": "{start} to {end}", "zh": "{start}至{end}", "fr": "du {start} au {end}", "es": "del {start} al {end}",
        "ru": "с {start} по {end}", "ar": "من {start} إلى {end}",
    },
    "focal_point": {
        "en": "National focal point", "zh": "国家联络点", "fr": "Correspondant national",
        "es": "Coordinador nacional", "ru": "Национальный координационный центр", "ar": "جهة الاتصال الوطنية",
    },
    "document_date": {
        "en": "Date of this document", "zh": "本文件日期", "fr": "Date du présent document",
        "es": "Fecha del presente documento", "ru": "Дата настоящего документа", "ar": "تاريخ هذه الوثيقة",
    },
    "completeness": {
        "en": "Completeness", "zh": "完整性", "fr": "État d'avancement", "es": "Grado de cumplimentación",
        "ru": "Полнота заполнения", "ar": "درجة الاكتمال",
    },
    "completeness_value": {
        "en": "{done} of {required} required answers given ({percent})",
        "zh": "已填写必填答复 {required} 项中的 {done} 项（{percent}）",
        "fr": "Réponses obligatoires données : {done} sur {required} ({percent})",
        "es": "Respuestas obligatorias dadas: {done} de {required} ({percent})",
        "ru": "Дано обязательных ответов: {done} из {required} ({percent})",
        "ar": "الإجابات الإلزامية المقدمة: {done} من أصل {required} ({percent})",
    },
    "complete": {"en": "Complete", "zh": "完整", "fr": "Complet", "es": "Completo", "ru": "Заполнено",
                 "ar": "مكتمل"},
    "measured_elsewhere": {"en": "Not asked in this report", "zh": "本报告未涉及", "fr": "Non demandé dans ce rapport",
                           "es": "No se pregunta en este informe", "ru": "В этом докладе не запрашивается",
                           "ar": "لا يُسأل عنه في هذا التقرير"},
    "informed_by": {"en": "Questions: {numbers}", "zh": "问题：{numbers}", "fr": "Questions : {numbers}",
                    "es": "Preguntas: {numbers}", "ru": "Вопросы: {numbers}", "ar": "الأسئلة: {numbers}"},
    "question_indicators": {"en": "Indicators: {ids}", "zh": "指标：{ids}", "fr": "Indicateurs : {ids}",
                            "es": "Indicadores: {ids}", "ru": "Индикаторы: {ids}", "ar": "المؤشرات: {ids}"},
    "answer_if": {"en": "Answer if the answer to {number} is: {answers}", "zh": "如对{number}的答复为：{answers}，请回答",
                  "fr": "À remplir si la réponse à {number} est : {answers}",
                  "es": "Responda si la respuesta a {number} es: {answers}",
                  "ru": "Ответьте, если ответ на {number}: {answers}",
                  "ar": "أجب إذا كانت الإجابة عن {number} هي: {answers}"},
    "answer_if_answered": {"en": "Answer if {number} is answered", "zh": "如已答复{number}，请回答",
                           "fr": "À remplir si {number} a reçu une réponse",
                           "es": "Responda si se ha respondido a {number}",
                           "ru": "Ответьте, если дан ответ на {number}", "ar": "أجب إذا أجيب عن {number}"},
    "continued": {"en": "{number} (continued)", "zh": "{number}（续）", "fr": "{number} (suite)",
                  "es": "{number} (continuación)", "ru": "{number} (продолжение)", "ar": "{number} (تابع)"},
    "blank_form": {"en": "Blank form, to be filled in by hand", "zh": "空白表格，供手工填写",
                   "fr": "Formulaire vierge, à remplir à la main", "es": "Formulario en blanco, para rellenar a mano",
                   "ru": "Пустой бланк для заполнения от руки", "ar": "استمارة فارغة تملأ باليد"},
    "incomplete": {"en": "Incomplete", "zh": "不完整", "fr": "Incomplet", "es": "Incompleto", "ru": "Не заполнено",
                   "ar": "غير مكتمل"},
    "incomplete_blockers": {
        "en": "Incomplete: {count} questions still need an answer or a correction",
        "zh": "不完整：仍有 {count} 个问题需要答复或更正",
        "fr": "Incomplet ; questions nécessitant encore une réponse ou une correction : {count}",
        "es": "Incompleto; preguntas que aún requieren una respuesta o una corrección: {count}",
        "ru": "Не заполнено; вопросы, по которым еще требуется ответ или исправление: {count}",
        "ar": "غير مكتمل؛ الأسئلة التي لا تزال تحتاج إلى إجابة أو تصحيح: {count}",
    },
    "questionnaire": {"en": "Questionnaire", "zh": "调查表", "fr": "Questionnaire", "es": "Cuestionario",
                      "ru": "Вопросник", "ar": "الاستبيان"},
    "questionnaire_version": {
        "en": "Questionnaire version", "zh": "调查表版本", "fr": "Version du questionnaire",
        "es": "Versión del cuestionario", "ru": "Версия вопросника", "ar": "إصدار الاستبيان",
    },
    "fingerprint": {
        "en": "Content fingerprint (SHA-256)", "zh": "内容指纹（SHA-256）",
        "fr": "Empreinte du contenu (SHA-256)", "es": "Huella digital del contenido (SHA-256)",
        "ru": "Цифровой отпечаток содержания (SHA-256)", "ar": "البصمة الرقمية للمحتوى (SHA-256)",
    },
    "history_mark": {
        "en": "Place in the report's history (do not change)", "zh": "在报告历史记录中的位置（请勿更改）",
        "fr": "Position dans l'historique du rapport (ne pas modifier)",
        "es": "Posición en el historial del informe (no modificar)",
        "ru": "Место в истории отчёта (не изменять)", "ar": "الموضع في سجل التقرير (لا تغيّره)",
    },
    "fingerprint_note": {
        "en": "The same fingerprint appears on every page and in the spreadsheet export of these answers; "
              "it changes when any answer changes.",
        "zh": "每一页以及这些答复的电子表格导出文件中都有相同的指纹；任何答复发生变化，指纹都会改变。",
        "fr": "La même empreinte figure sur chaque page et dans l'exportation de ces réponses sous forme de "
              "classeur ; elle change dès qu'une réponse est modifiée.",
        "es": "La misma huella digital figura en cada página y en la exportación de estas respuestas a hoja de "
              "cálculo; cambia cuando se modifica cualquier respuesta.",
        "ru": "Тот же отпечаток приводится на каждой странице и в экспорте этих ответов в электронную таблицу; "
              "он меняется при изменении любого ответа.",
        "ar": "ترد البصمة نفسها في كل صفحة وفي ملف جدول البيانات الذي تصدر فيه هذه الإجابات، وتتغير عند تغيير "
              "أي إجابة.",
    },
    # Validated report (cover and page footer)
    "validated": {"en": "Validated", "zh": "已验证", "fr": "Validé", "es": "Validado", "ru": "Утвержден",
                  "ar": "معتمد"},
    "validated_on_by": {
        "en": "Validated on {date} at {time} UTC by {author}",
        "zh": "由{author}于{date} {time}（协调世界时）验证",
        "fr": "Validé le {date} à {time} UTC par {author}",
        "es": "Validado el {date} a las {time} UTC por {author}",
        "ru": "Утвержден {date} в {time} UTC пользователем {author}",
        "ar": "اعتُمد في {date} الساعة {time} بالتوقيت العالمي المنسق من قِبل {author}",
    },
    "frozen_fingerprint": {
        "en": "Fingerprint frozen at validation (SHA-256)", "zh": "验证时冻结的指纹（SHA-256）",
        "fr": "Empreinte figée lors de la validation (SHA-256)",
        "es": "Huella digital fijada en la validación (SHA-256)",
        "ru": "Цифровой отпечаток, зафиксированный при утверждении (SHA-256)",
        "ar": "البصمة الرقمية المثبتة عند الاعتماد (SHA-256)",
    },
    "validated_mismatch": {
        "en": "The answers have changed since the report was validated; this is not the validated report.",
        "zh": "报告验证后答复已被更改；本文件不是经验证的报告。",
        "fr": "Les réponses ont été modifiées depuis la validation du rapport ; ce document n'est pas le rapport "
              "validé.",
        "es": "Las respuestas se han modificado desde la validación del informe; este documento no es el informe "
              "validado.",
        "ru": "После утверждения доклада ответы были изменены; настоящий документ не является утвержденным "
              "докладом.",
        "ar": "تغيّرت الإجابات منذ اعتماد التقرير؛ هذه الوثيقة ليست التقرير المعتمد.",
    },
    # Contents and headings
    "contents": {"en": "Contents", "zh": "目录", "fr": "Table des matières", "es": "Índice", "ru": "Содержание",
                 "ar": "المحتويات"},
    "focal_area": {
        "en": "Focal area {number}: {title}", "zh": "重点领域{number}：{title}",
        "fr": "Domaine prioritaire {number} : {title}", "es": "Esfera prioritaria {number}: {title}",
        "ru": "Приоритетная область {number}: {title}", "ar": "مجال التركيز {number}: {title}",
    },
    "objective": {
        "en": "Operational objective {number}: {title}", "zh": "业务目标{number}：{title}",
        "fr": "Objectif opérationnel {number} : {title}", "es": "Objetivo operacional {number}: {title}",
        "ru": "Оперативная цель {number}: {title}", "ar": "الهدف التشغيلي {number}: {title}",
    },
    "indicator_summary": {
        "en": "Indicator summary", "zh": "指标汇总", "fr": "Récapitulatif des indicateurs",
        "es": "Resumen de los indicadores", "ru": "Сводная информация по показателям", "ar": "موجز المؤشرات",
    },
    "signature": {
        "en": "Signature of the national focal point", "zh": "国家联络点签字",
        "fr": "Signature du correspondant national", "es": "Firma del coordinador nacional",
        "ru": "Подпись национального координационного центра", "ar": "توقيع جهة الاتصال الوطنية",
    },
    # Annex: changes since the previous report
    "changes_annex": {
        "en": "Annex: changes since the previous report", "zh": "附件：自上次报告以来的变化",
        "fr": "Annexe : changements depuis le rapport précédent", "es": "Anexo: cambios desde el informe anterior",
        "ru": "Приложение: изменения со времени предыдущего доклада", "ar": "مرفق: التغييرات منذ التقرير السابق",
    },
    "changes_intro": {
        "en": "Questions whose answer differs from the answer given in the previous report ({source}).",
        "zh": "答复与上次报告（{source}）所给答复不同的问题。",
        "fr": "Questions dont la réponse diffère de celle donnée dans le rapport précédent ({source}).",
        "es": "Preguntas cuya respuesta difiere de la dada en el informe anterior ({source}).",
        "ru": "Вопросы, ответ на которые отличается от ответа в предыдущем докладе ({source}).",
        "ar": "الأسئلة التي تختلف إجابتها عن الإجابة الواردة في التقرير السابق ({source}).",
    },
    "no_changes": {
        "en": "No answer differs from the previous report.", "zh": "没有答复与上次报告不同。",
        "fr": "Aucune réponse ne diffère du rapport précédent.", "es": "Ninguna respuesta difiere del informe anterior.",
        "ru": "Ни один ответ не отличается от предыдущего доклада.", "ar": "لا توجد إجابة تختلف عن التقرير السابق.",
    },
    "col_previous_answer": {"en": "Previous report", "zh": "上次报告", "fr": "Rapport précédent",
                            "es": "Informe anterior", "ru": "Предыдущий доклад", "ar": "التقرير السابق"},
    "col_current_answer": {"en": "This report", "zh": "本报告", "fr": "Ce rapport", "es": "Este informe",
                           "ru": "Настоящий доклад", "ar": "هذا التقرير"},
    # Answers
    "no_answer": {"en": "No answer given", "zh": "未作答复", "fr": "Aucune réponse donnée",
                  "es": "No se ha dado respuesta", "ru": "Ответ не дан", "ar": "لم تقدم إجابة"},
    "needs_review": {
        "en": "Carried over from the previous report; not yet reviewed.",
        "zh": "沿用上期报告的答复，尚未审核。",
        "fr": "Reprise du rapport précédent ; pas encore vérifiée.",
        "es": "Trasladada del informe anterior; aún no se ha revisado.",
        "ru": "Перенесено из предыдущего доклада; еще не проверено.",
        "ar": "منقولة من التقرير السابق؛ لم تُراجع بعد.",
    },
    "invalid": {
        "en": "This answer does not meet the question's rules.", "zh": "此答复不符合该问题的规则。",
        "fr": "Cette réponse ne respecte pas les règles de la question.",
        "es": "Esta respuesta no cumple las reglas de la pregunta.",
        "ru": "Этот ответ не соответствует правилам вопроса.",
        "ar": "لا تستوفي هذه الإجابة قواعد السؤال.",
    },
    "no_rows": {"en": "No rows", "zh": "无", "fr": "Aucune ligne", "es": "Ninguna fila", "ru": "Строк нет",
                "ar": "لا توجد صفوف"},
    # Indicator summary table
    "indicator": {"en": "Indicator", "zh": "指标", "fr": "Indicateur", "es": "Indicador", "ru": "Показатель",
                  "ar": "المؤشر"},
    "answers_given": {
        "en": "Required answers given", "zh": "已给出的必填答复", "fr": "Réponses obligatoires données",
        "es": "Respuestas obligatorias dadas", "ru": "Дано обязательных ответов", "ar": "الإجابات الإلزامية المقدمة",
    },
    "status": {"en": "Status", "zh": "状况", "fr": "État", "es": "Estado", "ru": "Статус", "ar": "الحالة"},
    # Signature block
    "name": {"en": "Name", "zh": "姓名", "fr": "Nom", "es": "Nombre", "ru": "Имя и фамилия", "ar": "الاسم"},
    "title": {"en": "Title", "zh": "职衔", "fr": "Fonction", "es": "Cargo", "ru": "Должность", "ar": "المنصب"},
    "place_date": {"en": "Place and date", "zh": "地点和日期", "fr": "Lieu et date", "es": "Lugar y fecha",
                   "ru": "Место и дата", "ar": "المكان والتاريخ"},
    "submitting_authority": {
        "en": "Submitting authority", "zh": "提交机关", "fr": "Autorité qui présente le rapport",
        "es": "Autoridad que presenta el informe", "ru": "Представляющий орган", "ar": "السلطة المقدمة للتقرير",
    },
    "submission_date": {"en": "Date of submission", "zh": "提交日期", "fr": "Date de présentation",
                        "es": "Fecha de presentación", "ru": "Дата представления", "ar": "تاريخ التقديم"},
    "submission_place": {"en": "Place of submission", "zh": "提交地点", "fr": "Lieu de présentation",
                         "es": "Lugar de presentación", "ru": "Место представления", "ar": "مكان التقديم"},
    "printed_on": {"en": "Printed on", "zh": "打印日期", "fr": "Imprimé le", "es": "Impreso el",
                   "ru": "Дата печати", "ar": "تاريخ الطباعة"},
    "place": {"en": "Place", "zh": "地点", "fr": "Lieu", "es": "Lugar", "ru": "Место", "ar": "المكان"},
    "date": {"en": "Date", "zh": "日期", "fr": "Date", "es": "Fecha", "ru": "Дата", "ar": "التاريخ"},
    "official_stamp": {"en": "Official stamp", "zh": "公章", "fr": "Cachet officiel", "es": "Sello oficial",
                       "ru": "Официальная печать", "ar": "الختم الرسمي"},
    "signature_line": {"en": "Signature", "zh": "签字", "fr": "Signature", "es": "Firma", "ru": "Подпись",
                       "ar": "التوقيع"},
    "certify": {
        "en": "I confirm that this report gives the information available to the national focal point "
              "for the period it covers.",
        "zh": "本人确认，本报告提供了国家联络点所掌握的所涉期间的信息。",
        "fr": "Je confirme que le présent rapport contient les informations dont dispose le correspondant "
              "national pour la période considérée.",
        "es": "Confirmo que el presente informe contiene la información de que dispone el coordinador nacional "
              "para el período que abarca.",
        "ru": "Настоящим подтверждаю, что в докладе представлена информация, имеющаяся у национального "
              "координационного центра за охватываемый период.",
        "ar": "أؤكد أن هذا التقرير يتضمن المعلومات المتاحة لجهة الاتصال الوطنية عن الفترة التي يشملها.",
    },
    # Page frame
    "page_of": {"en": "Page {page} of {pages}", "zh": "第 {page} 页，共 {pages} 页", "fr": "Page {page} sur {pages}",
                "es": "Página {page} de {pages}", "ru": "Стр. {page} из {pages}", "ar": "الصفحة {page} من {pages}"},
    "draft": {"en": "DRAFT - incomplete", "zh": "草稿 - 不完整", "fr": "PROJET - incomplet",
              "es": "BORRADOR - incompleto", "ru": "ПРОЕКТ - не заполнен", "ar": "مسودة - غير مكتملة"},
    # Workbook sheets and columns (sheet names stay within Excel's 31 characters)
    "sheet_about": {"en": "About", "zh": "说明", "fr": "À propos", "es": "Acerca de", "ru": "Сведения",
                    "ar": "معلومات"},
    "sheet_report": {"en": "Report", "zh": "报告", "fr": "Rapport", "es": "Informe", "ru": "Доклад",
                     "ar": "التقرير"},
    "sheet_indicators": {"en": "Indicators", "zh": "指标", "fr": "Indicateurs", "es": "Indicadores",
                         "ru": "Показатели", "ar": "المؤشرات"},
    "sheet_lists": {"en": "Lists", "zh": "选项", "fr": "Listes", "es": "Listas", "ru": "Списки", "ar": "القوائم"},
    "col_number": {"en": "No.", "zh": "编号", "fr": "N°", "es": "N.º", "ru": "№", "ar": "الرقم"},
    "col_focal_area": {"en": "Focal area", "zh": "重点领域", "fr": "Domaine prioritaire", "es": "Esfera prioritaria",
                       "ru": "Приоритетная область", "ar": "مجال التركيز"},
    "col_objective": {"en": "Operational objective", "zh": "业务目标", "fr": "Objectif opérationnel",
                      "es": "Objetivo operacional", "ru": "Оперативная цель", "ar": "الهدف التشغيلي"},
    "col_section": {"en": "Section", "zh": "部分", "fr": "Section", "es": "Sección", "ru": "Раздел", "ar": "القسم"},
    "col_objectives": {"en": "Operational objectives informed", "zh": "所涉业务目标",
                       "fr": "Objectifs opérationnels renseignés", "es": "Objetivos operacionales a los que contribuye",
                       "ru": "Оперативные цели, к которым относится", "ar": "الأهداف التشغيلية ذات الصلة"},
    "col_question": {"en": "Question", "zh": "问题", "fr": "Question", "es": "Pregunta", "ru": "Вопрос",
                     "ar": "السؤال"},
    "col_answer": {"en": "Answer", "zh": "答复", "fr": "Réponse", "es": "Respuesta", "ru": "Ответ", "ar": "الإجابة"},
    "col_allowed": {"en": "Allowed values", "zh": "允许的值", "fr": "Valeurs admises", "es": "Valores admitidos",
                    "ru": "Допустимые значения", "ar": "القيم المسموح بها"},
    "col_status": {"en": "Status", "zh": "状况", "fr": "État", "es": "Estado", "ru": "Статус", "ar": "الحالة"},
    "col_indicators": {"en": "Indicators", "zh": "指标", "fr": "Indicateurs", "es": "Indicadores",
                       "ru": "Показатели", "ar": "المؤشرات"},
    "col_question_id": {"en": "Question id", "zh": "问题标识", "fr": "Identifiant de la question",
                        "es": "Identificador de la pregunta", "ru": "Идентификатор вопроса", "ar": "معرّف السؤال"},
    "col_objective_number": {"en": "Objective", "zh": "业务目标", "fr": "Objectif", "es": "Objetivo", "ru": "Цель",
                             "ar": "الهدف"},
    "col_indicator_text": {"en": "Indicator text", "zh": "指标内容", "fr": "Libellé de l'indicateur",
                           "es": "Texto del indicador", "ru": "Формулировка показателя", "ar": "نص المؤشر"},
    "col_done": {"en": "Answers given", "zh": "已给出的答复", "fr": "Réponses données", "es": "Respuestas dadas",
                 "ru": "Дано ответов", "ar": "الإجابات المقدمة"},
    "col_required": {"en": "Answers required", "zh": "必填答复", "fr": "Réponses requises",
                     "es": "Respuestas requeridas", "ru": "Требуется ответов", "ar": "الإجابات المطلوبة"},
    "col_percent": {"en": "Percent", "zh": "百分比", "fr": "Pourcentage", "es": "Porcentaje", "ru": "Процент",
                    "ar": "النسبة المئوية"},
    "general_information": {"en": "General information", "zh": "一般信息", "fr": "Renseignements généraux",
                            "es": "Información general", "ru": "Общая информация", "ar": "معلومات عامة"},
    # About sheet
    "language": {"en": "Language", "zh": "语言", "fr": "Langue", "es": "Idioma", "ru": "Язык", "ar": "اللغة"},
    "exported_at": {"en": "Exported at", "zh": "导出时间", "fr": "Date de l'exportation",
                    "es": "Fecha de exportación", "ru": "Время экспорта", "ar": "وقت التصدير"},
    "answers_as_of": {"en": "Answers as of (UTC)", "zh": "答复截至（协调世界时）", "fr": "État des réponses au (UTC)",
                      "es": "Respuestas a fecha de (UTC)", "ru": "Ответы по состоянию на (UTC)",
                      "ar": "الإجابات حتى تاريخ (التوقيت العالمي المنسق)"},
    "program_version": {"en": "Program version", "zh": "程序版本", "fr": "Version du programme",
                        "es": "Versión del programa", "ru": "Версия программы", "ar": "إصدار البرنامج"},
    "report_file": {"en": "Report file", "zh": "报告文件", "fr": "Fichier du rapport", "es": "Archivo del informe",
                    "ru": "Файл доклада", "ar": "ملف التقرير"},
    "about_note": {
        "en": "Fill in or correct the Answer column of the Report sheet and the rows of the table sheets, "
              "then import this workbook into the report. Do not change the grey id columns and rows.",
        "zh": "请在“报告”工作表的“答复”列和各表格工作表中填写或更正答复，然后将本工作簿导入报告。请勿更改灰色的标识列和行。",
        "fr": "Remplissez ou corrigez la colonne « Réponse » de la feuille « Rapport » et les lignes des feuilles "
              "de tableaux, puis importez ce classeur dans le rapport. Ne modifiez pas les colonnes et lignes "
              "grises d'identifiants.",
        "es": "Complete o corrija la columna «Respuesta» de la hoja «Informe» y las filas de las hojas de tablas, "
              "y luego importe este libro en el informe. No modifique las columnas y filas grises de "
              "identificadores.",
        "ru": "Заполните или исправьте столбец «Ответ» на листе «Доклад» и строки на листах таблиц, затем "
              "импортируйте эту книгу в доклад. Не изменяйте серые столбцы и строки с идентификаторами.",
        "ar": "املأ عمود «الإجابة» في ورقة «التقرير» وصفوف أوراق الجداول أو صححها، ثم استورد هذا المصنف إلى "
              "التقرير. لا تغير الأعمدة والصفوف الرمادية التي تحمل المعرّفات.",
    },
    "see_sheet": {"en": "See sheet '{sheet}' ({rows})", "zh": "见工作表“{sheet}”（{rows}）",
                  "fr": "Voir la feuille « {sheet} » ({rows})", "es": "Véase la hoja «{sheet}» ({rows})",
                  "ru": "См. лист «{sheet}» ({rows})", "ar": "انظر الورقة «{sheet}» ({rows})"},
    # Allowed values column
    "allowed_text": {"en": "Text", "zh": "文字", "fr": "Texte", "es": "Texto", "ru": "Текст", "ar": "نص"},
    "allowed_multiline": {"en": "Text (several lines allowed)", "zh": "文字（可多行）",
                          "fr": "Texte (plusieurs lignes possibles)", "es": "Texto (se admiten varias líneas)",
                          "ru": "Текст (допускается несколько строк)", "ar": "نص (يجوز أن يكون من عدة أسطر)"},
    "allowed_integer": {"en": "Whole number", "zh": "整数", "fr": "Nombre entier", "es": "Número entero",
                        "ru": "Целое число", "ar": "عدد صحيح"},
    "allowed_decimal": {"en": "Number", "zh": "数字", "fr": "Nombre", "es": "Número", "ru": "Число", "ar": "عدد"},
    "allowed_percent": {"en": "Percentage (number from 0 to 100)", "zh": "百分比（0至100的数字）",
                        "fr": "Pourcentage (nombre de 0 à 100)", "es": "Porcentaje (número de 0 a 100)",
                        "ru": "Процент (число от 0 до 100)", "ar": "نسبة مئوية (عدد من 0 إلى 100)"},
    "allowed_date": {"en": "Date (YYYY-MM-DD)", "zh": "日期（YYYY-MM-DD）", "fr": "Date (AAAA-MM-JJ)",
                     "es": "Fecha (AAAA-MM-DD)", "ru": "Дата (ГГГГ-ММ-ДД)", "ar": "التاريخ (YYYY-MM-DD)"},
    "allowed_url": {"en": "Web address starting with http:// or https://", "zh": "以 http:// 或 https:// 开头的网址",
                    "fr": "Adresse Web commençant par http:// ou https://",
                    "es": "Dirección web que comienza por http:// o https://",
                    "ru": "Веб-адрес, начинающийся с http:// или https://",
                    "ar": "عنوان موقع شبكي يبدأ بـ http:// أو https://"},
    "allowed_email": {"en": "E-mail address", "zh": "电子邮件地址", "fr": "Adresse électronique",
                      "es": "Dirección de correo electrónico", "ru": "Адрес электронной почты",
                      "ar": "عنوان البريد الإلكتروني"},
    "allowed_one": {"en": "One of: {labels}", "zh": "以下之一：{labels}", "fr": "L'une des valeurs suivantes : {labels}",
                    "es": "Uno de los valores siguientes: {labels}", "ru": "Одно из следующих значений: {labels}",
                    "ar": "إحدى القيم التالية: {labels}"},
    "allowed_many": {
        "en": "One or more of: {labels} (separate them with '{separator}')",
        "zh": "以下一项或多项：{labels}（以“{separator}”分隔）",
        "fr": "Une ou plusieurs des valeurs suivantes : {labels} (séparées par « {separator} »)",
        "es": "Uno o varios de los valores siguientes: {labels} (separados por «{separator}»)",
        "ru": "Одно или несколько из следующих значений: {labels} (через «{separator}»)",
        "ar": "قيمة واحدة أو أكثر من القيم التالية: {labels} (يفصل بينها «{separator}»)",
    },
    "allowed_table": {"en": "Table (see its sheet)", "zh": "表格（见其工作表）", "fr": "Tableau (voir sa feuille)",
                      "es": "Tabla (véase su hoja)", "ru": "Таблица (см. ее лист)", "ar": "جدول (انظر ورقته)"},
    "allowed_or": {"en": "{allowed}; or: {specials}", "zh": "{allowed}；或：{specials}", "fr": "{allowed} ; ou : {specials}",
                   "es": "{allowed}; o: {specials}", "ru": "{allowed}; или: {specials}", "ar": "{allowed}؛ أو: {specials}"},
    # Workbook data validation: what a cell takes, said when it is selected and when a typed value is refused
    "valid_whole": {"en": "A whole number", "zh": "整数", "fr": "Un nombre entier", "es": "Un número entero",
                    "ru": "Целое число", "ar": "عدد صحيح"},
    "valid_decimal": {"en": "A number", "zh": "数字", "fr": "Un nombre", "es": "Un número", "ru": "Число",
                      "ar": "عدد"},
    "valid_year": {"en": "A year", "zh": "年份", "fr": "Une année", "es": "Un año", "ru": "Год", "ar": "سنة"},
    "valid_date": {"en": "A date (YYYY-MM-DD)", "zh": "日期（YYYY-MM-DD）", "fr": "Une date (AAAA-MM-JJ)",
                   "es": "Una fecha (AAAA-MM-DD)", "ru": "Дата (ГГГГ-ММ-ДД)", "ar": "تاريخ (YYYY-MM-DD)"},
    "valid_between": {"en": "{kind} from {low} to {high}", "zh": "{kind}，从 {low} 到 {high}",
                      "fr": "{kind} de {low} à {high}", "es": "{kind} de {low} a {high}", "ru": "{kind} от {low} до {high}",
                      "ar": "{kind} من {low} إلى {high}"},
    "valid_at_least": {"en": "{kind} of at least {low}", "zh": "{kind}，不小于 {low}", "fr": "{kind} supérieur ou égal à {low}",
                       "es": "{kind} mayor o igual que {low}", "ru": "{kind} не меньше {low}", "ar": "{kind} لا يقل عن {low}"},
    "valid_at_most": {"en": "{kind} of at most {high}", "zh": "{kind}，不大于 {high}", "fr": "{kind} inférieur ou égal à {high}",
                      "es": "{kind} menor o igual que {high}", "ru": "{kind} не больше {high}", "ar": "{kind} لا يزيد على {high}"},
    "valid_not_after_today": {"en": "{kind}, not after today", "zh": "{kind}，不晚于今天",
                              "fr": "{kind}, au plus tard aujourd'hui", "es": "{kind}, no posterior a hoy",
                              "ru": "{kind}, не позднее сегодняшнего дня", "ar": "{kind}، لا يتجاوز تاريخ اليوم"},
    "valid_choose": {"en": "Choose a value from the list", "zh": "请从列表中选择一个值",
                     "fr": "Choisissez une valeur dans la liste", "es": "Elija un valor de la lista",
                     "ru": "Выберите значение из списка", "ar": "اختر قيمة من القائمة"},
    "valid_refused": {"en": "Value not accepted", "zh": "不接受该值", "fr": "Valeur non acceptée",
                      "es": "Valor no aceptado", "ru": "Значение не принято", "ar": "القيمة غير مقبولة"},
}


def is_rtl_language(language: str) -> bool:
    """True for a language written from right to left (Arabic)."""
    return language in RTL_LANGUAGES


def phrase(key: str, language: str, **values: Any) -> str:
    """The phrase ``key`` in ``language`` (English when it has none), filled with ``values``."""
    texts = _PHRASES[key]
    text = texts.get(language) or texts["en"]
    return text.format(**values) if values else text


def all_translations(key: str) -> set[str]:
    """Every language's text of a phrase (a reader recognises a header in any of them)."""
    return set(_PHRASES[key].values())


def phrase_keys() -> tuple[str, ...]:
    """The keys of every phrase (for the test that each has all six languages)."""
    return tuple(_PHRASES)


def phrase_languages(key: str) -> frozenset[str]:
    """The languages a phrase is written in."""
    return frozenset(code for code, text in _PHRASES[key].items() if text)
