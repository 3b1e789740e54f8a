<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Unexpected problem</source>
        <translation>Непредвиденная проблема</translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <source>Changes are now recorded as made by {name}.</source>
        <translation>Изменения теперь записываются от имени: {name}.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your name, recorded in the history of each answer you change
(empty: the computer account&apos;s name):</source>
        <translation>Ваше имя, которое записывается в историю каждого изменяемого вами ответа
(пусто: имя учетной записи компьютера):</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the report was opened</source>
        <extracomment>Ten minutes of editing between two automatic copies.</extracomment>
        <translation>При открытии доклада</translation>
    </message>
    <message>
        <source>Automatic, while editing</source>
        <translation>Автоматически, во время работы</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>see the log file</source>
        <extracomment>a copy was made (the Backup)</extracomment>
        <translation>см. файл журнала</translation>
    </message>
    <message>
        <source>No backup copy was made: {message}</source>
        <translation>Резервная копия не создана: {message}</translation>
    </message>
    <message>
        <source>Making a backup copy…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Restore Backup of {time}</source>
        <translation>Восстановить резервную копию от {time}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Restored the backup of {time}: {count} answers changed. Edit &gt; Undo takes the restore back.</source>
        <translation>Восстановлена резервная копия от {time}; изменено ответов: {count}. Правка &gt; Отменить отменяет восстановление.</translation>
    </message>
    <message>
        <source>A copy of the report as it was just before is at {path}.</source>
        <translation>Копия доклада в том виде, в каком он был непосредственно перед этим, находится в {path}.</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Предыдущий ответ</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Текущий ответ</translation>
    </message>
    <message>
        <source>Previous from</source>
        <translation>Предыдущий, источник</translation>
    </message>
    <message>
        <source>Compare with previous cycle</source>
        <translation>Сравнение с предыдущим циклом</translation>
    </message>
    <message>
        <source>Answers that differ from the previous cycle</source>
        <translation>Ответы, отличающиеся от предыдущего цикла</translation>
    </message>
    <message>
        <source>This report holds no answers from a previous cycle. Import the previous report or workbook (File &gt; Import Answers…) with “previous reporting cycle” ticked to compare with it.</source>
        <translation>В этом докладе нет ответов из предыдущего цикла. Импортируйте предыдущий доклад или книгу (Файл &gt; Импортировать ответы…), отметив «предыдущий отчетный цикл», чтобы сравнить с ними.</translation>
    </message>
    <message>
        <source>Every answer is the same as in the previous cycle.</source>
        <translation>Все ответы совпадают с ответами предыдущего цикла.</translation>
    </message>
    <message>
        <source>1 answer differs from the previous cycle. Double-click it to go to it.</source>
        <translation>1 ответ отличается от предыдущего цикла. Дважды щелкните его, чтобы перейти к нему.</translation>
    </message>
    <message>
        <source>{count} answers differ from the previous cycle. Double-click one to go to it.</source>
        <translation>Ответов, отличающихся от предыдущего цикла: {count}. Дважды щелкните ответ, чтобы перейти к нему.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>missing</source>
        <extracomment>Role holding the id of the question a row leads to.</extracomment>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>подтвердить</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>недопустимый</translation>
    </message>
    <message>
        <source>required answer missing</source>
        <translation>нет обязательного ответа</translation>
    </message>
    <message>
        <source>carried over: review and confirm</source>
        <translation>перенесен: проверить и подтвердить</translation>
    </message>
    <message>
        <source>answer not valid: {detail}</source>
        <translation>недопустимый ответ: {detail}</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Questions to finish ({count})</source>
        <translation>Вопросы, требующие завершения ({count})</translation>
    </message>
    <message>
        <source>Indicators ({count})</source>
        <translation>Показатели ({count})</translation>
    </message>
    <message>
        <source>{text}
{done} of {required} required answers, {blockers} to finish</source>
        <translation>{text}
Обязательных ответов: {done} из {required}; требуют завершения: {blockers}</translation>
    </message>
    <message>
        <source>Question or indicator</source>
        <translation>Вопрос или показатель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Measured elsewhere: {reason}</source>
        <translation>Измеряется в другом месте: {reason}</translation>
    </message>
    <message>
        <source>No question of this report measures it.</source>
        <translation>Ни один вопрос этого доклада его не измеряет.</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>Share of required answers done</source>
        <translation>Доля данных обязательных ответов</translation>
    </message>
    <message>
        <source>Questions to finish and indicators</source>
        <translation>Вопросы, требующие завершения, и показатели</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>{done} of {required} required answers ({percent:.0f}%). {blockers} questions to finish.</source>
        <translation>Обязательных ответов: {done} из {required} ({percent:.0f} %). Вопросов, требующих завершения: {blockers}.</translation>
    </message>
    <message>
        <source>Complete: every required answer is given.</source>
        <translation>Заполнено: даны все обязательные ответы.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Keys that step a spin box or a drop-down; in an answer field they scroll the page instead. a date was chosen in the calendar (the text now holds it)</extracomment>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Choose a date from a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>An unexpected problem stopped this ({kind}). Your answers stored so far are safe.

Details were written to {log}.</source>
        <translation>Непредвиденная проблема прервала эту операцию ({kind}). Уже сохраненные ответы в безопасности.

