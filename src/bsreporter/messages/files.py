"""Messages about writing files and reading spreadsheets or other reports to import, in the six UN languages."""

from __future__ import annotations

FILE_MESSAGES: dict[str, dict[str, str]] = {
    # --- bsreporter.atomic: writing a file whole or not at all ---
    "folder_missing_choose": {
        "en": "The folder '{folder}' does not exist; choose an existing folder.",
        "zh": "文件夹“{folder}”不存在；请选择一个现有文件夹。",
        "fr": "Le dossier « {folder} » n'existe pas ; choisissez un dossier existant.",
        "es": "La carpeta «{folder}» no existe; elija una carpeta existente.",
        "ru": "Папка «{folder}» не существует; выберите существующую папку.",
        "ar": "المجلد «{folder}» غير موجود؛ اختر مجلدًا موجودًا.",
    },
    "destination_not_a_file": {
        "en": "'{name}' is not an ordinary file (it is a named pipe, a device or a socket); give the name of a file.",
        "zh": "“{name}”不是普通文件（而是命名管道、设备或套接字）；请给出一个文件名。",
        "fr": "« {name} » n'est pas un fichier ordinaire (c'est un tube nommé, un périphérique ou un socket) ; "
              "indiquez un nom de fichier.",
        "es": "«{name}» no es un archivo normal (es una canalización con nombre, un dispositivo o un socket); "
              "indique un nombre de archivo.",
        "ru": "«{name}» — не обычный файл (это именованный канал, устройство или сокет); укажите имя файла.",
        "ar": "«{name}» ليس ملفًا عاديًا (بل أنبوب مسمّى أو جهاز أو مقبس)؛ أدخل اسم ملف.",
    },
    "destination_is_folder": {
        "en": "'{path}' is a folder; give a file name.",
        "zh": "“{path}”是一个文件夹；请给出文件名。",
        "fr": "« {path} » est un dossier ; indiquez un nom de fichier.",
        "es": "«{path}» es una carpeta; indique un nombre de archivo.",
        "ru": "«{path}» — это папка; укажите имя файла.",
        "ar": "«{path}» مجلد؛ أدخل اسم ملف.",
    },
    "destination_read_only": {
        "en": "'{name}' is read-only; choose another file name or make it writable.",
        "zh": "“{name}”为只读文件；请另选文件名，或将其设为可写入。",
        "fr": "« {name} » est en lecture seule ; choisissez un autre nom de fichier ou rendez-le accessible en "
              "écriture.",
        "es": "«{name}» es de solo lectura; elija otro nombre de archivo o permita la escritura en él.",
        "ru": "«{name}» доступен только для чтения; выберите другое имя файла или разрешите запись в него.",
        "ar": "«{name}» للقراءة فقط؛ اختر اسم ملف آخر أو اجعله قابلًا للكتابة.",
    },
    "disk_full_writing": {
        "en": "The disk is full while writing '{name}'; {kept}. Free some space or choose another disk.",
        "zh": "写入“{name}”时磁盘已满；{kept}。请释放一些空间或选择其他磁盘。",
        "fr": "Le disque est plein pendant l'écriture de « {name} » ; {kept}. Libérez de l'espace ou choisissez un "
              "autre disque.",
        "es": "El disco se ha llenado al escribir «{name}»; {kept}. Libere espacio o elija otro disco.",
        "ru": "При записи «{name}» диск оказался заполнен; {kept}. Освободите место или выберите другой диск.",
        "ar": "امتلأ القرص أثناء كتابة «{name}»؛ {kept}. أفرغ بعض المساحة أو اختر قرصًا آخر.",
    },
    "disk_read_only": {
        "en": "The disk holding '{name}' is read-only; {kept}. Choose another folder.",
        "zh": "存放“{name}”的磁盘为只读；{kept}。请选择其他文件夹。",
        "fr": "Le disque contenant « {name} » est en lecture seule ; {kept}. Choisissez un autre dossier.",
        "es": "El disco que contiene «{name}» es de solo lectura; {kept}. Elija otra carpeta.",
        "ru": "Диск, на котором находится «{name}», доступен только для чтения; {kept}. Выберите другую папку.",
        "ar": "القرص الذي يحتوي على «{name}» للقراءة فقط؛ {kept}. اختر مجلدًا آخر.",
    },
    "file_in_use": {
        "en": "'{name}' is open in another program (for example a spreadsheet or PDF viewer) or locked; close it and "
              "try again, or choose another file name.",
        "zh": "“{name}”已在另一个程序（例如电子表格或 PDF 阅读器）中打开或已被锁定；请将其关闭后重试，或另选文件名。",
        "fr": "« {name} » est ouvert dans un autre programme (par exemple un tableur ou une visionneuse PDF) ou est "
              "verrouillé ; fermez-le et réessayez, ou choisissez un autre nom de fichier.",
        "es": "«{name}» está abierto en otro programa (por ejemplo, una hoja de cálculo o un visor de PDF) o está "
              "bloqueado; ciérrelo e inténtelo de nuevo, o elija otro nombre de archivo.",
        "ru": "«{name}» открыт в другой программе (например, в редакторе таблиц или программе просмотра PDF) или "
              "заблокирован; закройте его и повторите попытку или выберите другое имя файла.",
        "ar": "«{name}» مفتوح في برنامج آخر (مثل برنامج جداول بيانات أو عارض PDF) أو مُقفَل؛ أغلقه وحاول مرة أخرى، "
              "أو اختر اسم ملف آخر.",
    },
    "folder_no_permission": {
        "en": "The folder '{folder}' cannot be written (no permission); {kept}. Choose another folder.",
        "zh": "无法写入文件夹“{folder}”（没有权限）；{kept}。请选择其他文件夹。",
        "fr": "Le dossier « {folder} » n'est pas accessible en écriture (autorisation refusée) ; {kept}. Choisissez "
              "un autre dossier.",
        "es": "No se puede escribir en la carpeta «{folder}» (sin permiso); {kept}. Elija otra carpeta.",
        "ru": "Запись в папку «{folder}» невозможна (нет разрешения); {kept}. Выберите другую папку.",
        "ar": "تتعذر الكتابة في المجلد «{folder}» (لا يوجد إذن)؛ {kept}. اختر مجلدًا آخر.",
    },
    "file_write_failed": {
        "en": "'{name}' could not be written ({reason}); {kept}.",
        "zh": "无法写入“{name}”（{reason}）；{kept}。",
        "fr": "« {name} » n'a pas pu être écrit ({reason}) ; {kept}.",
        "es": "No se ha podido escribir «{name}» ({reason}); {kept}.",
        "ru": "Не удалось записать «{name}» ({reason}); {kept}.",
        "ar": "تعذرت كتابة «{name}» ({reason})؛ {kept}.",
    },
    "kept_nothing_written": {
        "en": "nothing was written",
        "zh": "未写入任何内容",
        "fr": "rien n'a été écrit",
        "es": "no se ha escrito nada",
        "ru": "ничего не записано",
        "ar": "لم يُكتب أي شيء",
    },
    "kept_existing": {
        "en": "the existing '{name}' was left as it was",
        "zh": "现有的“{name}”保持不变",
        "fr": "le fichier « {name} » existant a été laissé tel quel",
        "es": "el archivo «{name}» existente se ha dejado como estaba",
        "ru": "существующий файл «{name}» оставлен без изменений",
        "ar": "تُرك الملف الموجود «{name}» على حاله",
    },
    "export_over_report": {
        "en": "'{name}' is a bsreporter report; an export never replaces a report, so it is kept as it is. Choose "
              "another file name.",
        "zh": "“{name}”是一份 bsreporter 报告；导出绝不会替换报告，因此该文件保持不变。请另选文件名。",
        "fr": "« {name} » est un rapport bsreporter ; une exportation ne remplace jamais un rapport, il est donc "
              "conservé tel quel. Choisissez un autre nom de fichier.",
        "es": "«{name}» es un informe de bsreporter; una exportación nunca sustituye un informe, así que se "
              "conserva tal como está. Elija otro nombre de archivo.",
        "ru": "«{name}» — отчёт bsreporter; экспорт никогда не заменяет отчёт, поэтому файл оставлен без "
              "изменений. Выберите другое имя файла.",
        "ar": "«{name}» تقرير من bsreporter؛ لا يحلّ التصدير محلّ تقرير أبدًا، لذا تُرك الملف على حاله. اختر "
              "اسم ملف آخر.",
    },
    "export_named_as_report": {
        "en": "'{name}' ends in .bsr, the ending of reports; give the export a name ending in {suffix}.",
        "zh": "“{name}”以 .bsr 结尾，这是报告文件的扩展名；请为导出文件取一个以 {suffix} 结尾的名称。",
        "fr": "« {name} » se termine par .bsr, l'extension des rapports ; donnez à l'exportation un nom se terminant "
              "par {suffix}.",
        "es": "«{name}» termina en .bsr, la extensión de los informes; dé a la exportación un nombre que termine "
              "en {suffix}.",
        "ru": "Имя «{name}» оканчивается на .bsr — так называются отчёты; дайте экспортируемому файлу имя, "
              "оканчивающееся на {suffix}.",
        "ar": "ينتهي «{name}» بـ ‎.bsr، وهو امتداد التقارير؛ أعطِ الملف المُصدَّر اسمًا ينتهي بـ {suffix}.",
    },
    "export_over_input": {
        "en": "'{name}' is one of the files this command reads; it is kept as it is. Choose another file name "
              "for the result.",
        "zh": "“{name}”是此命令读取的文件之一；该文件保持不变。请为结果另选文件名。",
        "fr": "« {name} » fait partie des fichiers que lit cette commande ; il est conservé tel quel. Choisissez "
              "un autre nom de fichier pour le résultat.",
        "es": "«{name}» es uno de los archivos que lee este comando; se conserva tal como está. Elija otro "
              "nombre de archivo para el resultado.",
        "ru": "«{name}» — один из файлов, которые читает эта команда; он оставлен без изменений. Выберите "
              "другое имя файла для результата.",
        "ar": "«{name}» أحد الملفات التي يقرؤها هذا الأمر؛ تُرك على حاله. اختر اسم ملف آخر للنتيجة.",
    },
    "export_is_report_file": {
        "en": "'{name}' is the report file itself; choose another file name for the export.",
        "zh": "“{name}”就是报告文件本身；请为导出文件另选文件名。",
        "fr": "« {name} » est le fichier du rapport lui-même ; choisissez un autre nom de fichier pour "
              "l'exportation.",
        "es": "«{name}» es el propio archivo del informe; elija otro nombre de archivo para la exportación.",
        "ru": "«{name}» — это сам файл отчёта; выберите для экспорта другое имя файла.",
        "ar": "«{name}» هو ملف التقرير نفسه؛ اختر اسم ملف آخر للتصدير.",
    },
    "export_language_not_in_form": {
        "en": "'{language}' is not a language of this questionnaire; use one of {languages}.",
        "zh": "“{language}”不是本问卷的语言；请使用以下语言之一：{languages}。",
        "fr": "« {language} » n'est pas une langue de ce questionnaire ; utilisez l'une des langues suivantes : "
              "{languages}.",
        "es": "«{language}» no es un idioma de este cuestionario; utilice uno de estos: {languages}.",
        "ru": "«{language}» не является языком этого вопросника; используйте один из следующих: {languages}.",
        "ar": "«{language}» ليست من لغات هذا الاستبيان؛ استخدم إحدى اللغات التالية: {languages}.",
    },
    "export_paper_unknown": {
        "en": "Unknown paper size '{paper}'; use a4 or letter.",
        "zh": "未知的纸张大小“{paper}”；请使用 a4 或 letter。",
        "fr": "Format de papier inconnu « {paper} » ; utilisez a4 ou letter.",
        "es": "Tamaño de papel desconocido «{paper}»; utilice a4 o letter.",
        "ru": "Неизвестный формат бумаги «{paper}»; используйте a4 или letter.",
        "ar": "مقاس ورق غير معروف «{paper}»؛ استخدم a4 أو letter.",
    },
    "export_nothing_asked": {
        "en": "Say what to write: --pdf FILE, --xlsx FILE or both.",
        "zh": "请说明要写入的内容：--pdf FILE、--xlsx FILE，或两者皆写。",
        "fr": "Indiquez ce qu'il faut écrire : --pdf FILE, --xlsx FILE ou les deux.",
        "es": "Indique qué se debe escribir: --pdf FILE, --xlsx FILE o ambos.",
        "ru": "Укажите, что записать: --pdf FILE, --xlsx FILE или оба.",
        "ar": "حدِّد ما يجب كتابته: --pdf FILE أو --xlsx FILE أو كليهما.",
    },
    "export_same_file_twice": {
        "en": "The PDF and the XLSX need two different file names.",
        "zh": "PDF 和 XLSX 需要使用两个不同的文件名。",
        "fr": "Le PDF et le XLSX doivent porter deux noms de fichier différents.",
        "es": "El PDF y el XLSX necesitan dos nombres de archivo distintos.",
        "ru": "Для PDF и XLSX нужны два разных имени файла.",
        "ar": "يحتاج ملف PDF وملف XLSX إلى اسمي ملفين مختلفين.",
    },
    "pdf_pages_unsettled": {
        "en": "The PDF's page numbers did not settle; export again, and report the problem if it persists.",
        "zh": "PDF 的页码未能确定；请重新导出，如问题仍然存在，请报告该问题。",
        "fr": "Les numéros de page du PDF ne se sont pas stabilisés ; exportez de nouveau et signalez le problème "
              "s'il persiste.",
        "es": "Los números de página del PDF no se estabilizaron; vuelva a exportar y notifique el problema si "
              "persiste.",
        "ru": "Номера страниц PDF не удалось окончательно определить; повторите экспорт и сообщите о проблеме, "
              "если она сохранится.",
        "ar": "لم تستقر أرقام صفحات ملف PDF؛ أعد التصدير، وأبلغ عن المشكلة إن استمرت.",
    },
    "pdf_layout_failed": {
        "en": "The PDF could not be laid out ({reason}). A very long answer may not fit on a page; shorten it and "
              "export again.",
        "zh": "无法完成 PDF 的版面编排（{reason}）。可能有很长的答复无法容纳在一页中；请缩短后重新导出。",
        "fr": "La mise en page du PDF a échoué ({reason}). Une réponse très longue ne tient peut-être pas sur "
              "une page ; raccourcissez-la et exportez de nouveau.",
        "es": "No se pudo maquetar el PDF ({reason}). Es posible que una respuesta muy larga no quepa en una "
              "página; acórtela y vuelva a exportar.",
        "ru": "Не удалось сверстать PDF ({reason}). Возможно, очень длинный ответ не помещается на страницу; "
              "сократите его и повторите экспорт.",
        "ar": "تعذّر تنسيق صفحات ملف PDF ({reason}). ربما لا تتسع صفحة واحدة لإجابة طويلة جدًا؛ اختصرها وأعد "
              "التصدير.",
    },
    "pdf_bidi_failed": {
        "en": "The right-to-left text support could not order a line; reinstall the program.",
        "zh": "从右到左文字支持组件无法排列某一行；请重新安装本程序。",
        "fr": "La prise en charge de l'écriture de droite à gauche n'a pas pu ordonner une ligne ; réinstallez le "
              "programme.",
        "es": "El soporte de texto de derecha a izquierda no pudo ordenar una línea; vuelva a instalar el "
              "programa.",
        "ru": "Модуль поддержки письма справа налево не смог упорядочить строку; переустановите программу.",
        "ar": "تعذّر على دعم الكتابة من اليمين إلى اليسار ترتيب سطر؛ أعد تثبيت البرنامج.",
    },
    "font_damaged": {
        "en": "The font file '{path}' is missing or damaged; reinstall the program.",
        "zh": "字体文件“{path}”缺失或已损坏；请重新安装本程序。",
        "fr": "Le fichier de police « {path} » est absent ou endommagé ; réinstallez le programme.",
        "es": "Falta el archivo de fuente «{path}» o está dañado; vuelva a instalar el programa.",
        "ru": "Файл шрифта «{path}» отсутствует или повреждён; переустановите программу.",
        "ar": "ملف الخط «{path}» مفقود أو تالف؛ أعد تثبيت البرنامج.",
    },
    # --- bsreporter.exchange.aggregate and analysis_db: the Secretariat's analysis across Parties ---
    "analysis_db_over_other_file": {
        "en": "'{name}' already exists and is not an analysis database written by bsreporter aggregate; it is kept "
              "as it is. Choose another file name, or move that file away first.",
        "zh": "“{name}”已存在，且不是由 bsreporter aggregate 写入的分析数据库；该文件保持不变。请另选文件名，"
              "或先将该文件移走。",
        "fr": "« {name} » existe déjà et n'est pas une base d'analyse écrite par bsreporter aggregate ; il est "
              "conservé tel quel. Choisissez un autre nom de fichier, ou déplacez d'abord ce fichier.",
        "es": "«{name}» ya existe y no es una base de datos de análisis escrita por bsreporter aggregate; se "
              "conserva tal como está. Elija otro nombre de archivo o traslade antes ese archivo a otro lugar.",
        "ru": "«{name}» уже существует и не является базой данных анализа, записанной командой bsreporter "
              "aggregate; файл оставлен без изменений. Выберите другое имя файла или сначала переместите этот файл.",
        "ar": "«{name}» موجود بالفعل وليس قاعدة بيانات تحليل كتبها الأمر bsreporter aggregate؛ تُرك على حاله. "
              "اختر اسم ملف آخر، أو انقل ذلك الملف أولًا.",
    },
    "analysis_db_write_failed": {
        "en": "The analysis database '{name}' could not be made ({reason}); nothing was written.",
        "zh": "无法生成分析数据库“{name}”（{reason}）；未写入任何内容。",
        "fr": "La base d'analyse « {name} » n'a pas pu être créée ({reason}) ; rien n'a été écrit.",
        "es": "No se ha podido crear la base de datos de análisis «{name}» ({reason}); no se ha escrito nada.",
        "ru": "Не удалось создать базу данных анализа «{name}» ({reason}); ничего не записано.",
        "ar": "تعذر إنشاء قاعدة بيانات التحليل «{name}» ({reason})؛ لم يُكتب أي شيء.",
    },
    "aggregate_no_output": {
        "en": "Say where to write the analysis: -o SUMMARY.xlsx, --db ANALYSIS.db, or both.",
        "zh": "请指明分析结果的写入位置：-o SUMMARY.xlsx、--db ANALYSIS.db，或两者都指定。",
        "fr": "Indiquez où écrire l'analyse : -o SUMMARY.xlsx, --db ANALYSIS.db, ou les deux.",
        "es": "Indique dónde escribir el análisis: -o SUMMARY.xlsx, --db ANALYSIS.db o ambos.",
        "ru": "Укажите, куда записать анализ: -o SUMMARY.xlsx, --db ANALYSIS.db или оба варианта.",
        "ar": "حدّد مكان كتابة التحليل: ‎-o SUMMARY.xlsx أو ‎--db ANALYSIS.db أو كليهما.",
    },
    "aggregate_same_destination": {
        "en": "-o and --db both name '{name}'; give the workbook and the database a name each.",
        "zh": "-o 和 --db 指向同一个文件“{name}”；请分别为工作簿和数据库指定文件名。",
        "fr": "-o et --db désignent tous deux « {name} » ; donnez un nom distinct au classeur et à la base de données.",
        "es": "-o y --db indican ambos «{name}»; dé un nombre distinto al libro y a la base de datos.",
        "ru": "-o и --db указывают на один и тот же файл «{name}»; дайте книге и базе данных разные имена.",
        "ar": "يشير ‎-o و‎--db كلاهما إلى «{name}»؛ أعطِ المصنّف وقاعدة البيانات اسمًا لكل منهما.",
    },
    "aggregate_no_files": {
        "en": "Give at least one report file to analyse.",
        "zh": "请至少提供一个要分析的报告文件。",
        "fr": "Indiquez au moins un fichier de rapport à analyser.",
        "es": "Indique al menos un archivo de informe para analizar.",
        "ru": "Укажите хотя бы один файл отчёта для анализа.",
        "ar": "أدخل ملف تقرير واحدًا على الأقل لتحليله.",
    },
    "aggregate_nothing_readable": {
        "en": "None of the files could be read: {reasons}",
        "zh": "所有文件均无法读取：{reasons}",
        "fr": "Aucun des fichiers n'a pu être lu : {reasons}",
        "es": "No se ha podido leer ninguno de los archivos: {reasons}",
        "ru": "Не удалось прочитать ни один из файлов: {reasons}",
        "ar": "تعذرت قراءة أي من الملفات: {reasons}",
    },
    "aggregate_workbook_problems": {
        "en": "{count} answers cannot be read, first: {first}",
        "zh": "有 {count} 个答复无法读取，第一个：{first}",
        "fr": "{count} réponses ne peuvent pas être lues ; la première : {first}",
        "es": "No se pueden leer {count} respuestas; la primera: {first}",
        "ru": "Не удаётся прочитать ответов: {count}; первый: {first}",
        "ar": "تتعذر قراءة {count} من الإجابات، وأولها: {first}",
    },
    "aggregate_same_party_copies": {
        "en": "{party} is given in more than one file holding the same answers ('{kept}', {others}): counted once.",
        "zh": "{party} 出现在多个答复相同的文件中（“{kept}”，{others}）：只计算一次。",
        "fr": "{party} figure dans plusieurs fichiers contenant les mêmes réponses (« {kept} », {others}) : "
              "compté une seule fois.",
        "es": "{party} figura en más de un archivo con las mismas respuestas («{kept}», {others}): se cuenta una "
              "sola vez.",
        "ru": "{party} встречается в нескольких файлах с одинаковыми ответами («{kept}», {others}): учтено один "
              "раз.",
        "ar": "ورد {party} في أكثر من ملف بالإجابات نفسها («{kept}»، {others}): حُسب مرة واحدة.",
    },
    "aggregate_same_party_differs": {
        "en": "{party} is given in more than one file and their answers differ: counted once, from '{kept}', whose "
              "answers were changed last ({when}); set aside: {others}.",
        "zh": "{party} 出现在多个文件中，且答复不同：只计算一次，采用最近修改答复的“{kept}”（{when}）；"
              "未采用：{others}。",
        "fr": "{party} figure dans plusieurs fichiers dont les réponses diffèrent : compté une seule fois, d'après "
              "« {kept} », dont les réponses ont été modifiées en dernier ({when}) ; écartés : {others}.",
        "es": "{party} figura en más de un archivo y sus respuestas difieren: se cuenta una sola vez, según "
              "«{kept}», cuyas respuestas se modificaron por última vez ({when}); descartados: {others}.",
        "ru": "{party} встречается в нескольких файлах с разными ответами: учтено один раз, по файлу «{kept}», "
              "ответы в котором изменены последними ({when}); не учтены: {others}.",
        "ar": "ورد {party} في أكثر من ملف وتختلف إجاباتها: حُسب مرة واحدة، من «{kept}» الذي عُدّلت إجاباته "
              "آخرًا ({when})؛ استُبعد: {others}.",
    },
    # the summary workbook of ``bsreporter aggregate --output``: sheets, column headers and cells
    "aggregate_sheet_indicators": {"en": "Indicators", "zh": "指标", "fr": "Indicateurs", "es": "Indicadores",
                                   "ru": "Показатели", "ar": "المؤشرات"},
    "aggregate_sheet_reports": {"en": "Reports", "zh": "报告", "fr": "Rapports", "es": "Informes", "ru": "Доклады",
                                "ar": "التقارير"},
    "aggregate_col_indicator": {"en": "Indicator", "zh": "指标", "fr": "Indicateur", "es": "Indicador",
                                "ru": "Показатель", "ar": "المؤشر"},
    "aggregate_col_text": {"en": "Text", "zh": "案文", "fr": "Texte", "es": "Texto", "ru": "Текст", "ar": "النص"},
    "aggregate_col_kind": {"en": "Kind", "zh": "类型", "fr": "Type", "es": "Tipo", "ru": "Вид", "ar": "النوع"},
    "aggregate_col_value": {"en": "Value", "zh": "数值", "fr": "Valeur", "es": "Valor", "ru": "Значение",
                            "ar": "القيمة"},
    "aggregate_col_counted": {"en": "Parties counted", "zh": "计入的缔约方", "fr": "Parties comptées",
                              "es": "Partes contabilizadas", "ru": "Учтено Сторон", "ar": "الأطراف المحسوبة"},
    "aggregate_col_answered": {"en": "Parties answered", "zh": "作答的缔约方", "fr": "Parties ayant répondu",
                               "es": "Partes que respondieron", "ru": "Ответивших Сторон",
                               "ar": "الأطراف التي أجابت"},
    "aggregate_col_not_answered": {"en": "Did not answer", "zh": "未作答", "fr": "N'ont pas répondu",
                                   "es": "No respondieron", "ru": "Не ответили", "ar": "لم تُجب"},
    "aggregate_col_behind": {"en": "Parties behind the figure", "zh": "该数字所涉缔约方",
                             "fr": "Parties à l'origine du chiffre", "es": "Partes que componen la cifra",
                             "ru": "Стороны, из которых сложен показатель", "ar": "الأطراف التي يستند إليها الرقم"},
    "aggregate_col_party_or_file": {"en": "Party or file", "zh": "缔约方或文件", "fr": "Partie ou fichier",
                                    "es": "Parte o archivo", "ru": "Сторона или файл", "ar": "الطرف أو الملف"},
    "aggregate_col_read": {"en": "Read", "zh": "已读取", "fr": "Lu", "es": "Leído", "ru": "Прочитан",
                           "ar": "مقروء"},
    "aggregate_row_read": {"en": "yes", "zh": "是", "fr": "oui", "es": "sí", "ru": "да", "ar": "نعم"},
    "aggregate_row_unreadable": {"en": "no: {reason}", "zh": "否：{reason}", "fr": "non : {reason}",
                                 "es": "no: {reason}", "ru": "нет: {reason}", "ar": "لا: {reason}"},
    "aggregate_kind_count": {"en": "count", "zh": "计数", "fr": "nombre", "es": "recuento", "ru": "количество",
                             "ar": "عدد"},
    "aggregate_kind_percentage": {"en": "percentage", "zh": "百分比", "fr": "pourcentage", "es": "porcentaje",
                                  "ru": "процент", "ar": "نسبة مئوية"},
    "aggregate_kind_sum": {"en": "sum", "zh": "总和", "fr": "somme", "es": "suma", "ru": "сумма", "ar": "مجموع"},
    "file_reason": {"en": "{name}: {reason}", "zh": "{name}：{reason}", "fr": "{name} : {reason}",
                    "es": "{name}: {reason}", "ru": "{name}: {reason}", "ar": "{name}: {reason}"},
    "aggregate_set_aside_row": {
        "en": "no: the same Party as '{kept}', counted once",
        "zh": "否：与“{kept}”为同一缔约方，只计算一次",
        "fr": "non : même Partie que « {kept} », comptée une seule fois",
        "es": "no: la misma Parte que «{kept}», contada una sola vez",
        "ru": "нет: та же Сторона, что и в «{kept}», учтена один раз",
        "ar": "لا: الطرف نفسه الوارد في «{kept}»، حُسب مرة واحدة",
    },
    "export_over_other_pdf": {
        "en": "'{name}' already exists and is not a PDF; an export replaces only an earlier PDF, so it is kept as "
              "it is. To export, choose another file name ending in .pdf.",
        "zh": "“{name}”已存在且不是 PDF 文件；导出只会替换先前的 PDF，因此该文件保持不变。如需导出，请另选一个以 "
              ".pdf 结尾的文件名。",
        "fr": "« {name} » existe déjà et n'est pas un PDF ; une exportation ne remplace qu'un PDF antérieur, il est "
              "donc conservé tel quel. Pour exporter, choisissez un autre nom de fichier se terminant par .pdf.",
        "es": "«{name}» ya existe y no es un PDF; una exportación solo sustituye un PDF anterior, así que se "
              "conserva tal como está. Para exportar, elija otro nombre de archivo que termine en .pdf.",
        "ru": "«{name}» уже существует и не является PDF; экспорт заменяет только прежний PDF, поэтому файл "
              "оставлен без изменений. Чтобы экспортировать, выберите другое имя файла, оканчивающееся на .pdf.",
        "ar": "«{name}» موجود بالفعل وليس ملف PDF؛ لا يحلّ التصدير إلا محلّ ملف PDF سابق، لذا تُرك على حاله. "
              "للتصدير، اختر اسم ملف آخر ينتهي بـ ‎.pdf.",
    },
    "export_over_other_xlsx": {
        "en": "'{name}' already exists and is not an XLSX workbook; an export replaces only an earlier workbook, "
              "so it is kept as it is. To export, choose another file name ending in .xlsx.",
        "zh": "“{name}”已存在且不是 XLSX 工作簿；导出只会替换先前的工作簿，因此该文件保持不变。如需导出，请另选一个以 "
              ".xlsx 结尾的文件名。",
        "fr": "« {name} » existe déjà et n'est pas un classeur XLSX ; une exportation ne remplace qu'un classeur "
              "antérieur, il est donc conservé tel quel. Pour exporter, choisissez un autre nom de fichier se "
              "terminant par .xlsx.",
        "es": "«{name}» ya existe y no es un libro XLSX; una exportación solo sustituye un libro anterior, así que "
              "se conserva tal como está. Para exportar, elija otro nombre de archivo que termine en .xlsx.",
        "ru": "«{name}» уже существует и не является книгой XLSX; экспорт заменяет только прежнюю книгу, поэтому "
              "файл оставлен без изменений. Чтобы экспортировать, выберите другое имя файла, оканчивающееся на "
              ".xlsx.",
        "ar": "«{name}» موجود بالفعل وليس مصنّف XLSX؛ لا يحلّ التصدير إلا محلّ مصنّف سابق، لذا تُرك على حاله. "
              "للتصدير، اختر اسم ملف آخر ينتهي بـ ‎.xlsx.",
    },
    "background_process_ended": {
        "en": "The work stopped before it finished: the process doing it in the background ended unexpectedly. "
              "No file was written and the report is as it was; try again.",
        "zh": "该操作未完成即已停止：在后台执行它的进程意外结束。没有写入任何文件，报告保持原样；请重试。",
        "fr": "Le travail s'est arrêté avant d'être terminé : le processus qui l'effectuait en arrière-plan s'est "
              "terminé de façon inattendue. Aucun fichier n'a été écrit et le rapport est resté tel quel ; "
              "réessayez.",
        "es": "El trabajo se detuvo antes de terminar: el proceso que lo realizaba en segundo plano finalizó de "
              "forma inesperada. No se escribió ningún archivo y el informe quedó como estaba; inténtelo de nuevo.",
        "ru": "Работа остановилась, не завершившись: процесс, выполнявший её в фоновом режиме, неожиданно "
              "завершился. Ни один файл не был записан, отчёт остался без изменений; повторите попытку.",
        "ar": "توقف العمل قبل أن يكتمل: فقد انتهت العملية التي كانت تنفذه في الخلفية على نحو غير متوقع. لم يُكتب "
              "أي ملف وبقي التقرير على حاله؛ يرجى المحاولة مرة أخرى.",
    },
    # --- bsreporter.exchange.sources: files to import answers from ---
    "source_missing": {
        "en": "'{path}' does not exist.",
        "zh": "“{path}”不存在。",
        "fr": "« {path} » n'existe pas.",
        "es": "«{path}» no existe.",
        "ru": "«{path}» не существует.",
        "ar": "«{path}» غير موجود.",
    },
    "xlsx_password": {
        "en": "'{name}' is protected by a password. Open it in Excel or LibreOffice, remove the password (File > "
              "Info > Protect Workbook, or File > Properties > Security) and save it again as .xlsx.",
        "zh": "“{name}”受密码保护。请在 Excel 或 LibreOffice 中打开，删除密码（文件 > 信息 > 保护工作簿，或文件 > "
              "属性 > 安全性），然后重新另存为 .xlsx。",
        "fr": "« {name} » est protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, supprimez le mot de "
              "passe (Fichier > Informations > Protéger le classeur, ou Fichier > Propriétés > Sécurité) et "
              "enregistrez-le de nouveau au format .xlsx.",
        "es": "«{name}» está protegido con una contraseña. Ábralo en Excel o LibreOffice, quite la contraseña "
              "(Archivo > Información > Proteger libro, o Archivo > Propiedades > Seguridad) y vuelva a guardarlo "
              "como .xlsx.",
        "ru": "«{name}» защищён паролем. Откройте его в Excel или LibreOffice, снимите пароль (Файл > Сведения > "
              "Защитить книгу или Файл > Свойства > Безопасность) и снова сохраните его в формате .xlsx.",
        "ar": "«{name}» محمي بكلمة مرور. افتحه في Excel أو LibreOffice، وأزل كلمة المرور (ملف > معلومات > حماية "
              "المصنف، أو ملف > خصائص > الأمان)، ثم احفظه مجددًا بصيغة .xlsx.",
    },
    "xls_old": {
        "en": "'{name}' is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an "
              "Excel Workbook (.xlsx), then import that file.",
        "zh": "“{name}”是旧版 Excel 97-2003 工作簿（.xls）。请在 Excel 或 LibreOffice 中打开，另存为 Excel 工作簿"
              "（.xlsx），然后导入该文件。",
        "fr": "« {name} » est un ancien classeur Excel 97-2003 (.xls). Ouvrez-le dans Excel ou LibreOffice, "
              "enregistrez-le en tant que classeur Excel (.xlsx), puis importez ce fichier.",
        "es": "«{name}» es un libro antiguo de Excel 97-2003 (.xls). Ábralo en Excel o LibreOffice, guárdelo como "
              "libro de Excel (.xlsx) y, a continuación, importe ese archivo.",
        "ru": "«{name}» — книга старого формата Excel 97-2003 (.xls). Откройте её в Excel или LibreOffice, "
              "сохраните как книгу Excel (.xlsx) и импортируйте этот файл.",
        "ar": "«{name}» مصنف Excel قديم بصيغة 97-2003 (.xls). افتحه في Excel أو LibreOffice واحفظه بصيغة مصنف "
              "Excel (.xlsx)، ثم استورد ذلك الملف.",
    },
    "not_spreadsheet": {
        "en": "'{name}' is not a spreadsheet this program can read; save it as an Excel Workbook (.xlsx) and try "
              "again.",
        "zh": "“{name}”不是本程序可读取的电子表格；请将其另存为 Excel 工作簿（.xlsx）后重试。",
        "fr": "« {name} » n'est pas une feuille de calcul que ce programme peut lire ; enregistrez-le en tant que "
              "classeur Excel (.xlsx) et réessayez.",
        "es": "«{name}» no es una hoja de cálculo que este programa pueda leer; guárdelo como libro de Excel (.xlsx) "
              "e inténtelo de nuevo.",
        "ru": "«{name}» не является электронной таблицей, которую может прочитать эта программа; сохраните его как "
              "книгу Excel (.xlsx) и повторите попытку.",
        "ar": "«{name}» ليس جدول بيانات يستطيع هذا البرنامج قراءته؛ احفظه بصيغة مصنف Excel (.xlsx) وحاول مرة أخرى.",
    },
    "ods_spreadsheet": {
        "en": "'{name}' is an OpenDocument spreadsheet (.ods). In LibreOffice choose File > Save As > Excel 2007-365 "
              "(.xlsx), then import that file.",
        "zh": "“{name}”是 OpenDocument 电子表格（.ods）。请在 LibreOffice 中选择“文件 > 另存为 > Excel 2007-365"
              "（.xlsx）”，然后导入该文件。",
        "fr": "« {name} » est une feuille de calcul OpenDocument (.ods). Dans LibreOffice, choisissez Fichier > "
              "Enregistrer sous > Excel 2007-365 (.xlsx), puis importez ce fichier.",
        "es": "«{name}» es una hoja de cálculo OpenDocument (.ods). En LibreOffice, elija Archivo > Guardar como > "
              "Excel 2007-365 (.xlsx) y, a continuación, importe ese archivo.",
        "ru": "«{name}» — электронная таблица OpenDocument (.ods). В LibreOffice выберите Файл > Сохранить как > "
              "Excel 2007-365 (.xlsx) и импортируйте этот файл.",
        "ar": "«{name}» جدول بيانات بصيغة OpenDocument (.ods). في LibreOffice اختر ملف > حفظ باسم > Excel 2007-365 "
              "(.xlsx)، ثم استورد ذلك الملف.",
    },
    "zip_bomb": {
        "en": "'{name}' would unpack to {size} bytes, far more than any report; it was not opened. Check that this "
              "is the right file.",
        "zh": "“{name}”解压后将达到 {size} 字节，远超任何报告的大小；因此未打开该文件。请检查文件是否正确。",
        "fr": "« {name} » occuperait {size} octets une fois décompressé, bien plus que n'importe quel rapport ; il "
              "n'a pas été ouvert. Vérifiez qu'il s'agit du bon fichier.",
        "es": "«{name}» ocuparía {size} bytes al descomprimirse, mucho más que cualquier informe; no se ha abierto. "
              "Compruebe que se trata del archivo correcto.",
        "ru": "После распаковки «{name}» занял бы {size} байт — гораздо больше любого отчёта; файл не открыт. "
              "Проверьте, что это нужный файл.",
        "ar": "سيبلغ حجم «{name}» بعد فك ضغطه {size} بايت، وهو أكبر بكثير من أي تقرير؛ لذا لم يُفتح. تحقق من أنه "
              "الملف الصحيح.",
    },
    "not_workbook": {
        "en": "'{name}' is not an Excel workbook; save it as .xlsx and try again.",
        "zh": "“{name}”不是 Excel 工作簿；请将其另存为 .xlsx 后重试。",
        "fr": "« {name} » n'est pas un classeur Excel ; enregistrez-le au format .xlsx et réessayez.",
        "es": "«{name}» no es un libro de Excel; guárdelo como .xlsx e inténtelo de nuevo.",
        "ru": "«{name}» не является книгой Excel; сохраните его в формате .xlsx и повторите попытку.",
        "ar": "«{name}» ليس مصنف Excel؛ احفظه بصيغة .xlsx وحاول مرة أخرى.",
    },
    "damaged_part": {
        "en": "'{name}' is damaged (part '{part}' cannot be read); ask for a new copy.",
        "zh": "“{name}”已损坏（无法读取部件“{part}”）；请索取一份新副本。",
        "fr": "« {name} » est endommagé (la partie « {part} » est illisible) ; demandez-en une nouvelle copie.",
        "es": "«{name}» está dañado (no se puede leer la parte «{part}»); solicite una nueva copia.",
        "ru": "«{name}» повреждён (не читается часть «{part}»); запросите новую копию.",
        "ar": "«{name}» تالف (تتعذر قراءة الجزء «{part}»)؛ اطلب نسخة جديدة.",
    },
    "damaged_incomplete": {
        "en": "'{name}' is damaged or incomplete (perhaps cut short while copying); ask for a new copy.",
        "zh": "“{name}”已损坏或不完整（可能在复制时被截断）；请索取一份新副本。",
        "fr": "« {name} » est endommagé ou incomplet (peut-être tronqué lors de la copie) ; demandez-en une nouvelle "
              "copie.",
        "es": "«{name}» está dañado o incompleto (quizá se truncó al copiarlo); solicite una nueva copia.",
        "ru": "«{name}» повреждён или неполон (возможно, обрезан при копировании); запросите новую копию.",
        "ar": "«{name}» تالف أو غير مكتمل (ربما بُتر أثناء النسخ)؛ اطلب نسخة جديدة.",
    },
    "too_many_rows": {
        "en": "Sheet '{sheet}' of '{name}' has {size}; a report has a few hundred. Remove the extra rows or choose "
              "the right file.",
        "zh": "“{name}”中的工作表“{sheet}”有{size}；一份报告只有几百行。请删除多余的行或选择正确的文件。",
        "fr": "La feuille « {sheet} » de « {name} » compte {size} ; un rapport en compte quelques centaines. "
              "Supprimez les lignes en trop ou choisissez le bon fichier.",
        "es": "La hoja «{sheet}» de «{name}» tiene {size}; un informe tiene unos cientos. Elimine las filas "
              "sobrantes o elija el archivo correcto.",
        "ru": "Лист «{sheet}» файла «{name}» содержит {size}; в отчёте их несколько сотен. Удалите лишние строки "
              "или выберите нужный файл.",
        "ar": "تحتوي الورقة «{sheet}» في «{name}» على {size}؛ في حين يحتوي التقرير على بضع مئات منها. احذف "
              "الصفوف الزائدة أو اختر الملف الصحيح.",
    },
    "too_many_cells": {
        "en": "Sheet '{sheet}' of '{name}' has or spans more than {limit} cells, the most this program reads; a "
              "report's workbook has a few thousand. It was not opened. Delete the rows and columns that are not "
              "answers (or copy the answers alone into a new workbook) and import that.",
        "zh": "“{name}”中的工作表“{sheet}”包含或跨越超过 {limit} 个单元格，这是本程序可读取的上限；一份报告的工作簿只有几千个。"
              "该文件未被打开。请删除不是答复的行和列（或只把答复复制到新工作簿中），然后导入该文件。",
        "fr": "La feuille « {sheet} » de « {name} » contient ou couvre plus de {limit} cellules, le maximum que ce "
              "programme lit ; le classeur d'un rapport en compte quelques milliers. Il n'a pas été ouvert. "
              "Supprimez les lignes et colonnes qui ne sont pas des réponses (ou copiez les seules réponses dans un "
              "nouveau classeur) et importez celui-ci.",
        "es": "La hoja «{sheet}» de «{name}» contiene o abarca más de {limit} celdas, el máximo que lee este "
              "programa; el libro de un informe tiene unos pocos miles. No se ha abierto. Elimine las filas y "
              "columnas que no sean respuestas (o copie solo las respuestas en un libro nuevo) e importe ese libro.",
        "ru": "Лист «{sheet}» файла «{name}» содержит или охватывает более {limit} ячеек — больше, чем читает эта "
              "программа; в книге отчёта их несколько тысяч. Файл не открыт. Удалите строки и столбцы, не "
              "содержащие ответов (или скопируйте только ответы в новую книгу), и импортируйте её.",
        "ar": "تحتوي الورقة «{sheet}» في «{name}» على أكثر من {limit} خلية أو تمتد عبرها، وهو أقصى ما يقرؤه هذا "
              "البرنامج؛ في حين يحتوي مصنف التقرير على بضعة آلاف. لم يُفتح الملف. احذف الصفوف والأعمدة التي ليست "
              "إجابات (أو انسخ الإجابات وحدها إلى مصنف جديد) ثم استورده.",
    },
    "sheets_too_big": {
        "en": "The sheets of '{name}' unpack to {size} bytes, more than the {limit} this program reads; a report's "
              "workbook needs well under one megabyte. It was not opened. Copy the answers alone into a new workbook "
              "and import that.",
        "zh": "“{name}”的工作表解压后为 {size} 字节，超过本程序可读取的 {limit} 字节；一份报告的工作簿远小于 1 MB。该文件未被打开。"
              "请只把答复复制到新工作簿中，然后导入该文件。",
        "fr": "Les feuilles de « {name} » occupent {size} octets une fois décompressées, plus que les {limit} que "
              "ce programme lit ; le classeur d'un rapport tient en bien moins d'un mégaoctet. Il n'a pas été "
              "ouvert. Copiez les seules réponses dans un nouveau classeur et importez celui-ci.",
        "es": "Las hojas de «{name}» ocupan {size} bytes al descomprimirse, más de los {limit} que lee este "
              "programa; el libro de un informe ocupa mucho menos de un megabyte. No se ha abierto. Copie solo las "
              "respuestas en un libro nuevo e importe ese libro.",
        "ru": "Листы «{name}» после распаковки занимают {size} байт — больше, чем {limit}, которые читает эта "
              "программа; книге отчёта нужно гораздо меньше мегабайта. Файл не открыт. Скопируйте только ответы в "
              "новую книгу и импортируйте её.",
        "ar": "تبلغ أوراق «{name}» بعد فك ضغطها {size} بايت، أي أكثر من {limit} التي يقرؤها هذا البرنامج؛ "
              "ويحتاج مصنف التقرير إلى أقل بكثير من ميغابايت واحد. لم يُفتح الملف. انسخ الإجابات وحدها إلى مصنف "
              "جديد ثم استورده.",
    },
    "rows_count": {
        "en": "{count} rows", "zh": "{count} 行", "fr": "{count} lignes", "es": "{count} filas",
        "ru": "строк: {count}", "ar": "{count} صف",
    },
    "rows_more_than": {
        "en": "more than {count} rows", "zh": "超过 {count} 行", "fr": "plus de {count} lignes",
        "es": "más de {count} filas", "ru": "более {count} строк", "ar": "أكثر من {count} صف",
    },
    "xml_entities": {
        "en": "'{name}' contains XML constructs that spreadsheets never need (entity definitions); it was not read.",
        "zh": "“{name}”包含电子表格从不需要的 XML 结构（实体定义）；因此未读取该文件。",
        "fr": "« {name} » contient des constructions XML dont les feuilles de calcul n'ont jamais besoin "
              "(définitions d'entités) ; il n'a pas été lu.",
        "es": "«{name}» contiene construcciones XML que las hojas de cálculo nunca necesitan (definiciones de "
              "entidades); no se ha leído.",
        "ru": "«{name}» содержит конструкции XML, которые никогда не нужны электронным таблицам (определения "
              "сущностей); файл не прочитан.",
        "ar": "يحتوي «{name}» على بنى XML لا تحتاج إليها جداول البيانات أبدًا (تعريفات كيانات)؛ لذا لم يُقرأ.",
    },
    "spreadsheet_unreadable": {
        "en": "'{name}' cannot be read as a spreadsheet ({kind}); save it again as .xlsx and retry.",
        "zh": "无法将“{name}”作为电子表格读取（{kind}）；请重新另存为 .xlsx 后重试。",
        "fr": "« {name} » ne peut pas être lu comme une feuille de calcul ({kind}) ; enregistrez-le de nouveau au "
              "format .xlsx et réessayez.",
        "es": "No se puede leer «{name}» como hoja de cálculo ({kind}); vuelva a guardarlo como .xlsx e inténtelo "
              "de nuevo.",
        "ru": "Не удаётся прочитать «{name}» как электронную таблицу ({kind}); снова сохраните его в формате .xlsx "
              "и повторите попытку.",
        "ar": "تتعذر قراءة «{name}» بوصفه جدول بيانات ({kind})؛ احفظه مجددًا بصيغة .xlsx وحاول مرة أخرى.",
    },
    "import_from_itself": {
        "en": "That is the report itself; choose the other report.",
        "zh": "这就是本报告；请选择另一份报告。",
        "fr": "Il s'agit du rapport lui-même ; choisissez l'autre rapport.",
        "es": "Ese es el propio informe; elija el otro informe.",
        "ru": "Это тот же самый отчёт; выберите другой отчёт.",
        "ar": "هذا هو التقرير نفسه؛ اختر التقرير الآخر.",
    },
    "import_report_unreadable": {
        "en": "The report to import from cannot be read: {reason}",
        "zh": "无法读取要从中导入的报告：{reason}",
        "fr": "Le rapport à partir duquel importer ne peut pas être lu : {reason}",
        "es": "No se puede leer el informe del que se va a importar: {reason}",
        "ru": "Не удаётся прочитать отчёт, из которого выполняется импорт: {reason}",
        "ar": "تتعذر قراءة التقرير المراد الاستيراد منه: {reason}",
    },
    "mapping_unusable": {
        "en": "The mapping cannot be used: {reason}",
        "zh": "无法使用该对应关系文件：{reason}",
        "fr": "La table de correspondance ne peut pas être utilisée : {reason}",
        "es": "No se puede utilizar la tabla de correspondencias: {reason}",
        "ru": "Таблицу соответствия использовать нельзя: {reason}",
        "ar": "لا يمكن استخدام جدول المطابقة: {reason}",
    },
    "no_mapping": {
        "en": "'{name}' answers questionnaire '{found}', and there is no mapping from it to '{expected}'. Ask for "
              "the mapping file and give it with --mapping.",
        "zh": "“{name}”答复的是问卷“{found}”，而没有从该问卷到“{expected}”的对应关系。请索取对应关系文件，并通过 "
              "--mapping 提供。",
        "fr": "« {name} » répond au questionnaire « {found} », et il n'existe aucune table de correspondance de "
              "celui-ci vers « {expected} ». Demandez le fichier de correspondance et indiquez-le avec --mapping.",
        "es": "«{name}» responde al cuestionario «{found}» y no existe ninguna tabla de correspondencias de este a "
              "«{expected}». Solicite el archivo de correspondencias e indíquelo con --mapping.",
        "ru": "«{name}» содержит ответы на вопросник «{found}», а таблицы соответствия между ним и «{expected}» нет. "
              "Запросите файл соответствия и укажите его с помощью --mapping.",
        "ar": "«{name}» يجيب عن الاستبيان «{found}»، ولا يوجد جدول مطابقة منه إلى «{expected}». اطلب ملف المطابقة "
              "وحدده باستخدام --mapping.",
    },
    "questionnaire_not_installed": {
        "en": "'{name}' answers questionnaire '{found}', which is not installed, so it cannot be read.",
        "zh": "“{name}”答复的是问卷“{found}”，该问卷未安装，因此无法读取。",
        "fr": "« {name} » répond au questionnaire « {found} », qui n'est pas installé ; il ne peut donc pas être lu.",
        "es": "«{name}» responde al cuestionario «{found}», que no está instalado, por lo que no se puede leer.",
        "ru": "«{name}» содержит ответы на вопросник «{found}», который не установлен, поэтому прочитать его "
              "нельзя.",
        "ar": "«{name}» يجيب عن الاستبيان «{found}»، وهو غير مثبَّت، ولذا تتعذر قراءته.",
    },
    # --- bsreporter.exchange.merge: a colleague's copy of the report ---
    "merge_from_itself": {
        "en": "That is the report itself; choose your colleague's copy.",
        "zh": "这就是本报告；请选择您同事的副本。",
        "fr": "Il s'agit du rapport lui-même ; choisissez la copie de votre collègue.",
        "es": "Ese es el propio informe; elija la copia de su colega.",
        "ru": "Это сам отчёт; выберите копию вашего коллеги.",
        "ar": "هذا هو التقرير نفسه؛ اختر نسخة زميلك.",
    },
    "merge_unreadable": {
        "en": "The contribution cannot be read: {reason}",
        "zh": "无法读取该供稿：{reason}",
        "fr": "La contribution ne peut pas être lue : {reason}",
        "es": "No se puede leer la contribución: {reason}",
        "ru": "Не удаётся прочитать вклад коллеги: {reason}",
        "ar": "تتعذر قراءة المساهمة: {reason}",
    },
    "merge_not_a_copy": {
        "en": "'{name}' is not a copy of this report (they share no history); use Import to take answers from "
              "another report.",
        "zh": "“{name}”不是本报告的副本（两者没有共同的历史记录）；如需从另一份报告中获取答复，请使用“导入”。",
        "fr": "« {name} » n'est pas une copie de ce rapport (ils n'ont aucun historique commun) ; utilisez "
              "Importer pour reprendre les réponses d'un autre rapport.",
        "es": "«{name}» no es una copia de este informe (no comparten historial); utilice Importar para tomar "
              "respuestas de otro informe.",
        "ru": "«{name}» не является копией этого отчёта (у них нет общей истории); чтобы взять ответы из другого "
              "отчёта, используйте импорт.",
        "ar": "«{name}» ليس نسخة من هذا التقرير (لا يجمعهما سجل مشترك)؛ استخدم الاستيراد لأخذ الإجابات من تقرير آخر.",
    },
    "import_rows_not_applicable": {
        "en": "These rows cannot be applied: {rows}; nothing was imported.",
        "zh": "无法应用以下行：{rows}；未导入任何内容。",
        "fr": "Ces lignes ne peuvent pas être appliquées : {rows} ; rien n'a été importé.",
        "es": "Estas filas no se pueden aplicar: {rows}; no se ha importado nada.",
        "ru": "Эти строки нельзя применить: {rows}; ничего не импортировано.",
        "ar": "لا يمكن تطبيق هذه الصفوف: {rows}؛ لم يُستورد أي شيء.",
    },
    "import_report_changed": {
        "en": "The report changed since the preview ({reason}); nothing was imported. Preview again.",
        "zh": "自预览以来报告已发生变化（{reason}）；未导入任何内容。请重新预览。",
        "fr": "Le rapport a changé depuis l'aperçu ({reason}) ; rien n'a été importé. Affichez de nouveau "
              "l'aperçu.",
        "es": "El informe ha cambiado desde la vista previa ({reason}); no se ha importado nada. Vuelva a "
              "generar la vista previa.",
        "ru": "Отчёт изменился после предварительного просмотра ({reason}); ничего не импортировано. Выполните "
              "предварительный просмотр ещё раз.",
        "ar": "تغيّر التقرير منذ المعاينة ({reason})؛ لم يُستورد أي شيء. اعرض المعاينة مرة أخرى.",
    },
    # --- bsreporter.exchange.xlsx_read: a workbook made by the XLSX export ---
    "workbook_problems": {
        "en": "'{name}' has {count} answers that cannot be read: {problems}. Correct them and try again.",
        "zh": "“{name}”中有 {count} 个答复无法读取：{problems}。请更正后重试。",
        "fr": "« {name} » contient {count} réponses illisibles : {problems}. Corrigez-les et réessayez.",
        "es": "«{name}» tiene {count} respuestas que no se pueden leer: {problems}. Corríjalas e inténtelo de "
              "nuevo.",
        "ru": "В «{name}» есть ответы, которые не удаётся прочитать ({count}): {problems}. Исправьте их и "
              "повторите попытку.",
        "ar": "في «{name}» {count} من الإجابات تتعذر قراءتها: {problems}. صحّحها وحاول مرة أخرى.",
    },
    "workbook_problems_more": {
        "en": "and {more} more",
        "zh": "另有 {more} 个",
        "fr": "et {more} autres",
        "es": "y {more} más",
        "ru": "и ещё {more}",
        "ar": "و{more} أخرى",
    },
    "workbook_cell_problem": {
        "en": "sheet '{sheet}', cell {cell}: {problem}",
        "zh": "工作表“{sheet}”，单元格 {cell}：{problem}",
        "fr": "feuille « {sheet} », cellule {cell} : {problem}",
        "es": "hoja «{sheet}», celda {cell}: {problem}",
        "ru": "лист «{sheet}», ячейка {cell}: {problem}",
        "ar": "الورقة «{sheet}»، الخلية {cell}: {problem}",
    },
    "workbook_not_exported": {
        "en": "'{name}' was not exported by this program: its About sheet with the questionnaire id is missing.",
        "zh": "“{name}”不是由本程序导出的：缺少载有问卷标识的“关于”工作表。",
        "fr": "« {name} » n'a pas été exporté par ce programme : sa feuille « À propos » portant l'identifiant du "
              "questionnaire est absente.",
        "es": "«{name}» no fue exportado por este programa: falta su hoja «Acerca de» con el identificador del "
              "cuestionario.",
        "ru": "«{name}» экспортирован не этой программой: в нём нет листа «О файле» с идентификатором вопросника.",
        "ar": "«{name}» لم يُصدَّر بهذا البرنامج: ورقة «حول» التي تحمل مُعرِّف الاستبيان مفقودة منه.",
    },
    "workbook_other_questionnaire": {
        "en": "'{name}' answers questionnaire '{found}', not '{expected}'.",
        "zh": "“{name}”答复的是问卷“{found}”，而不是“{expected}”。",
        "fr": "« {name} » répond au questionnaire « {found} », et non à « {expected} ».",
        "es": "«{name}» responde al cuestionario «{found}», no a «{expected}».",
        "ru": "«{name}» содержит ответы на вопросник «{found}», а не «{expected}».",
        "ar": "«{name}» يجيب عن الاستبيان «{found}»، لا عن «{expected}».",
    },
    "workbook_unreadable": {
        "en": "'{name}' is not a spreadsheet this program can read (save it as .xlsx); {reason}",
        "zh": "“{name}”不是本程序能够读取的电子表格（请另存为 .xlsx）；{reason}",
        "fr": "« {name} » n'est pas un classeur que ce programme sait lire (enregistrez-le au format .xlsx) ; "
              "{reason}",
        "es": "«{name}» no es una hoja de cálculo que este programa pueda leer (guárdela como .xlsx); {reason}",
        "ru": "«{name}» — не электронная таблица, которую может прочитать эта программа (сохраните её в формате "
              ".xlsx); {reason}",
        "ar": "«{name}» ليس جدول بيانات يستطيع هذا البرنامج قراءته (احفظه بصيغة .xlsx)؛ {reason}",
    },
    # --- bsreporter.exchange.importing / sources: why a row of a preview cannot be imported ---
    "row_unknown_question": {
        "en": "unknown question '{reference}'", "zh": "未知问题“{reference}”",
        "fr": "question inconnue « {reference} »", "es": "pregunta desconocida «{reference}»",
        "ru": "неизвестный вопрос «{reference}»", "ar": "سؤال غير معروف «{reference}»",
    },
    "row_twice": {
        "en": "the question is also given at {other}; neither row is imported: keep one of them and import again",
        "zh": "该问题也出现在 {other}；两行均不导入：请只保留其中一行后重新导入",
        "fr": "la question figure aussi en {other} ; aucune des deux lignes n'est importée : gardez-en une seule et "
              "importez de nouveau",
        "es": "la pregunta también figura en {other}; no se importa ninguna de las dos filas: conserve solo una e "
              "importe de nuevo",
        "ru": "этот вопрос также указан в {other}; ни одна из строк не импортируется: оставьте одну из них и "
              "импортируйте снова",
        "ar": "يرد السؤال أيضًا في {other}؛ لا يُستورد أي من الصفين: احتفظ بأحدهما ثم استورد من جديد",
    },
    "row_twice_hidden": {
        "en": "the question is also given at {other}; neither row is imported. The sheet '{hidden}' is hidden: "
              "unhide it (right-click a sheet tab, Unhide), delete it or one of the two rows, and import again",
        "zh": "该问题也出现在 {other}；两行均不导入。工作表“{hidden}”是隐藏的：请取消隐藏（右键单击工作表标签，"
              "选择“取消隐藏”），删除该工作表或两行中的一行，然后重新导入",
        "fr": "la question figure aussi en {other} ; aucune des deux lignes n'est importée. La feuille « {hidden} » "
              "est masquée : affichez-la (clic droit sur un onglet, Afficher), supprimez-la ou l'une des deux lignes, "
              "et importez de nouveau",
        "es": "la pregunta también figura en {other}; no se importa ninguna de las dos filas. La hoja «{hidden}» "
              "está oculta: muéstrela (clic derecho en una pestaña, Mostrar), elimínela o elimine una de las dos "
              "filas, e importe de nuevo",
        "ru": "этот вопрос также указан в {other}; ни одна из строк не импортируется. Лист «{hidden}» скрыт: "
              "покажите его (щелчок правой кнопкой по ярлычку листа, «Показать»), удалите его или одну из двух "
              "строк и импортируйте снова",
        "ar": "يرد السؤال أيضًا في {other}؛ لا يُستورد أي من الصفين. الورقة «{hidden}» مخفية: أظهرها (انقر بزر "
              "الماوس الأيمن على علامة تبويب ورقة، ثم إظهار)، واحذفها أو أحد الصفين، ثم استورد من جديد",
    },
    "row_id_removed": {
        "en": "the grey question id of this row was removed (or the row was added), so it is not known which "
              "question this answers; put the id back or type the answer in the report",
        "zh": "此行的灰色问题编号已被删除（或此行是新增的），因此无法确定它回答的是哪个问题；请恢复该编号，或在报告中键入答案",
        "fr": "l'identifiant gris de la question de cette ligne a été supprimé (ou la ligne a été ajoutée) : on ne "
              "sait pas à quelle question elle répond ; remettez l'identifiant ou saisissez la réponse dans le rapport",
        "es": "se eliminó el identificador gris de la pregunta de esta fila (o la fila se añadió), por lo que no se "
              "sabe a qué pregunta responde; restablezca el identificador o escriba la respuesta en el informe",
        "ru": "серый идентификатор вопроса в этой строке удалён (или строка добавлена), поэтому неизвестно, на какой "
              "вопрос она отвечает; верните идентификатор или введите ответ в отчёте",
        "ar": "حُذف المعرّف الرمادي للسؤال في هذا الصف (أو أُضيف الصف)، فلا يُعرف أي سؤال يجيب عنه؛ أعد المعرّف أو "
              "اكتب الإجابة في التقرير",
    },
    "table_ids_removed": {
        "en": "the grey column ids of the table sheet (row 3) were removed or changed, so this row cannot be "
              "matched to the columns of table {number}; put the ids back (copy them from a new export) or type "
              "the row in the report",
        "zh": "表格工作表的灰色列编号（第 3 行）已被删除或更改，因此无法将此行与表格 {number} 的列对应；请恢复这些编号"
              "（可从新导出的工作簿复制），或在报告中键入此行",
        "fr": "les identifiants gris des colonnes de la feuille du tableau (ligne 3) ont été supprimés ou modifiés : "
              "cette ligne ne peut pas être rapportée aux colonnes du tableau {number} ; remettez-les (copiez-les "
              "d'une nouvelle exportation) ou saisissez la ligne dans le rapport",
        "es": "se eliminaron o cambiaron los identificadores grises de las columnas de la hoja de la tabla (fila 3), "
              "por lo que esta fila no puede asociarse a las columnas de la tabla {number}; restablézcalos (cópielos "
              "de una nueva exportación) o escriba la fila en el informe",
        "ru": "серые идентификаторы столбцов листа таблицы (строка 3) удалены или изменены, поэтому эту строку "
              "нельзя сопоставить со столбцами таблицы {number}; верните их (скопируйте из нового экспорта) или "
              "введите строку в отчёте",
        "ar": "حُذفت المعرّفات الرمادية لأعمدة ورقة الجدول (الصف 3) أو غُيّرت، فلا يمكن مطابقة هذا الصف مع أعمدة "
              "الجدول {number}؛ أعد المعرّفات (انسخها من تصدير جديد) أو اكتب الصف في التقرير",
    },
    "cell_outside_answers": {
        "en": "this cell is not in the Answer column nor in a column of a table, so it is not imported; move the "
              "answer into the Answer column (or type it in the report)",
        "zh": "此单元格既不在“答复”列，也不在表格的某一列中，因此不导入；请将答案移到“答复”列（或在报告中键入）",
        "fr": "cette cellule n'est ni dans la colonne Réponse ni dans une colonne d'un tableau : elle n'est pas "
              "importée ; déplacez la réponse dans la colonne Réponse (ou saisissez-la dans le rapport)",
        "es": "esta celda no está en la columna Respuesta ni en una columna de una tabla, por lo que no se importa; "
              "mueva la respuesta a la columna Respuesta (o escríbala en el informe)",
        "ru": "эта ячейка не находится ни в столбце «Ответ», ни в столбце таблицы, поэтому она не импортируется; "
              "перенесите ответ в столбец «Ответ» (или введите его в отчёте)",
        "ar": "هذه الخلية ليست في عمود الإجابة ولا في عمود من أعمدة جدول، لذا لا تُستورد؛ انقل الإجابة إلى عمود "
              "الإجابة (أو اكتبها في التقرير)",
    },
    "sheet_not_recognised": {
        "en": "the sheet '{sheet}' is not one the export made (or its headings or grey ids were changed), so its "
              "{count} filled cells are not imported; copy the answers into the Report sheet or type them in the "
              "report",
        "zh": "工作表“{sheet}”不是导出时生成的（或其标题、灰色编号已被更改），因此其中 {count} 个已填单元格不导入；"
              "请将答案复制到“报告”工作表，或在报告中键入",
        "fr": "la feuille « {sheet} » n'a pas été créée par l'exportation (ou ses en-têtes ou identifiants gris ont "
              "été modifiés) : ses {count} cellules remplies ne sont pas importées ; copiez les réponses dans la "
              "feuille Rapport ou saisissez-les dans le rapport",
        "es": "la hoja «{sheet}» no la creó la exportación (o se cambiaron sus encabezados o identificadores grises), "
              "por lo que sus {count} celdas rellenadas no se importan; copie las respuestas en la hoja Informe o "
              "escríbalas en el informe",
        "ru": "лист «{sheet}» не создан при экспорте (или его заголовки или серые идентификаторы изменены), поэтому "
              "его заполненные ячейки ({count}) не импортируются; скопируйте ответы на лист «Доклад» или введите их "
              "в отчёте",
        "ar": "الورقة «{sheet}» ليست من إنشاء التصدير (أو غُيّرت عناوينها أو معرّفاتها الرمادية)، لذا لا تُستورد "
              "خلاياها المملوءة وعددها {count}؛ انسخ الإجابات إلى ورقة التقرير أو اكتبها في التقرير",
    },
    "row_kept": {
        "en": "kept: already answered this cycle; tick the row to replace it with the previous cycle's answer",
        "zh": "保留：本周期已作答；如要以上一周期的答复替换，请勾选该行",
        "fr": "conservée : déjà répondue pour ce cycle ; cochez la ligne pour la remplacer par la réponse du cycle "
              "précédent",
        "es": "se conserva: ya respondida en este ciclo; marque la fila para sustituirla por la respuesta del ciclo "
              "anterior",
        "ru": "сохранён: на этот вопрос уже дан ответ в этом цикле; отметьте строку, чтобы заменить его ответом "
              "предыдущего цикла",
        "ar": "محفوظة: أُجيب عنها بالفعل في هذه الدورة؛ حدِّد الصف لاستبدالها بإجابة الدورة السابقة",
    },
    "row_cleared": {
        "en": "cleared: the cell is now empty; the answer is kept unless you tick the row to clear it",
        "zh": "已清空：该单元格现为空；除非勾选该行将其清空，否则保留原答复",
        "fr": "effacée : la cellule est maintenant vide ; la réponse est conservée sauf si vous cochez la ligne "
              "pour l'effacer",
        "es": "borrada: la celda está ahora vacía; la respuesta se conserva salvo que marque la fila para borrarla",
        "ru": "очищено: ячейка теперь пуста; ответ сохраняется, если вы не отметите строку, чтобы его стереть",
        "ar": "مُفرَّغة: الخلية فارغة الآن؛ تُحفظ الإجابة ما لم تحدِّد الصف لمسحها",
    },
    "row_party_kept": {
        "en": "the Party stays {ours}: it is never taken from another Party's file",
        "zh": "缔约方仍为 {ours}：绝不从另一缔约方的文件中获取缔约方",
        "fr": "la Partie reste {ours} : elle n'est jamais reprise du fichier d'une autre Partie",
        "es": "la Parte sigue siendo {ours}: nunca se toma del archivo de otra Parte",
        "ru": "Сторона остаётся прежней ({ours}): она никогда не берётся из файла другой Стороны",
        "ar": "يبقى الطرف {ours}: لا يُؤخذ الطرف أبدًا من ملف طرف آخر",
    },
    "row_kind_kept": {
        "en": "Kept", "zh": "保留", "fr": "Conservée", "es": "Se conserva", "ru": "Сохранён", "ar": "محفوظة",
    },
    "row_kind_cleared": {
        "en": "Cleared", "zh": "已清空", "fr": "Effacée", "es": "Borrada", "ru": "Очищено", "ar": "مُفرَّغة",
    },
    "row_suggestion_not_carried": {
        "en": "{where}: {readings}, but an answer is carried over from another questionnaire only when it is written "
              "as one of its options; correct the cell and import again",
        "zh": "{where}：{readings}，但只有按选项原文填写的答复才会从另一份问卷沿用；请更正该单元格后重新导入",
        "fr": "{where} : {readings}, mais une réponse n'est reprise d'un autre questionnaire que si elle est écrite "
              "comme l'une de ses options ; corrigez la cellule et importez de nouveau",
        "es": "{where}: {readings}, pero una respuesta solo se traslada desde otro cuestionario si está escrita como "
              "una de sus opciones; corrija la celda e importe de nuevo",
        "ru": "{where}: {readings}, но ответ переносится из другого вопросника, только если он записан как один из "
              "его вариантов; исправьте ячейку и импортируйте снова",
        "ar": "{where}: {readings}، لكن الإجابة لا تُنقل من استبيان آخر إلا إذا كُتبت كأحد خياراته؛ صحِّح الخلية ثم "
              "استورد من جديد",
    },
    "row_kind_suggested": {
        "en": "Suggested", "zh": "建议", "fr": "Suggérée", "es": "Sugerida", "ru": "Предложено", "ar": "مقترحة",
    },
    "rows_suggested_count": {
        "en": "{n} suggested (applied only if ticked)", "zh": "{n} 项建议（仅在勾选后应用）",
        "fr": "{n} suggérées (appliquées seulement si cochées)", "es": "{n} sugeridas (solo se aplican si se marcan)",
        "ru": "предложено: {n} (применяются, только если отмечены)", "ar": "{n} مقترحة (لا تُطبَّق إلا إذا حُدِّدت)",
    },
    "rows_kept_count": {
        "en": "{n} kept (already answered this cycle)", "zh": "{n} 项保留（本周期已作答）",
        "fr": "{n} conservées (déjà répondues pour ce cycle)", "es": "{n} se conservan (ya respondidas en este ciclo)",
        "ru": "сохранено: {n} (ответ уже дан в этом цикле)", "ar": "{n} محفوظة (أُجيب عنها بالفعل في هذه الدورة)",
    },
    "rows_cleared_count": {
        "en": "{n} emptied in the file (kept unless ticked)", "zh": "{n} 项在文件中被清空（除非勾选，否则保留）",
        "fr": "{n} vidées dans le fichier (conservées sauf si cochées)",
        "es": "{n} vaciadas en el archivo (se conservan salvo que se marquen)",
        "ru": "очищено в файле: {n} (сохраняются, если не отмечены)",
        "ar": "{n} مُفرَّغة في الملف (تُحفظ ما لم تُحدَّد)",
    },
    "other_party": {
        "en": "'{name}' is the report of {theirs}, but this report is {ours}'s; nothing was imported. Take its "
              "answers only if you mean to (the Party stays {ours}).",
        "zh": "“{name}”是 {theirs} 的报告，而本报告属于 {ours}；未导入任何内容。只有确有此意时才采用其答复（缔约方仍为 {ours}）。",
        "fr": "« {name} » est le rapport de {theirs}, mais ce rapport est celui de {ours} ; rien n'a été importé. "
              "N'en reprenez les réponses que si c'est bien votre intention (la Partie reste {ours}).",
        "es": "«{name}» es el informe de {theirs}, pero este informe es de {ours}; no se ha importado nada. Tome "
              "sus respuestas solo si es lo que desea (la Parte sigue siendo {ours}).",
        "ru": "«{name}» — отчёт Стороны {theirs}, а этот отчёт принадлежит Стороне {ours}; ничего не импортировано. "
              "Берите его ответы, только если вы действительно этого хотите (Сторона останется {ours}).",
        "ar": "«{name}» هو تقرير {theirs}، لكن هذا التقرير خاص بـ {ours}؛ لم يُستورد شيء. لا تأخذ إجاباته إلا إذا "
              "كنت تقصد ذلك (يبقى الطرف {ours}).",
    },
    "other_party_question": {
        "en": "'{name}' is the report of {theirs}, but this report is {ours}'s. Take answers from {theirs}'s file "
              "into {ours}'s report? The Party stays {ours}, and you choose each row in the preview.",
        "zh": "“{name}”是 {theirs} 的报告，而本报告属于 {ours}。要将 {theirs} 文件中的答复导入 {ours} 的报告吗？缔约方仍为 "
              "{ours}，并且您将在预览中逐行选择。",
        "fr": "« {name} » est le rapport de {theirs}, mais ce rapport est celui de {ours}. Reprendre des réponses du "
              "fichier de {theirs} dans le rapport de {ours} ? La Partie reste {ours}, et vous choisirez chaque ligne "
              "dans l'aperçu.",
        "es": "«{name}» es el informe de {theirs}, pero este informe es de {ours}. ¿Tomar respuestas del archivo de "
              "{theirs} para el informe de {ours}? La Parte sigue siendo {ours} y usted elegirá cada fila en la vista "
              "previa.",
        "ru": "«{name}» — отчёт Стороны {theirs}, а этот отчёт принадлежит Стороне {ours}. Взять ответы из файла "
              "Стороны {theirs} в отчёт Стороны {ours}? Сторона останется {ours}, а каждую строку вы выберете в "
              "предварительном просмотре.",
        "ar": "«{name}» هو تقرير {theirs}، لكن هذا التقرير خاص بـ {ours}. هل تريد أخذ إجابات من ملف {theirs} إلى "
              "تقرير {ours}؟ يبقى الطرف {ours}، وستختار كل صف في المعاينة.",
    },
    "other_party_take": {
        "en": "Take Its Answers", "zh": "采用其答复", "fr": "Reprendre ses réponses", "es": "Tomar sus respuestas",
        "ru": "Взять его ответы", "ar": "أخذ إجاباته",
    },
    "other_party_cancel": {
        "en": "Cancel", "zh": "取消", "fr": "Annuler", "es": "Cancelar", "ru": "Отмена", "ar": "إلغاء",
    },
    "row_not_relevant": {
        "en": "not relevant: an earlier answer makes this question not asked",
        "zh": "不适用：根据之前的某个答复，此问题无需回答",
        "fr": "sans objet : une réponse précédente fait que cette question n'est pas posée",
        "es": "no pertinente: una respuesta anterior hace que esta pregunta no se formule",
        "ru": "не относится: из-за одного из предыдущих ответов этот вопрос не задаётся",
        "ar": "غير ذي صلة: إجابة سابقة تجعل هذا السؤال غير مطروح",
    },
    "row_not_relevant_after": {
        "en": "not asked yet: it follows question {number}, whose answer in this file is not taken; "
              "import it again once question {number} is answered",
        "zh": "暂不提问：此问题取决于第{number}题，而该题在本文件中的答复未被采用；请在第{number}题作答后再次导入",
        "fr": "pas encore posée : elle dépend de la question {number}, dont la réponse dans ce fichier n'est pas "
              "reprise ; importez-la de nouveau une fois la question {number} renseignée",
        "es": "aún no se formula: depende de la pregunta {number}, cuya respuesta en este archivo no se toma; "
              "vuelva a importarla cuando la pregunta {number} tenga respuesta",
        "ru": "пока не задаётся: вопрос зависит от вопроса {number}, ответ на который в этом файле не принят; "
              "импортируйте его снова, когда на вопрос {number} будет дан ответ",
        "ar": "لم يُطرح بعد: يتوقف على السؤال {number} الذي لم تُؤخذ إجابته في هذا الملف؛ "
              "استورده مرة أخرى بعد الإجابة عن السؤال {number}",
    },
    "row_not_carried_over": {
        "en": "question {reference} of the {form} is not carried over (it has no counterpart in this questionnaire)",
        "zh": "{form}的问题 {reference} 不予沿用（本问卷中没有对应的问题）",
        "fr": "la question {reference} du « {form} » n'est pas reprise (elle n'a pas d'équivalent dans ce "
              "questionnaire)",
        "es": "la pregunta {reference} del «{form}» no se traslada (no tiene equivalente en este cuestionario)",
        "ru": "вопрос {reference} документа «{form}» не переносится (в этом вопроснике ему нет соответствия)",
        "ar": "لا يُنقل السؤال {reference} من «{form}» (ليس له نظير في هذا الاستبيان)",
    },
    "row_value_not_carried": {
        "en": "the answer “{answer}” to question {reference} of the {form} has no counterpart among this question's "
              "options, and the mapping does not say what it becomes; choose this answer yourself",
        "zh": "{form}问题 {reference} 的答复“{answer}”在本问题的选项中没有对应项，对应关系也未说明它应变为什么；"
              "请自行选择此答复",
        "fr": "la réponse « {answer} » à la question {reference} du « {form} » n'a pas d'équivalent parmi les "
              "options de cette question, et la table de correspondance ne dit pas ce qu'elle devient ; choisissez "
              "vous-même cette réponse",
        "es": "la respuesta «{answer}» a la pregunta {reference} del «{form}» no tiene equivalente entre las "
              "opciones de esta pregunta, y la tabla de correspondencias no indica en qué se convierte; elija usted "
              "mismo esta respuesta",
        "ru": "ответу «{answer}» на вопрос {reference} документа «{form}» нет соответствия среди вариантов этого "
              "вопроса, и таблица соответствия не говорит, во что он переходит; выберите этот ответ сами",
        "ar": "ليس للإجابة «{answer}» عن السؤال {reference} من «{form}» نظير بين خيارات هذا السؤال، ولا يبيّن "
              "جدول المطابقة ما تصير إليه؛ اختر هذه الإجابة بنفسك",
    },
    "row_other_format": {
        "en": "this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, "
              "{ours} fit this report's; nothing is imported as if its numbers were this report's. Import it "
              "through the mapping: on the command line --mapping {mapping}; in the window, choose the format "
              "the sheet is numbered in",
        "zh": "此工作表的编号看来属于另一种格式 {other}：其 {rows} 行中有 {fit} 行符合该格式，仅 {ours} 行符合本报告的格式；"
              "不会把其编号当作本报告的编号来导入。请通过对应关系导入：在命令行中使用 --mapping {mapping}；在窗口中选择该工作表"
              "所用编号的格式",
        "fr": "cette feuille semble numérotée selon un autre format, {other} : {fit} de ses {rows} lignes "
              "correspondent à ce format, {ours} à celui de ce rapport ; rien n'est importé comme si ses numéros "
              "étaient ceux de ce rapport. Importez-la au moyen de la table de correspondance : en ligne de "
              "commande, --mapping {mapping} ; dans la fenêtre, choisissez le format selon lequel la feuille est "
              "numérotée",
        "es": "esta hoja parece numerada según otro formato, {other}: {fit} de sus {rows} filas corresponden a ese "
              "formato y {ours} al de este informe; no se importa nada como si sus números fueran los de este "
              "informe. Impórtela mediante la tabla de correspondencias: en la línea de comandos, --mapping "
              "{mapping}; en la ventana, elija el formato en que está numerada la hoja",
        "ru": "этот лист, по-видимому, пронумерован по другому формату, {other}: {fit} из его {rows} строк "
              "подходят к этому формату и {ours} — к формату этого доклада; ничего не импортируется так, будто его "
              "номера относятся к этому докладу. Импортируйте его через таблицу соответствия: в командной строке "
              "--mapping {mapping}; в окне выберите формат, по которому пронумерован лист",
        "ar": "يبدو أن هذه الورقة مرقّمة وفق شكل آخر هو {other}: {fit} من صفوفها البالغة {rows} تناسب ذلك الشكل، "
              "و{ours} تناسب شكل هذا التقرير؛ فلا يُستورد شيء كأن أرقامها أرقام هذا التقرير. استوردها عبر جدول "
              "المطابقة: في سطر الأوامر ‎--mapping {mapping}‎، وفي النافذة اختر الشكل الذي رُقّمت به الورقة",
    },
    "row_other_format_no_mapping": {
        "en": "this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, "
              "{ours} fit this report's; nothing is imported as if its numbers were this report's, and there is "
              "no mapping from that format to this report's, so its answers cannot be carried",
        "zh": "此工作表的编号看来属于另一种格式 {other}：其 {rows} 行中有 {fit} 行符合该格式，仅 {ours} 行符合本报告的格式；"
              "不会把其编号当作本报告的编号来导入，而且没有从该格式到本报告格式的对应关系，因此其答复无法沿用",
        "fr": "cette feuille semble numérotée selon un autre format, {other} : {fit} de ses {rows} lignes "
              "correspondent à ce format, {ours} à celui de ce rapport ; rien n'est importé comme si ses numéros "
              "étaient ceux de ce rapport, et aucune table de correspondance ne mène de ce format à celui de ce "
              "rapport : ses réponses ne peuvent pas être reprises",
        "es": "esta hoja parece numerada según otro formato, {other}: {fit} de sus {rows} filas corresponden a ese "
              "formato y {ours} al de este informe; no se importa nada como si sus números fueran los de este "
              "informe, y no hay tabla de correspondencias de ese formato al de este informe, por lo que sus "
              "respuestas no pueden trasladarse",
        "ru": "этот лист, по-видимому, пронумерован по другому формату, {other}: {fit} из его {rows} строк "
              "подходят к этому формату и {ours} — к формату этого доклада; ничего не импортируется так, будто его "
              "номера относятся к этому докладу, а таблицы соответствия из того формата в формат этого доклада нет, "
              "поэтому его ответы перенести нельзя",
        "ar": "يبدو أن هذه الورقة مرقّمة وفق شكل آخر هو {other}: {fit} من صفوفها البالغة {rows} تناسب ذلك الشكل، "
              "و{ours} تناسب شكل هذا التقرير؛ فلا يُستورد شيء كأن أرقامها أرقام هذا التقرير، ولا يوجد جدول "
              "مطابقة من ذلك الشكل إلى شكل هذا التقرير، فلا يمكن نقل إجاباتها",
    },
    "sheet_mapping_not_installed": {
        "en": "The mapping '{name}' reads answers of questionnaire '{found}', which is not installed, so the sheet's "
              "question numbers cannot be read in it; nothing was imported.",
        "zh": "对应关系文件“{name}”读取的是问卷“{found}”的答复，该问卷未安装，因此无法按它读取工作表中的问题编号；未导入任何内容。",
        "fr": "La table de correspondance « {name} » lit les réponses du questionnaire « {found} », qui n'est pas "
              "installé : les numéros de questions de la feuille ne peuvent pas y être lus ; rien n'a été importé.",
        "es": "La tabla de correspondencias «{name}» lee respuestas del cuestionario «{found}», que no está "
              "instalado, por lo que los números de pregunta de la hoja no pueden leerse en él; no se importó nada.",
        "ru": "Таблица соответствия «{name}» читает ответы вопросника «{found}», который не установлен, поэтому "
              "номера вопросов листа прочитать по нему нельзя; ничего не импортировано.",
        "ar": "جدول المطابقة «{name}» يقرأ إجابات الاستبيان «{found}»، وهو غير مثبَّت، فلا يمكن قراءة أرقام أسئلة "
              "الورقة وفقه؛ لم يُستورد شيء.",
    },
    "sheet_mapping_other_target": {
        "en": "The mapping '{name}' carries answers into questionnaire '{target}', not into this report's "
              "questionnaire '{form}'; give a mapping from forms/{form}/mappings/. Nothing was imported.",
        "zh": "对应关系文件“{name}”将答复沿用到问卷“{target}”，而不是本报告的问卷“{form}”；请提供 forms/{form}/mappings/ "
              "中的对应关系文件。未导入任何内容。",
        "fr": "La table de correspondance « {name} » reporte les réponses vers le questionnaire « {target} », non "
              "vers celui de ce rapport, « {form} » ; indiquez une table de forms/{form}/mappings/. Rien n'a été "
              "importé.",
        "es": "La tabla de correspondencias «{name}» traslada las respuestas al cuestionario «{target}», no al de "
              "este informe, «{form}»; indique una tabla de forms/{form}/mappings/. No se importó nada.",
        "ru": "Таблица соответствия «{name}» переносит ответы в вопросник «{target}», а не в вопросник этого "
              "доклада «{form}»; укажите таблицу из forms/{form}/mappings/. Ничего не импортировано.",
        "ar": "جدول المطابقة «{name}» ينقل الإجابات إلى الاستبيان «{target}»، لا إلى استبيان هذا التقرير «{form}»؛ "
              "حدِّد جدولًا من forms/{form}/mappings/. لم يُستورد شيء.",
    },
    "sheet_missing": {
        "en": "'{name}' has no sheet '{sheet}'; its sheets are {sheets}.",
        "zh": "“{name}”中没有工作表“{sheet}”；其工作表为 {sheets}。",
        "fr": "« {name} » n'a pas de feuille « {sheet} » ; ses feuilles sont {sheets}.",
        "es": "«{name}» no tiene ninguna hoja «{sheet}»; sus hojas son {sheets}.",
        "ru": "В «{name}» нет листа «{sheet}»; его листы: {sheets}.",
        "ar": "لا توجد في «{name}» ورقة «{sheet}»؛ أوراقه هي {sheets}.",
    },
    "sheet_column_missing": {
        "en": "Sheet '{sheet}' has no column '{column}' in row {row}; give a column letter (e.g. B) or the exact "
              "heading.",
        "zh": "工作表“{sheet}”第 {row} 行中没有列“{column}”；请给出列字母（如 B）或准确的标题。",
        "fr": "La feuille « {sheet} » n'a pas de colonne « {column} » à la ligne {row} ; indiquez une lettre de "
              "colonne (par exemple B) ou l'en-tête exact.",
        "es": "La hoja «{sheet}» no tiene ninguna columna «{column}» en la fila {row}; indique una letra de columna "
              "(por ejemplo, B) o el encabezado exacto.",
        "ru": "На листе «{sheet}» в строке {row} нет столбца «{column}»; укажите букву столбца (например, B) или "
              "точный заголовок.",
        "ar": "لا يوجد في الورقة «{sheet}» عمود «{column}» في الصف {row}؛ أدخل حرف العمود (مثل B) أو العنوان "
              "بدقة.",
    },
    "row_formula": {
        "en": "the cell holds a formula ({formula}) without a saved result; open the file in Excel or LibreOffice, "
              "save it, and import again (or type the value)",
        "zh": "该单元格含有公式（{formula}），但没有已保存的结果；请在 Excel 或 LibreOffice 中打开并保存该文件，然后重新导入（或直接键入数值）",
        "fr": "la cellule contient une formule ({formula}) sans résultat enregistré ; ouvrez le fichier dans Excel ou "
              "LibreOffice, enregistrez-le et importez-le de nouveau (ou saisissez la valeur)",
        "es": "la celda contiene una fórmula ({formula}) sin resultado guardado; abra el archivo en Excel o "
              "LibreOffice, guárdelo e impórtelo de nuevo (o escriba el valor)",
        "ru": "в ячейке формула ({formula}) без сохранённого результата; откройте файл в Excel или LibreOffice, "
              "сохраните его и импортируйте снова (или введите значение)",
        "ar": "تحتوي الخلية على صيغة ({formula}) دون نتيجة محفوظة؛ افتح الملف في Excel أو LibreOffice واحفظه ثم "
              "استورده من جديد (أو اكتب القيمة)",
    },
    "row_not_a_question": {
        "en": "'{id}' is not a question of this questionnaire; do not change the grey ids.",
        "zh": "“{id}”不是本问卷的问题；请勿更改灰色标识。",
        "fr": "« {id} » n'est pas une question de ce questionnaire ; ne modifiez pas les identifiants gris.",
        "es": "«{id}» no es una pregunta de este cuestionario; no cambie los identificadores grises.",
        "ru": "«{id}» не является вопросом этого вопросника; не изменяйте серые идентификаторы.",
        "ar": "«{id}» ليس سؤالًا في هذا الاستبيان؛ لا تغيّر المعرِّفات الرمادية.",
    },
    "sheet_two_tables": {
        "en": "the grey ids of this sheet name two tables.",
        "zh": "此工作表的灰色标识指向两个表格。",
        "fr": "les identifiants gris de cette feuille désignent deux tableaux.",
        "es": "los identificadores grises de esta hoja indican dos tablas.",
        "ru": "серые идентификаторы на этом листе относятся к двум таблицам.",
        "ar": "تشير المعرِّفات الرمادية في هذه الورقة إلى جدولين.",
    },
    "table_column_unknown": {
        "en": "table {number} has no column '{column}'; do not change the grey ids.",
        "zh": "表格 {number} 中没有“{column}”列；请勿更改灰色标识。",
        "fr": "le tableau {number} n'a pas de colonne « {column} » ; ne modifiez pas les identifiants gris.",
        "es": "la tabla {number} no tiene ninguna columna «{column}»; no cambie los identificadores grises.",
        "ru": "в таблице {number} нет столбца «{column}»; не изменяйте серые идентификаторы.",
        "ar": "لا يحتوي الجدول {number} على العمود «{column}»؛ لا تغيّر المعرِّفات الرمادية.",
    },
    "row_table_in_cell": {
        "en": "tables cannot be read from a single cell; fill them in the exported workbook's table sheet",
        "zh": "无法从单个单元格读取表格；请在导出的工作簿的表格工作表中填写",
        "fr": "un tableau ne peut pas être lu dans une seule cellule ; remplissez-le dans la feuille du tableau du "
              "classeur exporté",
        "es": "una tabla no puede leerse de una sola celda; rellénela en la hoja de la tabla del libro exportado",
        "ru": "таблицу нельзя прочитать из одной ячейки; заполните её на листе этой таблицы в экспортированной книге",
        "ar": "لا يمكن قراءة جدول من خلية واحدة؛ املأه في ورقة الجدول في المصنف المُصدَّر",
    },
}
