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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
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
        <source>{party} national report</source>
        <translation>{party} - национальный доклад</translation>
    </message>
    <message>
        <source>national report</source>
        <translation>национальный доклад</translation>
    </message>
    <message>
        <source>This answer is not allowed here.</source>
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
<context>
    <name>messages</name>
    <message>
        <source>question {number}</source>
        <comment>where_question</comment>
        <translation>вопрос {number}</translation>
    </message>
    <message>
        <source>question {number}, row {row}</source>
        <comment>where_row</comment>
        <translation>вопрос {number}, строка {row}</translation>
    </message>
    <message>
        <source>question {number}, row {row}, column &apos;{column}&apos;</source>
        <comment>where_cell</comment>
        <translation>вопрос {number}, строка {row}, столбец «{column}»</translation>
    </message>
    <message>
        <source>{where}: true/false is not a valid answer; give a value of type {kind}.</source>
        <comment>bool_answer</comment>
        <translation>{where}: «истина/ложь» не является допустимым ответом; укажите значение типа {kind}.</translation>
    </message>
    <message>
        <source>{where}: expects text.</source>
        <comment>expects_text</comment>
        <translation>{where}: ожидается текст.</translation>
    </message>
    <message>
        <source>{where}: {codes} is not a language this answer can be given in; give the text in the UN languages by their codes ({languages}).</source>
        <comment>not_un_language</comment>
        <translation>{where}: {codes} — не язык, на котором можно дать этот ответ; укажите текст на языках ООН по их кодам ({languages}).</translation>
    </message>
    <message>
        <source>{where}: the text has {length} characters; at most {limit} fit (the limit of a spreadsheet cell). Shorten it or attach a document.</source>
        <comment>text_too_long</comment>
        <translation>{where}: в тексте {length} знаков; помещается не более {limit} (предел ячейки электронной таблицы). Сократите его или приложите документ.</translation>
    </message>
    <message>
        <source>{where}: the text contains invisible control characters (for example from a copy-paste); remove them and try again.</source>
        <comment>control_chars</comment>
        <translation>{where}: текст содержит невидимые управляющие символы (например, после копирования и вставки); удалите их и повторите попытку.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a whole number.</source>
        <comment>not_whole</comment>
        <translation>{where}: «{value}» не является целым числом.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number.</source>
        <comment>not_number</comment>
        <translation>{where}: «{value}» не является числом.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; could be read as {plain} or as {point}: write {plain} or {point}, as you mean it.</source>
        <comment>ambiguous_number</comment>
        <translation>{where}: «{value}» можно прочитать как {plain} или как {point}: напишите {plain} или {point}, в зависимости от того, что вы имеете в виду.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number: digit groups have three digits (e.g. 1 500 000 or 1,500,000.5).</source>
        <comment>number_groups</comment>
        <translation>{where}: «{value}» не является числом: в группах разрядов по три цифры (например, 1 500 000 или 1 500 000,5).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; uses exponent notation; write the number in full (e.g. 100000 for 1e5).</source>
        <comment>number_exponent</comment>
        <translation>{where}: «{value}» записано в экспоненциальной форме; напишите число полностью (например, 100000 вместо 1e5).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; has more than 15 significant digits, more than can be stored exactly; round it.</source>
        <comment>too_many_digits</comment>
        <translation>{where}: в «{value}» больше 15 значащих цифр — больше, чем можно сохранить точно; округлите число.</translation>
    </message>
    <message>
        <source>{where}: expects a finite number.</source>
        <comment>not_finite</comment>
        <translation>{where}: ожидается конечное число.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2019-12-31.</source>
        <comment>not_date</comment>
        <translation>{where}: «{value}» не является датой; запишите её в виде ГГГГ-ММ-ДД, например 2019-12-31.</translation>
    </message>
    <message>
        <source>{where}: {value} is outside the years 1900 to 2100.</source>
        <comment>date_range</comment>
        <translation>{where}: {value} выходит за пределы 1900–2100 годов.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a web address; it must start with http:// or https://.</source>
        <comment>not_url</comment>
        <translation>{where}: «{value}» не является веб-адресом; он должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an e-mail address (like name@example.org).</source>
        <comment>not_email</comment>
        <translation>{where}: «{value}» не является адресом электронной почты (например, name@example.org).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not one of the options ({options}).</source>
        <comment>not_option</comment>
        <translation>{where}: «{value}» не входит в число вариантов ({options}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not one of the options; the closest are &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <comment>option_unknown</comment>
        <translation>{where}: «{value}» не входит в число вариантов; ближайшие — «{first}» и «{second}».</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos;, in the answer &apos;{whole}&apos;, is not one of the options; the closest are &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <comment>option_part_unknown</comment>
        <translation>{where}: «{value}» в ответе «{whole}» не входит в число вариантов; ближайшие — «{first}» и «{second}».</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; could be &apos;{first}&apos; or &apos;{second}&apos;; write the option as the form words it.</source>
        <comment>option_ambiguous</comment>
        <translation>{where}: «{value}» может означать «{first}» или «{second}»; напишите вариант так, как он сформулирован в форме.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos;, in the answer &apos;{whole}&apos;, could be &apos;{first}&apos; or &apos;{second}&apos;; write the option as the form words it.</source>
        <comment>option_part_ambiguous</comment>
        <translation>{where}: «{value}» в ответе «{whole}» может означать «{first}» или «{second}»; напишите вариант так, как он сформулирован в форме.</translation>
    </message>
    <message>
        <source>{where}: {value} is in none of the ranges offered ({options}).</source>
        <comment>option_no_range</comment>
        <translation>{where}: {value} не попадает ни в один из предложенных диапазонов ({options}).</translation>
    </message>
    <message>
        <source>{where}: {value} is none of the years offered ({options}).</source>
        <comment>option_no_year</comment>
        <translation>{where}: {value} нет среди предложенных годов ({options}).</translation>
    </message>
    <message>
        <source>{where}: {readings} (a suggestion: taken only if you confirm it)</source>
        <comment>answer_suggested</comment>
        <translation>{where}: {readings} (предложение: принимается, только если вы его подтвердите)</translation>
    </message>
    <message>
        <source>read &apos;{read}&apos; as &apos;{option}&apos;</source>
        <comment>reading_loose</comment>
        <translation>«{read}» прочитано как «{option}»</translation>
    </message>
    <message>
        <source>read {read} as &apos;{option}&apos;, the range that holds it</source>
        <comment>reading_range</comment>
        <translation>{read} прочитано как «{option}» — диапазон, в который попадает это число</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an allowed answer here.</source>
        <comment>special_not_allowed</comment>
        <translation>{where}: «{value}» здесь не является допустимым ответом.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a JSON list of options.</source>
        <comment>not_json_list</comment>
        <translation>{where}: «{value}» не является списком вариантов в формате JSON.</translation>
    </message>
    <message>
        <source>{where}: expects a list of options.</source>
        <comment>expects_list</comment>
        <translation>{where}: ожидается список вариантов.</translation>
    </message>
    <message>
        <source>{where}: {values} not among the options ({options}).</source>
        <comment>not_options</comment>
        <translation>{where}: {values} нет среди вариантов ({options}).</translation>
    </message>
    <message>
        <source>{where}: a table is given as a JSON list of rows, e.g. [{{&quot;title&quot;: &quot;...&quot;}}].</source>
        <comment>table_json</comment>
        <translation>{where}: таблица задаётся списком строк в формате JSON, например [{{&quot;title&quot;: &quot;...&quot;}}].</translation>
    </message>
    <message>
        <source>{where}: a table is a list of rows, each mapping column names to values.</source>
        <comment>table_rows</comment>
        <translation>{where}: таблица — это список строк, в каждой из которых именам столбцов сопоставлены значения.</translation>
    </message>
    <message>
        <source>{where}: at most {limit} rows fit in a table.</source>
        <comment>table_too_many</comment>
        <translation>{where}: в таблице может быть не более {limit} строк.</translation>
    </message>
    <message>
        <source>{where}: no column {names}; the columns are {columns}.</source>
        <comment>table_no_column</comment>
        <translation>{where}: нет столбца {names}; столбцы: {columns}.</translation>
    </message>
    <message>
        <source>{where}: this kind of answer ({kind}) cannot be set here.</source>
        <comment>cannot_set</comment>
        <translation>{where}: ответ такого вида ({kind}) здесь указать нельзя.</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <comment>cell_rule</comment>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{where} is empty; every row needs it.</source>
        <comment>cell_missing</comment>
        <translation>{where}: ячейка пуста; её нужно заполнить в каждой строке.</translation>
    </message>
    <message>
        <source>{where} breaks the column&apos;s rule.</source>
        <comment>cell_not_allowed</comment>
        <translation>{where}: значение нарушает правило столбца.</translation>
    </message>
    <message>
        <source>{where}: the value is nested too deeply to be an answer (lists within lists); give a plain list.</source>
        <comment>too_deep</comment>
        <translation>{where}: значение имеет слишком глубокую вложенность (списки в списках) и не может быть ответом; укажите простой список.</translation>
    </message>
    <message>
        <source>{where}: the answer contains characters that cannot be stored (broken text, for example from a damaged file or a wrongly encoded copy-paste); retype them.</source>
        <comment>unstorable_chars</comment>
        <translation>{where}: ответ содержит символы, которые невозможно сохранить (повреждённый текст, например из повреждённого файла или после копирования в неверной кодировке); введите их заново.</translation>
    </message>
    <message>
        <source>{where}: the number has more than 18 digits.</source>
        <comment>number_too_large</comment>
        <translation>{where}: в числе больше 18 цифр.</translation>
    </message>
    <message>
        <source>{where}: the answer stored in the file cannot be read as an answer to this question; it is kept as it is until you give a new answer.</source>
        <comment>stored_unreadable</comment>
        <translation>{where}: сохранённый в файле ответ невозможно прочитать как ответ на этот вопрос; он сохраняется без изменений, пока вы не дадите новый ответ.</translation>
    </message>
    <message>
        <source>The stored answer is not valid: {reason}</source>
        <comment>stored_invalid</comment>
        <translation>Сохранённый ответ недопустим: {reason}</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos; for editing: its folder is not writable ({reason}). Copy the report to a folder of yours, or open it read-only.</source>
        <comment>lock_folder_not_writable</comment>
        <translation>Не удаётся открыть «{name}» для изменения: запись в его папку невозможна ({reason}). Скопируйте отчёт в свою папку или откройте его только для чтения.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already open for editing by {holder}. Close it there first, or open it read-only.</source>
        <comment>lock_held</comment>
        <translation>«{name}» уже открыт для изменения: {holder}. Сначала закройте его там или откройте только для чтения.</translation>
    </message>
    <message>
        <source>{user} on computer {host} (since {since})</source>
        <comment>lock_holder</comment>
        <translation>пользователь {user} на компьютере {host} (с {since})</translation>
    </message>
    <message>
        <source>another bsreporter window</source>
        <comment>lock_holder_unknown</comment>
        <translation>другое окно bsreporter</translation>
    </message>
    <message>
        <source>{user} (since {since}; the computer was not recorded)</source>
        <comment>lock_holder_partial</comment>
        <translation>пользователь {user} (с {since}; компьютер не записан)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on a read-only disk or in a folder that cannot be written, so it can only be opened read-only. To edit it, copy it to a folder of yours.</source>
        <comment>read_only_medium</comment>
        <translation>«{name}» находится на диске только для чтения или в папке, запись в которую невозможна, поэтому его можно открыть только для чтения. Чтобы изменить его, скопируйте его в свою папку.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on a read-only disk or in a folder that cannot be written; it was opened read-only. The file is sound. To edit it, copy it to a folder of yours.</source>
        <comment>read_only_medium_opened</comment>
        <translation>«{name}» находится на диске только для чтения или в папке, запись в которую невозможна; он открыт только для чтения. Файл в порядке. Чтобы изменить его, скопируйте его в свою папку.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; also exists under another name (a hard link), so it can only be opened read-only: a file with two names cannot be edited safely. To edit it, make a copy of it and edit the copy.</source>
        <comment>hard_linked</comment>
        <translation>«{name}» существует также под другим именем (жёсткая ссылка), поэтому его можно открыть только для чтения: файл с двумя именами нельзя безопасно изменять. Чтобы изменить его, сделайте копию и изменяйте копию.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; also exists under another name (a hard link); it was opened read-only. The file is sound. To edit it, make a copy of it and edit the copy.</source>
        <comment>hard_linked_opened</comment>
        <translation>«{name}» существует также под другим именем (жёсткая ссылка); он открыт только для чтения. Файл в порядке. Чтобы изменить его, сделайте копию и изменяйте копию.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: beside it, &apos;{odd}&apos; is {kind}, not an ordinary file. bsreporter keeps its own working files under that name. Remove or rename &apos;{odd}&apos; and try again.</source>
        <comment>odd_companion</comment>
        <translation>Не удаётся открыть «{name}»: рядом с ним «{odd}» — это {kind}, а не обычный файл. bsreporter хранит под этим именем свои рабочие файлы. Удалите или переименуйте «{odd}» и повторите попытку.</translation>
    </message>
    <message>
        <source>a folder</source>
        <comment>file_kind_folder</comment>
        <translation>папка</translation>
    </message>
    <message>
        <source>a link</source>
        <comment>file_kind_link</comment>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <comment>file_kind_pipe</comment>
        <translation>именованный канал</translation>
    </message>
    <message>
        <source>a socket</source>
        <comment>file_kind_socket</comment>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a device</source>
        <comment>file_kind_device</comment>
        <translation>устройство</translation>
    </message>
    <message>
        <source>The name of &apos;{name}&apos; is too long for this disk (bsreporter keeps its working files beside a report under slightly longer names). Choose a shorter name, or rename the file.</source>
        <comment>report_name_too_long</comment>
        <translation>Имя «{name}» слишком длинное для этого диска (bsreporter хранит рядом с отчётом свои рабочие файлы под немного более длинными именами). Выберите более короткое имя или переименуйте файл.</translation>
    </message>
    <message>
        <source>The name &apos;{name}&apos; is too long for this disk. Choose a shorter name.</source>
        <comment>file_name_too_long</comment>
        <translation>Имя «{name}» слишком длинное для этого диска. Выберите более короткое имя.</translation>
    </message>
    <message>
        <source>There is no file &apos;{path}&apos;.</source>
        <comment>no_file</comment>
        <translation>Файл «{path}» не существует.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a report file.</source>
        <comment>is_folder_not_report</comment>
        <translation>«{path}» — это папка, а не файл отчёта.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {kind}, not a file; it is not a report file.</source>
        <comment>not_a_regular_file</comment>
        <translation>«{path}» — это {kind}, а не файл; это не файл отчёта.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read ({reason}).</source>
        <comment>cannot_read</comment>
        <translation>Не удаётся прочитать «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; it is not a bsreporter report.</source>
        <comment>report_empty</comment>
        <translation>«{name}» пуст; это не отчёт bsreporter.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a bsreporter report (it is some other kind of file).</source>
        <comment>not_a_report</comment>
        <translation>«{name}» не является отчётом bsreporter (это файл другого типа).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (cut short); open a backup copy instead.</source>
        <comment>damaged_cut_short</comment>
        <translation>«{name}» повреждён (обрезан); вместо него откройте резервную копию.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (its header is unreadable); open a backup copy instead.</source>
        <comment>damaged_header</comment>
        <translation>«{name}» повреждён (его заголовок не читается); вместо него откройте резервную копию.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (cut short: {size} of {expected} bytes); open a backup copy instead.</source>
        <comment>damaged_size</comment>
        <translation>«{name}» повреждён (обрезан: {size} из {expected} байт); вместо него откройте резервную копию.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a database but not a bsreporter report.</source>
        <comment>database_not_report</comment>
        <translation>«{name}» — база данных, но не отчёт bsreporter.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened ({reason}).</source>
        <comment>cannot_open_reason</comment>
        <translation>Не удаётся открыть «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was saved by a newer version of bsreporter (file format {version}, this program reads up to {supported}). Install the latest bsreporter to open it.</source>
        <comment>newer_version</comment>
        <translation>«{name}» сохранён более новой версией bsreporter (формат файла {version}, эта программа читает форматы до {supported}). Чтобы открыть его, установите последнюю версию bsreporter.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a complete bsreporter report (no file format version).</source>
        <comment>not_complete_report</comment>
        <translation>«{name}» не является полным отчётом bsreporter (нет версии формата файла).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged ({problem}); open a backup copy instead. The file was not changed.</source>
        <comment>damaged_problem</comment>
        <translation>«{name}» повреждён ({problem}); вместо него откройте резервную копию. Файл не был изменён.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (tables are missing); open a backup copy instead.</source>
        <comment>damaged_tables</comment>
        <translation>«{name}» повреждён (отсутствуют таблицы); вместо него откройте резервную копию.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was refused: it holds database content that bsreporter never makes ({what}), which could change answers without anyone knowing. The file was not changed. Ask the sender for the report again, or open one of its backup copies.</source>
        <comment>report_foreign_content</comment>
        <translation>«{name}» отклонён: он содержит объекты базы данных, которые bsreporter никогда не создаёт ({what}) и которые могут незаметно изменять ответы. Файл не был изменён. Запросите отчёт у отправителя ещё раз или откройте одну из его резервных копий.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened because its disk is full. The file is sound; free some space and open it again.</source>
        <comment>disk_full_open</comment>
        <translation>Не удаётся открыть «{name}», так как его диск заполнен. Файл в порядке; освободите место и откройте его снова.</translation>
    </message>
    <message>
        <source>Beside &apos;{name}&apos; lay unsaved changes from a session that ended abruptly, but they were made to another file than the one there now (it was replaced). They were not applied; they were kept aside as &apos;{log}&apos;. The answers shown are those of the file itself.</source>
        <comment>foreign_log_set_aside</comment>
        <translation>Рядом с «{name}» остались несохранённые изменения сеанса, который был внезапно прерван, но они относятся к другому файлу, а не к тому, что лежит там сейчас (его заменили). Они не применены и отложены в файл «{log}». Показаны ответы из самого файла.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not opened: beside it lie unsaved changes made to another file, and they could not be moved aside ({reason}). Nothing was changed.</source>
        <comment>foreign_log_cannot_move</comment>
        <translation>«{name}» не открыт: рядом с ним лежат несохранённые изменения другого файла, и их не удалось отложить ({reason}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Give the name of the reporting Party.</source>
        <comment>party_missing</comment>
        <translation>Укажите название Стороны, представляющей доклад.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of this questionnaire; use one of {languages}.</source>
        <comment>language_not_in_form</comment>
        <translation>«{language}» не является языком этого вопросника; используйте один из следующих: {languages}.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose another file name (an existing report is never overwritten).</source>
        <comment>report_exists</comment>
        <translation>«{path}» уже существует; выберите другое имя файла (существующий отчёт никогда не перезаписывается).</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <comment>folder_does_not_exist</comment>
        <translation>Папка «{folder}» не существует.</translation>
    </message>
    <message>
        <source>Cannot create &apos;{name}&apos;: {reason}. Check the disk has space and the folder is writable.</source>
        <comment>cannot_create_report</comment>
        <translation>Не удаётся создать «{name}»: {reason}. Проверьте, что на диске есть место и запись в папку разрешена.</translation>
    </message>
    <message>
        <source>its disk or folder cannot be written</source>
        <comment>reason_not_writable</comment>
        <translation>запись на его диск или в его папку невозможна</translation>
    </message>
    <message>
        <source>another program is writing it; try again in a moment</source>
        <comment>reason_busy</comment>
        <translation>в него сейчас записывает другая программа; повторите попытку чуть позже</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>reason_disk_full</comment>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>The disk is full: &apos;{name}&apos; could not be created, and nothing was left behind. Free some space and try again.</source>
        <comment>disk_full_create</comment>
        <translation>Диск заполнен: создать «{name}» не удалось, и никаких файлов не осталось. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers a questionnaire this program does not have: {reason}</source>
        <comment>questionnaire_missing</comment>
        <translation>«{name}» содержит ответы на вопросник, которого нет в этой программе: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, not &apos;{expected}&apos;.</source>
        <comment>other_questionnaire</comment>
        <translation>«{name}» содержит ответы на вопросник «{found}», а не «{expected}».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {reason}.</source>
        <comment>report_cannot_be_opened</comment>
        <translation>Не удаётся открыть «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>Question {number} does not accept &apos;{special}&apos; (allowed: {allowed}).</source>
        <comment>special_not_accepted</comment>
        <translation>Вопрос {number} не допускает «{special}» (допустимо: {allowed}).</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>special_not_applicable</comment>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Information not available</source>
        <comment>special_not_available</comment>
        <translation>Информация отсутствует</translation>
    </message>
    <message>
        <source>&apos;{special}&apos; is no longer allowed for this question</source>
        <comment>special_no_longer_allowed</comment>
        <translation>«{special}» больше не допускается для этого вопроса</translation>
    </message>
    <message>
        <source>none</source>
        <comment>none_allowed</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>The {what} contains characters that cannot be stored (broken text, for example from a wrongly encoded terminal or file); retype it. Nothing was changed.</source>
        <comment>unstorable_argument</comment>
        <translation>Поле «{what}» содержит символы, которые невозможно сохранить (повреждённый текст, например из терминала или файла в неверной кодировке); введите его заново. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Question {number}: {message}</source>
        <comment>constraint_failed</comment>
        <translation>Вопрос {number}: {message}</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <comment>answer_not_allowed</comment>
        <translation>такой ответ здесь недопустим</translation>
    </message>
    <message>
        <source>Question {number} has no carried-over answer to confirm.</source>
        <comment>nothing_to_confirm</comment>
        <translation>У вопроса {number} нет перенесённого ответа, который нужно подтвердить.</translation>
    </message>
    <message>
        <source>This questionnaire has no question &apos;{question}&apos;.</source>
        <comment>no_such_question</comment>
        <translation>В этом вопроснике нет вопроса «{question}».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers another questionnaire ({form}); nothing was restored.</source>
        <comment>restore_other_questionnaire</comment>
        <translation>«{name}» содержит ответы на другой вопросник ({form}); ничего не восстановлено.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open read-only; nothing was changed.</source>
        <comment>report_read_only</comment>
        <translation>«{name}» открыт только для чтения; ничего не изменено.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is validated and locked; choose &quot;Reopen for editing&quot; to change it.</source>
        <comment>report_validated_locked</comment>
        <translation>«{name}» утверждён и заблокирован; чтобы изменить его, выберите «Открыть для изменения».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is validated and locked; to change it, reopen it in the desktop application (File &gt; Reopen for Editing…) and give the reason.</source>
        <comment>report_validated_locked_cli</comment>
        <translation>«{name}» утверждён и заблокирован; чтобы изменить его, откройте его для изменения в настольном приложении (Файл &gt; Открыть для изменения…) и укажите причину.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date of submission; write it as YYYY-MM-DD (for example 2026-03-31).</source>
        <comment>detail_date_invalid</comment>
        <translation>«{value}» не является датой представления; укажите её в виде ГГГГ-ММ-ДД (например, 2026-03-31).</translation>
    </message>
    <message>
        <source>The value given for &apos;{question}&apos; is empty (no text, or only empty rows), so the answer was kept; to remove the answer, use --clear.</source>
        <comment>set_empty_value</comment>
        <translation>Значение для «{question}» пустое (нет текста или только пустые строки), поэтому ответ сохранён; чтобы удалить ответ, используйте --clear.</translation>
    </message>
    <message>
        <source>The disk holding &apos;{name}&apos; is full; the last change was not stored. Free some space and try again.</source>
        <comment>disk_full_report</comment>
        <translation>Диск, на котором находится «{name}», заполнен; последнее изменение не сохранено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written (read-only disk or file); the last change was not stored.</source>
        <comment>report_not_writable</comment>
        <translation>Запись в «{name}» невозможна (диск или файл доступны только для чтения); последнее изменение не сохранено.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is busy in another program; the last change was not stored. Try again.</source>
        <comment>report_busy</comment>
        <translation>«{name}» занят другой программой; последнее изменение не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; turned out to be damaged while the last change was stored; that change was not stored. Close it and open one of its backup copies.</source>
        <comment>report_damaged_writing</comment>
        <translation>При сохранении последнего изменения выяснилось, что «{name}» повреждён; это изменение не сохранено. Закройте его и откройте одну из его резервных копий.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({reason}); the last change was not stored.</source>
        <comment>report_write_failed</comment>
        <translation>Не удалось записать «{name}» ({reason}); последнее изменение не сохранено.</translation>
    </message>
    <message>
        <source>A backup copy of &apos;{name}&apos; could not be made ({reason}); your report itself is unchanged. Free some disk space.</source>
        <comment>backup_failed</comment>
        <translation>Не удалось создать резервную копию «{name}» ({reason}); сам отчёт не изменён. Освободите место на диске.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to &apos;{name}&apos; ({reason}).</source>
        <comment>backup_copy_failed</comment>
        <translation>Не удалось скопировать резервную копию рядом с «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>No backup copy of &apos;{name}&apos; was made: the backup folder {folder} cannot be written. Your report itself is unchanged and can be edited.</source>
        <comment>backup_folder_not_writable</comment>
        <translation>Резервная копия «{name}» не создана: запись в папку резервных копий {folder} невозможна. Сам отчёт не изменён, и его можно редактировать.</translation>
    </message>
    <message>
        <source>A copy cannot replace the report it is copied from; choose another file name.</source>
        <comment>copy_over_itself</comment>
        <translation>Копия не может заменить отчёт, с которого она снята; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>The copy &apos;{name}&apos; could not be written ({reason}). Check the disk has space and the folder is writable.</source>
        <comment>copy_write_failed</comment>
        <translation>Не удалось записать копию «{name}» ({reason}). Проверьте, что на диске есть место и запись в папку разрешена.</translation>
    </message>
    <message>
        <source>The demo report is missing from this installation ({path}).</source>
        <comment>demo_missing</comment>
        <translation>В этой установке нет демонстрационного отчёта ({path}).</translation>
    </message>
    <message>
        <source>No way to update a report from file format {version}; this is a bug, please report it.</source>
        <comment>no_migration</comment>
        <translation>Обновить отчёт с формата файла {version} невозможно; это ошибка программы, сообщите о ней.</translation>
    </message>
    <message>
        <source>Cannot change {names} of a report.</source>
        <comment>meta_unknown</comment>
        <translation>Нельзя изменить {names} отчёта.</translation>
    </message>
    <message>
        <source>Cannot keep {names} as a detail of a report.</source>
        <comment>details_unknown</comment>
        <translation>Нельзя сохранить {names} как сведения об отчёте.</translation>
    </message>
    <message>
        <source>No questionnaire with id &apos;{form_id}&apos; is installed; installed: {installed}.</source>
        <comment>form_not_installed</comment>
        <translation>Вопросник с идентификатором «{form_id}» не установлен; установлены: {installed}.</translation>
    </message>
    <message>
        <source>No questionnaire with id &apos;{form_id}&apos; is installed; no questionnaire is installed at all. Reinstall the program.</source>
        <comment>form_none_installed</comment>
        <translation>Вопросник с идентификатором «{form_id}» не установлен; не установлено ни одного вопросника. Переустановите программу.</translation>
    </message>
    <message>
        <source>The questionnaire &apos;{form_id}&apos; installed with this program has mistakes, so its reports cannot be opened; reinstall the program. For the questionnaire&apos;s authors: {details}</source>
        <comment>form_installed_broken</comment>
        <translation>Вопросник «{form_id}», установленный с этой программой, содержит ошибки, поэтому его отчёты нельзя открыть; переустановите программу. Для авторов вопросника: {details}</translation>
    </message>
    <message>
        <source>A hand-made sheet needs both --question-column and --answer-column.</source>
        <comment>cli_sheet_columns_both</comment>
        <translation>Для листа, составленного вручную, нужны оба параметра: --question-column и --answer-column.</translation>
    </message>
    <message>
        <source>No sheet of &apos;{name}&apos; names this questionnaire&apos;s question numbers in a column; point them out with --sheet, --question-column and --answer-column.</source>
        <comment>cli_sheet_not_found</comment>
        <translation>Ни на одном листе «{name}» нет столбца с номерами вопросов этого вопросника; укажите их с помощью --sheet, --question-column и --answer-column.</translation>
    </message>
    <message>
        <source>--theirs names questions that are not in conflict: {questions}.</source>
        <comment>cli_theirs_not_in_conflict</comment>
        <translation>--theirs называет вопросы, по которым нет конфликта: {questions}.</translation>
    </message>
    <message>
        <source>{reason} To take them anyway, give --other-party.</source>
        <comment>cli_other_party</comment>
        <translation>{reason} Чтобы всё же взять их, укажите --other-party.</translation>
    </message>
    <message>
        <source>Give a value, --special or --clear.</source>
        <comment>cli_set_nothing</comment>
        <translation>Укажите значение, --special или --clear.</translation>
    </message>
    <message>
        <source>No form definitions (form.yaml) found in &apos;{folder}&apos;.</source>
        <comment>cli_no_forms_found</comment>
        <translation>В «{folder}» не найдено определений вопросников (form.yaml).</translation>
    </message>
    <message>
        <source>{folder}: the converted form differs from the original; put back the files from git.</source>
        <comment>cli_convert_differs</comment>
        <translation>{folder}: преобразованный вопросник отличается от исходного; верните файлы из git.</translation>
    </message>
    <message>
        <source>undo</source>
        <comment>history_undo</comment>
        <translation>отмена</translation>
    </message>
    <message>
        <source>redo</source>
        <comment>history_redo</comment>
        <translation>повтор</translation>
    </message>
    <message>
        <source>undo: restore</source>
        <comment>history_undo_restore</comment>
        <translation>отмена: восстановление</translation>
    </message>
    <message>
        <source>undo of {name}</source>
        <comment>history_undo_of</comment>
        <translation>отмена: {name}</translation>
    </message>
    <message>
        <source>backup of {when}</source>
        <comment>history_backup_of</comment>
        <translation>резервная копия от {when}</translation>
    </message>
    <message>
        <source>redo: backup of {when}</source>
        <comment>history_redo_backup_of</comment>
        <translation>повтор: резервная копия от {when}</translation>
    </message>
    <message>
        <source>value of {when}</source>
        <comment>history_value_of</comment>
        <translation>значение от {when}</translation>
    </message>
    <message>
        <source>The report is already validated.</source>
        <comment>already_validated</comment>
        <translation>Отчёт уже утверждён.</translation>
    </message>
    <message>
        <source>The report cannot be validated yet: {count} questions still need an answer or a correction (see the completeness check).</source>
        <comment>cannot_validate_yet</comment>
        <translation>Отчёт пока нельзя утвердить: число вопросов, которым ещё нужен ответ или исправление: {count} (см. проверку полноты).</translation>
    </message>
    <message>
        <source>The report is not validated; it is already open for editing.</source>
        <comment>not_validated</comment>
        <translation>Отчёт не утверждён; он уже открыт для изменения.</translation>
    </message>
    <message>
        <source>Say why the report is reopened; the reason is kept with the report.</source>
        <comment>reopen_reason_missing</comment>
        <translation>Укажите, почему отчёт открывается снова; причина сохраняется вместе с отчётом.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist; choose an existing folder.</source>
        <comment>folder_missing_choose</comment>
        <translation>Папка «{folder}» не существует; выберите существующую папку.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ordinary file (it is a named pipe, a device or a socket); give the name of a file.</source>
        <comment>destination_not_a_file</comment>
        <translation>«{name}» — не обычный файл (это именованный канал, устройство или сокет); укажите имя файла.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name.</source>
        <comment>destination_is_folder</comment>
        <translation>«{path}» — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is read-only; choose another file name or make it writable.</source>
        <comment>destination_read_only</comment>
        <translation>«{name}» доступен только для чтения; выберите другое имя файла или разрешите запись в него.</translation>
    </message>
    <message>
        <source>The disk is full while writing &apos;{name}&apos;; {kept}. Free some space or choose another disk.</source>
        <comment>disk_full_writing</comment>
        <translation>При записи «{name}» диск оказался заполнен; {kept}. Освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <source>The disk holding &apos;{name}&apos; is read-only; {kept}. Choose another folder.</source>
        <comment>disk_read_only</comment>
        <translation>Диск, на котором находится «{name}», доступен только для чтения; {kept}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open in another program (for example a spreadsheet or PDF viewer) or locked; close it and try again, or choose another file name.</source>
        <comment>file_in_use</comment>
        <translation>«{name}» открыт в другой программе (например, в редакторе таблиц или программе просмотра PDF) или заблокирован; закройте его и повторите попытку или выберите другое имя файла.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; cannot be written (no permission); {kept}. Choose another folder.</source>
        <comment>folder_no_permission</comment>
        <translation>Запись в папку «{folder}» невозможна (нет разрешения); {kept}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({reason}); {kept}.</source>
        <comment>file_write_failed</comment>
        <translation>Не удалось записать «{name}» ({reason}); {kept}.</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <comment>kept_nothing_written</comment>
        <translation>ничего не записано</translation>
    </message>
    <message>
        <source>the existing &apos;{name}&apos; was left as it was</source>
        <comment>kept_existing</comment>
        <translation>существующий файл «{name}» оставлен без изменений</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a bsreporter report; an export never replaces a report, so it is kept as it is. Choose another file name.</source>
        <comment>export_over_report</comment>
        <translation>«{name}» — отчёт bsreporter; экспорт никогда не заменяет отчёт, поэтому файл оставлен без изменений. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends in .bsr, the ending of reports; give the export a name ending in {suffix}.</source>
        <comment>export_named_as_report</comment>
        <translation>Имя «{name}» оканчивается на .bsr — так называются отчёты; дайте экспортируемому файлу имя, оканчивающееся на {suffix}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is one of the files this command reads; it is kept as it is. Choose another file name for the result.</source>
        <comment>export_over_input</comment>
        <translation>«{name}» — один из файлов, которые читает эта команда; он оставлен без изменений. Выберите другое имя файла для результата.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report file itself; choose another file name for the export.</source>
        <comment>export_is_report_file</comment>
        <translation>«{name}» — это сам файл отчёта; выберите для экспорта другое имя файла.</translation>
    </message>
    <message>
        <source>Unknown paper size &apos;{paper}&apos;; use a4 or letter.</source>
        <comment>export_paper_unknown</comment>
        <translation>Неизвестный формат бумаги «{paper}»; используйте a4 или letter.</translation>
    </message>
    <message>
        <source>Say what to write: --pdf FILE, --xlsx FILE or both.</source>
        <comment>export_nothing_asked</comment>
        <translation>Укажите, что записать: --pdf FILE, --xlsx FILE или оба.</translation>
    </message>
    <message>
        <source>The PDF and the XLSX need two different file names.</source>
        <comment>export_same_file_twice</comment>
        <translation>Для PDF и XLSX нужны два разных имени файла.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page numbers did not settle; export again, and report the problem if it persists.</source>
        <comment>pdf_pages_unsettled</comment>
        <translation>Номера страниц PDF не удалось окончательно определить; повторите экспорт и сообщите о проблеме, если она сохранится.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out ({reason}). A very long answer may not fit on a page; shorten it and export again.</source>
        <comment>pdf_layout_failed</comment>
        <translation>Не удалось сверстать PDF ({reason}). Возможно, очень длинный ответ не помещается на страницу; сократите его и повторите экспорт.</translation>
    </message>
    <message>
        <source>The right-to-left text support could not order a line; reinstall the program.</source>
        <comment>pdf_bidi_failed</comment>
        <translation>Модуль поддержки письма справа налево не смог упорядочить строку; переустановите программу.</translation>
    </message>
    <message>
        <source>The font file &apos;{path}&apos; is missing or damaged; reinstall the program.</source>
        <comment>font_damaged</comment>
        <translation>Файл шрифта «{path}» отсутствует или повреждён; переустановите программу.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not an analysis database written by bsreporter aggregate; it is kept as it is. Choose another file name, or move that file away first.</source>
        <comment>analysis_db_over_other_file</comment>
        <translation>«{name}» уже существует и не является базой данных анализа, записанной командой bsreporter aggregate; файл оставлен без изменений. Выберите другое имя файла или сначала переместите этот файл.</translation>
    </message>
    <message>
        <source>The analysis database &apos;{name}&apos; could not be made ({reason}); nothing was written.</source>
        <comment>analysis_db_write_failed</comment>
        <translation>Не удалось создать базу данных анализа «{name}» ({reason}); ничего не записано.</translation>
    </message>
    <message>
        <source>Say where to write the analysis: -o SUMMARY.xlsx, --db ANALYSIS.db, or both.</source>
        <comment>aggregate_no_output</comment>
        <translation>Укажите, куда записать анализ: -o SUMMARY.xlsx, --db ANALYSIS.db или оба варианта.</translation>
    </message>
    <message>
        <source>-o and --db both name &apos;{name}&apos;; give the workbook and the database a name each.</source>
        <comment>aggregate_same_destination</comment>
        <translation>-o и --db указывают на один и тот же файл «{name}»; дайте книге и базе данных разные имена.</translation>
    </message>
    <message>
        <source>Give at least one report file to analyse.</source>
        <comment>aggregate_no_files</comment>
        <translation>Укажите хотя бы один файл отчёта для анализа.</translation>
    </message>
    <message>
        <source>None of the files could be read: {reasons}</source>
        <comment>aggregate_nothing_readable</comment>
        <translation>Не удалось прочитать ни один из файлов: {reasons}</translation>
    </message>
    <message>
        <source>{count} answers cannot be read, first: {first}</source>
        <comment>aggregate_workbook_problems</comment>
        <translation>Не удаётся прочитать ответов: {count}; первый: {first}</translation>
    </message>
    <message>
        <source>{party} is given in more than one file holding the same answers (&apos;{kept}&apos;, {others}): counted once.</source>
        <comment>aggregate_same_party_copies</comment>
        <translation>{party} встречается в нескольких файлах с одинаковыми ответами («{kept}», {others}): учтено один раз.</translation>
    </message>
    <message>
        <source>{party} is given in more than one file and their answers differ: counted once, from &apos;{kept}&apos;, whose answers were changed last ({when}); set aside: {others}.</source>
        <comment>aggregate_same_party_differs</comment>
        <translation>{party} встречается в нескольких файлах с разными ответами: учтено один раз, по файлу «{kept}», ответы в котором изменены последними ({when}); не учтены: {others}.</translation>
    </message>
    <message>
        <source>Reports</source>
        <comment>aggregate_sheet_reports</comment>
        <translation>Доклады</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>aggregate_col_text</comment>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>aggregate_col_kind</comment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>aggregate_col_value</comment>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Parties counted</source>
        <comment>aggregate_col_counted</comment>
        <translation>Учтено Сторон</translation>
    </message>
    <message>
        <source>Parties answered</source>
        <comment>aggregate_col_answered</comment>
        <translation>Ответивших Сторон</translation>
    </message>
    <message>
        <source>Did not answer</source>
        <comment>aggregate_col_not_answered</comment>
        <translation>Не ответили</translation>
    </message>
    <message>
        <source>Parties behind the figure</source>
        <comment>aggregate_col_behind</comment>
        <translation>Стороны, из которых сложен показатель</translation>
    </message>
    <message>
        <source>Party or file</source>
        <comment>aggregate_col_party_or_file</comment>
        <translation>Сторона или файл</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>aggregate_col_read</comment>
        <translation>Прочитан</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>aggregate_row_read</comment>
        <translation>да</translation>
    </message>
    <message>
        <source>no: {reason}</source>
        <comment>aggregate_row_unreadable</comment>
        <translation>нет: {reason}</translation>
    </message>
    <message>
        <source>count</source>
        <comment>aggregate_kind_count</comment>
        <translation>количество</translation>
    </message>
    <message>
        <source>percentage</source>
        <comment>aggregate_kind_percentage</comment>
        <translation>процент</translation>
    </message>
    <message>
        <source>sum</source>
        <comment>aggregate_kind_sum</comment>
        <translation>сумма</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <comment>file_reason</comment>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>no: the same Party as &apos;{kept}&apos;, counted once</source>
        <comment>aggregate_set_aside_row</comment>
        <translation>нет: та же Сторона, что и в «{kept}», учтена один раз</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not a PDF; an export replaces only an earlier PDF, so it is kept as it is. To export, choose another file name ending in .pdf.</source>
        <comment>export_over_other_pdf</comment>
        <translation>«{name}» уже существует и не является PDF; экспорт заменяет только прежний PDF, поэтому файл оставлен без изменений. Чтобы экспортировать, выберите другое имя файла, оканчивающееся на .pdf.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not an XLSX workbook; an export replaces only an earlier workbook, so it is kept as it is. To export, choose another file name ending in .xlsx.</source>
        <comment>export_over_other_xlsx</comment>
        <translation>«{name}» уже существует и не является книгой XLSX; экспорт заменяет только прежнюю книгу, поэтому файл оставлен без изменений. Чтобы экспортировать, выберите другое имя файла, оканчивающееся на .xlsx.</translation>
    </message>
    <message>
        <source>The work stopped before it finished: the process doing it in the background ended unexpectedly. No file was written and the report is as it was; try again.</source>
        <comment>background_process_ended</comment>
        <translation>Работа остановилась, не завершившись: процесс, выполнявший её в фоновом режиме, неожиданно завершился. Ни один файл не был записан, отчёт остался без изменений; повторите попытку.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; does not exist.</source>
        <comment>source_missing</comment>
        <translation>«{path}» не существует.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is protected by a password. Open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect Workbook, or File &gt; Properties &gt; Security) and save it again as .xlsx.</source>
        <comment>xlsx_password</comment>
        <translation>«{name}» защищён паролем. Откройте его в Excel или LibreOffice, снимите пароль (Файл &gt; Сведения &gt; Защитить книгу или Файл &gt; Свойства &gt; Безопасность) и снова сохраните его в формате .xlsx.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), then import that file.</source>
        <comment>xls_old</comment>
        <translation>«{name}» — книга старого формата Excel 97-2003 (.xls). Откройте её в Excel или LibreOffice, сохраните как книгу Excel (.xlsx) и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet this program can read; save it as an Excel Workbook (.xlsx) and try again.</source>
        <comment>not_spreadsheet</comment>
        <translation>«{name}» не является электронной таблицей, которую может прочитать эта программа; сохраните его как книгу Excel (.xlsx) и повторите попытку.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an OpenDocument spreadsheet (.ods). In LibreOffice choose File &gt; Save As &gt; Excel 2007-365 (.xlsx), then import that file.</source>
        <comment>ods_spreadsheet</comment>
        <translation>«{name}» — электронная таблица OpenDocument (.ods). В LibreOffice выберите Файл &gt; Сохранить как &gt; Excel 2007-365 (.xlsx) и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; would unpack to {size} bytes, far more than any report; it was not opened. Check that this is the right file.</source>
        <comment>zip_bomb</comment>
        <translation>После распаковки «{name}» занял бы {size} байт — гораздо больше любого отчёта; файл не открыт. Проверьте, что это нужный файл.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an Excel workbook; save it as .xlsx and try again.</source>
        <comment>not_workbook</comment>
        <translation>«{name}» не является книгой Excel; сохраните его в формате .xlsx и повторите попытку.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (part &apos;{part}&apos; cannot be read); ask for a new copy.</source>
        <comment>damaged_part</comment>
        <translation>«{name}» повреждён (не читается часть «{part}»); запросите новую копию.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete (perhaps cut short while copying); ask for a new copy.</source>
        <comment>damaged_incomplete</comment>
        <translation>«{name}» повреждён или неполон (возможно, обрезан при копировании); запросите новую копию.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of &apos;{name}&apos; has {size}; a report has a few hundred. Remove the extra rows or choose the right file.</source>
        <comment>too_many_rows</comment>
        <translation>Лист «{sheet}» файла «{name}» содержит {size}; в отчёте их несколько сотен. Удалите лишние строки или выберите нужный файл.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of &apos;{name}&apos; has or spans more than {limit} cells, the most this program reads; a report&apos;s workbook has a few thousand. It was not opened. Delete the rows and columns that are not answers (or copy the answers alone into a new workbook) and import that.</source>
        <comment>too_many_cells</comment>
        <translation>Лист «{sheet}» файла «{name}» содержит или охватывает более {limit} ячеек — больше, чем читает эта программа; в книге отчёта их несколько тысяч. Файл не открыт. Удалите строки и столбцы, не содержащие ответов (или скопируйте только ответы в новую книгу), и импортируйте её.</translation>
    </message>
    <message>
        <source>The sheets of &apos;{name}&apos; unpack to {size} bytes, more than the {limit} this program reads; a report&apos;s workbook needs well under one megabyte. It was not opened. Copy the answers alone into a new workbook and import that.</source>
        <comment>sheets_too_big</comment>
        <translation>Листы «{name}» после распаковки занимают {size} байт — больше, чем {limit}, которые читает эта программа; книге отчёта нужно гораздо меньше мегабайта. Файл не открыт. Скопируйте только ответы в новую книгу и импортируйте её.</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <comment>rows_count</comment>
        <translation>строк: {count}</translation>
    </message>
    <message>
        <source>more than {count} rows</source>
        <comment>rows_more_than</comment>
        <translation>более {count} строк</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; contains XML constructs that spreadsheets never need (entity definitions); it was not read.</source>
        <comment>xml_entities</comment>
        <translation>«{name}» содержит конструкции XML, которые никогда не нужны электронным таблицам (определения сущностей); файл не прочитан.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a spreadsheet ({kind}); save it again as .xlsx and retry.</source>
        <comment>spreadsheet_unreadable</comment>
        <translation>Не удаётся прочитать «{name}» как электронную таблицу ({kind}); снова сохраните его в формате .xlsx и повторите попытку.</translation>
    </message>
    <message>
        <source>That is the report itself; choose the other report.</source>
        <comment>import_from_itself</comment>
        <translation>Это тот же самый отчёт; выберите другой отчёт.</translation>
    </message>
    <message>
        <source>The report to import from cannot be read: {reason}</source>
        <comment>import_report_unreadable</comment>
        <translation>Не удаётся прочитать отчёт, из которого выполняется импорт: {reason}</translation>
    </message>
    <message>
        <source>The mapping cannot be used: {reason}</source>
        <comment>mapping_unusable</comment>
        <translation>Таблицу соответствия использовать нельзя: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, and there is no mapping from it to &apos;{expected}&apos;. Ask for the mapping file and give it with --mapping.</source>
        <comment>no_mapping</comment>
        <translation>«{name}» содержит ответы на вопросник «{found}», а таблицы соответствия между ним и «{expected}» нет. Запросите файл соответствия и укажите его с помощью --mapping.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, which is not installed, so it cannot be read.</source>
        <comment>questionnaire_not_installed</comment>
        <translation>«{name}» содержит ответы на вопросник «{found}», который не установлен, поэтому прочитать его нельзя.</translation>
    </message>
    <message>
        <source>That is the report itself; choose your colleague&apos;s copy.</source>
        <comment>merge_from_itself</comment>
        <translation>Это сам отчёт; выберите копию вашего коллеги.</translation>
    </message>
    <message>
        <source>The contribution cannot be read: {reason}</source>
        <comment>merge_unreadable</comment>
        <translation>Не удаётся прочитать вклад коллеги: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a copy of this report (they share no history); use Import to take answers from another report.</source>
        <comment>merge_not_a_copy</comment>
        <translation>«{name}» не является копией этого отчёта (у них нет общей истории); чтобы взять ответы из другого отчёта, используйте импорт.</translation>
    </message>
    <message>
        <source>These rows cannot be applied: {rows}; nothing was imported.</source>
        <comment>import_rows_not_applicable</comment>
        <translation>Эти строки нельзя применить: {rows}; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The report changed since the preview ({reason}); nothing was imported. Preview again.</source>
        <comment>import_report_changed</comment>
        <translation>Отчёт изменился после предварительного просмотра ({reason}); ничего не импортировано. Выполните предварительный просмотр ещё раз.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} answers that cannot be read: {problems}. Correct them and try again.</source>
        <comment>workbook_problems</comment>
        <translation>В «{name}» есть ответы, которые не удаётся прочитать ({count}): {problems}. Исправьте их и повторите попытку.</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <comment>workbook_problems_more</comment>
        <translation>и ещё {more}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, cell {cell}: {problem}</source>
        <comment>workbook_cell_problem</comment>
        <translation>лист «{sheet}», ячейка {cell}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not exported by this program: its About sheet with the questionnaire id is missing.</source>
        <comment>workbook_not_exported</comment>
        <translation>«{name}» экспортирован не этой программой: в нём нет листа «О файле» с идентификатором вопросника.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet this program can read (save it as .xlsx); {reason}</source>
        <comment>workbook_unreadable</comment>
        <translation>«{name}» — не электронная таблица, которую может прочитать эта программа (сохраните её в формате .xlsx); {reason}</translation>
    </message>
    <message>
        <source>unknown question &apos;{reference}&apos;</source>
        <comment>row_unknown_question</comment>
        <translation>неизвестный вопрос «{reference}»</translation>
    </message>
    <message>
        <source>the question is also given at {other}; neither row is imported: keep one of them and import again</source>
        <comment>row_twice</comment>
        <translation>этот вопрос также указан в {other}; ни одна из строк не импортируется: оставьте одну из них и импортируйте снова</translation>
    </message>
    <message>
        <source>the question is also given at {other}; neither row is imported. The sheet &apos;{hidden}&apos; is hidden: unhide it (right-click a sheet tab, Unhide), delete it or one of the two rows, and import again</source>
        <comment>row_twice_hidden</comment>
        <translation>этот вопрос также указан в {other}; ни одна из строк не импортируется. Лист «{hidden}» скрыт: покажите его (щелчок правой кнопкой по ярлычку листа, «Показать»), удалите его или одну из двух строк и импортируйте снова</translation>
    </message>
    <message>
        <source>the grey question id of this row was removed (or the row was added), so it is not known which question this answers; put the id back or type the answer in the report</source>
        <comment>row_id_removed</comment>
        <translation>серый идентификатор вопроса в этой строке удалён (или строка добавлена), поэтому неизвестно, на какой вопрос она отвечает; верните идентификатор или введите ответ в отчёте</translation>
    </message>
    <message>
        <source>the grey column ids of the table sheet (row 3) were removed or changed, so this row cannot be matched to the columns of table {number}; put the ids back (copy them from a new export) or type the row in the report</source>
        <comment>table_ids_removed</comment>
        <translation>серые идентификаторы столбцов листа таблицы (строка 3) удалены или изменены, поэтому эту строку нельзя сопоставить со столбцами таблицы {number}; верните их (скопируйте из нового экспорта) или введите строку в отчёте</translation>
    </message>
    <message>
        <source>this cell is not in the Answer column nor in a column of a table, so it is not imported; move the answer into the Answer column (or type it in the report)</source>
        <comment>cell_outside_answers</comment>
        <translation>эта ячейка не находится ни в столбце «Ответ», ни в столбце таблицы, поэтому она не импортируется; перенесите ответ в столбец «Ответ» (или введите его в отчёте)</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is not one the export made (or its headings or grey ids were changed), so its {count} filled cells are not imported; copy the answers into the Report sheet or type them in the report</source>
        <comment>sheet_not_recognised</comment>
        <translation>лист «{sheet}» не создан при экспорте (или его заголовки или серые идентификаторы изменены), поэтому его заполненные ячейки ({count}) не импортируются; скопируйте ответы на лист «Доклад» или введите их в отчёте</translation>
    </message>
    <message>
        <source>kept: already answered this cycle; tick the row to replace it with the previous cycle&apos;s answer</source>
        <comment>row_kept</comment>
        <translation>сохранён: на этот вопрос уже дан ответ в этом цикле; отметьте строку, чтобы заменить его ответом предыдущего цикла</translation>
    </message>
    <message>
        <source>cleared: the cell is now empty; the answer is kept unless you tick the row to clear it</source>
        <comment>row_cleared</comment>
        <translation>очищено: ячейка теперь пуста; ответ сохраняется, если вы не отметите строку, чтобы его стереть</translation>
    </message>
    <message>
        <source>the Party stays {ours}: it is never taken from another Party&apos;s file</source>
        <comment>row_party_kept</comment>
        <translation>Сторона остаётся прежней ({ours}): она никогда не берётся из файла другой Стороны</translation>
    </message>
    <message>
        <source>Kept</source>
        <comment>row_kind_kept</comment>
        <translation>Сохранён</translation>
    </message>
    <message>
        <source>Cleared</source>
        <comment>row_kind_cleared</comment>
        <translation>Очищено</translation>
    </message>
    <message>
        <source>{where}: {readings}, but an answer is carried over from another questionnaire only when it is written as one of its options; correct the cell and import again</source>
        <comment>row_suggestion_not_carried</comment>
        <translation>{where}: {readings}, но ответ переносится из другого вопросника, только если он записан как один из его вариантов; исправьте ячейку и импортируйте снова</translation>
    </message>
    <message>
        <source>Suggested</source>
        <comment>row_kind_suggested</comment>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>{n} suggested (applied only if ticked)</source>
        <comment>rows_suggested_count</comment>
        <translation>предложено: {n} (применяются, только если отмечены)</translation>
    </message>
    <message>
        <source>{n} kept (already answered this cycle)</source>
        <comment>rows_kept_count</comment>
        <translation>сохранено: {n} (ответ уже дан в этом цикле)</translation>
    </message>
    <message>
        <source>{n} emptied in the file (kept unless ticked)</source>
        <comment>rows_cleared_count</comment>
        <translation>очищено в файле: {n} (сохраняются, если не отмечены)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report of {theirs}, but this report is {ours}&apos;s; nothing was imported. Take its answers only if you mean to (the Party stays {ours}).</source>
        <comment>other_party</comment>
        <translation>«{name}» — отчёт Стороны {theirs}, а этот отчёт принадлежит Стороне {ours}; ничего не импортировано. Берите его ответы, только если вы действительно этого хотите (Сторона останется {ours}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report of {theirs}, but this report is {ours}&apos;s. Take answers from {theirs}&apos;s file into {ours}&apos;s report? The Party stays {ours}, and you choose each row in the preview.</source>
        <comment>other_party_question</comment>
        <translation>«{name}» — отчёт Стороны {theirs}, а этот отчёт принадлежит Стороне {ours}. Взять ответы из файла Стороны {theirs} в отчёт Стороны {ours}? Сторона останется {ours}, а каждую строку вы выберете в предварительном просмотре.</translation>
    </message>
    <message>
        <source>Take Its Answers</source>
        <comment>other_party_take</comment>
        <translation>Взять его ответы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>other_party_cancel</comment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>not relevant: an earlier answer makes this question not asked</source>
        <comment>row_not_relevant</comment>
        <translation>не относится: из-за одного из предыдущих ответов этот вопрос не задаётся</translation>
    </message>
    <message>
        <source>not asked yet: it follows question {number}, whose answer in this file is not taken; import it again once question {number} is answered</source>
        <comment>row_not_relevant_after</comment>
        <translation>пока не задаётся: вопрос зависит от вопроса {number}, ответ на который в этом файле не принят; импортируйте его снова, когда на вопрос {number} будет дан ответ</translation>
    </message>
    <message>
        <source>question {reference} of the {form} is not carried over (it has no counterpart in this questionnaire)</source>
        <comment>row_not_carried_over</comment>
        <translation>вопрос {reference} документа «{form}» не переносится (в этом вопроснике ему нет соответствия)</translation>
    </message>
    <message>
        <source>the answer “{answer}” to question {reference} of the {form} has no counterpart among this question&apos;s options, and the mapping does not say what it becomes; choose this answer yourself</source>
        <comment>row_value_not_carried</comment>
        <translation>ответу «{answer}» на вопрос {reference} документа «{form}» нет соответствия среди вариантов этого вопроса, и таблица соответствия не говорит, во что он переходит; выберите этот ответ сами</translation>
    </message>
    <message>
        <source>this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit this report&apos;s; nothing is imported as if its numbers were this report&apos;s. Import it through the mapping: on the command line --mapping {mapping}; in the window, choose the format the sheet is numbered in</source>
        <comment>row_other_format</comment>
        <translation>этот лист, по-видимому, пронумерован по другому формату, {other}: {fit} из его {rows} строк подходят к этому формату и {ours} — к формату этого доклада; ничего не импортируется так, будто его номера относятся к этому докладу. Импортируйте его через таблицу соответствия: в командной строке --mapping {mapping}; в окне выберите формат, по которому пронумерован лист</translation>
    </message>
    <message>
        <source>this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit this report&apos;s; nothing is imported as if its numbers were this report&apos;s, and there is no mapping from that format to this report&apos;s, so its answers cannot be carried</source>
        <comment>row_other_format_no_mapping</comment>
        <translation>этот лист, по-видимому, пронумерован по другому формату, {other}: {fit} из его {rows} строк подходят к этому формату и {ours} — к формату этого доклада; ничего не импортируется так, будто его номера относятся к этому докладу, а таблицы соответствия из того формата в формат этого доклада нет, поэтому его ответы перенести нельзя</translation>
    </message>
    <message>
        <source>The mapping &apos;{name}&apos; reads answers of questionnaire &apos;{found}&apos;, which is not installed, so the sheet&apos;s question numbers cannot be read in it; nothing was imported.</source>
        <comment>sheet_mapping_not_installed</comment>
        <translation>Таблица соответствия «{name}» читает ответы вопросника «{found}», который не установлен, поэтому номера вопросов листа прочитать по нему нельзя; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The mapping &apos;{name}&apos; carries answers into questionnaire &apos;{target}&apos;, not into this report&apos;s questionnaire &apos;{form}&apos;; give a mapping from forms/{form}/mappings/. Nothing was imported.</source>
        <comment>sheet_mapping_other_target</comment>
        <translation>Таблица соответствия «{name}» переносит ответы в вопросник «{target}», а не в вопросник этого доклада «{form}»; укажите таблицу из forms/{form}/mappings/. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no sheet &apos;{sheet}&apos;; its sheets are {sheets}.</source>
        <comment>sheet_missing</comment>
        <translation>В «{name}» нет листа «{sheet}»; его листы: {sheets}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has no column &apos;{column}&apos; in row {row}; give a column letter (e.g. B) or the exact heading.</source>
        <comment>sheet_column_missing</comment>
        <translation>На листе «{sheet}» в строке {row} нет столбца «{column}»; укажите букву столбца (например, B) или точный заголовок.</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}) without a saved result; open the file in Excel or LibreOffice, save it, and import again (or type the value)</source>
        <comment>row_formula</comment>
        <translation>в ячейке формула ({formula}) без сохранённого результата; откройте файл в Excel или LibreOffice, сохраните его и импортируйте снова (или введите значение)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a question of this questionnaire; do not change the grey ids.</source>
        <comment>row_not_a_question</comment>
        <translation>«{id}» не является вопросом этого вопросника; не изменяйте серые идентификаторы.</translation>
    </message>
    <message>
        <source>the grey ids of this sheet name two tables.</source>
        <comment>sheet_two_tables</comment>
        <translation>серые идентификаторы на этом листе относятся к двум таблицам.</translation>
    </message>
    <message>
        <source>table {number} has no column &apos;{column}&apos;; do not change the grey ids.</source>
        <comment>table_column_unknown</comment>
        <translation>в таблице {number} нет столбца «{column}»; не изменяйте серые идентификаторы.</translation>
    </message>
    <message>
        <source>tables cannot be read from a single cell; fill them in the exported workbook&apos;s table sheet</source>
        <comment>row_table_in_cell</comment>
        <translation>таблицу нельзя прочитать из одной ячейки; заполните её на листе этой таблицы в экспортированной книге</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Party</source>
        <comment>party</comment>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <comment>cycle</comment>
        <translation>Отчетный цикл</translation>
    </message>
    <message>
        <source>Period covered</source>
        <comment>period</comment>
        <translation>Охватываемый период</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <comment>period_range</comment>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>National focal point</source>
        <comment>focal_point</comment>
        <translation>Национальный координационный центр</translation>
    </message>
    <message>
        <source>Date of this document</source>
        <comment>document_date</comment>
        <translation>Дата настоящего документа</translation>
    </message>
    <message>
        <source>Completeness</source>
        <comment>completeness</comment>
        <translation>Полнота заполнения</translation>
    </message>
    <message>
        <source>{done} of {required} required answers given ({percent})</source>
        <comment>completeness_value</comment>
        <translation>Дано обязательных ответов: {done} из {required} ({percent})</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>complete</comment>
        <translation>Заполнено</translation>
    </message>
    <message>
        <source>Not asked in this report</source>
        <comment>measured_elsewhere</comment>
        <translation>В этом докладе не запрашивается</translation>
    </message>
    <message>
        <source>Questions: {numbers}</source>
        <comment>informed_by</comment>
        <translation>Вопросы: {numbers}</translation>
    </message>
    <message>
        <source>Indicators: {ids}</source>
        <comment>question_indicators</comment>
        <translation>Индикаторы: {ids}</translation>
    </message>
    <message>
        <source>Answer if the answer to {number} is: {answers}</source>
        <comment>answer_if</comment>
        <translation>Ответьте, если ответ на {number}: {answers}</translation>
    </message>
    <message>
        <source>Answer if {number} is answered</source>
        <comment>answer_if_answered</comment>
        <translation>Ответьте, если дан ответ на {number}</translation>
    </message>
    <message>
        <source>{number} (continued)</source>
        <comment>continued</comment>
        <translation>{number} (продолжение)</translation>
    </message>
    <message>
        <source>Blank form, to be filled in by hand</source>
        <comment>blank_form</comment>
        <translation>Пустой бланк для заполнения от руки</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>incomplete</comment>
        <translation>Не заполнено</translation>
    </message>
    <message>
        <source>Incomplete: {count} questions still need an answer or a correction</source>
        <comment>incomplete_blockers</comment>
        <translation>Не заполнено; вопросы, по которым еще требуется ответ или исправление: {count}</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <comment>questionnaire</comment>
        <translation>Вопросник</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <comment>questionnaire_version</comment>
        <translation>Версия вопросника</translation>
    </message>
    <message>
        <source>Content fingerprint (SHA-256)</source>
        <comment>fingerprint</comment>
        <translation>Цифровой отпечаток содержания (SHA-256)</translation>
    </message>
    <message>
        <source>Place in the report&apos;s history (do not change)</source>
        <comment>history_mark</comment>
        <translation>Место в истории отчёта (не изменять)</translation>
    </message>
    <message>
        <source>The same fingerprint appears on every page and in the spreadsheet export of these answers; it changes when any answer changes.</source>
        <comment>fingerprint_note</comment>
        <translation>Тот же отпечаток приводится на каждой странице и в экспорте этих ответов в электронную таблицу; он меняется при изменении любого ответа.</translation>
    </message>
    <message>
        <source>Validated</source>
        <comment>validated</comment>
        <translation>Утвержден</translation>
    </message>
    <message>
        <source>Validated on {date} at {time} UTC by {author}</source>
        <comment>validated_on_by</comment>
        <translation>Утвержден {date} в {time} UTC пользователем {author}</translation>
    </message>
    <message>
        <source>Fingerprint frozen at validation (SHA-256)</source>
        <comment>frozen_fingerprint</comment>
        <translation>Цифровой отпечаток, зафиксированный при утверждении (SHA-256)</translation>
    </message>
    <message>
        <source>The answers have changed since the report was validated; this is not the validated report.</source>
        <comment>validated_mismatch</comment>
        <translation>После утверждения доклада ответы были изменены; настоящий документ не является утвержденным докладом.</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>contents</comment>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Focal area {number}: {title}</source>
        <comment>focal_area</comment>
        <translation>Приоритетная область {number}: {title}</translation>
    </message>
    <message>
        <source>Operational objective {number}: {title}</source>
        <comment>objective</comment>
        <translation>Оперативная цель {number}: {title}</translation>
    </message>
    <message>
        <source>Indicator summary</source>
        <comment>indicator_summary</comment>
        <translation>Сводная информация по показателям</translation>
    </message>
    <message>
        <source>Signature of the national focal point</source>
        <comment>signature</comment>
        <translation>Подпись национального координационного центра</translation>
    </message>
    <message>
        <source>Annex: changes since the previous report</source>
        <comment>changes_annex</comment>
        <translation>Приложение: изменения со времени предыдущего доклада</translation>
    </message>
    <message>
        <source>Questions whose answer differs from the answer given in the previous report ({source}).</source>
        <comment>changes_intro</comment>
        <translation>Вопросы, ответ на которые отличается от ответа в предыдущем докладе ({source}).</translation>
    </message>
    <message>
        <source>No answer differs from the previous report.</source>
        <comment>no_changes</comment>
        <translation>Ни один ответ не отличается от предыдущего доклада.</translation>
    </message>
    <message>
        <source>Previous report</source>
        <comment>col_previous_answer</comment>
        <translation>Предыдущий доклад</translation>
    </message>
    <message>
        <source>This report</source>
        <comment>col_current_answer</comment>
        <translation>Настоящий доклад</translation>
    </message>
    <message>
        <source>No answer given</source>
        <comment>no_answer</comment>
        <translation>Ответ не дан</translation>
    </message>
    <message>
        <source>Carried over from the previous report; not yet reviewed.</source>
        <comment>needs_review</comment>
        <translation>Перенесено из предыдущего доклада; еще не проверено.</translation>
    </message>
    <message>
        <source>This answer does not meet the question&apos;s rules.</source>
        <comment>invalid</comment>
        <translation>Этот ответ не соответствует правилам вопроса.</translation>
    </message>
    <message>
        <source>No rows</source>
        <comment>no_rows</comment>
        <translation>Строк нет</translation>
    </message>
    <message>
        <source>Indicator</source>
        <comment>indicator</comment>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Required answers given</source>
        <comment>answers_given</comment>
        <translation>Дано обязательных ответов</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status</comment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>name</comment>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>title</comment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Place and date</source>
        <comment>place_date</comment>
        <translation>Место и дата</translation>
    </message>
    <message>
        <source>Submitting authority</source>
        <comment>submitting_authority</comment>
        <translation>Представляющий орган</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <comment>submission_date</comment>
        <translation>Дата представления</translation>
    </message>
    <message>
        <source>Place of submission</source>
        <comment>submission_place</comment>
        <translation>Место представления</translation>
    </message>
    <message>
        <source>Printed on</source>
        <comment>printed_on</comment>
        <translation>Дата печати</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>place</comment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>date</comment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <comment>official_stamp</comment>
        <translation>Официальная печать</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>signature_line</comment>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>I confirm that this report gives the information available to the national focal point for the period it covers.</source>
        <comment>certify</comment>
        <translation>Настоящим подтверждаю, что в докладе представлена информация, имеющаяся у национального координационного центра за охватываемый период.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>page_of</comment>
        <translation>Стр. {page} из {pages}</translation>
    </message>
    <message>
        <source>DRAFT - incomplete</source>
        <comment>draft</comment>
        <translation>ПРОЕКТ - не заполнен</translation>
    </message>
    <message>
        <source>About</source>
        <comment>sheet_about</comment>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>sheet_report</comment>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Indicators</source>
        <comment>indicators</comment>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Lists</source>
        <comment>sheet_lists</comment>
        <translation>Списки</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>col_number</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Focal area</source>
        <comment>col_focal_area</comment>
        <translation>Приоритетная область</translation>
    </message>
    <message>
        <source>Operational objective</source>
        <comment>col_objective</comment>
        <translation>Оперативная цель</translation>
    </message>
    <message>
        <source>Section</source>
        <comment>col_section</comment>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Operational objectives informed</source>
        <comment>col_objectives</comment>
        <translation>Оперативные цели, к которым относится</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>col_question</comment>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>col_answer</comment>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <comment>col_allowed</comment>
        <translation>Допустимые значения</translation>
    </message>
    <message>
        <source>Question id</source>
        <comment>col_question_id</comment>
        <translation>Идентификатор вопроса</translation>
    </message>
    <message>
        <source>Objective</source>
        <comment>col_objective_number</comment>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Indicator text</source>
        <comment>col_indicator_text</comment>
        <translation>Формулировка показателя</translation>
    </message>
    <message>
        <source>Answers given</source>
        <comment>col_done</comment>
        <translation>Дано ответов</translation>
    </message>
    <message>
        <source>Answers required</source>
        <comment>col_required</comment>
        <translation>Требуется ответов</translation>
    </message>
    <message>
        <source>Percent</source>
        <comment>col_percent</comment>
        <translation>Процент</translation>
    </message>
    <message>
        <source>General information</source>
        <comment>general_information</comment>
        <translation>Общая информация</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>language</comment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Exported at</source>
        <comment>exported_at</comment>
        <translation>Время экспорта</translation>
    </message>
    <message>
        <source>Answers as of (UTC)</source>
        <comment>answers_as_of</comment>
        <translation>Ответы по состоянию на (UTC)</translation>
    </message>
    <message>
        <source>Program version</source>
        <comment>program_version</comment>
        <translation>Версия программы</translation>
    </message>
    <message>
        <source>Report file</source>
        <comment>report_file</comment>
        <translation>Файл доклада</translation>
    </message>
    <message>
        <source>Fill in or correct the Answer column of the Report sheet and the rows of the table sheets, then import this workbook into the report. Do not change the grey id columns and rows.</source>
        <comment>about_note</comment>
        <translation>Заполните или исправьте столбец «Ответ» на листе «Доклад» и строки на листах таблиц, затем импортируйте эту книгу в доклад. Не изменяйте серые столбцы и строки с идентификаторами.</translation>
    </message>
    <message>
        <source>See sheet &apos;{sheet}&apos; ({rows})</source>
        <comment>see_sheet</comment>
        <translation>См. лист «{sheet}» ({rows})</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>allowed_text</comment>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Text (several lines allowed)</source>
        <comment>allowed_multiline</comment>
        <translation>Текст (допускается несколько строк)</translation>
    </message>
    <message>
        <source>Whole number</source>
        <comment>allowed_integer</comment>
        <translation>Целое число</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>allowed_decimal</comment>
        <translation>Число</translation>
    </message>
    <message>
        <source>Percentage (number from 0 to 100)</source>
        <comment>allowed_percent</comment>
        <translation>Процент (число от 0 до 100)</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <comment>allowed_date</comment>
        <translation>Дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Web address starting with http:// or https://</source>
        <comment>allowed_url</comment>
        <translation>Веб-адрес, начинающийся с http:// или https://</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <comment>allowed_email</comment>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>One of: {labels}</source>
        <comment>allowed_one</comment>
        <translation>Одно из следующих значений: {labels}</translation>
    </message>
    <message>
        <source>One or more of: {labels} (separate them with &apos;{separator}&apos;)</source>
        <comment>allowed_many</comment>
        <translation>Одно или несколько из следующих значений: {labels} (через «{separator}»)</translation>
    </message>
    <message>
        <source>Table (see its sheet)</source>
        <comment>allowed_table</comment>
        <translation>Таблица (см. ее лист)</translation>
    </message>
    <message>
        <source>{allowed}; or: {specials}</source>
        <comment>allowed_or</comment>
        <translation>{allowed}; или: {specials}</translation>
    </message>
    <message>
        <source>A whole number</source>
        <comment>valid_whole</comment>
        <translation>Целое число</translation>
    </message>
    <message>
        <source>A number</source>
        <comment>valid_decimal</comment>
        <translation>Число</translation>
    </message>
    <message>
        <source>A year</source>
        <comment>valid_year</comment>
        <translation>Год</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD)</source>
        <comment>valid_date</comment>
        <translation>Дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{kind} from {low} to {high}</source>
        <comment>valid_between</comment>
        <translation>{kind} от {low} до {high}</translation>
    </message>
    <message>
        <source>{kind} of at least {low}</source>
        <comment>valid_at_least</comment>
        <translation>{kind} не меньше {low}</translation>
    </message>
    <message>
        <source>{kind} of at most {high}</source>
        <comment>valid_at_most</comment>
        <translation>{kind} не больше {high}</translation>
    </message>
    <message>
        <source>{kind}, not after today</source>
        <comment>valid_not_after_today</comment>
        <translation>{kind}, не позднее сегодняшнего дня</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <comment>valid_choose</comment>
        <translation>Выберите значение из списка</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <comment>valid_refused</comment>
        <translation>Значение не принято</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>Answered</source>
        <comment>status_answered</comment>
        <translation>Есть ответ</translation>
    </message>
    <message>
        <source>Not answered</source>
        <comment>status_missing</comment>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Not valid</source>
        <comment>status_invalid</comment>
        <translation>Недопустимый ответ</translation>
    </message>
    <message>
        <source>Not asked (follows from other answers)</source>
        <comment>status_not_relevant</comment>
        <translation>Не задается (с учетом других ответов)</translation>
    </message>
    <message>
        <source>Carried over, to be reviewed</source>
        <comment>status_needs_review</comment>
        <translation>Перенесено, требует проверки</translation>
    </message>
    <message>
        <source>Not valid: {raw}</source>
        <comment>invalid_value</comment>
        <translation>Недопустимый ответ: {raw}</translation>
    </message>
    <message numerus="yes">
        <source>{n} rows</source>
        <comment>rows</comment>
        <translation>
            <numerusform>{n} строка</numerusform>
            <numerusform>{n} строки</numerusform>
            <numerusform>{n} строк</numerusform>
        </translation>
    </message>
</context>
</TS>