Подробности записаны в {log}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source> (language of the report)</source>
        <translation> (язык доклада)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 дюймов)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Blank form: every question and option, no answers, to fill in by hand</source>
        <translation>&amp;Пустая форма: все вопросы и варианты, без ответов, для заполнения от руки</translation>
    </message>
    <message>
        <source>&amp;Annex of the answers changed since the previous report</source>
        <translation>&amp;Приложение с ответами, изменившимися после предыдущего доклада</translation>
    </message>
    <message>
        <source>This report holds no answers of a previous report.</source>
        <translation>В этом докладе нет ответов предыдущего доклада.</translation>
    </message>
    <message>
        <source>Submission (printed on the cover and by the signature)</source>
        <translation>Представление (печатается на титульной странице и у подписи)</translation>
    </message>
    <message>
        <source>Submitting a&amp;uthority:</source>
        <translation>Представляющий &amp;орган:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY-MM-DD):</source>
        <translation>&amp;Дата (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <source>Answered in question {number}</source>
        <translation>Ответ дан в вопросе {number}</translation>
    </message>
    <message>
        <source>Choose the File…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>Укажите дату в виде ГГГГ-ММ-ДД, например 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Save a Copy As</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <source>Reports (*.bsr)</source>
        <translation>Доклады (*.bsr)</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Сохранение копии…</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>Копия сохранена как {path}</translation>
    </message>
    <message>
        <source>Copy cancelled.</source>
        <translation>Копирование отменено.</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>Экспорт в {kind}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Электронные таблицы (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {kind}…</source>
        <translation>Экспорт в {kind}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Экспортировано в {path}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменен.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Words of a question, or its number (e.g. 1.1.3)</source>
        <translation>Слова вопроса или его номер (например, 1.1.3)</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Найти вопрос</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Закрыть поиск</translation>
    </message>
    <message>
        <source>Questions found</source>
        <translation>Найденные вопросы</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation>Следующее совпадение (F3 или Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Show &amp;only matching questions</source>
        <translation>Показывать &amp;только найденные вопросы</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} из {count}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Typed</source>
        <extracomment>Long answers are cut in the table (the tool tip holds the whole text).</extracomment>
        <translation>Введен</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединен</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Перенесен</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтвержден</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлен</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Old answer</source>
        <translation>Старый ответ</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Новый ответ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Файл-источник</translation>
    </message>
    <message>
        <source>History of Answer {number}</source>
        <translation>История ответа {number}</translation>
    </message>
    <message>
        <source>This answer has not been changed yet.</source>
        <translation>Этот ответ еще не изменялся.</translation>
    </message>
    <message>
        <source>&amp;Restore This Value</source>
        <translation>&amp;Восстановить это значение</translation>
    </message>
    <message>
        <source>Set the answer back to the new answer of the chosen change (Edit &gt; Undo takes it back)</source>
        <translation>Вернуть ответу новое значение выбранного изменения (Правка &gt; Отменить отменяет это)</translation>
    </message>
    <message>
        <source>Current answer: {answer}</source>
        <translation>Текущий ответ: {answer}</translation>
    </message>
    <message>
        <source>Not restored: {message}</source>
        <translation>Не восстановлено: {message}</translation>
    </message>
    <message>
        <source>Restored the value of {when}. Edit &gt; Undo takes it back.</source>
        <translation>Восстановлено значение от {when}. Правка &gt; Отменить отменяет это.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Merge contribution</source>
        <extracomment>the first step&apos;s dialog is shown (import only) the preview dialog is shown the answers were applied (an AppliedImport) the run is over: applied, cancelled or failed the file names another Party: the question asked (a QMessageBox)</extracomment>
        <translation>Объединение материалов</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Импорт ответов</translation>
    </message>
    <message>
        <source>Applying {name}…</source>
        <translation>Применение {name}…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Comparing {name} with the report…</source>
        <translation>Сравнение {name} с докладом…</translation>
    </message>
    <message>
        <source>Nothing changed: the report already holds these answers.</source>
        <translation>Ничего не изменилось: в докладе уже есть эти ответы.</translation>
    </message>
    <message>
        <source>1 answer taken from {name}.</source>
        <translation>Из {name} взят 1 ответ.</translation>
    </message>
    <message>
        <source>{count} answers taken from {name}.</source>
        <translation>Ответов, взятых из {name}: {count}.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back; a copy of the report as it was is at {backup}.</source>
        <translation>Правка &gt; Отменить отменяет весь импорт; копия доклада в прежнем состоянии находится в {backup}.</translation>
    </message>
    <message>
        <source>This report cannot be changed now (it is open read-only, or validated and locked); nothing was imported.</source>
        <translation>Этот доклад сейчас нельзя изменить (он открыт только для чтения либо утвержден и заблокирован); ничего не импортировано.</translation>
    </message>
    <message>
        <source>Workbooks and reports (*.xlsx *.bsr);;Workbooks (*.xlsx);;Reports (*.bsr);;All files (*)</source>
        <translation>Книги и доклады (*.xlsx *.bsr);;Книги (*.xlsx);;Доклады (*.bsr);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Copies of the report and workbooks (*.bsr *.xlsx);;All files (*)</source>
        <translation>Копии доклада и книги (*.bsr *.xlsx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <extracomment>Table cells are cut to this many characters; the tooltip holds the whole text. Columns of the preview. Role holding the question id of a row (None for a row naming no known question). Role holding the RowKind of a row.</extracomment>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменен</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Не может быть импортирован</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>{value}  — {author}</source>
        <translation>{value}  — {author}</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их ответ</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мой</translation>
    </message>
    <message>
        <source>Take incoming</source>
        <translation>Взять входящий</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Оставить текущий</translation>
    </message>
    <message>
        <source>Both changed this answer: yours by {mine}, theirs by {theirs}.</source>
        <translation>Этот ответ изменили обе стороны: вы — {mine}, они — {theirs}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>The report changed this answer since the file was made.</source>
        <translation>Этот ответ в докладе изменился после создания файла.</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Автор: {author}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Их ответ</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Merge {name}: preview</source>
        <translation>Объединение {name}: предварительный просмотр</translation>
    </message>
    <message>
        <source>Import {name}: preview</source>
        <translation>Импорт {name}: предварительный просмотр</translation>
    </message>
    <message>
        <source>These answers come from the previous reporting cycle: each one is marked “Carried over – review” until you confirm it.</source>
        <translation>Эти ответы взяты из предыдущего отчетного цикла: каждый помечается «Перенесен – проверить», пока вы его не подтвердите.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Строки для импорта</translation>
    </message>
    <message>
        <source>Show rows that change nothing ({count})</source>
        <translation>Показать строки, которые ничего не меняют ({count})</translation>
    </message>
    <message>
        <source>Apply All</source>
        <translation>Применить все</translation>
    </message>
    <message>
        <source>Apply every new and changed answer, and each conflict where you chose theirs</source>
        <translation>Применить все новые и измененные ответы, а также каждый конфликт, в котором вы выбрали их ответ</translation>
    </message>
    <message>
        <source>Apply every new and changed answer, and each conflict you ticked</source>
        <translation>Применить все новые и измененные ответы, а также каждый отмеченный конфликт</translation>
    </message>
    <message>
        <source>Apply Selected</source>
        <translation>Применить выбранное</translation>
    </message>
    <message>
        <source>Apply only the ticked rows</source>
        <translation>Применить только отмеченные строки</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>Новых: {n}</translation>
    </message>
    <message>
        <source>{n} changed</source>
        <translation>Измененных: {n}</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>В конфликте: {n}</translation>
    </message>
    <message>
        <source>{n} cannot be imported</source>
        <translation>Не могут быть импортированы: {n}</translation>
    </message>
    <message>
        <source>{n} already the same</source>
        <translation>Уже совпадают: {n}</translation>
    </message>
    <message>
        <source>What {name} would change:</source>
        <translation>Что изменит {name}:</translation>
    </message>
    <message>
        <source>Conflicts keep your answer unless you tick them to take theirs.</source>
        <translation>При конфликте сохраняется ваш ответ, если вы не отметите строку, чтобы взять их ответ.</translation>
    </message>
    <message>
        <source>Conflicts keep the current answer unless you tick them.</source>
        <translation>При конфликте сохраняется текущий ответ, если вы не отметите строку.</translation>
    </message>
    <message>
        <source>Rows: {added} added, {removed} removed, {changed} changed</source>
        <translation>Строки: добавлено {added}, удалено {removed}, изменено {changed}</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>an unnamed Party</source>
        <extracomment>Rows shown in the live preview of a hand-made sheet.</extracomment>
        <translation>Сторона без названия</translation>
    </message>
    <message>
        <source>Another report file, for {party}.</source>
        <translation>Другой файл доклада, Сторона: {party}.</translation>
    </message>
    <message>
        <source>A workbook exported by bsreporter, for {party}.</source>
        <translation>Книга, экспортированная bsreporter, Сторона: {party}.</translation>
    </message>
    <message>
        <source>A workbook of the earlier questionnaire “{form}”, for {party}. Its answers are read through the mapping to this questionnaire, as the previous cycle&apos;s.</source>
        <translation>Книга прежнего вопросника «{form}», Сторона: {party}. Ее ответы читаются через соответствие с этим вопросником как ответы предыдущего цикла.</translation>
    </message>
    <message>
        <source>A spreadsheet not made by bsreporter. Show where its question numbers and answers are.</source>
        <translation>Электронная таблица, созданная не в bsreporter. Укажите, где в ней номера вопросов и ответы.</translation>
    </message>
    <message>
        <source>Import answers from {name}</source>
        <translation>Импорт ответов из {name}</translation>
    </message>
    <message>
        <source>These answers come from the previous reporting cycle</source>
        <translation>Эти ответы взяты из предыдущего отчетного цикла</translation>
    </message>
    <message>
        <source>Answers from the previous cycle are marked “Carried over – review” until you confirm each one, and are kept to compare with. Leave this off for answers a colleague gave for this report.</source>
        <translation>Ответы предыдущего цикла помечаются «Перенесен – проверить», пока вы не подтвердите каждый из них, и сохраняются для сравнения. Не отмечайте этот флажок для ответов, которые дал коллега для этого доклада.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <source>Where the answers are</source>
        <translation>Где находятся ответы</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The row holding the column headings; the answers start below it</source>
        <translation>Строка с заголовками столбцов; ответы начинаются под ней</translation>
    </message>
    <message>
        <source>{title} (this report)</source>
        <translation>{title} (этот доклад)</translation>
    </message>
    <message>
        <source>Numbered &amp;in:</source>
        <translation>&amp;Нумерация по формату:</translation>
    </message>
    <message>
        <source>The format whose question numbers the sheet uses. A sheet of an earlier report is read in that format and carried into this report through the mapping, as the previous cycle&apos;s answers.</source>
        <translation>Формат, номера вопросов которого использует лист. Лист более раннего доклада читается в этом формате и переносится в этот доклад через таблицу соответствия как ответы предыдущего цикла.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Строка заголовков:</translation>
    </message>
    <message>
        <source>&amp;Question numbers in column:</source>
        <translation>&amp;Номера вопросов в столбце:</translation>
    </message>
    <message>
        <source>&amp;Answers in column:</source>
        <translation>&amp;Ответы в столбце:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>Номер вопроса</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Предварительный просмотр первых строк</translation>
    </message>
    <message>
        <source>not a question of this questionnaire</source>
        <translation>не является вопросом этого вопросника</translation>
    </message>
    <message>
        <source>The question numbers and the answers must be in different columns.</source>
        <translation>Номера вопросов и ответы должны находиться в разных столбцах.</translation>
    </message>
    <message>
        <source>{matched} of {named} rows name a question of this questionnaire.</source>
        <translation>Строк, указывающих на вопрос этого вопросника: {matched} из {named}.</translation>
    </message>
    <message>
        <source>(Counted in the first {n} rows.)</source>
        <translation>(Подсчитано в первых {n} строках.)</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>https://…</source>
        <extracomment>Pause in typing after which a text entry is stored. Choice lists longer than this get a drop-down instead of radio buttons. A date as the core reads it; eight digits (20150101) are the same date written without hyphens. typing started: an entry will be stored after a pause (or on focus loss) A refused entry stays on screen (marked &quot;not saved&quot;) so the person can correct what was typed; editors of discrete choices set False: a refused choice is replaced by the stored one.</extracomment>
        <translation>https://…</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>Validated - read-only</source>
        <translation>Утвержден - только для чтения</translation>
    </message>
    <message>
        <source>Validated on {when} by {who}.</source>
        <translation>Утвержден {when}, кем: {who}.</translation>
    </message>
    <message>
        <source>Frozen fingerprint (SHA-256):</source>
        <translation>Зафиксированный отпечаток (SHA-256):</translation>
    </message>
    <message>
        <source>To change an answer, choose File &gt; Reopen for Editing… and give the reason.</source>
        <translation>Чтобы изменить ответ, выберите Файл &gt; Открыть для изменения… и укажите причину.</translation>
    </message>
    <message>
        <source>Validate report</source>
        <translation>Утверждение доклада</translation>
    </message>
    <message>
        <source>The report cannot be validated yet: {count} questions still need an answer or a correction. The Completeness panel lists them.</source>
        <translation>Доклад пока нельзя утвердить: вопросов, по которым еще требуется ответ или исправление: {count}. Они перечислены на панели «Полнота заполнения».</translation>
    </message>
    <message>
        <source>Mark the report as validated?

It becomes read-only: no answer can be changed until someone chooses File &gt; Reopen for Editing… and gives a reason. Its fingerprint is frozen and printed on the PDF:

{fingerprint}</source>
        <translation>Отметить доклад как утвержденный?

Он станет доступен только для чтения: ни один ответ нельзя будет изменить, пока кто-нибудь не выберет Файл &gt; Открыть для изменения… и не укажет причину. Его отпечаток фиксируется и печатается в PDF:

{fingerprint}</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Validate Anyway</source>
        <translation>Всё равно утвердить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The report is validated; it is now read-only.</source>
        <translation>Доклад утвержден; теперь он доступен только для чтения.</translation>
    </message>
    <message>
        <source>Reopen for Editing</source>
        <translation>Открыть для изменения</translation>
    </message>
    <message>
        <source>Why is the validated report reopened? The reason is kept with the report, with your name and the time. The report must be validated again before it is final.</source>
        <translation>Почему утвержденный доклад открывается снова? Причина сохраняется в докладе вместе с вашим именем и временем. Перед окончательным вариантом доклад нужно будет утвердить снова.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Причина повторного открытия</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>Открыть для изменения</translation>
    </message>
    <message>
        <source>The report is open for editing again.</source>
        <translation>Доклад снова открыт для изменения.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“{name}” is already open in this window.</source>
        <translation>«{name}» уже открыт в этом окне.</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>&amp;Новый доклад…</translation>
    </message>
    <message>
        <source>Create a new report with a short wizard</source>
        <translation>Создать новый доклад с помощью короткого мастера</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>&amp;Открыть доклад…</translation>
    </message>
    <message>
        <source>Open a report file</source>
        <translation>Открыть файл доклада</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавний</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>Write a copy of the report file, for example to send or back up</source>
        <translation>Записать копию файла доклада, например чтобы отправить ее или сохранить</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the report as a PDF to print and sign</source>
        <translation>Записать доклад в PDF для печати и подписи</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Write the report as a spreadsheet</source>
        <translation>Записать доклад в виде электронной таблицы</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>&amp;Импортировать ответы…</translation>
    </message>
    <message>
        <source>Take answers from a workbook, a hand-made spreadsheet or the previous report, with a preview</source>
        <translation>Взять ответы из книги, из таблицы, составленной вручную, или из предыдущего доклада, с предварительным просмотром</translation>
    </message>
    <message>
        <source>&amp;Merge Contribution…</source>
        <translation>&amp;Объединить материалы…</translation>
    </message>
    <message>
        <source>Bring in a colleague&apos;s copy of this report or their filled workbook, with a preview</source>
        <translation>Добавить копию этого доклада коллеги или заполненную им книгу, с предварительным просмотром</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Cycle</source>
        <translation>Сравнить с &amp;предыдущим циклом</translation>
    </message>
    <message>
        <source>List every answer that differs from the previous reporting cycle</source>
        <translation>Перечислить все ответы, отличающиеся от предыдущего отчетного цикла</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation>&amp;Закрыть доклад</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find questions by text or number</source>
        <translation>Найти вопросы по тексту или номеру</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Interface language and a second language for the questions</source>
        <translation>Язык интерфейса и второй язык вопросов</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>&amp;Предыдущий раздел</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>&amp;Следующий раздел</translation>
    </message>
    <message>
        <source>Next &amp;Unanswered Question</source>
        <translation>Следующий вопрос &amp;без ответа</translation>
    </message>
    <message>
        <source>Go to the next question that still needs an answer</source>
        <translation>Перейти к следующему вопросу, на который еще нужно ответить</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Следующая &amp;область</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Предыдущая о&amp;бласть</translation>
    </message>
    <message>
        <source>Question &amp;Language</source>
        <translation>&amp;Язык вопросов</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;About bsreporter</source>
        <translation>&amp;О программе bsreporter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>This report is open read-only because it is being edited elsewhere. Nothing you see here can be changed.</source>
        <translation>Этот доклад открыт только для чтения, так как он редактируется в другом месте. Здесь ничего нельзя изменить.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <extracomment>a report was opened (or created) and its first page is shown the section shown changed (its id)</extracomment>
        <translation>Полнота заполнения</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Предыдущий раздел</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Следующий раздел</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Следующий без ответа</translation>
    </message>
    <message>
        <source>Go to the next question that still needs an answer (F8)</source>
        <translation>Перейти к следующему вопросу, на который еще нужно ответить (F8)</translation>
    </message>
    <message>
        <source>&amp;Completeness Panel</source>
        <translation>Панель «&amp;Полнота заполнения»</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Навигатор</translation>
    </message>
    <message>
        <source>Click to show the completeness panel (Ctrl+Shift+C).</source>
        <translation>Нажмите, чтобы показать панель «Полнота заполнения» (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>bsreporter</source>
        <translation>bsreporter</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Открыть доклад</translation>
    </message>
    <message>
        <source>Reports (*.bsr);;All files (*)</source>
        <translation>Доклады (*.bsr);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open the demo report</source>
        <translation>Открыть демонстрационный доклад</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Открыть {name}</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>Создание {name}…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Закрыть доклад</translation>
    </message>
    <message>
        <source>An answer you typed was not saved because it is not valid: {questions}. The report keeps its earlier answer.</source>
        <translation>Введённый вами ответ не сохранён, так как он недопустим: {questions}. В отчёте остаётся прежний ответ.</translation>
    </message>
    <message>
        <source>Go Back to It</source>
        <translation>Вернуться к нему</translation>
    </message>
    <message>
        <source>{count} answers you typed were not saved because they are not valid: {questions}. The report keeps its earlier answers.</source>
        <translation>Введённые вами ответы (всего: {count}) не сохранены, так как они недопустимы: {questions}. В отчёте остаются прежние ответы.</translation>
    </message>
    <message>
        <source>Go Back to Them</source>
        <translation>Вернуться к ним</translation>
    </message>
    <message>
        <source>Switch Anyway</source>
        <translation>Всё равно переключить</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Всё равно закрыть</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Ответы не сохранены</translation>
    </message>
    <message>
        <source>Every required question is answered.</source>
        <translation>На все обязательные вопросы даны ответы.</translation>
    </message>
    <message>
        <source>{percent:.0f}% complete</source>
        <translation>Заполнено на {percent:.0f} %</translation>
    </message>
    <message>
        <source>{done} of {required} required answers; {blockers} to finish</source>
        <translation>Обязательных ответов: {done} из {required}; требуют завершения: {blockers}</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed</source>
        <translation>Только для чтения: ничего нельзя изменить</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Не сохранено: {message}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить: {what}</translation>
    </message>
    <message>
        <source>{party} – {file}{read_only}</source>
        <translation>{party} – {file}{read_only}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только для чтения)</translation>
    </message>
    <message>
        <source>No recent reports</source>
        <translation>Нет недавних докладов</translation>
    </message>
    <message>
        <source>bsreporter {version}</source>
        <translation>bsreporter {version}</translation>
    </message>
    <message>
        <source>Prepare the national report on the Cartagena Protocol on Biosafety offline.</source>
        <translation>Подготовка национального доклада по Картахенскому протоколу по биобезопасности без подключения к сети.</translation>
    </message>
    <message>
        <source>Questionnaire: {form} version {version}</source>
        <translation>Вопросник: {form}, версия {version}</translation>
    </message>
    <message>
        <source>Report file: {path}</source>
        <translation>Файл доклада: {path}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <source>About bsreporter</source>
        <translation>О программе bsreporter</translation>
    </message>
    <message>
        <source>This report is open read-only because its disk or folder cannot be written. To edit it, use File &gt; Save a Copy As… to put a copy in a folder of yours.</source>
        <translation>Этот отчёт открыт только для чтения, так как запись на его диск или в его папку невозможна. Чтобы изменить его, выберите «Файл &gt; Сохранить копию как…» и сохраните копию в свою папку.</translation>
    </message>
    <message>
        <source>This report is open read-only because the file also exists under another name (a hard link), and a file with two names cannot be edited safely. To edit it, use File &gt; Save a Copy As… to make a copy of it.</source>
        <translation>Этот отчёт открыт только для чтения, так как файл существует также под другим именем (жёсткая ссылка), а файл с двумя именами нельзя безопасно изменять. Чтобы изменить его, выберите «Файл &gt; Сохранить копию как…» и сделайте копию.</translation>
    </message>
    <message>
        <source>This report is open read-only. Nothing you see here can be changed.</source>
        <translation>Этот отчёт открыт только для чтения. Ничего из показанного здесь изменить нельзя.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Go back to a backup copy of the report (undoable)</source>
        <translation>Вернуться к резервной копии доклада (можно отменить)</translation>
    </message>
    <message>
        <source>&amp;Validate Report…</source>
        <translation>&amp;Утвердить доклад…</translation>
    </message>
    <message>
        <source>Mark the complete report as validated: it becomes read-only</source>
        <translation>Отметить заполненный доклад как утвержденный: он станет доступен только для чтения</translation>
    </message>
    <message>
        <source>Re&amp;open for Editing…</source>
        <translation>Открыть для &amp;изменения…</translation>
    </message>
    <message>
        <source>Make a validated report editable again, recording why</source>
        <translation>Снова сделать утвержденный доклад изменяемым, записав причину</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Ваше &amp;имя…</translation>
    </message>
    <message>
        <source>The name recorded in the history of the answers you change</source>
        <translation>Имя, которое записывается в историю изменяемых вами ответов</translation>
    </message>
    <message>
        <source>Answer &amp;History…</source>
        <translation>&amp;История ответа…</translation>
    </message>
    <message>
        <source>Who changed the answer of the current question, when, and from what</source>
        <translation>Кто изменил ответ на текущий вопрос, когда и с какого значения</translation>
    </message>
    <message>
        <source>&amp;Validate Report… ({count} questions to finish)</source>
        <translation>&amp;Утвердить доклад… (вопросов, требующих завершения: {count})</translation>
    </message>
    <message>
        <source>Put the cursor in a question first (or use the History… button beside it).</source>
        <translation>Сначала поместите курсор в вопрос (или нажмите кнопку «История…» рядом с ним).</translation>
    </message>
    <message>
        <source>Focal areas and objectives of the report</source>
        <translation>Приоритетные области и цели доклада</translation>
    </message>
    <message>
        <source>Report by &amp;Section</source>
        <translation>Доклад по &amp;разделам</translation>
    </message>
    <message>
        <source>Report by Strategic &amp;Plan</source>
        <translation>Доклад по Стратегическому &amp;плану</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Разделы доклада</translation>
    </message>
</context>
<context>
    <name>MultilingualEditor</name>
    <message>
        <source>Add a translation</source>
        <translation>Добавить перевод</translation>
    </message>
    <message>
        <source>Give this answer in another UN language as well</source>
        <translation>Дать этот ответ также на другом языке ООН</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the text in {language}</source>
        <translation>Удалить текст на языке: {language}</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>{done} of {required} required answers ({percent:.0f}%), {blockers} to finish</source>
        <extracomment>Role holding the id of the section a row leads to.</extracomment>
        <translation>Обязательных ответов: {done} из {required} ({percent:.0f} %); требуют завершения: {blockers}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Focal area and objective</source>
        <translation>Приоритетная область и цель</translation>
    </message>
    <message>
        <source>No question of this report informs it: its indicators are measured elsewhere.</source>
        <translation>Ни один вопрос этого доклада к нему не относится: его показатели измеряются в другом месте.</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Sections of the report</source>
        <translation>Разделы доклада</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>NewReportWizard</name>
    <message>
        <source>New report</source>
        <translation>Новый доклад</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close this message (Escape)</source>
        <translation>Закрыть это сообщение (Esc)</translation>
    </message>
    <message>
        <source>Open the folder {folder}</source>
        <translation>Открыть папку {folder}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long an action may run before its progress dialog appears.</extracomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Windows rebuilt in another language; kept here so Python does not collect them.</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>Как на компьютере ({language})</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Язык &amp;интерфейса:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&amp;Second language of the questions:</source>
        <translation>&amp;Второй язык вопросов:</translation>
    </message>
    <message>
        <source>The language of the questions themselves is chosen in View &gt; Question Language. A second language is shown under each question, for teams that work in two languages.</source>
        <translation>Язык самих вопросов выбирается в меню Вид &gt; Язык вопросов. Второй язык показывается под каждым вопросом — для групп, работающих на двух языках.</translation>
    </message>
</context>
<context>
    <name>PreviousAnswer</name>
    <message>
        <source>(blank)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Show previous answer</source>
        <translation>Показать предыдущий ответ</translation>
    </message>
    <message>
        <source>Show the previous cycle&apos;s answer to question {number}</source>
        <translation>Показать ответ предыдущего цикла на вопрос {number}</translation>
    </message>
    <message>
        <source>Previous report ({source}):</source>
        <translation>Предыдущий доклад ({source}):</translation>
    </message>
    <message>
        <source>Previous report:</source>
        <translation>Предыдущий доклад:</translation>
    </message>
    <message>
        <source>Hide previous answer</source>
        <translation>Скрыть предыдущий ответ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>The report keeps no answer here.</source>
        <translation>В отчёте здесь нет ответа.</translation>
    </message>
    <message>
        <source>The report keeps the earlier answer: {value}</source>
        <translation>В отчёте остаётся прежний ответ: {value}</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <extracomment>the status icon shown: what is stored, or &quot;not saved&quot; while a refused entry is on screen</extracomment>
        <translation>Уточняющий вопрос</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation>Удалить этот ответ</translation>
    </message>
    <message>
        <source>Clear the answer to question {number}</source>
        <translation>Очистить ответ на вопрос {number}</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Who changed this answer, when, and from what</source>
        <translation>Кто изменил этот ответ, когда и с какого значения</translation>
    </message>
    <message>
        <source>History of the answer to question {number}</source>
        <translation>История ответа на вопрос {number}</translation>
    </message>
    <message>
        <source>Carried over from the previous report. Check it, then confirm it.</source>
        <translation>Перенесено из предыдущего доклада. Проверьте, затем подтвердите.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Confirm the carried-over answer to question {number}</source>
        <translation>Подтвердить перенесенный ответ на вопрос {number}</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (обязательный)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Information not available</source>
        <translation>Информация отсутствует</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Есть ответ</translation>
    </message>
    <message>
        <source>Answered: not applicable</source>
        <translation>Есть ответ: не применимо</translation>
    </message>
    <message>
        <source>Answered: information not available</source>
        <translation>Есть ответ: информация отсутствует</translation>
    </message>
    <message>
        <source>The answer is not valid</source>
        <translation>Ответ недопустим</translation>
    </message>
    <message>
        <source>Carried over: review and confirm</source>
        <translation>Перенесен: проверить и подтвердить</translation>
    </message>
    <message>
        <source>Not asked, given the other answers</source>
        <translation>Не задается с учетом других ответов</translation>
    </message>
    <message>
        <source>Required answer missing</source>
        <translation>Нет обязательного ответа</translation>
    </message>
    <message>
        <source>Optional, not answered</source>
        <translation>Необязательный, без ответа</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Не сохранено: {message}</translation>
    </message>
    <message>
        <source>This answer is not valid: {detail}</source>
        <translation>Этот ответ недопустим: {detail}</translation>
    </message>
    <message>
        <source>row {row}: “{column}” is missing</source>
        <translation>строка {row}: нет значения «{column}»</translation>
    </message>
    <message>
        <source>row {row}: “{column}”: {message}</source>
        <translation>строка {row}: «{column}»: {message}</translation>
    </message>
    <message>
        <source>not allowed here</source>
        <translation>здесь не допускается</translation>
    </message>
    <message>
        <source>Row {row} is being filled in; it is checked when you leave it.</source>
        <translation>Строка {row} заполняется; она будет проверена, когда вы её покинете.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Not available: the report is validated and locked. To change it, choose File &gt; Reopen for Editing…</source>
        <translation>Недоступно: доклад утвержден и заблокирован. Чтобы изменить его, выберите Файл &gt; Открыть для изменения…</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because it is being edited elsewhere.</source>
        <translation>Недоступно: доклад открыт только для чтения, так как он редактируется в другом месте.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because its disk or folder cannot be written.</source>
        <translation>Недоступно: доклад открыт только для чтения, так как запись на его диск или в его папку невозможна.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because the file also exists under another name.</source>
        <translation>Недоступно: доклад открыт только для чтения, так как файл существует также под другим именем.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only.</source>
        <translation>Недоступно: доклад открыт только для чтения.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Open {name}</source>
        <translation>Открыть {name}</translation>
    </message>
    <message>
        <source>{problem}

No backup copy of this report was found on this computer. The file was left exactly as it is.</source>
        <translation>{problem}

На этом компьютере не найдено ни одной резервной копии этого доклада. Файл оставлен в точности как есть.</translation>
    </message>
    <message>
        <source>{when}, {percent:.0f}% complete</source>
        <translation>{when}, заполнено на {percent:.0f} %</translation>
    </message>
    <message>
        <source>{problem}

The latest good backup of this report is from {about}. It can be copied beside the damaged file as a new report, which is then opened. The damaged file is left exactly as it is.</source>
        <translation>{problem}

Последняя исправная резервная копия этого доклада создана {about}. Ее можно скопировать рядом с поврежденным файлом как новый доклад, который затем откроется. Поврежденный файл остается в точности как есть.</translation>
    </message>
    <message>
        <source>Open the Latest Good Backup</source>
        <translation>Открыть последнюю исправную резервную копию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open the latest good backup</source>
        <translation>Открыть последнюю исправную резервную копию</translation>
    </message>
    <message>
        <source>Opened a copy of the backup of {when} as {name}; the damaged file was not changed.</source>
        <translation>Открыта копия резервной копии от {when} под именем {name}; поврежденный файл не изменен.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <extracomment>a backup was restored: the copy made of the state just before</extracomment>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Copies of “{name}” are made when it is opened, every 10 minutes while it changes, and before an import or a restore. They are kept in {folder}.</source>
        <translation>Копии «{name}» создаются при его открытии, каждые 10 минут, пока он меняется, а также перед импортом или восстановлением. Они хранятся в {folder}.</translation>
    </message>
    <message>
        <source>There is no backup of this report yet.</source>
        <translation>Резервных копий этого доклада пока нет.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Чтение резервных копий…</translation>
    </message>
    <message>
        <source>{when}, {percent:.0f}% complete</source>
        <translation>{when}, заполнено на {percent:.0f} %</translation>
    </message>
    <message>
        <source>Replace the current answers with those of the backup of {about}?

The current answers are first saved as a backup (“Before a restore”, listed here), and Edit &gt; Undo takes the restore back. The history of every answer is kept.</source>
        <translation>Заменить текущие ответы ответами резервной копии от {about}?

Текущие ответы сначала сохраняются в резервной копии («Перед восстановлением», в этом списке), а Правка &gt; Отменить отменяет восстановление. История каждого ответа сохраняется.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Expected outcomes and indicators</source>
        <extracomment>Lines of questions read badly when wider than this.</extracomment>
        <translation>Ожидаемые результаты и показатели</translation>
    </message>
    <message>
        <source>Show or hide the expected outcomes and indicators</source>
        <translation>Показать или скрыть ожидаемые результаты и показатели</translation>
    </message>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation>На вопросы, отмеченные *, нужно ответить.</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Предыдущий раздел</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Следующий раздел</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} questions matching “{query}”.</source>
        <translation>Показано вопросов: {shown} из {total}, соответствующих запросу «{query}».</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Ожидаемые результаты</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Measured elsewhere: {reason}</source>
        <translation>Измеряется в другом месте: {reason}</translation>
    </message>
    <message>
        <source>Next objective</source>
        <translation>Следующая цель</translation>
    </message>
    <message>
        <source>Previous objective</source>
        <translation>Предыдущая цель</translation>
    </message>
    <message>
        <source>No question of this report informs this objective. Its indicators:</source>
        <translation>Ни один вопрос этого доклада не относится к этой цели. Её показатели:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>bsreporter</source>
        <translation>bsreporter</translation>
    </message>
    <message>
        <source>Prepare your country&apos;s national report on the Cartagena Protocol on Biosafety, offline. Every answer is stored as soon as you give it.</source>
        <translation>Подготовьте национальный доклад своей страны по Картахенскому протоколу по биобезопасности без подключения к сети. Каждый ответ сохраняется сразу же.</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Новый доклад…</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>&amp;Открыть доклад…</translation>
    </message>
    <message>
        <source>Try the &amp;demo report</source>
        <translation>Попробовать &amp;демонстрационный доклад</translation>
    </message>
    <message>
        <source>&amp;Recent reports</source>
        <translation>&amp;Недавние доклады</translation>
    </message>
    <message>
        <source>Recent reports</source>
        <translation>Недавние доклады</translation>
    </message>
    <message>
        <source>Reports you open will be listed here.</source>
        <translation>Здесь будут перечислены открытые вами доклады.</translation>
    </message>
    <message>
        <source>{path} (no longer there)</source>
        <translation>{path} (больше не существует)</translation>
    </message>
</context>
<context>
    <name>TableChanges</name>
    <message>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>{what}: row {number}</source>
        <translation>{what}: строка {number}</translation>
    </message>
    <message>
        <source>{what}: was row {number}</source>
        <translation>{what}: была строка {number}</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>Rows added: {added} · removed: {removed} · changed: {changed} · as they were: {same}</source>
        <translation>Строк добавлено: {added} · удалено: {removed} · изменено: {changed} · без изменений: {same}</translation>
    </message>
    <message>
        <source>Choose a table question above to see its rows added, removed and changed.</source>
        <translation>Выберите выше вопрос в виде таблицы, чтобы увидеть добавленные, удаленные и измененные строки.</translation>
    </message>
    <message>
        <source>Question {number}: {summary}</source>
        <translation>Вопрос {number}: {summary}</translation>
    </message>
    <message>
        <source>Rows changed in question {number}</source>
        <translation>Измененные строки вопроса {number}</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>Add a row to table {number}</source>
        <translation>Добавить строку в таблицу {number}</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>Remove the selected row from table {number}</source>
        <translation>Удалить выбранную строку из таблицы {number}</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Удаление строк</translation>
    </message>
    <message>
        <source>Remove every selected row from table {number}?
Rows selected: {count} of {total}.</source>
        <translation>Удалить все выбранные строки из таблицы {number}?
Выбрано строк: {count} из {total}.</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Удалить выбранные строки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>Required in every row</source>
        <translation>Обязательно в каждой строке</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Merge {name}</source>
        <extracomment>the previous cycle&apos;s answers of the same questions, when the import carried answers over</extracomment>
        <translation>Объединение {name}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <source>Confirm answer {number}</source>
        <translation>Подтвердить ответ {number}</translation>
    </message>
    <message>
        <source>Answer {number}</source>
        <translation>Ответ {number}</translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <source>By Strategic Plan</source>
        <translation>По Стратегическому плану</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>По разделам</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Показать доклад</translation>
    </message>
    <message>
        <source>Show the report by focal area and operational objective of the Strategic Plan</source>
        <translation>Показать доклад по приоритетным областям и оперативным целям Стратегического плана</translation>
    </message>
    <message>
        <source>Show the report by the sections of its form</source>
        <translation>Показать доклад по разделам его формы</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>This answer is not allowed here.</source>
        <extracomment>General-information questions the wizard asks for, when the questionnaire has them.</extracomment>
        <translation>Такой ответ здесь не допускается.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Language and file</source>
        <translation>Язык и файл</translation>
    </message>
    <message>
        <source>The language of the report, and where to keep the report file.</source>
        <translation>Язык доклада и место хранения файла доклада.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык доклада</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Язык доклада:</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Файл доклада</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Report &amp;file:</source>
        <translation>&amp;Файл доклада:</translation>
    </message>
    <message>
        <source>Reports (*.bsr)</source>
        <translation>Доклады (*.bsr)</translation>
    </message>
    <message>
        <source>Choose where to keep the report file.</source>
        <translation>Выберите, где хранить файл доклада.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose another name (an existing report is never overwritten).</source>
        <translation>«{path}» уже существует; выберите другое имя (существующий доклад никогда не перезаписывается).</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>Папка «{folder}» не существует.</translation>
    </message>
</context>
<context>
    <name>_FocalPointPage</name>
    <message>
        <source>National focal point</source>
        <translation>Национальный координационный центр</translation>
    </message>
    <message>
        <source>Who prepares the report. Leave blank what you will fill in later.</source>
        <translation>Кто готовит доклад. Оставьте пустым то, что заполните позже.</translation>
    </message>
</context>
<context>
    <name>_PartyPage</name>
    <message>
        <source>Party and questionnaire</source>
        <translation>Сторона и вопросник</translation>
    </message>
    <message>
        <source>Who reports, and on which questionnaire.</source>
        <translation>Кто представляет доклад и по какому вопроснику.</translation>
    </message>
    <message>
        <source>Reporting Party</source>
        <translation>Сторона, представляющая доклад</translation>
    </message>
    <message>
        <source>Reporting &amp;Party:</source>
        <translation>&amp;Сторона, представляющая доклад:</translation>
    </message>
    <message>
        <source>Questionnaire and reporting cycle</source>
        <translation>Вопросник и отчетный цикл</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Вопросник:</translation>
    </message>
</context>
<context>
    <name>_PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>Отчетный период</translation>
    </message>
    <message>
        <source>The period this report covers. You can change it later.</source>
        <translation>Период, охватываемый этим докладом. Его можно изменить позже.</translation>
    </message>
</context>
<context>
    <name>PartyChooser</name>
    <message>
        <source>Choose from the list, or type a name</source>
        <translation>Выберите из списка или введите название</translation>
    </message>
    <message>
        <source>Type part of a Party&apos;s name to find it. A name that is not in the list is kept as typed.</source>
        <translation>Введите часть названия Стороны, чтобы найти её. Название, которого нет в списке, сохраняется в том виде, в каком оно введено.</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of Parties to the Protocol. It is kept as typed: a State that is not a Party may also fill in the report.</source>
        <translation>«{name}» нет в списке Сторон Протокола. Название сохраняется в том виде, в каком оно введено: государство, не являющееся Стороной, также может заполнить доклад.</translation>
    </message>
</context>
</TS>
