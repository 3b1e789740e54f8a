<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Unexpected problem</source>
        <translation>مشكلة غير متوقعة</translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <source>Changes are now recorded as made by {name}.</source>
        <translation>تسجل التغييرات الآن باسم {name}.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your name, recorded in the history of each answer you change
(empty: the computer account&apos;s name):</source>
        <translation>اسمك، الذي يسجل في سجل كل إجابة تغيرها
(إذا ترك فارغا: اسم حساب الحاسوب):</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the report was opened</source>
        <translation>عند فتح التقرير</translation>
    </message>
    <message>
        <source>Automatic, while editing</source>
        <translation>تلقائيا، أثناء التحرير</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>see the log file</source>
        <translation>انظر ملف السجل</translation>
    </message>
    <message>
        <source>No backup copy was made: {message}</source>
        <translation>لم تنشأ أي نسخة احتياطية: {message}</translation>
    </message>
    <message>
        <source>Making a backup copy…</source>
        <translation>جار إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore Backup of {time}</source>
        <translation>استعادة النسخة الاحتياطية المؤرخة {time}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restored the backup of {time}: {count} answers changed. Edit &gt; Undo takes the restore back.</source>
        <translation>استعيدت النسخة الاحتياطية المؤرخة {time}؛ عدد الإجابات المتغيرة: {count}. يلغي الأمر تحرير &gt; تراجع هذه الاستعادة.</translation>
    </message>
    <message>
        <source>A copy of the report as it was just before is at {path}.</source>
        <translation>توجد نسخة من التقرير كما كان قبل ذلك مباشرة في {path}.</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <source>(no answer)</source>
        <translation>(لا توجد إجابة)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>(no answer)</source>
        <translation>(لا توجد إجابة)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>الإجابة السابقة</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>الإجابة الحالية</translation>
    </message>
    <message>
        <source>Previous from</source>
        <translation>السابقة، مصدرها</translation>
    </message>
    <message>
        <source>Compare with previous cycle</source>
        <translation>المقارنة بالدورة السابقة</translation>
    </message>
    <message>
        <source>Answers that differ from the previous cycle</source>
        <translation>الإجابات التي تختلف عن الدورة السابقة</translation>
    </message>
    <message>
        <source>This report holds no answers from a previous cycle. Import the previous report or workbook (File &gt; Import Answers…) with “previous reporting cycle” ticked to compare with it.</source>
        <translation>لا يتضمن هذا التقرير أي إجابات من دورة سابقة. استورد التقرير أو المصنف السابق (ملف &gt; استيراد إجابات…) مع تحديد «دورة الإبلاغ السابقة» للمقارنة به.</translation>
    </message>
    <message>
        <source>Every answer is the same as in the previous cycle.</source>
        <translation>جميع الإجابات مطابقة لإجابات الدورة السابقة.</translation>
    </message>
    <message>
        <source>1 answer differs from the previous cycle. Double-click it to go to it.</source>
        <translation>تختلف إجابة واحدة عن الدورة السابقة. انقر عليها نقرا مزدوجا للانتقال إليها.</translation>
    </message>
    <message>
        <source>{count} answers differ from the previous cycle. Double-click one to go to it.</source>
        <translation>عدد الإجابات التي تختلف عن الدورة السابقة: {count}. انقر على إحداها نقرا مزدوجا للانتقال إليها.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>للتأكيد</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>غير صالحة</translation>
    </message>
    <message>
        <source>required answer missing</source>
        <translation>إجابة إلزامية ناقصة</translation>
    </message>
    <message>
        <source>carried over: review and confirm</source>
        <translation>منقولة: للمراجعة والتأكيد</translation>
    </message>
    <message>
        <source>answer not valid: {detail}</source>
        <translation>إجابة غير صالحة: {detail}</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Questions to finish ({count})</source>
        <translation>أسئلة ينبغي استكمالها ({count})</translation>
    </message>
    <message>
        <source>Indicators ({count})</source>
        <translation>المؤشرات ({count})</translation>
    </message>
    <message>
        <source>{text}
{done} of {required} required answers, {blockers} to finish</source>
        <translation>{text}
الإجابات الإلزامية: {done} من أصل {required}؛ المتبقي للاستكمال: {blockers}</translation>
    </message>
    <message>
        <source>Question or indicator</source>
        <translation>السؤال أو المؤشر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Measured elsewhere: {reason}</source>
        <translation>يُقاس في موضع آخر: {reason}</translation>
    </message>
    <message>
        <source>No question of this report measures it.</source>
        <translation>لا يقيسه أي سؤال في هذا التقرير.</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>Share of required answers done</source>
        <translation>نسبة الإجابات الإلزامية المقدمة</translation>
    </message>
    <message>
        <source>Questions to finish and indicators</source>
        <translation>الأسئلة التي ينبغي استكمالها والمؤشرات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>{done} of {required} required answers ({percent:.0f}%). {blockers} questions to finish.</source>
        <translation>الإجابات الإلزامية: {done} من أصل {required} ({percent:.0f}%). الأسئلة التي ينبغي استكمالها: {blockers}.</translation>
    </message>
    <message>
        <source>Complete: every required answer is given.</source>
        <translation>مكتمل: قدمت جميع الإجابات الإلزامية.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date from a calendar</source>
        <translation>اختيار تاريخ من التقويم</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>An unexpected problem stopped this ({kind}). Your answers stored so far are safe.

Details were written to {log}.</source>
        <translation>أوقفت مشكلة غير متوقعة هذه العملية ({kind}). الإجابات المحفوظة حتى الآن في أمان.

كتبت التفاصيل في {log}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>التصدير بصيغة PDF</translation>
    </message>
    <message>
        <source> (language of the report)</source>
        <translation> (لغة التقرير)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 مم)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>رسالة أمريكية (8.5 × 11 بوصة)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>&amp;Blank form: every question and option, no answers, to fill in by hand</source>
        <translation>استمارة &amp;فارغة: كل الأسئلة والخيارات دون إجابات، لملئها باليد</translation>
    </message>
    <message>
        <source>&amp;Annex of the answers changed since the previous report</source>
        <translation>&amp;مرفق بالإجابات التي تغيرت منذ التقرير السابق</translation>
    </message>
    <message>
        <source>This report holds no answers of a previous report.</source>
        <translation>لا يتضمن هذا التقرير أي إجابات من تقرير سابق.</translation>
    </message>
    <message>
        <source>Submission (printed on the cover and by the signature)</source>
        <translation>التقديم (يُطبع على الغلاف وبجانب التوقيع)</translation>
    </message>
    <message>
        <source>Submitting a&amp;uthority:</source>
        <translation>السلطة الم&amp;قدمة للتقرير:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY-MM-DD):</source>
        <translation>ال&amp;تاريخ (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>Answered in question {number}</source>
        <translation>أُجيب عنه في السؤال {number}</translation>
    </message>
    <message>
        <source>Choose the File…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>اكتب التاريخ بالصيغة YYYY-MM-DD، مثلًا 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Save a Copy As</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>Reports (*.bsr)</source>
        <translation>التقارير (*.bsr)</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>جار حفظ النسخة…</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>حفظت النسخة باسم {path}</translation>
    </message>
    <message>
        <source>Copy cancelled.</source>
        <translation>ألغي النسخ.</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>التصدير بصيغة {kind}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>جداول البيانات (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {kind}…</source>
        <translation>جار التصدير بصيغة {kind}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>تم التصدير إلى {path}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>ألغي التصدير.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Words of a question, or its number (e.g. 1.1.3)</source>
        <translation>كلمات من سؤال، أو رقمه (مثل 1.1.3)</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>البحث عن سؤال</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>إغلاق البحث</translation>
    </message>
    <message>
        <source>Questions found</source>
        <translation>الأسئلة التي عثر عليها</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>عدد النتائج: {count}</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation>النتيجة التالية (F3 أو Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Show &amp;only matching questions</source>
        <translation>إظهار الأسئلة المطابقة &amp;فقط</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} من {count}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Typed</source>
        <translation>مكتوبة</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>مدمجة</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>منقولة</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكدة</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>مستعادة</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(فارغة)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Old answer</source>
        <translation>الإجابة القديمة</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>الإجابة الجديدة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>ملف المصدر</translation>
    </message>
    <message>
        <source>History of Answer {number}</source>
        <translation>سجل الإجابة {number}</translation>
    </message>
    <message>
        <source>This answer has not been changed yet.</source>
        <translation>لم تغير هذه الإجابة بعد.</translation>
    </message>
    <message>
        <source>&amp;Restore This Value</source>
        <translation>&amp;استعادة هذه القيمة</translation>
    </message>
    <message>
        <source>Set the answer back to the new answer of the chosen change (Edit &gt; Undo takes it back)</source>
        <translation>إعادة الإجابة إلى القيمة الجديدة للتغيير المختار (يلغي الأمر تحرير &gt; تراجع ذلك)</translation>
    </message>
    <message>
        <source>Current answer: {answer}</source>
        <translation>الإجابة الحالية: {answer}</translation>
    </message>
    <message>
        <source>Not restored: {message}</source>
        <translation>لم تتم الاستعادة: {message}</translation>
    </message>
    <message>
        <source>Restored the value of {when}. Edit &gt; Undo takes it back.</source>
        <translation>استعيدت القيمة المؤرخة {when}. يلغي الأمر تحرير &gt; تراجع ذلك.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Merge contribution</source>
        <translation>دمج مساهمة</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>استيراد إجابات</translation>
    </message>
    <message>
        <source>Applying {name}…</source>
        <translation>جارٍ تطبيق {name}…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جار قراءة {name}…</translation>
    </message>
    <message>
        <source>Comparing {name} with the report…</source>
        <translation>جار مقارنة {name} بالتقرير…</translation>
    </message>
    <message>
        <source>Nothing changed: the report already holds these answers.</source>
        <translation>لم يتغير شيء: يتضمن التقرير هذه الإجابات بالفعل.</translation>
    </message>
    <message>
        <source>1 answer taken from {name}.</source>
        <translation>أخذت إجابة واحدة من {name}.</translation>
    </message>
    <message>
        <source>{count} answers taken from {name}.</source>
        <translation>عدد الإجابات المأخوذة من {name}: {count}.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back; a copy of the report as it was is at {backup}.</source>
        <translation>يلغي الأمر تحرير &gt; تراجع الاستيراد بأكمله؛ وتوجد نسخة من التقرير كما كان في {backup}.</translation>
    </message>
    <message>
        <source>This report cannot be changed now (it is open read-only, or validated and locked); nothing was imported.</source>
        <translation>لا يمكن تغيير هذا التقرير الآن (فهو مفتوح للقراءة فقط، أو معتمد ومقفل)؛ لم يستورد أي شيء.</translation>
    </message>
    <message>
        <source>Workbooks and reports (*.xlsx *.bsr);;Workbooks (*.xlsx);;Reports (*.bsr);;All files (*)</source>
        <translation>المصنفات والتقارير (*.xlsx *.bsr);;المصنفات (*.xlsx);;التقارير (*.bsr);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Copies of the report and workbooks (*.bsr *.xlsx);;All files (*)</source>
        <translation>نسخ التقرير والمصنفات (*.bsr *.xlsx);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>مطابقة</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>متغيرة</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>لا يمكن استيرادها</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(فارغة)</translation>
    </message>
    <message>
        <source>{value}  — {author}</source>
        <translation>{value}  — {author}</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ إجابتهم</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على إجابتي</translation>
    </message>
    <message>
        <source>Take incoming</source>
        <translation>أخذ الواردة</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>الإبقاء على الحالية</translation>
    </message>
    <message>
        <source>Both changed this answer: yours by {mine}, theirs by {theirs}.</source>
        <translation>غير كلاكما هذه الإجابة: أنت بواسطة {mine}، وهم بواسطة {theirs}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>The report changed this answer since the file was made.</source>
        <translation>غير التقرير هذه الإجابة منذ إنشاء الملف.</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>بواسطة {author}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>إجابتهم</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>الحالية</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>الواردة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Merge {name}: preview</source>
        <translation>دمج {name}: معاينة</translation>
    </message>
    <message>
        <source>Import {name}: preview</source>
        <translation>استيراد {name}: معاينة</translation>
    </message>
    <message>
        <source>These answers come from the previous reporting cycle: each one is marked “Carried over – review” until you confirm it.</source>
        <translation>هذه الإجابات مأخوذة من دورة الإبلاغ السابقة: توسم كل منها بعبارة «منقولة – للمراجعة» إلى أن تؤكدها.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>الصفوف المراد استيرادها</translation>
    </message>
    <message>
        <source>Show rows that change nothing ({count})</source>
        <translation>إظهار الصفوف التي لا تغير شيئا ({count})</translation>
    </message>
    <message>
        <source>Apply All</source>
        <translation>تطبيق الكل</translation>
    </message>
    <message>
        <source>Apply every new and changed answer, and each conflict where you chose theirs</source>
        <translation>تطبيق جميع الإجابات الجديدة والمتغيرة، وكل تعارض اخترت فيه إجابتهم</translation>
    </message>
    <message>
        <source>Apply every new and changed answer, and each conflict you ticked</source>
        <translation>تطبيق جميع الإجابات الجديدة والمتغيرة، وكل تعارض حددته</translation>
    </message>
    <message>
        <source>Apply Selected</source>
        <translation>تطبيق المحدد</translation>
    </message>
    <message>
        <source>Apply only the ticked rows</source>
        <translation>تطبيق الصفوف المحددة فقط</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>جديدة: {n}</translation>
    </message>
    <message>
        <source>{n} changed</source>
        <translation>متغيرة: {n}</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>متعارضة: {n}</translation>
    </message>
    <message>
        <source>{n} cannot be imported</source>
        <translation>لا يمكن استيرادها: {n}</translation>
    </message>
    <message>
        <source>{n} already the same</source>
        <translation>مطابقة بالفعل: {n}</translation>
    </message>
    <message>
        <source>What {name} would change:</source>
        <translation>ما سيغيره {name}:</translation>
    </message>
    <message>
        <source>Conflicts keep your answer unless you tick them to take theirs.</source>
        <translation>في حالة التعارض، تبقى إجابتك ما لم تحدد الصف لأخذ إجابتهم.</translation>
    </message>
    <message>
        <source>Conflicts keep the current answer unless you tick them.</source>
        <translation>في حالة التعارض، تبقى الإجابة الحالية ما لم تحدد الصف.</translation>
    </message>
    <message>
        <source>Rows: {added} added, {removed} removed, {changed} changed</source>
        <translation>الصفوف: أُضيف {added}، وحُذف {removed}، وعُدّل {changed}</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>an unnamed Party</source>
        <translation>طرف غير مسمى</translation>
    </message>
    <message>
        <source>Another report file, for {party}.</source>
        <translation>ملف تقرير آخر، للطرف: {party}.</translation>
    </message>
    <message>
        <source>A workbook exported by bsreporter, for {party}.</source>
        <translation>مصنف صدره bsreporter، للطرف: {party}.</translation>
    </message>
    <message>
        <source>A workbook of the earlier questionnaire “{form}”, for {party}. Its answers are read through the mapping to this questionnaire, as the previous cycle&apos;s.</source>
        <translation>مصنف للاستبيان السابق «{form}»، للطرف: {party}. تقرأ إجاباته عن طريق المطابقة مع هذا الاستبيان، بوصفها إجابات الدورة السابقة.</translation>
    </message>
    <message>
        <source>A spreadsheet not made by bsreporter. Show where its question numbers and answers are.</source>
        <translation>جدول بيانات لم ينشئه bsreporter. حدد مكان أرقام الأسئلة والإجابات فيه.</translation>
    </message>
    <message>
        <source>Import answers from {name}</source>
        <translation>استيراد إجابات من {name}</translation>
    </message>
    <message>
        <source>These answers come from the previous reporting cycle</source>
        <translation>هذه الإجابات مأخوذة من دورة الإبلاغ السابقة</translation>
    </message>
    <message>
        <source>Answers from the previous cycle are marked “Carried over – review” until you confirm each one, and are kept to compare with. Leave this off for answers a colleague gave for this report.</source>
        <translation>توسم إجابات الدورة السابقة بعبارة «منقولة – للمراجعة» إلى أن تؤكد كلا منها، وتحفظ للمقارنة. اترك هذا الخيار غير محدد للإجابات التي قدمها زميل لهذا التقرير.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>معاينة…</translation>
    </message>
    <message>
        <source>Where the answers are</source>
        <translation>مكان الإجابات</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The row holding the column headings; the answers start below it</source>
        <translation>الصف الذي يحمل عناوين الأعمدة؛ تبدأ الإجابات تحته</translation>
    </message>
    <message>
        <source>{title} (this report)</source>
        <translation>{title} (هذا التقرير)</translation>
    </message>
    <message>
        <source>Numbered &amp;in:</source>
        <translation>مرقّمة &amp;وفق:</translation>
    </message>
    <message>
        <source>The format whose question numbers the sheet uses. A sheet of an earlier report is read in that format and carried into this report through the mapping, as the previous cycle&apos;s answers.</source>
        <translation>الشكل الذي تستخدم الورقة أرقام أسئلته. تُقرأ ورقة تقرير سابق وفق ذلك الشكل وتُنقل إلى هذا التقرير عبر جدول المطابقة بوصفها إجابات الدورة السابقة.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>ال&amp;ورقة:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>صف ال&amp;عناوين:</translation>
    </message>
    <message>
        <source>&amp;Question numbers in column:</source>
        <translation>أرقام الأسئلة في ال&amp;عمود:</translation>
    </message>
    <message>
        <source>&amp;Answers in column:</source>
        <translation>الإجابات في العمو&amp;د:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>رقم السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>معاينة الصفوف الأولى</translation>
    </message>
    <message>
        <source>not a question of this questionnaire</source>
        <translation>ليس سؤالا في هذا الاستبيان</translation>
    </message>
    <message>
        <source>The question numbers and the answers must be in different columns.</source>
        <translation>يجب أن تكون أرقام الأسئلة والإجابات في عمودين مختلفين.</translation>
    </message>
    <message>
        <source>{matched} of {named} rows name a question of this questionnaire.</source>
        <translation>الصفوف التي تشير إلى سؤال في هذا الاستبيان: {matched} من أصل {named}.</translation>
    </message>
    <message>
        <source>(Counted in the first {n} rows.)</source>
        <translation>(محسوبة في أول {n} صفوف.)</translation>
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
        <translation>معتمد - للقراءة فقط</translation>
    </message>
    <message>
        <source>Validated on {when} by {who}.</source>
        <translation>اعتمد في {when} بواسطة {who}.</translation>
    </message>
    <message>
        <source>Frozen fingerprint (SHA-256):</source>
        <translation>البصمة المثبتة (SHA-256):</translation>
    </message>
    <message>
        <source>To change an answer, choose File &gt; Reopen for Editing… and give the reason.</source>
        <translation>لتغيير إجابة، اختر ملف &gt; إعادة الفتح للتحرير… واذكر السبب.</translation>
    </message>
    <message>
        <source>Validate report</source>
        <translation>اعتماد التقرير</translation>
    </message>
    <message>
        <source>The report cannot be validated yet: {count} questions still need an answer or a correction. The Completeness panel lists them.</source>
        <translation>لا يمكن اعتماد التقرير بعد: عدد الأسئلة التي لا تزال تحتاج إلى إجابة أو تصحيح: {count}. تسردها لوحة درجة الاكتمال.</translation>
    </message>
    <message>
        <source>Mark the report as validated?

It becomes read-only: no answer can be changed until someone chooses File &gt; Reopen for Editing… and gives a reason. Its fingerprint is frozen and printed on the PDF:

{fingerprint}</source>
        <translation>هل تريد وسم التقرير بأنه معتمد؟

سيصبح للقراءة فقط: لا يمكن تغيير أي إجابة إلى أن يختار أحد ملف &gt; إعادة الفتح للتحرير… ويذكر سببا. تثبت بصمته وتطبع على ملف PDF:

{fingerprint}</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Validate Anyway</source>
        <translation>الاعتماد على أي حال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The report is validated; it is now read-only.</source>
        <translation>التقرير معتمد؛ وأصبح الآن للقراءة فقط.</translation>
    </message>
    <message>
        <source>Reopen for Editing</source>
        <translation>إعادة الفتح للتحرير</translation>
    </message>
    <message>
        <source>Why is the validated report reopened? The reason is kept with the report, with your name and the time. The report must be validated again before it is final.</source>
        <translation>لماذا يعاد فتح التقرير المعتمد؟ يحفظ السبب مع التقرير، مع اسمك والوقت. يجب اعتماد التقرير مرة أخرى قبل أن يصبح نهائيا.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>سبب إعادة الفتح</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>إعادة الفتح للتحرير</translation>
    </message>
    <message>
        <source>The report is open for editing again.</source>
        <translation>التقرير مفتوح للتحرير مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“{name}” is already open in this window.</source>
        <translation>«{name}» مفتوح بالفعل في هذه النافذة.</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>تقرير &amp;جديد…</translation>
    </message>
    <message>
        <source>Create a new report with a short wizard</source>
        <translation>إنشاء تقرير جديد بمعالج قصير</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>&amp;فتح تقرير…</translation>
    </message>
    <message>
        <source>Open a report file</source>
        <translation>فتح ملف تقرير</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح تقرير &amp;حديث</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>Write a copy of the report file, for example to send or back up</source>
        <translation>كتابة نسخة من ملف التقرير، مثلا لإرسالها أو للاحتفاظ بها نسخة احتياطية</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the report as a PDF to print and sign</source>
        <translation>كتابة التقرير بصيغة PDF لطباعته وتوقيعه</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>تصدير بصيغة &amp;XLSX…</translation>
    </message>
    <message>
        <source>Write the report as a spreadsheet</source>
        <translation>كتابة التقرير في جدول بيانات</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>ا&amp;ستيراد إجابات…</translation>
    </message>
    <message>
        <source>Take answers from a workbook, a hand-made spreadsheet or the previous report, with a preview</source>
        <translation>أخذ إجابات من مصنف، أو من جدول بيانات معد يدويا، أو من التقرير السابق، مع معاينة</translation>
    </message>
    <message>
        <source>&amp;Merge Contribution…</source>
        <translation>&amp;دمج مساهمة…</translation>
    </message>
    <message>
        <source>Bring in a colleague&apos;s copy of this report or their filled workbook, with a preview</source>
        <translation>إدخال نسخة زميل من هذا التقرير أو المصنف الذي ملأه، مع معاينة</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Cycle</source>
        <translation>المقارنة بالدورة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>List every answer that differs from the previous reporting cycle</source>
        <translation>سرد كل إجابة تختلف عن دورة الإبلاغ السابقة</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation>إ&amp;غلاق التقرير</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find questions by text or number</source>
        <translation>البحث عن الأسئلة بالنص أو بالرقم</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>Interface language and a second language for the questions</source>
        <translation>لغة الواجهة ولغة ثانية للأسئلة</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>القسم ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>القسم ال&amp;تالي</translation>
    </message>
    <message>
        <source>Next &amp;Unanswered Question</source>
        <translation>السؤال التالي &amp;دون إجابة</translation>
    </message>
    <message>
        <source>Go to the next question that still needs an answer</source>
        <translation>الانتقال إلى السؤال التالي الذي لا يزال يحتاج إلى إجابة</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>الجزء ال&amp;تالي</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>الجزء السا&amp;بق</translation>
    </message>
    <message>
        <source>Question &amp;Language</source>
        <translation>&amp;لغة الأسئلة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;About bsreporter</source>
        <translation>&amp;حول bsreporter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>This report is open read-only because it is being edited elsewhere. Nothing you see here can be changed.</source>
        <translation>هذا التقرير مفتوح للقراءة فقط لأنه يحرر في مكان آخر. لا يمكن تغيير أي شيء مما يظهر هنا.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>درجة الاكتمال</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>القسم السابق</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>القسم التالي</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>التالي دون إجابة</translation>
    </message>
    <message>
        <source>Go to the next question that still needs an answer (F8)</source>
        <translation>الانتقال إلى السؤال التالي الذي لا يزال يحتاج إلى إجابة (F8)</translation>
    </message>
    <message>
        <source>&amp;Completeness Panel</source>
        <translation>لوحة &amp;درجة الاكتمال</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;مستعرض الأقسام</translation>
    </message>
    <message>
        <source>Click to show the completeness panel (Ctrl+Shift+C).</source>
        <translation>انقر لإظهار لوحة درجة الاكتمال (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>bsreporter</source>
        <translation>bsreporter</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>فتح تقرير</translation>
    </message>
    <message>
        <source>Reports (*.bsr);;All files (*)</source>
        <translation>التقارير (*.bsr);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Open the demo report</source>
        <translation>فتح التقرير التجريبي</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>جار فتح {name}…</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>جار إنشاء {name}…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>إغلاق التقرير</translation>
    </message>
    <message>
        <source>An answer you typed was not saved because it is not valid: {questions}. The report keeps its earlier answer.</source>
        <translation>لم تُحفظ إجابة كتبتها لأنها غير صالحة: {questions}. يحتفظ التقرير بإجابته السابقة.</translation>
    </message>
    <message>
        <source>Go Back to It</source>
        <translation>العودة إليها</translation>
    </message>
    <message>
        <source>{count} answers you typed were not saved because they are not valid: {questions}. The report keeps its earlier answers.</source>
        <translation>لم تُحفظ إجابات كتبتها (عددها {count}) لأنها غير صالحة: {questions}. يحتفظ التقرير بإجاباته السابقة.</translation>
    </message>
    <message>
        <source>Go Back to Them</source>
        <translation>العودة إليها</translation>
    </message>
    <message>
        <source>Switch Anyway</source>
        <translation>التبديل على أي حال</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>الإغلاق على أي حال</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>إجابات غير محفوظة</translation>
    </message>
    <message>
        <source>Every required question is answered.</source>
        <translation>أجيب عن جميع الأسئلة الإلزامية.</translation>
    </message>
    <message>
        <source>{percent:.0f}% complete</source>
        <translation>مكتمل بنسبة {percent:.0f}%</translation>
    </message>
    <message>
        <source>{done} of {required} required answers; {blockers} to finish</source>
        <translation>الإجابات الإلزامية: {done} من أصل {required}؛ المتبقي للاستكمال: {blockers}</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed</source>
        <translation>للقراءة فقط: لا يمكن تغيير أي شيء</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حفظت جميع التغييرات</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جار الحفظ…</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>لم يحفظ: {message}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;تراجع: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>إ&amp;عادة: {what}</translation>
    </message>
    <message>
        <source>{party} – {file}{read_only}</source>
        <translation>{party} – {file}{read_only}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <source>No recent reports</source>
        <translation>لا توجد تقارير حديثة</translation>
    </message>
    <message>
        <source>bsreporter {version}</source>
        <translation>bsreporter {version}</translation>
    </message>
    <message>
        <source>Prepare the national report on the Cartagena Protocol on Biosafety offline.</source>
        <translation>إعداد التقرير الوطني عن بروتوكول قرطاجنة للسلامة الأحيائية دون اتصال بالشبكة.</translation>
    </message>
    <message>
        <source>Questionnaire: {form} version {version}</source>
        <translation>الاستبيان: {form}، الإصدار {version}</translation>
    </message>
    <message>
        <source>Report file: {path}</source>
        <translation>ملف التقرير: {path}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>مجلد البيانات: {path}</translation>
    </message>
    <message>
        <source>About bsreporter</source>
        <translation>حول bsreporter</translation>
    </message>
    <message>
        <source>This report is open read-only because its disk or folder cannot be written. To edit it, use File &gt; Save a Copy As… to put a copy in a folder of yours.</source>
        <translation>فُتح هذا التقرير للقراءة فقط لأنه لا يمكن الكتابة على القرص أو في المجلد الذي يحتويه. لتحريره، استخدم ملف &gt; حفظ نسخة باسم… لوضع نسخة في مجلد خاص بك.</translation>
    </message>
    <message>
        <source>This report is open read-only because the file also exists under another name (a hard link), and a file with two names cannot be edited safely. To edit it, use File &gt; Save a Copy As… to make a copy of it.</source>
        <translation>هذا التقرير مفتوح للقراءة فقط لأن الملف موجود أيضًا باسم آخر (رابط ثابت)، ولا يمكن تحرير ملف له اسمان بأمان. لتحريره، استخدم ملف &gt; حفظ نسخة باسم… لإنشاء نسخة منه.</translation>
    </message>
    <message>
        <source>This report is open read-only. Nothing you see here can be changed.</source>
        <translation>فُتح هذا التقرير للقراءة فقط. لا يمكن تغيير أي شيء مما يُعرض هنا.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>الاستعادة من &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Go back to a backup copy of the report (undoable)</source>
        <translation>العودة إلى نسخة احتياطية من التقرير (يمكن التراجع عنها)</translation>
    </message>
    <message>
        <source>&amp;Validate Report…</source>
        <translation>ا&amp;عتماد التقرير…</translation>
    </message>
    <message>
        <source>Mark the complete report as validated: it becomes read-only</source>
        <translation>وسم التقرير المكتمل بأنه معتمد: يصبح للقراءة فقط</translation>
    </message>
    <message>
        <source>Re&amp;open for Editing…</source>
        <translation>إعادة ال&amp;فتح للتحرير…</translation>
    </message>
    <message>
        <source>Make a validated report editable again, recording why</source>
        <translation>جعل التقرير المعتمد قابلا للتحرير مرة أخرى، مع تسجيل السبب</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>ا&amp;سمك…</translation>
    </message>
    <message>
        <source>The name recorded in the history of the answers you change</source>
        <translation>الاسم المسجل في سجل الإجابات التي تغيرها</translation>
    </message>
    <message>
        <source>Answer &amp;History…</source>
        <translation>س&amp;جل الإجابة…</translation>
    </message>
    <message>
        <source>Who changed the answer of the current question, when, and from what</source>
        <translation>من غير إجابة السؤال الحالي، ومتى، وما كانت قبل ذلك</translation>
    </message>
    <message>
        <source>&amp;Validate Report… ({count} questions to finish)</source>
        <translation>ا&amp;عتماد التقرير… (الأسئلة التي ينبغي استكمالها: {count})</translation>
    </message>
    <message>
        <source>Put the cursor in a question first (or use the History… button beside it).</source>
        <translation>ضع المؤشر في سؤال أولا (أو استخدم زر السجل… المجاور له).</translation>
    </message>
    <message>
        <source>Focal areas and objectives of the report</source>
        <translation>مجالات التركيز والأهداف في التقرير</translation>
    </message>
    <message>
        <source>Report by &amp;Section</source>
        <translation>التقرير حسب الأ&amp;قسام</translation>
    </message>
    <message>
        <source>Report by Strategic &amp;Plan</source>
        <translation>التقرير حسب &amp;الخطة الاستراتيجية</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>أقسام التقرير</translation>
    </message>
</context>
<context>
    <name>MultilingualEditor</name>
    <message>
        <source>Add a translation</source>
        <translation>إضافة ترجمة</translation>
    </message>
    <message>
        <source>Give this answer in another UN language as well</source>
        <translation>تقديم هذه الإجابة بلغة أخرى من لغات الأمم المتحدة أيضًا</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the text in {language}</source>
        <translation>إزالة النص باللغة {language}</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>{done} of {required} required answers ({percent:.0f}%), {blockers} to finish</source>
        <translation>الإجابات الإلزامية: {done} من أصل {required} ({percent:.0f}%)؛ المتبقي للاستكمال: {blockers}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>المنجز</translation>
    </message>
    <message>
        <source>Focal area and objective</source>
        <translation>مجال التركيز والهدف</translation>
    </message>
    <message>
        <source>No question of this report informs it: its indicators are measured elsewhere.</source>
        <translation>لا يتناوله أي سؤال في هذا التقرير: تُقاس مؤشراته في موضع آخر.</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Sections of the report</source>
        <translation>أقسام التقرير</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>المنجز</translation>
    </message>
</context>
<context>
    <name>NewReportWizard</name>
    <message>
        <source>New report</source>
        <translation>تقرير جديد</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notification</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close this message (Escape)</source>
        <translation>إغلاق هذه الرسالة (Esc)</translation>
    </message>
    <message>
        <source>Open the folder {folder}</source>
        <translation>فتح المجلد {folder}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جار الإلغاء…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>مثل الحاسوب ({language})</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>لغة ال&amp;واجهة:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>&amp;Second language of the questions:</source>
        <translation>اللغة ال&amp;ثانية للأسئلة:</translation>
    </message>
    <message>
        <source>The language of the questions themselves is chosen in View &gt; Question Language. A second language is shown under each question, for teams that work in two languages.</source>
        <translation>تختار لغة الأسئلة نفسها من عرض &gt; لغة الأسئلة. وتظهر لغة ثانية تحت كل سؤال، للأفرقة التي تعمل بلغتين.</translation>
    </message>
</context>
<context>
    <name>PreviousAnswer</name>
    <message>
        <source>(blank)</source>
        <translation>(فارغة)</translation>
    </message>
    <message>
        <source>Show previous answer</source>
        <translation>إظهار الإجابة السابقة</translation>
    </message>
    <message>
        <source>Show the previous cycle&apos;s answer to question {number}</source>
        <translation>إظهار إجابة الدورة السابقة عن السؤال {number}</translation>
    </message>
    <message>
        <source>Previous report ({source}):</source>
        <translation>التقرير السابق ({source}):</translation>
    </message>
    <message>
        <source>Previous report:</source>
        <translation>التقرير السابق:</translation>
    </message>
    <message>
        <source>Hide previous answer</source>
        <translation>إخفاء الإجابة السابقة</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>The report keeps no answer here.</source>
        <translation>لا يحتفظ التقرير بأي إجابة هنا.</translation>
    </message>
    <message>
        <source>The report keeps the earlier answer: {value}</source>
        <translation>يحتفظ التقرير بالإجابة السابقة: {value}</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation>سؤال متابعة</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation>حذف هذه الإجابة</translation>
    </message>
    <message>
        <source>Clear the answer to question {number}</source>
        <translation>مسح الإجابة عن السؤال {number}</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>Who changed this answer, when, and from what</source>
        <translation>من غير هذه الإجابة، ومتى، وما كانت قبل ذلك</translation>
    </message>
    <message>
        <source>History of the answer to question {number}</source>
        <translation>سجل الإجابة عن السؤال {number}</translation>
    </message>
    <message>
        <source>Carried over from the previous report. Check it, then confirm it.</source>
        <translation>منقولة من التقرير السابق. راجعها ثم أكدها.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Confirm the carried-over answer to question {number}</source>
        <translation>تأكيد الإجابة المنقولة عن السؤال {number}</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (إلزامي)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تمت الإجابة</translation>
    </message>
    <message>
        <source>Answered: not applicable</source>
        <translation>تمت الإجابة: لا ينطبق</translation>
    </message>
    <message>
        <source>Answered: information not available</source>
        <translation>تمت الإجابة: المعلومات غير متاحة</translation>
    </message>
    <message>
        <source>The answer is not valid</source>
        <translation>الإجابة غير صالحة</translation>
    </message>
    <message>
        <source>Carried over: review and confirm</source>
        <translation>منقولة: للمراجعة والتأكيد</translation>
    </message>
    <message>
        <source>Not asked, given the other answers</source>
        <translation>غير مطروح، بناء على الإجابات الأخرى</translation>
    </message>
    <message>
        <source>Required answer missing</source>
        <translation>إجابة إلزامية ناقصة</translation>
    </message>
    <message>
        <source>Optional, not answered</source>
        <translation>اختياري، دون إجابة</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>لم يحفظ: {message}</translation>
    </message>
    <message>
        <source>This answer is not valid: {detail}</source>
        <translation>هذه الإجابة غير صالحة: {detail}</translation>
    </message>
    <message>
        <source>row {row}: “{column}” is missing</source>
        <translation>الصف {row}: «{column}» ناقص</translation>
    </message>
    <message>
        <source>row {row}: “{column}”: {message}</source>
        <translation>الصف {row}: «{column}»: {message}</translation>
    </message>
    <message>
        <source>not allowed here</source>
        <translation>غير مسموح به هنا</translation>
    </message>
    <message>
        <source>Row {row} is being filled in; it is checked when you leave it.</source>
        <translation>الصف {row} قيد التعبئة؛ سيُتحقق منه عند مغادرته.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Not available: the report is validated and locked. To change it, choose File &gt; Reopen for Editing…</source>
        <translation>غير متاح: التقرير معتمد ومقفل. لتغييره، اختر ملف &gt; إعادة الفتح للتحرير…</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because it is being edited elsewhere.</source>
        <translation>غير متاح: التقرير مفتوح للقراءة فقط لأنه يُحرَّر في مكان آخر.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because its disk or folder cannot be written.</source>
        <translation>غير متاح: التقرير مفتوح للقراءة فقط لأنه لا يمكن الكتابة على القرص أو في المجلد الذي يحتويه.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because the file also exists under another name.</source>
        <translation>غير متاح: التقرير مفتوح للقراءة فقط لأن الملف موجود أيضًا باسم آخر.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only.</source>
        <translation>غير متاح: التقرير مفتوح للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Open {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <source>{problem}

No backup copy of this report was found on this computer. The file was left exactly as it is.</source>
        <translation>{problem}

لم يعثر على أي نسخة احتياطية من هذا التقرير على هذا الحاسوب. ترك الملف كما هو تماما.</translation>
    </message>
    <message>
        <source>{when}, {percent:.0f}% complete</source>
        <translation>{when}، مكتمل بنسبة {percent:.0f}%</translation>
    </message>
    <message>
        <source>{problem}

The latest good backup of this report is from {about}. It can be copied beside the damaged file as a new report, which is then opened. The damaged file is left exactly as it is.</source>
        <translation>{problem}

آخر نسخة احتياطية سليمة من هذا التقرير مؤرخة {about}. ويمكن نسخها بجانب الملف التالف بوصفها تقريرا جديدا، يفتح بعد ذلك. ويترك الملف التالف كما هو تماما.</translation>
    </message>
    <message>
        <source>Open the Latest Good Backup</source>
        <translation>فتح آخر نسخة احتياطية سليمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Open the latest good backup</source>
        <translation>فتح آخر نسخة احتياطية سليمة</translation>
    </message>
    <message>
        <source>Opened a copy of the backup of {when} as {name}; the damaged file was not changed.</source>
        <translation>فتحت نسخة من النسخة الاحتياطية المؤرخة {when} باسم {name}؛ ولم يغير الملف التالف.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>وقت الإنشاء</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>تتعذر قراءته</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Copies of “{name}” are made when it is opened, every 10 minutes while it changes, and before an import or a restore. They are kept in {folder}.</source>
        <translation>تنشأ نسخ من «{name}» عند فتحه، وكل 10 دقائق ما دام يتغير، وقبل الاستيراد أو الاستعادة. وتحفظ في {folder}.</translation>
    </message>
    <message>
        <source>There is no backup of this report yet.</source>
        <translation>لا توجد بعد أي نسخة احتياطية من هذا التقرير.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>جار قراءة النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>{when}, {percent:.0f}% complete</source>
        <translation>{when}، مكتمل بنسبة {percent:.0f}%</translation>
    </message>
    <message>
        <source>Replace the current answers with those of the backup of {about}?

The current answers are first saved as a backup (“Before a restore”, listed here), and Edit &gt; Undo takes the restore back. The history of every answer is kept.</source>
        <translation>هل تريد استبدال الإجابات الحالية بإجابات النسخة الاحتياطية المؤرخة {about}؟

تحفظ الإجابات الحالية أولا في نسخة احتياطية («قبل الاستعادة»، في هذه القائمة)، ويلغي الأمر تحرير &gt; تراجع الاستعادة. ويحتفظ بسجل كل إجابة.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Expected outcomes and indicators</source>
        <translation>النتائج المتوقعة والمؤشرات</translation>
    </message>
    <message>
        <source>Show or hide the expected outcomes and indicators</source>
        <translation>إظهار النتائج المتوقعة والمؤشرات أو إخفاؤها</translation>
    </message>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation>الأسئلة الموسومة بعلامة * تتطلب إجابة.</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>القسم السابق</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>القسم التالي</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} questions matching “{query}”.</source>
        <translation>تعرض {shown} من أصل {total} من الأسئلة المطابقة لعبارة «{query}».</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>النتائج المتوقعة</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Measured elsewhere: {reason}</source>
        <translation>يُقاس في موضع آخر: {reason}</translation>
    </message>
    <message>
        <source>Next objective</source>
        <translation>الهدف التالي</translation>
    </message>
    <message>
        <source>Previous objective</source>
        <translation>الهدف السابق</translation>
    </message>
    <message>
        <source>No question of this report informs this objective. Its indicators:</source>
        <translation>لا يتناول أي سؤال في هذا التقرير هذا الهدف. مؤشراته:</translation>
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
        <translation>أعد التقرير الوطني لبلدك عن بروتوكول قرطاجنة للسلامة الأحيائية دون اتصال بالشبكة. تحفظ كل إجابة بمجرد تقديمها.</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>تقرير &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>&amp;فتح تقرير…</translation>
    </message>
    <message>
        <source>Try the &amp;demo report</source>
        <translation>تجربة التقرير ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Recent reports</source>
        <translation>التقارير ال&amp;حديثة</translation>
    </message>
    <message>
        <source>Recent reports</source>
        <translation>التقارير الحديثة</translation>
    </message>
    <message>
        <source>Reports you open will be listed here.</source>
        <translation>ستسرد هنا التقارير التي تفتحها.</translation>
    </message>
    <message>
        <source>{path} (no longer there)</source>
        <translation>{path} (لم يعد موجودا)</translation>
    </message>
</context>
<context>
    <name>TableChanges</name>
    <message>
        <source>Added</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>{what}: row {number}</source>
        <translation>{what}: الصف {number}</translation>
    </message>
    <message>
        <source>{what}: was row {number}</source>
        <translation>{what}: كان الصف {number}</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} ← {new}</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>Rows added: {added} · removed: {removed} · changed: {changed} · as they were: {same}</source>
        <translation>الصفوف المضافة: {added} · المحذوفة: {removed} · المعدَّلة: {changed} · دون تغيير: {same}</translation>
    </message>
    <message>
        <source>Choose a table question above to see its rows added, removed and changed.</source>
        <translation>اختر أعلاه سؤالاً على شكل جدول لرؤية صفوفه المضافة والمحذوفة والمعدَّلة.</translation>
    </message>
    <message>
        <source>Question {number}: {summary}</source>
        <translation>السؤال {number}: {summary}</translation>
    </message>
    <message>
        <source>Rows changed in question {number}</source>
        <translation>الصفوف المعدَّلة في السؤال {number}</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>&amp;Add row</source>
        <translation>إ&amp;ضافة صف</translation>
    </message>
    <message>
        <source>Add a row to table {number}</source>
        <translation>إضافة صف إلى الجدول {number}</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>إ&amp;زالة الصف</translation>
    </message>
    <message>
        <source>Remove the selected row from table {number}</source>
        <translation>إزالة الصف المحدد من الجدول {number}</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>حذف صفوف</translation>
    </message>
    <message>
        <source>Remove every selected row from table {number}?
Rows selected: {count} of {total}.</source>
        <translation>هل تريد حذف كل الصفوف المحددة من الجدول {number}؟
الصفوف المحددة: {count} من {total}.</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>حذف الصفوف المحددة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>Required in every row</source>
        <translation>إلزامي في كل صف</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Merge {name}</source>
        <translation>دمج {name}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>Confirm answer {number}</source>
        <translation>تأكيد الإجابة {number}</translation>
    </message>
    <message>
        <source>Answer {number}</source>
        <translation>الإجابة {number}</translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <source>By Strategic Plan</source>
        <translation>حسب الخطة الاستراتيجية</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>حسب القسم</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>عرض التقرير</translation>
    </message>
    <message>
        <source>Show the report by focal area and operational objective of the Strategic Plan</source>
        <translation>عرض التقرير حسب مجالات التركيز والأهداف التشغيلية للخطة الاستراتيجية</translation>
    </message>
    <message>
        <source>Show the report by the sections of its form</source>
        <translation>عرض التقرير حسب أقسام نموذجه</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>{party} national report</source>
        <translation>{party} - التقرير الوطني</translation>
    </message>
    <message>
        <source>national report</source>
        <translation>التقرير الوطني</translation>
    </message>
    <message>
        <source>This answer is not allowed here.</source>
        <translation>هذه الإجابة غير مسموح بها هنا.</translation>
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
        <translation>اللغة والملف</translation>
    </message>
    <message>
        <source>The language of the report, and where to keep the report file.</source>
        <translation>لغة التقرير، ومكان حفظ ملف التقرير.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;لغة التقرير:</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>ملف التقرير</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Report &amp;file:</source>
        <translation>&amp;ملف التقرير:</translation>
    </message>
    <message>
        <source>Reports (*.bsr)</source>
        <translation>التقارير (*.bsr)</translation>
    </message>
    <message>
        <source>Choose where to keep the report file.</source>
        <translation>اختر مكان حفظ ملف التقرير.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose another name (an existing report is never overwritten).</source>
        <translation>«{path}» موجود بالفعل؛ اختر اسما آخر (لا يكتب فوق أي تقرير موجود أبدا).</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>المجلد «{folder}» غير موجود.</translation>
    </message>
</context>
<context>
    <name>_FocalPointPage</name>
    <message>
        <source>National focal point</source>
        <translation>جهة الاتصال الوطنية</translation>
    </message>
    <message>
        <source>Who prepares the report. Leave blank what you will fill in later.</source>
        <translation>من يعد التقرير. اترك فارغا ما ستملؤه لاحقا.</translation>
    </message>
</context>
<context>
    <name>_PartyPage</name>
    <message>
        <source>Party and questionnaire</source>
        <translation>الطرف والاستبيان</translation>
    </message>
    <message>
        <source>Who reports, and on which questionnaire.</source>
        <translation>من يقدم التقرير، وعن أي استبيان.</translation>
    </message>
    <message>
        <source>Reporting Party</source>
        <translation>الطرف المقدم للتقرير</translation>
    </message>
    <message>
        <source>Reporting &amp;Party:</source>
        <translation>ال&amp;طرف المقدم للتقرير:</translation>
    </message>
    <message>
        <source>Questionnaire and reporting cycle</source>
        <translation>الاستبيان ودورة الإبلاغ</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>الا&amp;ستبيان:</translation>
    </message>
</context>
<context>
    <name>_PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>فترة الإبلاغ</translation>
    </message>
    <message>
        <source>The period this report covers. You can change it later.</source>
        <translation>الفترة التي يشملها هذا التقرير. يمكنك تغييرها لاحقا.</translation>
    </message>
</context>
<context>
    <name>PartyChooser</name>
    <message>
        <source>Choose from the list, or type a name</source>
        <translation>اختر من القائمة أو اكتب اسماً</translation>
    </message>
    <message>
        <source>Type part of a Party&apos;s name to find it. A name that is not in the list is kept as typed.</source>
        <translation>اكتب جزءاً من اسم الطرف للعثور عليه. ويُحفظ الاسم غير الوارد في القائمة كما كُتب.</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of Parties to the Protocol. It is kept as typed: a State that is not a Party may also fill in the report.</source>
        <translation>«{name}» ليس في قائمة الأطراف في البروتوكول. ويُحفظ الاسم كما كُتب: يجوز أيضاً لدولة ليست طرفاً أن تملأ التقرير.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>question {number}</source>
        <comment>where_question</comment>
        <translation>السؤال {number}</translation>
    </message>
    <message>
        <source>question {number}, row {row}</source>
        <comment>where_row</comment>
        <translation>السؤال {number}، الصف {row}</translation>
    </message>
    <message>
        <source>question {number}, row {row}, column &apos;{column}&apos;</source>
        <comment>where_cell</comment>
        <translation>السؤال {number}، الصف {row}، العمود «{column}»</translation>
    </message>
    <message>
        <source>{where}: true/false is not a valid answer; give a value of type {kind}.</source>
        <comment>bool_answer</comment>
        <translation>{where}: «صح/خطأ» ليست إجابة صالحة؛ أدخل قيمة من نوع {kind}.</translation>
    </message>
    <message>
        <source>{where}: expects text.</source>
        <comment>expects_text</comment>
        <translation>{where}: يُتوقع نص.</translation>
    </message>
    <message>
        <source>{where}: {codes} is not a language this answer can be given in; give the text in the UN languages by their codes ({languages}).</source>
        <comment>not_un_language</comment>
        <translation>{where}: {codes} ليست لغة يمكن تقديم هذه الإجابة بها؛ أدخل النص بلغات الأمم المتحدة مع رموزها ({languages}).</translation>
    </message>
    <message>
        <source>{where}: the text has {length} characters; at most {limit} fit (the limit of a spreadsheet cell). Shorten it or attach a document.</source>
        <comment>text_too_long</comment>
        <translation>{where}: يتضمن النص {length} حرفًا؛ والحد الأقصى {limit} (حد خلية جدول البيانات). اختصره أو أرفق وثيقة.</translation>
    </message>
    <message>
        <source>{where}: the text contains invisible control characters (for example from a copy-paste); remove them and try again.</source>
        <comment>control_chars</comment>
        <translation>{where}: يحتوي النص على أحرف تحكم غير مرئية (من النسخ واللصق مثلًا)؛ احذفها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a whole number.</source>
        <comment>not_whole</comment>
        <translation>{where}: «{value}» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number.</source>
        <comment>not_number</comment>
        <translation>{where}: «{value}» ليس رقمًا.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; could be read as {plain} or as {point}: write {plain} or {point}, as you mean it.</source>
        <comment>ambiguous_number</comment>
        <translation>{where}: يمكن قراءة «{value}» على أنه {plain} أو على أنه {point}: اكتب {plain} أو {point} بحسب ما تقصده.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number: digit groups have three digits (e.g. 1 500 000 or 1,500,000.5).</source>
        <comment>number_groups</comment>
        <translation>{where}: «{value}» ليس رقمًا: تتألف مجموعات الأرقام من ثلاثة أرقام (مثل 1 500 000 أو 1,500,000.5).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; uses exponent notation; write the number in full (e.g. 100000 for 1e5).</source>
        <comment>number_exponent</comment>
        <translation>{where}: «{value}» مكتوب بالصيغة الأسية؛ اكتب الرقم كاملًا (مثل 100000 بدلًا من 1e5).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; has more than 15 significant digits, more than can be stored exactly; round it.</source>
        <comment>too_many_digits</comment>
        <translation>{where}: يتضمن «{value}» أكثر من 15 رقمًا معنويًا، وهو أكثر مما يمكن حفظه بدقة؛ قرّبه.</translation>
    </message>
    <message>
        <source>{where}: expects a finite number.</source>
        <comment>not_finite</comment>
        <translation>{where}: يُتوقع رقم محدود.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2019-12-31.</source>
        <comment>not_date</comment>
        <translation>{where}: «{value}» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2019-12-31.</translation>
    </message>
    <message>
        <source>{where}: {value} is outside the years 1900 to 2100.</source>
        <comment>date_range</comment>
        <translation>{where}: {value} خارج نطاق السنوات من 1900 إلى 2100.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a web address; it must start with http:// or https://.</source>
        <comment>not_url</comment>
        <translation>{where}: «{value}» ليس عنوانًا على الويب؛ يجب أن يبدأ بـ http:// أو https://.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an e-mail address (like name@example.org).</source>
        <comment>not_email</comment>
        <translation>{where}: «{value}» ليس عنوان بريد إلكتروني (مثل name@example.org).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not one of the options ({options}).</source>
        <comment>not_option</comment>
        <translation>{where}: «{value}» ليس من الخيارات ({options}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not one of the options; the closest are &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <comment>option_unknown</comment>
        <translation>{where}: «{value}» ليس من الخيارات؛ أقربها «{first}» و«{second}».</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos;, in the answer &apos;{whole}&apos;, is not one of the options; the closest are &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <comment>option_part_unknown</comment>
        <translation>{where}: «{value}» في الإجابة «{whole}» ليس من الخيارات؛ أقربها «{first}» و«{second}».</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; could be &apos;{first}&apos; or &apos;{second}&apos;; write the option as the form words it.</source>
        <comment>option_ambiguous</comment>
        <translation>{where}: «{value}» قد تعني «{first}» أو «{second}»؛ اكتب الخيار كما ورد في الاستمارة.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos;, in the answer &apos;{whole}&apos;, could be &apos;{first}&apos; or &apos;{second}&apos;; write the option as the form words it.</source>
        <comment>option_part_ambiguous</comment>
        <translation>{where}: «{value}» في الإجابة «{whole}» قد تعني «{first}» أو «{second}»؛ اكتب الخيار كما ورد في الاستمارة.</translation>
    </message>
    <message>
        <source>{where}: {value} is in none of the ranges offered ({options}).</source>
        <comment>option_no_range</comment>
        <translation>{where}: {value} لا يقع في أي من النطاقات المعروضة ({options}).</translation>
    </message>
    <message>
        <source>{where}: {value} is none of the years offered ({options}).</source>
        <comment>option_no_year</comment>
        <translation>{where}: {value} ليس من بين السنوات المعروضة ({options}).</translation>
    </message>
    <message>
        <source>{where}: {readings} (a suggestion: taken only if you confirm it)</source>
        <comment>answer_suggested</comment>
        <translation>{where}: {readings} (اقتراح: لا يُؤخذ إلا إذا أكدته)</translation>
    </message>
    <message>
        <source>read &apos;{read}&apos; as &apos;{option}&apos;</source>
        <comment>reading_loose</comment>
        <translation>قُرئت «{read}» على أنها «{option}»</translation>
    </message>
    <message>
        <source>read {read} as &apos;{option}&apos;, the range that holds it</source>
        <comment>reading_range</comment>
        <translation>قُرئ {read} على أنه «{option}»، وهو النطاق الذي يشمله</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an allowed answer here.</source>
        <comment>special_not_allowed</comment>
        <translation>{where}: «{value}» ليست إجابة مسموحًا بها هنا.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a JSON list of options.</source>
        <comment>not_json_list</comment>
        <translation>{where}: «{value}» ليس قائمة خيارات بصيغة JSON.</translation>
    </message>
    <message>
        <source>{where}: expects a list of options.</source>
        <comment>expects_list</comment>
        <translation>{where}: يُتوقع قائمة خيارات.</translation>
    </message>
    <message>
        <source>{where}: {values} not among the options ({options}).</source>
        <comment>not_options</comment>
        <translation>{where}: {values} ليست من بين الخيارات ({options}).</translation>
    </message>
    <message>
        <source>{where}: a table is given as a JSON list of rows, e.g. [{{&quot;title&quot;: &quot;...&quot;}}].</source>
        <comment>table_json</comment>
        <translation>{where}: يُعطى الجدول في صورة قائمة صفوف بصيغة JSON، مثل [{{&quot;title&quot;: &quot;...&quot;}}].</translation>
    </message>
    <message>
        <source>{where}: a table is a list of rows, each mapping column names to values.</source>
        <comment>table_rows</comment>
        <translation>{where}: الجدول قائمة صفوف، يربط كل منها أسماء الأعمدة بقيمها.</translation>
    </message>
    <message>
        <source>{where}: at most {limit} rows fit in a table.</source>
        <comment>table_too_many</comment>
        <translation>{where}: يتسع الجدول لـ {limit} صف كحد أقصى.</translation>
    </message>
    <message>
        <source>{where}: no column {names}; the columns are {columns}.</source>
        <comment>table_no_column</comment>
        <translation>{where}: لا يوجد عمود {names}؛ الأعمدة هي {columns}.</translation>
    </message>
    <message>
        <source>{where}: this kind of answer ({kind}) cannot be set here.</source>
        <comment>cannot_set</comment>
        <translation>{where}: لا يمكن إدخال هذا النوع من الإجابات ({kind}) هنا.</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <comment>cell_rule</comment>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{where} is empty; every row needs it.</source>
        <comment>cell_missing</comment>
        <translation>{where} فارغ؛ يجب ملؤه في كل صف.</translation>
    </message>
    <message>
        <source>{where} breaks the column&apos;s rule.</source>
        <comment>cell_not_allowed</comment>
        <translation>{where} يخالف قاعدة العمود.</translation>
    </message>
    <message>
        <source>{where}: the value is nested too deeply to be an answer (lists within lists); give a plain list.</source>
        <comment>too_deep</comment>
        <translation>{where}: القيمة متداخلة بعمق مفرط (قوائم داخل قوائم) فلا تصلح إجابةً؛ أدخل قائمة بسيطة.</translation>
    </message>
    <message>
        <source>{where}: the answer contains characters that cannot be stored (broken text, for example from a damaged file or a wrongly encoded copy-paste); retype them.</source>
        <comment>unstorable_chars</comment>
        <translation>{where}: تحتوي الإجابة على أحرف لا يمكن حفظها (نص تالف، من ملف تالف مثلًا أو من نسخ ولصق بترميز خاطئ)؛ أعد كتابتها.</translation>
    </message>
    <message>
        <source>{where}: the number has more than 18 digits.</source>
        <comment>number_too_large</comment>
        <translation>{where}: يتجاوز الرقم 18 خانة.</translation>
    </message>
    <message>
        <source>{where}: the answer stored in the file cannot be read as an answer to this question; it is kept as it is until you give a new answer.</source>
        <comment>stored_unreadable</comment>
        <translation>{where}: تعذرت قراءة الإجابة المحفوظة في الملف كإجابة عن هذا السؤال؛ وستبقى كما هي إلى أن تقدم إجابة جديدة.</translation>
    </message>
    <message>
        <source>The stored answer is not valid: {reason}</source>
        <comment>stored_invalid</comment>
        <translation>الإجابة المحفوظة غير صالحة: {reason}</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos; for editing: its folder is not writable ({reason}). Copy the report to a folder of yours, or open it read-only.</source>
        <comment>lock_folder_not_writable</comment>
        <translation>يتعذر فتح «{name}» للتحرير: لا يمكن الكتابة في المجلد الذي يحتويه ({reason}). انسخ التقرير إلى مجلد خاص بك، أو افتحه للقراءة فقط.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already open for editing by {holder}. Close it there first, or open it read-only.</source>
        <comment>lock_held</comment>
        <translation>«{name}» مفتوح بالفعل للتحرير من قِبل {holder}. أغلقه هناك أولًا، أو افتحه للقراءة فقط.</translation>
    </message>
    <message>
        <source>{user} on computer {host} (since {since})</source>
        <comment>lock_holder</comment>
        <translation>{user} على الحاسوب {host} (منذ {since})</translation>
    </message>
    <message>
        <source>another bsreporter window</source>
        <comment>lock_holder_unknown</comment>
        <translation>نافذة أخرى من bsreporter</translation>
    </message>
    <message>
        <source>{user} (since {since}; the computer was not recorded)</source>
        <comment>lock_holder_partial</comment>
        <translation>{user} (منذ {since}؛ لم يُسجَّل اسم الحاسوب)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on a read-only disk or in a folder that cannot be written, so it can only be opened read-only. To edit it, copy it to a folder of yours.</source>
        <comment>read_only_medium</comment>
        <translation>«{name}» موجود على قرص للقراءة فقط أو في مجلد لا تمكن الكتابة فيه، لذا لا يمكن فتحه إلا للقراءة فقط. لتحريره، انسخه إلى مجلد خاص بك.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on a read-only disk or in a folder that cannot be written; it was opened read-only. The file is sound. To edit it, copy it to a folder of yours.</source>
        <comment>read_only_medium_opened</comment>
        <translation>«{name}» موجود على قرص للقراءة فقط أو في مجلد لا تمكن الكتابة فيه؛ وقد فُتح للقراءة فقط. الملف سليم. لتحريره، انسخه إلى مجلد خاص بك.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; also exists under another name (a hard link), so it can only be opened read-only: a file with two names cannot be edited safely. To edit it, make a copy of it and edit the copy.</source>
        <comment>hard_linked</comment>
        <translation>«{name}» موجود أيضًا باسم آخر (رابط ثابت)، لذا لا يمكن فتحه إلا للقراءة فقط: لا يمكن تحرير ملف له اسمان بأمان. لتحريره، أنشئ نسخة منه وحرّر النسخة.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; also exists under another name (a hard link); it was opened read-only. The file is sound. To edit it, make a copy of it and edit the copy.</source>
        <comment>hard_linked_opened</comment>
        <translation>«{name}» موجود أيضًا باسم آخر (رابط ثابت)؛ وقد فُتح للقراءة فقط. الملف سليم. لتحريره، أنشئ نسخة منه وحرّر النسخة.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: beside it, &apos;{odd}&apos; is {kind}, not an ordinary file. bsreporter keeps its own working files under that name. Remove or rename &apos;{odd}&apos; and try again.</source>
        <comment>odd_companion</comment>
        <translation>يتعذر فتح «{name}»: بجواره، «{odd}» هو {kind} وليس ملفًا عاديًا. يحفظ bsreporter ملفات العمل الخاصة به بهذا الاسم. احذف «{odd}» أو غيّر اسمه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>a folder</source>
        <comment>file_kind_folder</comment>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>a link</source>
        <comment>file_kind_link</comment>
        <translation>رابط</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <comment>file_kind_pipe</comment>
        <translation>أنبوب مسمّى</translation>
    </message>
    <message>
        <source>a socket</source>
        <comment>file_kind_socket</comment>
        <translation>مقبس</translation>
    </message>
    <message>
        <source>a device</source>
        <comment>file_kind_device</comment>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>The name of &apos;{name}&apos; is too long for this disk (bsreporter keeps its working files beside a report under slightly longer names). Choose a shorter name, or rename the file.</source>
        <comment>report_name_too_long</comment>
        <translation>اسم «{name}» طويل جدًا بالنسبة إلى هذا القرص (يحفظ bsreporter ملفات العمل بجوار التقرير بأسماء أطول قليلًا). اختر اسمًا أقصر، أو غيّر اسم الملف.</translation>
    </message>
    <message>
        <source>The name &apos;{name}&apos; is too long for this disk. Choose a shorter name.</source>
        <comment>file_name_too_long</comment>
        <translation>الاسم «{name}» طويل جدًا بالنسبة إلى هذا القرص. اختر اسمًا أقصر.</translation>
    </message>
    <message>
        <source>There is no file &apos;{path}&apos;.</source>
        <comment>no_file</comment>
        <translation>لا يوجد ملف باسم «{path}».</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a report file.</source>
        <comment>is_folder_not_report</comment>
        <translation>«{path}» مجلد، وليس ملف تقرير.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {kind}, not a file; it is not a report file.</source>
        <comment>not_a_regular_file</comment>
        <translation>«{path}» هو {kind} وليس ملفًا؛ فهو ليس ملف تقرير.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read ({reason}).</source>
        <comment>cannot_read</comment>
        <translation>تتعذر قراءة «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; it is not a bsreporter report.</source>
        <comment>report_empty</comment>
        <translation>«{name}» فارغ؛ وهو ليس تقريرًا من تقارير bsreporter.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a bsreporter report (it is some other kind of file).</source>
        <comment>not_a_report</comment>
        <translation>«{name}» ليس تقريرًا من تقارير bsreporter (إنه ملف من نوع آخر).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (cut short); open a backup copy instead.</source>
        <comment>damaged_cut_short</comment>
        <translation>«{name}» تالف (مبتور)؛ افتح نسخة احتياطية بدلًا منه.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (its header is unreadable); open a backup copy instead.</source>
        <comment>damaged_header</comment>
        <translation>«{name}» تالف (تتعذر قراءة ترويسته)؛ افتح نسخة احتياطية بدلًا منه.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (cut short: {size} of {expected} bytes); open a backup copy instead.</source>
        <comment>damaged_size</comment>
        <translation>«{name}» تالف (مبتور: {size} من أصل {expected} بايت)؛ افتح نسخة احتياطية بدلًا منه.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a database but not a bsreporter report.</source>
        <comment>database_not_report</comment>
        <translation>«{name}» قاعدة بيانات، لكنه ليس تقريرًا من تقارير bsreporter.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened ({reason}).</source>
        <comment>cannot_open_reason</comment>
        <translation>يتعذر فتح «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was saved by a newer version of bsreporter (file format {version}, this program reads up to {supported}). Install the latest bsreporter to open it.</source>
        <comment>newer_version</comment>
        <translation>حُفظ «{name}» بإصدار أحدث من bsreporter (تنسيق الملف {version}، وهذا البرنامج يقرأ حتى التنسيق {supported}). ثبّت أحدث إصدار من bsreporter لفتحه.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a complete bsreporter report (no file format version).</source>
        <comment>not_complete_report</comment>
        <translation>«{name}» ليس تقريرًا كاملًا من تقارير bsreporter (لا يتضمن إصدار تنسيق الملف).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged ({problem}); open a backup copy instead. The file was not changed.</source>
        <comment>damaged_problem</comment>
        <translation>«{name}» تالف ({problem})؛ افتح نسخة احتياطية بدلًا منه. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (tables are missing); open a backup copy instead.</source>
        <comment>damaged_tables</comment>
        <translation>«{name}» تالف (بعض الجداول مفقودة)؛ افتح نسخة احتياطية بدلًا منه.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was refused: it holds database content that bsreporter never makes ({what}), which could change answers without anyone knowing. The file was not changed. Ask the sender for the report again, or open one of its backup copies.</source>
        <comment>report_foreign_content</comment>
        <translation>رُفض «{name}»: فهو يحتوي على عناصر قاعدة بيانات لا ينشئها bsreporter أبدًا ({what})، وقد تغيّر الإجابات دون علم أحد. لم يُغيَّر الملف. اطلب التقرير من مُرسله مرة أخرى، أو افتح إحدى نسخه الاحتياطية.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened because its disk is full. The file is sound; free some space and open it again.</source>
        <comment>disk_full_open</comment>
        <translation>يتعذر فتح «{name}» لأن القرص الذي يحتويه ممتلئ. الملف سليم؛ أفرغ بعض المساحة وافتحه مرة أخرى.</translation>
    </message>
    <message>
        <source>Beside &apos;{name}&apos; lay unsaved changes from a session that ended abruptly, but they were made to another file than the one there now (it was replaced). They were not applied; they were kept aside as &apos;{log}&apos;. The answers shown are those of the file itself.</source>
        <comment>foreign_log_set_aside</comment>
        <translation>كانت بجوار «{name}» تغييرات غير محفوظة من جلسة انتهت فجأة، لكنها أُجريت على ملف غير الموجود الآن (فقد استُبدل). لم تُطبَّق هذه التغييرات؛ بل حُفظت جانبًا باسم «{log}». الإجابات المعروضة هي إجابات الملف نفسه.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not opened: beside it lie unsaved changes made to another file, and they could not be moved aside ({reason}). Nothing was changed.</source>
        <comment>foreign_log_cannot_move</comment>
        <translation>لم يُفتح «{name}»: توجد بجواره تغييرات غير محفوظة أُجريت على ملف آخر، وتعذر نقلها جانبًا ({reason}). لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>Give the name of the reporting Party.</source>
        <comment>party_missing</comment>
        <translation>أدخل اسم الطرف المقدِّم للتقرير.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of this questionnaire; use one of {languages}.</source>
        <comment>language_not_in_form</comment>
        <translation>«{language}» ليست من لغات هذا الاستبيان؛ استخدم إحدى اللغات التالية: {languages}.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose another file name (an existing report is never overwritten).</source>
        <comment>report_exists</comment>
        <translation>«{path}» موجود بالفعل؛ اختر اسم ملف آخر (لا يُكتب أبدًا فوق تقرير موجود).</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <comment>folder_does_not_exist</comment>
        <translation>المجلد «{folder}» غير موجود.</translation>
    </message>
    <message>
        <source>Cannot create &apos;{name}&apos;: {reason}. Check the disk has space and the folder is writable.</source>
        <comment>cannot_create_report</comment>
        <translation>يتعذر إنشاء «{name}»: {reason}. تحقق من وجود مساحة كافية على القرص ومن إمكان الكتابة في المجلد.</translation>
    </message>
    <message>
        <source>its disk or folder cannot be written</source>
        <comment>reason_not_writable</comment>
        <translation>لا يمكن الكتابة على القرص أو في المجلد الذي يحتويه</translation>
    </message>
    <message>
        <source>another program is writing it; try again in a moment</source>
        <comment>reason_busy</comment>
        <translation>يكتب فيه برنامج آخر حاليًا؛ حاول مرة أخرى بعد قليل</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>reason_disk_full</comment>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>The disk is full: &apos;{name}&apos; could not be created, and nothing was left behind. Free some space and try again.</source>
        <comment>disk_full_create</comment>
        <translation>القرص ممتلئ: تعذر إنشاء «{name}»، ولم يُترك أي ملف. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers a questionnaire this program does not have: {reason}</source>
        <comment>questionnaire_missing</comment>
        <translation>«{name}» يجيب عن استبيان غير متوفر في هذا البرنامج: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, not &apos;{expected}&apos;.</source>
        <comment>other_questionnaire</comment>
        <translation>«{name}» يجيب عن الاستبيان «{found}»، لا عن «{expected}».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {reason}.</source>
        <comment>report_cannot_be_opened</comment>
        <translation>يتعذر فتح «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>Question {number} does not accept &apos;{special}&apos; (allowed: {allowed}).</source>
        <comment>special_not_accepted</comment>
        <translation>السؤال {number} لا يقبل «{special}» (المسموح به: {allowed}).</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>special_not_applicable</comment>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Information not available</source>
        <comment>special_not_available</comment>
        <translation>المعلومات غير متاحة</translation>
    </message>
    <message>
        <source>&apos;{special}&apos; is no longer allowed for this question</source>
        <comment>special_no_longer_allowed</comment>
        <translation>لم يعد «{special}» مسموحًا به لهذا السؤال</translation>
    </message>
    <message>
        <source>none</source>
        <comment>none_allowed</comment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The {what} contains characters that cannot be stored (broken text, for example from a wrongly encoded terminal or file); retype it. Nothing was changed.</source>
        <comment>unstorable_argument</comment>
        <translation>يحتوي الحقل «{what}» على أحرف لا يمكن حفظها (نص تالف، من محطة طرفية أو ملف بترميز خاطئ مثلًا)؛ أعد كتابته. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Question {number}: {message}</source>
        <comment>constraint_failed</comment>
        <translation>السؤال {number}: {message}</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <comment>answer_not_allowed</comment>
        <translation>هذه الإجابة غير مسموح بها هنا</translation>
    </message>
    <message>
        <source>Question {number} has no carried-over answer to confirm.</source>
        <comment>nothing_to_confirm</comment>
        <translation>لا توجد للسؤال {number} إجابة منقولة تحتاج إلى تأكيد.</translation>
    </message>
    <message>
        <source>This questionnaire has no question &apos;{question}&apos;.</source>
        <comment>no_such_question</comment>
        <translation>لا يتضمن هذا الاستبيان سؤالًا باسم «{question}».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers another questionnaire ({form}); nothing was restored.</source>
        <comment>restore_other_questionnaire</comment>
        <translation>«{name}» يجيب عن استبيان آخر ({form})؛ لم يُستعَد أي شيء.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open read-only; nothing was changed.</source>
        <comment>report_read_only</comment>
        <translation>«{name}» مفتوح للقراءة فقط؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is validated and locked; choose &quot;Reopen for editing&quot; to change it.</source>
        <comment>report_validated_locked</comment>
        <translation>«{name}» مُعتمَد ومُقفَل؛ اختر «إعادة الفتح للتحرير» لتغييره.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is validated and locked; to change it, reopen it in the desktop application (File &gt; Reopen for Editing…) and give the reason.</source>
        <comment>report_validated_locked_cli</comment>
        <translation>«{name}» مُعتمَد ومُقفَل؛ لتغييره، أعد فتحه في تطبيق سطح المكتب (ملف &gt; إعادة الفتح للتحرير…) واذكر السبب.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date of submission; write it as YYYY-MM-DD (for example 2026-03-31).</source>
        <comment>detail_date_invalid</comment>
        <translation>«{value}» ليس تاريخ تقديم صالحًا؛ اكتبه بالصيغة YYYY-MM-DD (مثلًا 2026-03-31).</translation>
    </message>
    <message>
        <source>The value given for &apos;{question}&apos; is empty (no text, or only empty rows), so the answer was kept; to remove the answer, use --clear.</source>
        <comment>set_empty_value</comment>
        <translation>القيمة المُعطاة لـ «{question}» فارغة (لا نص، أو صفوف فارغة فقط)، لذا أُبقي على الإجابة؛ لحذف الإجابة، استخدم ‎--clear.</translation>
    </message>
    <message>
        <source>The disk holding &apos;{name}&apos; is full; the last change was not stored. Free some space and try again.</source>
        <comment>disk_full_report</comment>
        <translation>القرص الذي يحتوي على «{name}» ممتلئ؛ لم يُحفظ التغيير الأخير. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written (read-only disk or file); the last change was not stored.</source>
        <comment>report_not_writable</comment>
        <translation>تتعذر الكتابة في «{name}» (القرص أو الملف للقراءة فقط)؛ لم يُحفظ التغيير الأخير.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is busy in another program; the last change was not stored. Try again.</source>
        <comment>report_busy</comment>
        <translation>«{name}» قيد الاستخدام في برنامج آخر؛ لم يُحفظ التغيير الأخير. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; turned out to be damaged while the last change was stored; that change was not stored. Close it and open one of its backup copies.</source>
        <comment>report_damaged_writing</comment>
        <translation>تبيّن أن «{name}» تالف أثناء حفظ التغيير الأخير؛ لم يُحفظ هذا التغيير. أغلقه وافتح إحدى نسخه الاحتياطية.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({reason}); the last change was not stored.</source>
        <comment>report_write_failed</comment>
        <translation>تعذرت الكتابة في «{name}» ({reason})؛ لم يُحفظ التغيير الأخير.</translation>
    </message>
    <message>
        <source>A backup copy of &apos;{name}&apos; could not be made ({reason}); your report itself is unchanged. Free some disk space.</source>
        <comment>backup_failed</comment>
        <translation>تعذر إنشاء نسخة احتياطية من «{name}» ({reason})؛ ولم يتغير تقريرك نفسه. أفرغ بعض المساحة على القرص.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to &apos;{name}&apos; ({reason}).</source>
        <comment>backup_copy_failed</comment>
        <translation>تعذر نسخ النسخة الاحتياطية بجوار «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>No backup copy of &apos;{name}&apos; was made: the backup folder {folder} cannot be written. Your report itself is unchanged and can be edited.</source>
        <comment>backup_folder_not_writable</comment>
        <translation>لم تُنشأ نسخة احتياطية من «{name}»: تتعذر الكتابة في مجلد النسخ الاحتياطية {folder}. لم يتغير تقريرك نفسه ويمكن تحريره.</translation>
    </message>
    <message>
        <source>A copy cannot replace the report it is copied from; choose another file name.</source>
        <comment>copy_over_itself</comment>
        <translation>لا يمكن أن تحل النسخة محل التقرير المنسوخ منه؛ اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>The copy &apos;{name}&apos; could not be written ({reason}). Check the disk has space and the folder is writable.</source>
        <comment>copy_write_failed</comment>
        <translation>تعذرت كتابة النسخة «{name}» ({reason}). تحقق من وجود مساحة كافية على القرص ومن إمكان الكتابة في المجلد.</translation>
    </message>
    <message>
        <source>The demo report is missing from this installation ({path}).</source>
        <comment>demo_missing</comment>
        <translation>التقرير التجريبي مفقود من هذا التثبيت ({path}).</translation>
    </message>
    <message>
        <source>No way to update a report from file format {version}; this is a bug, please report it.</source>
        <comment>no_migration</comment>
        <translation>لا توجد طريقة لتحديث تقرير من صيغة الملف {version}؛ هذا خطأ في البرنامج، يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>Cannot change {names} of a report.</source>
        <comment>meta_unknown</comment>
        <translation>لا يمكن تغيير {names} في التقرير.</translation>
    </message>
    <message>
        <source>Cannot keep {names} as a detail of a report.</source>
        <comment>details_unknown</comment>
        <translation>لا يمكن حفظ {names} كتفصيل من تفاصيل التقرير.</translation>
    </message>
    <message>
        <source>No questionnaire with id &apos;{form_id}&apos; is installed; installed: {installed}.</source>
        <comment>form_not_installed</comment>
        <translation>لا يوجد استبيان مثبَّت بالمعرِّف «{form_id}»؛ المثبَّت: {installed}.</translation>
    </message>
    <message>
        <source>No questionnaire with id &apos;{form_id}&apos; is installed; no questionnaire is installed at all. Reinstall the program.</source>
        <comment>form_none_installed</comment>
        <translation>لا يوجد استبيان مثبَّت بالمعرِّف «{form_id}»؛ لا يوجد أي استبيان مثبَّت. أعد تثبيت البرنامج.</translation>
    </message>
    <message>
        <source>The questionnaire &apos;{form_id}&apos; installed with this program has mistakes, so its reports cannot be opened; reinstall the program. For the questionnaire&apos;s authors: {details}</source>
        <comment>form_installed_broken</comment>
        <translation>الاستبيان «{form_id}» المثبَّت مع هذا البرنامج يحتوي على أخطاء، ولذا لا يمكن فتح تقاريره؛ أعد تثبيت البرنامج. لمؤلفي الاستبيان: {details}</translation>
    </message>
    <message>
        <source>A hand-made sheet needs both --question-column and --answer-column.</source>
        <comment>cli_sheet_columns_both</comment>
        <translation>تحتاج الورقة المُعدّة يدويًا إلى كلٍّ من --question-column و--answer-column.</translation>
    </message>
    <message>
        <source>No sheet of &apos;{name}&apos; names this questionnaire&apos;s question numbers in a column; point them out with --sheet, --question-column and --answer-column.</source>
        <comment>cli_sheet_not_found</comment>
        <translation>لا توجد في «{name}» ورقة تذكر أرقام أسئلة هذا الاستبيان في عمود؛ حدِّدها باستخدام --sheet و--question-column و--answer-column.</translation>
    </message>
    <message>
        <source>--theirs names questions that are not in conflict: {questions}.</source>
        <comment>cli_theirs_not_in_conflict</comment>
        <translation>يذكر --theirs أسئلة لا تعارض فيها: {questions}.</translation>
    </message>
    <message>
        <source>{reason} To take them anyway, give --other-party.</source>
        <comment>cli_other_party</comment>
        <translation>{reason} لأخذها على أي حال، حدِّد --other-party.</translation>
    </message>
    <message>
        <source>Give a value, --special or --clear.</source>
        <comment>cli_set_nothing</comment>
        <translation>حدِّد قيمةً أو --special أو --clear.</translation>
    </message>
    <message>
        <source>No form definitions (form.yaml) found in &apos;{folder}&apos;.</source>
        <comment>cli_no_forms_found</comment>
        <translation>لم يُعثر على تعريفات استبيان (form.yaml) في «{folder}».</translation>
    </message>
    <message>
        <source>{folder}: the converted form differs from the original; put back the files from git.</source>
        <comment>cli_convert_differs</comment>
        <translation>{folder}: الاستبيان المحوَّل يختلف عن الأصلي؛ أعد الملفات من git.</translation>
    </message>
    <message>
        <source>undo</source>
        <comment>history_undo</comment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>redo</source>
        <comment>history_redo</comment>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>undo: restore</source>
        <comment>history_undo_restore</comment>
        <translation>تراجع: استعادة</translation>
    </message>
    <message>
        <source>undo of {name}</source>
        <comment>history_undo_of</comment>
        <translation>تراجع عن {name}</translation>
    </message>
    <message>
        <source>backup of {when}</source>
        <comment>history_backup_of</comment>
        <translation>نسخة احتياطية من {when}</translation>
    </message>
    <message>
        <source>redo: backup of {when}</source>
        <comment>history_redo_backup_of</comment>
        <translation>إعادة: نسخة احتياطية من {when}</translation>
    </message>
    <message>
        <source>value of {when}</source>
        <comment>history_value_of</comment>
        <translation>القيمة في {when}</translation>
    </message>
    <message>
        <source>The report is already validated.</source>
        <comment>already_validated</comment>
        <translation>التقرير مُعتمَد بالفعل.</translation>
    </message>
    <message>
        <source>The report cannot be validated yet: {count} questions still need an answer or a correction (see the completeness check).</source>
        <comment>cannot_validate_yet</comment>
        <translation>لا يمكن اعتماد التقرير بعد: لا يزال {count} من الأسئلة بحاجة إلى إجابة أو تصحيح (انظر فحص الاكتمال).</translation>
    </message>
    <message>
        <source>The report is not validated; it is already open for editing.</source>
        <comment>not_validated</comment>
        <translation>التقرير غير مُعتمَد؛ وهو مفتوح للتحرير بالفعل.</translation>
    </message>
    <message>
        <source>Say why the report is reopened; the reason is kept with the report.</source>
        <comment>reopen_reason_missing</comment>
        <translation>اذكر سبب إعادة فتح التقرير؛ يُحفظ السبب مع التقرير.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist; choose an existing folder.</source>
        <comment>folder_missing_choose</comment>
        <translation>المجلد «{folder}» غير موجود؛ اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ordinary file (it is a named pipe, a device or a socket); give the name of a file.</source>
        <comment>destination_not_a_file</comment>
        <translation>«{name}» ليس ملفًا عاديًا (بل أنبوب مسمّى أو جهاز أو مقبس)؛ أدخل اسم ملف.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name.</source>
        <comment>destination_is_folder</comment>
        <translation>«{path}» مجلد؛ أدخل اسم ملف.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is read-only; choose another file name or make it writable.</source>
        <comment>destination_read_only</comment>
        <translation>«{name}» للقراءة فقط؛ اختر اسم ملف آخر أو اجعله قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>The disk is full while writing &apos;{name}&apos;; {kept}. Free some space or choose another disk.</source>
        <comment>disk_full_writing</comment>
        <translation>امتلأ القرص أثناء كتابة «{name}»؛ {kept}. أفرغ بعض المساحة أو اختر قرصًا آخر.</translation>
    </message>
    <message>
        <source>The disk holding &apos;{name}&apos; is read-only; {kept}. Choose another folder.</source>
        <comment>disk_read_only</comment>
        <translation>القرص الذي يحتوي على «{name}» للقراءة فقط؛ {kept}. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open in another program (for example a spreadsheet or PDF viewer) or locked; close it and try again, or choose another file name.</source>
        <comment>file_in_use</comment>
        <translation>«{name}» مفتوح في برنامج آخر (مثل برنامج جداول بيانات أو عارض PDF) أو مُقفَل؛ أغلقه وحاول مرة أخرى، أو اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; cannot be written (no permission); {kept}. Choose another folder.</source>
        <comment>folder_no_permission</comment>
        <translation>تتعذر الكتابة في المجلد «{folder}» (لا يوجد إذن)؛ {kept}. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({reason}); {kept}.</source>
        <comment>file_write_failed</comment>
        <translation>تعذرت كتابة «{name}» ({reason})؛ {kept}.</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <comment>kept_nothing_written</comment>
        <translation>لم يُكتب أي شيء</translation>
    </message>
    <message>
        <source>the existing &apos;{name}&apos; was left as it was</source>
        <comment>kept_existing</comment>
        <translation>تُرك الملف الموجود «{name}» على حاله</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a bsreporter report; an export never replaces a report, so it is kept as it is. Choose another file name.</source>
        <comment>export_over_report</comment>
        <translation>«{name}» تقرير من bsreporter؛ لا يحلّ التصدير محلّ تقرير أبدًا، لذا تُرك الملف على حاله. اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends in .bsr, the ending of reports; give the export a name ending in {suffix}.</source>
        <comment>export_named_as_report</comment>
        <translation>ينتهي «{name}» بـ ‎.bsr، وهو امتداد التقارير؛ أعطِ الملف المُصدَّر اسمًا ينتهي بـ {suffix}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is one of the files this command reads; it is kept as it is. Choose another file name for the result.</source>
        <comment>export_over_input</comment>
        <translation>«{name}» أحد الملفات التي يقرؤها هذا الأمر؛ تُرك على حاله. اختر اسم ملف آخر للنتيجة.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report file itself; choose another file name for the export.</source>
        <comment>export_is_report_file</comment>
        <translation>«{name}» هو ملف التقرير نفسه؛ اختر اسم ملف آخر للتصدير.</translation>
    </message>
    <message>
        <source>Unknown paper size &apos;{paper}&apos;; use a4 or letter.</source>
        <comment>export_paper_unknown</comment>
        <translation>مقاس ورق غير معروف «{paper}»؛ استخدم a4 أو letter.</translation>
    </message>
    <message>
        <source>Say what to write: --pdf FILE, --xlsx FILE or both.</source>
        <comment>export_nothing_asked</comment>
        <translation>حدِّد ما يجب كتابته: --pdf FILE أو --xlsx FILE أو كليهما.</translation>
    </message>
    <message>
        <source>The PDF and the XLSX need two different file names.</source>
        <comment>export_same_file_twice</comment>
        <translation>يحتاج ملف PDF وملف XLSX إلى اسمي ملفين مختلفين.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page numbers did not settle; export again, and report the problem if it persists.</source>
        <comment>pdf_pages_unsettled</comment>
        <translation>لم تستقر أرقام صفحات ملف PDF؛ أعد التصدير، وأبلغ عن المشكلة إن استمرت.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out ({reason}). A very long answer may not fit on a page; shorten it and export again.</source>
        <comment>pdf_layout_failed</comment>
        <translation>تعذّر تنسيق صفحات ملف PDF ({reason}). ربما لا تتسع صفحة واحدة لإجابة طويلة جدًا؛ اختصرها وأعد التصدير.</translation>
    </message>
    <message>
        <source>The right-to-left text support could not order a line; reinstall the program.</source>
        <comment>pdf_bidi_failed</comment>
        <translation>تعذّر على دعم الكتابة من اليمين إلى اليسار ترتيب سطر؛ أعد تثبيت البرنامج.</translation>
    </message>
    <message>
        <source>The font file &apos;{path}&apos; is missing or damaged; reinstall the program.</source>
        <comment>font_damaged</comment>
        <translation>ملف الخط «{path}» مفقود أو تالف؛ أعد تثبيت البرنامج.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not an analysis database written by bsreporter aggregate; it is kept as it is. Choose another file name, or move that file away first.</source>
        <comment>analysis_db_over_other_file</comment>
        <translation>«{name}» موجود بالفعل وليس قاعدة بيانات تحليل كتبها الأمر bsreporter aggregate؛ تُرك على حاله. اختر اسم ملف آخر، أو انقل ذلك الملف أولًا.</translation>
    </message>
    <message>
        <source>The analysis database &apos;{name}&apos; could not be made ({reason}); nothing was written.</source>
        <comment>analysis_db_write_failed</comment>
        <translation>تعذر إنشاء قاعدة بيانات التحليل «{name}» ({reason})؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Say where to write the analysis: -o SUMMARY.xlsx, --db ANALYSIS.db, or both.</source>
        <comment>aggregate_no_output</comment>
        <translation>حدّد مكان كتابة التحليل: ‎-o SUMMARY.xlsx أو ‎--db ANALYSIS.db أو كليهما.</translation>
    </message>
    <message>
        <source>-o and --db both name &apos;{name}&apos;; give the workbook and the database a name each.</source>
        <comment>aggregate_same_destination</comment>
        <translation>يشير ‎-o و‎--db كلاهما إلى «{name}»؛ أعطِ المصنّف وقاعدة البيانات اسمًا لكل منهما.</translation>
    </message>
    <message>
        <source>Give at least one report file to analyse.</source>
        <comment>aggregate_no_files</comment>
        <translation>أدخل ملف تقرير واحدًا على الأقل لتحليله.</translation>
    </message>
    <message>
        <source>None of the files could be read: {reasons}</source>
        <comment>aggregate_nothing_readable</comment>
        <translation>تعذرت قراءة أي من الملفات: {reasons}</translation>
    </message>
    <message>
        <source>{count} answers cannot be read, first: {first}</source>
        <comment>aggregate_workbook_problems</comment>
        <translation>تتعذر قراءة {count} من الإجابات، وأولها: {first}</translation>
    </message>
    <message>
        <source>{party} is given in more than one file holding the same answers (&apos;{kept}&apos;, {others}): counted once.</source>
        <comment>aggregate_same_party_copies</comment>
        <translation>ورد {party} في أكثر من ملف بالإجابات نفسها («{kept}»، {others}): حُسب مرة واحدة.</translation>
    </message>
    <message>
        <source>{party} is given in more than one file and their answers differ: counted once, from &apos;{kept}&apos;, whose answers were changed last ({when}); set aside: {others}.</source>
        <comment>aggregate_same_party_differs</comment>
        <translation>ورد {party} في أكثر من ملف وتختلف إجاباتها: حُسب مرة واحدة، من «{kept}» الذي عُدّلت إجاباته آخرًا ({when})؛ استُبعد: {others}.</translation>
    </message>
    <message>
        <source>Reports</source>
        <comment>aggregate_sheet_reports</comment>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>aggregate_col_text</comment>
        <translation>النص</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>aggregate_col_kind</comment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>aggregate_col_value</comment>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Parties counted</source>
        <comment>aggregate_col_counted</comment>
        <translation>الأطراف المحسوبة</translation>
    </message>
    <message>
        <source>Parties answered</source>
        <comment>aggregate_col_answered</comment>
        <translation>الأطراف التي أجابت</translation>
    </message>
    <message>
        <source>Did not answer</source>
        <comment>aggregate_col_not_answered</comment>
        <translation>لم تُجب</translation>
    </message>
    <message>
        <source>Parties behind the figure</source>
        <comment>aggregate_col_behind</comment>
        <translation>الأطراف التي يستند إليها الرقم</translation>
    </message>
    <message>
        <source>Party or file</source>
        <comment>aggregate_col_party_or_file</comment>
        <translation>الطرف أو الملف</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>aggregate_col_read</comment>
        <translation>مقروء</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>aggregate_row_read</comment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no: {reason}</source>
        <comment>aggregate_row_unreadable</comment>
        <translation>لا: {reason}</translation>
    </message>
    <message>
        <source>count</source>
        <comment>aggregate_kind_count</comment>
        <translation>عدد</translation>
    </message>
    <message>
        <source>percentage</source>
        <comment>aggregate_kind_percentage</comment>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>sum</source>
        <comment>aggregate_kind_sum</comment>
        <translation>مجموع</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <comment>file_reason</comment>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>no: the same Party as &apos;{kept}&apos;, counted once</source>
        <comment>aggregate_set_aside_row</comment>
        <translation>لا: الطرف نفسه الوارد في «{kept}»، حُسب مرة واحدة</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not a PDF; an export replaces only an earlier PDF, so it is kept as it is. To export, choose another file name ending in .pdf.</source>
        <comment>export_over_other_pdf</comment>
        <translation>«{name}» موجود بالفعل وليس ملف PDF؛ لا يحلّ التصدير إلا محلّ ملف PDF سابق، لذا تُرك على حاله. للتصدير، اختر اسم ملف آخر ينتهي بـ ‎.pdf.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not an XLSX workbook; an export replaces only an earlier workbook, so it is kept as it is. To export, choose another file name ending in .xlsx.</source>
        <comment>export_over_other_xlsx</comment>
        <translation>«{name}» موجود بالفعل وليس مصنّف XLSX؛ لا يحلّ التصدير إلا محلّ مصنّف سابق، لذا تُرك على حاله. للتصدير، اختر اسم ملف آخر ينتهي بـ ‎.xlsx.</translation>
    </message>
    <message>
        <source>The work stopped before it finished: the process doing it in the background ended unexpectedly. No file was written and the report is as it was; try again.</source>
        <comment>background_process_ended</comment>
        <translation>توقف العمل قبل أن يكتمل: فقد انتهت العملية التي كانت تنفذه في الخلفية على نحو غير متوقع. لم يُكتب أي ملف وبقي التقرير على حاله؛ يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; does not exist.</source>
        <comment>source_missing</comment>
        <translation>«{path}» غير موجود.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is protected by a password. Open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect Workbook, or File &gt; Properties &gt; Security) and save it again as .xlsx.</source>
        <comment>xlsx_password</comment>
        <translation>«{name}» محمي بكلمة مرور. افتحه في Excel أو LibreOffice، وأزل كلمة المرور (ملف &gt; معلومات &gt; حماية المصنف، أو ملف &gt; خصائص &gt; الأمان)، ثم احفظه مجددًا بصيغة .xlsx.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), then import that file.</source>
        <comment>xls_old</comment>
        <translation>«{name}» مصنف Excel قديم بصيغة 97-2003 (.xls). افتحه في Excel أو LibreOffice واحفظه بصيغة مصنف Excel (.xlsx)، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet this program can read; save it as an Excel Workbook (.xlsx) and try again.</source>
        <comment>not_spreadsheet</comment>
        <translation>«{name}» ليس جدول بيانات يستطيع هذا البرنامج قراءته؛ احفظه بصيغة مصنف Excel (.xlsx) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an OpenDocument spreadsheet (.ods). In LibreOffice choose File &gt; Save As &gt; Excel 2007-365 (.xlsx), then import that file.</source>
        <comment>ods_spreadsheet</comment>
        <translation>«{name}» جدول بيانات بصيغة OpenDocument (.ods). في LibreOffice اختر ملف &gt; حفظ باسم &gt; Excel 2007-365 (.xlsx)، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; would unpack to {size} bytes, far more than any report; it was not opened. Check that this is the right file.</source>
        <comment>zip_bomb</comment>
        <translation>سيبلغ حجم «{name}» بعد فك ضغطه {size} بايت، وهو أكبر بكثير من أي تقرير؛ لذا لم يُفتح. تحقق من أنه الملف الصحيح.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an Excel workbook; save it as .xlsx and try again.</source>
        <comment>not_workbook</comment>
        <translation>«{name}» ليس مصنف Excel؛ احفظه بصيغة .xlsx وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (part &apos;{part}&apos; cannot be read); ask for a new copy.</source>
        <comment>damaged_part</comment>
        <translation>«{name}» تالف (تتعذر قراءة الجزء «{part}»)؛ اطلب نسخة جديدة.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete (perhaps cut short while copying); ask for a new copy.</source>
        <comment>damaged_incomplete</comment>
        <translation>«{name}» تالف أو غير مكتمل (ربما بُتر أثناء النسخ)؛ اطلب نسخة جديدة.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of &apos;{name}&apos; has {size}; a report has a few hundred. Remove the extra rows or choose the right file.</source>
        <comment>too_many_rows</comment>
        <translation>تحتوي الورقة «{sheet}» في «{name}» على {size}؛ في حين يحتوي التقرير على بضع مئات منها. احذف الصفوف الزائدة أو اختر الملف الصحيح.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of &apos;{name}&apos; has or spans more than {limit} cells, the most this program reads; a report&apos;s workbook has a few thousand. It was not opened. Delete the rows and columns that are not answers (or copy the answers alone into a new workbook) and import that.</source>
        <comment>too_many_cells</comment>
        <translation>تحتوي الورقة «{sheet}» في «{name}» على أكثر من {limit} خلية أو تمتد عبرها، وهو أقصى ما يقرؤه هذا البرنامج؛ في حين يحتوي مصنف التقرير على بضعة آلاف. لم يُفتح الملف. احذف الصفوف والأعمدة التي ليست إجابات (أو انسخ الإجابات وحدها إلى مصنف جديد) ثم استورده.</translation>
    </message>
    <message>
        <source>The sheets of &apos;{name}&apos; unpack to {size} bytes, more than the {limit} this program reads; a report&apos;s workbook needs well under one megabyte. It was not opened. Copy the answers alone into a new workbook and import that.</source>
        <comment>sheets_too_big</comment>
        <translation>تبلغ أوراق «{name}» بعد فك ضغطها {size} بايت، أي أكثر من {limit} التي يقرؤها هذا البرنامج؛ ويحتاج مصنف التقرير إلى أقل بكثير من ميغابايت واحد. لم يُفتح الملف. انسخ الإجابات وحدها إلى مصنف جديد ثم استورده.</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <comment>rows_count</comment>
        <translation>{count} صف</translation>
    </message>
    <message>
        <source>more than {count} rows</source>
        <comment>rows_more_than</comment>
        <translation>أكثر من {count} صف</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; contains XML constructs that spreadsheets never need (entity definitions); it was not read.</source>
        <comment>xml_entities</comment>
        <translation>يحتوي «{name}» على بنى XML لا تحتاج إليها جداول البيانات أبدًا (تعريفات كيانات)؛ لذا لم يُقرأ.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a spreadsheet ({kind}); save it again as .xlsx and retry.</source>
        <comment>spreadsheet_unreadable</comment>
        <translation>تتعذر قراءة «{name}» بوصفه جدول بيانات ({kind})؛ احفظه مجددًا بصيغة .xlsx وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That is the report itself; choose the other report.</source>
        <comment>import_from_itself</comment>
        <translation>هذا هو التقرير نفسه؛ اختر التقرير الآخر.</translation>
    </message>
    <message>
        <source>The report to import from cannot be read: {reason}</source>
        <comment>import_report_unreadable</comment>
        <translation>تتعذر قراءة التقرير المراد الاستيراد منه: {reason}</translation>
    </message>
    <message>
        <source>The mapping cannot be used: {reason}</source>
        <comment>mapping_unusable</comment>
        <translation>لا يمكن استخدام جدول المطابقة: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, and there is no mapping from it to &apos;{expected}&apos;. Ask for the mapping file and give it with --mapping.</source>
        <comment>no_mapping</comment>
        <translation>«{name}» يجيب عن الاستبيان «{found}»، ولا يوجد جدول مطابقة منه إلى «{expected}». اطلب ملف المطابقة وحدده باستخدام --mapping.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, which is not installed, so it cannot be read.</source>
        <comment>questionnaire_not_installed</comment>
        <translation>«{name}» يجيب عن الاستبيان «{found}»، وهو غير مثبَّت، ولذا تتعذر قراءته.</translation>
    </message>
    <message>
        <source>That is the report itself; choose your colleague&apos;s copy.</source>
        <comment>merge_from_itself</comment>
        <translation>هذا هو التقرير نفسه؛ اختر نسخة زميلك.</translation>
    </message>
    <message>
        <source>The contribution cannot be read: {reason}</source>
        <comment>merge_unreadable</comment>
        <translation>تتعذر قراءة المساهمة: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a copy of this report (they share no history); use Import to take answers from another report.</source>
        <comment>merge_not_a_copy</comment>
        <translation>«{name}» ليس نسخة من هذا التقرير (لا يجمعهما سجل مشترك)؛ استخدم الاستيراد لأخذ الإجابات من تقرير آخر.</translation>
    </message>
    <message>
        <source>These rows cannot be applied: {rows}; nothing was imported.</source>
        <comment>import_rows_not_applicable</comment>
        <translation>لا يمكن تطبيق هذه الصفوف: {rows}؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>The report changed since the preview ({reason}); nothing was imported. Preview again.</source>
        <comment>import_report_changed</comment>
        <translation>تغيّر التقرير منذ المعاينة ({reason})؛ لم يُستورد أي شيء. اعرض المعاينة مرة أخرى.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} answers that cannot be read: {problems}. Correct them and try again.</source>
        <comment>workbook_problems</comment>
        <translation>في «{name}» {count} من الإجابات تتعذر قراءتها: {problems}. صحّحها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <comment>workbook_problems_more</comment>
        <translation>و{more} أخرى</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, cell {cell}: {problem}</source>
        <comment>workbook_cell_problem</comment>
        <translation>الورقة «{sheet}»، الخلية {cell}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not exported by this program: its About sheet with the questionnaire id is missing.</source>
        <comment>workbook_not_exported</comment>
        <translation>«{name}» لم يُصدَّر بهذا البرنامج: ورقة «حول» التي تحمل مُعرِّف الاستبيان مفقودة منه.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet this program can read (save it as .xlsx); {reason}</source>
        <comment>workbook_unreadable</comment>
        <translation>«{name}» ليس جدول بيانات يستطيع هذا البرنامج قراءته (احفظه بصيغة .xlsx)؛ {reason}</translation>
    </message>
    <message>
        <source>unknown question &apos;{reference}&apos;</source>
        <comment>row_unknown_question</comment>
        <translation>سؤال غير معروف «{reference}»</translation>
    </message>
    <message>
        <source>the question is also given at {other}; neither row is imported: keep one of them and import again</source>
        <comment>row_twice</comment>
        <translation>يرد السؤال أيضًا في {other}؛ لا يُستورد أي من الصفين: احتفظ بأحدهما ثم استورد من جديد</translation>
    </message>
    <message>
        <source>the question is also given at {other}; neither row is imported. The sheet &apos;{hidden}&apos; is hidden: unhide it (right-click a sheet tab, Unhide), delete it or one of the two rows, and import again</source>
        <comment>row_twice_hidden</comment>
        <translation>يرد السؤال أيضًا في {other}؛ لا يُستورد أي من الصفين. الورقة «{hidden}» مخفية: أظهرها (انقر بزر الماوس الأيمن على علامة تبويب ورقة، ثم إظهار)، واحذفها أو أحد الصفين، ثم استورد من جديد</translation>
    </message>
    <message>
        <source>the grey question id of this row was removed (or the row was added), so it is not known which question this answers; put the id back or type the answer in the report</source>
        <comment>row_id_removed</comment>
        <translation>حُذف المعرّف الرمادي للسؤال في هذا الصف (أو أُضيف الصف)، فلا يُعرف أي سؤال يجيب عنه؛ أعد المعرّف أو اكتب الإجابة في التقرير</translation>
    </message>
    <message>
        <source>the grey column ids of the table sheet (row 3) were removed or changed, so this row cannot be matched to the columns of table {number}; put the ids back (copy them from a new export) or type the row in the report</source>
        <comment>table_ids_removed</comment>
        <translation>حُذفت المعرّفات الرمادية لأعمدة ورقة الجدول (الصف 3) أو غُيّرت، فلا يمكن مطابقة هذا الصف مع أعمدة الجدول {number}؛ أعد المعرّفات (انسخها من تصدير جديد) أو اكتب الصف في التقرير</translation>
    </message>
    <message>
        <source>this cell is not in the Answer column nor in a column of a table, so it is not imported; move the answer into the Answer column (or type it in the report)</source>
        <comment>cell_outside_answers</comment>
        <translation>هذه الخلية ليست في عمود الإجابة ولا في عمود من أعمدة جدول، لذا لا تُستورد؛ انقل الإجابة إلى عمود الإجابة (أو اكتبها في التقرير)</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is not one the export made (or its headings or grey ids were changed), so its {count} filled cells are not imported; copy the answers into the Report sheet or type them in the report</source>
        <comment>sheet_not_recognised</comment>
        <translation>الورقة «{sheet}» ليست من إنشاء التصدير (أو غُيّرت عناوينها أو معرّفاتها الرمادية)، لذا لا تُستورد خلاياها المملوءة وعددها {count}؛ انسخ الإجابات إلى ورقة التقرير أو اكتبها في التقرير</translation>
    </message>
    <message>
        <source>kept: already answered this cycle; tick the row to replace it with the previous cycle&apos;s answer</source>
        <comment>row_kept</comment>
        <translation>محفوظة: أُجيب عنها بالفعل في هذه الدورة؛ حدِّد الصف لاستبدالها بإجابة الدورة السابقة</translation>
    </message>
    <message>
        <source>cleared: the cell is now empty; the answer is kept unless you tick the row to clear it</source>
        <comment>row_cleared</comment>
        <translation>مُفرَّغة: الخلية فارغة الآن؛ تُحفظ الإجابة ما لم تحدِّد الصف لمسحها</translation>
    </message>
    <message>
        <source>the Party stays {ours}: it is never taken from another Party&apos;s file</source>
        <comment>row_party_kept</comment>
        <translation>يبقى الطرف {ours}: لا يُؤخذ الطرف أبدًا من ملف طرف آخر</translation>
    </message>
    <message>
        <source>Kept</source>
        <comment>row_kind_kept</comment>
        <translation>محفوظة</translation>
    </message>
    <message>
        <source>Cleared</source>
        <comment>row_kind_cleared</comment>
        <translation>مُفرَّغة</translation>
    </message>
    <message>
        <source>{where}: {readings}, but an answer is carried over from another questionnaire only when it is written as one of its options; correct the cell and import again</source>
        <comment>row_suggestion_not_carried</comment>
        <translation>{where}: {readings}، لكن الإجابة لا تُنقل من استبيان آخر إلا إذا كُتبت كأحد خياراته؛ صحِّح الخلية ثم استورد من جديد</translation>
    </message>
    <message>
        <source>Suggested</source>
        <comment>row_kind_suggested</comment>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>{n} suggested (applied only if ticked)</source>
        <comment>rows_suggested_count</comment>
        <translation>{n} مقترحة (لا تُطبَّق إلا إذا حُدِّدت)</translation>
    </message>
    <message>
        <source>{n} kept (already answered this cycle)</source>
        <comment>rows_kept_count</comment>
        <translation>{n} محفوظة (أُجيب عنها بالفعل في هذه الدورة)</translation>
    </message>
    <message>
        <source>{n} emptied in the file (kept unless ticked)</source>
        <comment>rows_cleared_count</comment>
        <translation>{n} مُفرَّغة في الملف (تُحفظ ما لم تُحدَّد)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report of {theirs}, but this report is {ours}&apos;s; nothing was imported. Take its answers only if you mean to (the Party stays {ours}).</source>
        <comment>other_party</comment>
        <translation>«{name}» هو تقرير {theirs}، لكن هذا التقرير خاص بـ {ours}؛ لم يُستورد شيء. لا تأخذ إجاباته إلا إذا كنت تقصد ذلك (يبقى الطرف {ours}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report of {theirs}, but this report is {ours}&apos;s. Take answers from {theirs}&apos;s file into {ours}&apos;s report? The Party stays {ours}, and you choose each row in the preview.</source>
        <comment>other_party_question</comment>
        <translation>«{name}» هو تقرير {theirs}، لكن هذا التقرير خاص بـ {ours}. هل تريد أخذ إجابات من ملف {theirs} إلى تقرير {ours}؟ يبقى الطرف {ours}، وستختار كل صف في المعاينة.</translation>
    </message>
    <message>
        <source>Take Its Answers</source>
        <comment>other_party_take</comment>
        <translation>أخذ إجاباته</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>other_party_cancel</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>not relevant: an earlier answer makes this question not asked</source>
        <comment>row_not_relevant</comment>
        <translation>غير ذي صلة: إجابة سابقة تجعل هذا السؤال غير مطروح</translation>
    </message>
    <message>
        <source>not asked yet: it follows question {number}, whose answer in this file is not taken; import it again once question {number} is answered</source>
        <comment>row_not_relevant_after</comment>
        <translation>لم يُطرح بعد: يتوقف على السؤال {number} الذي لم تُؤخذ إجابته في هذا الملف؛ استورده مرة أخرى بعد الإجابة عن السؤال {number}</translation>
    </message>
    <message>
        <source>question {reference} of the {form} is not carried over (it has no counterpart in this questionnaire)</source>
        <comment>row_not_carried_over</comment>
        <translation>لا يُنقل السؤال {reference} من «{form}» (ليس له نظير في هذا الاستبيان)</translation>
    </message>
    <message>
        <source>the answer “{answer}” to question {reference} of the {form} has no counterpart among this question&apos;s options, and the mapping does not say what it becomes; choose this answer yourself</source>
        <comment>row_value_not_carried</comment>
        <translation>ليس للإجابة «{answer}» عن السؤال {reference} من «{form}» نظير بين خيارات هذا السؤال، ولا يبيّن جدول المطابقة ما تصير إليه؛ اختر هذه الإجابة بنفسك</translation>
    </message>
    <message>
        <source>this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit this report&apos;s; nothing is imported as if its numbers were this report&apos;s. Import it through the mapping: on the command line --mapping {mapping}; in the window, choose the format the sheet is numbered in</source>
        <comment>row_other_format</comment>
        <translation>يبدو أن هذه الورقة مرقّمة وفق شكل آخر هو {other}: {fit} من صفوفها البالغة {rows} تناسب ذلك الشكل، و{ours} تناسب شكل هذا التقرير؛ فلا يُستورد شيء كأن أرقامها أرقام هذا التقرير. استوردها عبر جدول المطابقة: في سطر الأوامر ‎--mapping {mapping}‎، وفي النافذة اختر الشكل الذي رُقّمت به الورقة</translation>
    </message>
    <message>
        <source>this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit this report&apos;s; nothing is imported as if its numbers were this report&apos;s, and there is no mapping from that format to this report&apos;s, so its answers cannot be carried</source>
        <comment>row_other_format_no_mapping</comment>
        <translation>يبدو أن هذه الورقة مرقّمة وفق شكل آخر هو {other}: {fit} من صفوفها البالغة {rows} تناسب ذلك الشكل، و{ours} تناسب شكل هذا التقرير؛ فلا يُستورد شيء كأن أرقامها أرقام هذا التقرير، ولا يوجد جدول مطابقة من ذلك الشكل إلى شكل هذا التقرير، فلا يمكن نقل إجاباتها</translation>
    </message>
    <message>
        <source>The mapping &apos;{name}&apos; reads answers of questionnaire &apos;{found}&apos;, which is not installed, so the sheet&apos;s question numbers cannot be read in it; nothing was imported.</source>
        <comment>sheet_mapping_not_installed</comment>
        <translation>جدول المطابقة «{name}» يقرأ إجابات الاستبيان «{found}»، وهو غير مثبَّت، فلا يمكن قراءة أرقام أسئلة الورقة وفقه؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The mapping &apos;{name}&apos; carries answers into questionnaire &apos;{target}&apos;, not into this report&apos;s questionnaire &apos;{form}&apos;; give a mapping from forms/{form}/mappings/. Nothing was imported.</source>
        <comment>sheet_mapping_other_target</comment>
        <translation>جدول المطابقة «{name}» ينقل الإجابات إلى الاستبيان «{target}»، لا إلى استبيان هذا التقرير «{form}»؛ حدِّد جدولًا من forms/{form}/mappings/. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no sheet &apos;{sheet}&apos;; its sheets are {sheets}.</source>
        <comment>sheet_missing</comment>
        <translation>لا توجد في «{name}» ورقة «{sheet}»؛ أوراقه هي {sheets}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has no column &apos;{column}&apos; in row {row}; give a column letter (e.g. B) or the exact heading.</source>
        <comment>sheet_column_missing</comment>
        <translation>لا يوجد في الورقة «{sheet}» عمود «{column}» في الصف {row}؛ أدخل حرف العمود (مثل B) أو العنوان بدقة.</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}) without a saved result; open the file in Excel or LibreOffice, save it, and import again (or type the value)</source>
        <comment>row_formula</comment>
        <translation>تحتوي الخلية على صيغة ({formula}) دون نتيجة محفوظة؛ افتح الملف في Excel أو LibreOffice واحفظه ثم استورده من جديد (أو اكتب القيمة)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a question of this questionnaire; do not change the grey ids.</source>
        <comment>row_not_a_question</comment>
        <translation>«{id}» ليس سؤالًا في هذا الاستبيان؛ لا تغيّر المعرِّفات الرمادية.</translation>
    </message>
    <message>
        <source>the grey ids of this sheet name two tables.</source>
        <comment>sheet_two_tables</comment>
        <translation>تشير المعرِّفات الرمادية في هذه الورقة إلى جدولين.</translation>
    </message>
    <message>
        <source>table {number} has no column &apos;{column}&apos;; do not change the grey ids.</source>
        <comment>table_column_unknown</comment>
        <translation>لا يحتوي الجدول {number} على العمود «{column}»؛ لا تغيّر المعرِّفات الرمادية.</translation>
    </message>
    <message>
        <source>tables cannot be read from a single cell; fill them in the exported workbook&apos;s table sheet</source>
        <comment>row_table_in_cell</comment>
        <translation>لا يمكن قراءة جدول من خلية واحدة؛ املأه في ورقة الجدول في المصنف المُصدَّر</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Party</source>
        <comment>party</comment>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <comment>cycle</comment>
        <translation>دورة الإبلاغ</translation>
    </message>
    <message>
        <source>Period covered</source>
        <comment>period</comment>
        <translation>الفترة المشمولة</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <comment>period_range</comment>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>National focal point</source>
        <comment>focal_point</comment>
        <translation>جهة الاتصال الوطنية</translation>
    </message>
    <message>
        <source>Date of this document</source>
        <comment>document_date</comment>
        <translation>تاريخ هذه الوثيقة</translation>
    </message>
    <message>
        <source>Completeness</source>
        <comment>completeness</comment>
        <translation>درجة الاكتمال</translation>
    </message>
    <message>
        <source>{done} of {required} required answers given ({percent})</source>
        <comment>completeness_value</comment>
        <translation>الإجابات الإلزامية المقدمة: {done} من أصل {required} ({percent})</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>complete</comment>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Not asked in this report</source>
        <comment>measured_elsewhere</comment>
        <translation>لا يُسأل عنه في هذا التقرير</translation>
    </message>
    <message>
        <source>Questions: {numbers}</source>
        <comment>informed_by</comment>
        <translation>الأسئلة: {numbers}</translation>
    </message>
    <message>
        <source>Indicators: {ids}</source>
        <comment>question_indicators</comment>
        <translation>المؤشرات: {ids}</translation>
    </message>
    <message>
        <source>Answer if the answer to {number} is: {answers}</source>
        <comment>answer_if</comment>
        <translation>أجب إذا كانت الإجابة عن {number} هي: {answers}</translation>
    </message>
    <message>
        <source>Answer if {number} is answered</source>
        <comment>answer_if_answered</comment>
        <translation>أجب إذا أجيب عن {number}</translation>
    </message>
    <message>
        <source>{number} (continued)</source>
        <comment>continued</comment>
        <translation>{number} (تابع)</translation>
    </message>
    <message>
        <source>Blank form, to be filled in by hand</source>
        <comment>blank_form</comment>
        <translation>استمارة فارغة تملأ باليد</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>incomplete</comment>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Incomplete: {count} questions still need an answer or a correction</source>
        <comment>incomplete_blockers</comment>
        <translation>غير مكتمل؛ الأسئلة التي لا تزال تحتاج إلى إجابة أو تصحيح: {count}</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <comment>questionnaire</comment>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <comment>questionnaire_version</comment>
        <translation>إصدار الاستبيان</translation>
    </message>
    <message>
        <source>Content fingerprint (SHA-256)</source>
        <comment>fingerprint</comment>
        <translation>البصمة الرقمية للمحتوى (SHA-256)</translation>
    </message>
    <message>
        <source>Place in the report&apos;s history (do not change)</source>
        <comment>history_mark</comment>
        <translation>الموضع في سجل التقرير (لا تغيّره)</translation>
    </message>
    <message>
        <source>The same fingerprint appears on every page and in the spreadsheet export of these answers; it changes when any answer changes.</source>
        <comment>fingerprint_note</comment>
        <translation>ترد البصمة نفسها في كل صفحة وفي ملف جدول البيانات الذي تصدر فيه هذه الإجابات، وتتغير عند تغيير أي إجابة.</translation>
    </message>
    <message>
        <source>Validated</source>
        <comment>validated</comment>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Validated on {date} at {time} UTC by {author}</source>
        <comment>validated_on_by</comment>
        <translation>اعتُمد في {date} الساعة {time} بالتوقيت العالمي المنسق من قِبل {author}</translation>
    </message>
    <message>
        <source>Fingerprint frozen at validation (SHA-256)</source>
        <comment>frozen_fingerprint</comment>
        <translation>البصمة الرقمية المثبتة عند الاعتماد (SHA-256)</translation>
    </message>
    <message>
        <source>The answers have changed since the report was validated; this is not the validated report.</source>
        <comment>validated_mismatch</comment>
        <translation>تغيّرت الإجابات منذ اعتماد التقرير؛ هذه الوثيقة ليست التقرير المعتمد.</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>contents</comment>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Focal area {number}: {title}</source>
        <comment>focal_area</comment>
        <translation>مجال التركيز {number}: {title}</translation>
    </message>
    <message>
        <source>Operational objective {number}: {title}</source>
        <comment>objective</comment>
        <translation>الهدف التشغيلي {number}: {title}</translation>
    </message>
    <message>
        <source>Indicator summary</source>
        <comment>indicator_summary</comment>
        <translation>موجز المؤشرات</translation>
    </message>
    <message>
        <source>Signature of the national focal point</source>
        <comment>signature</comment>
        <translation>توقيع جهة الاتصال الوطنية</translation>
    </message>
    <message>
        <source>Annex: changes since the previous report</source>
        <comment>changes_annex</comment>
        <translation>مرفق: التغييرات منذ التقرير السابق</translation>
    </message>
    <message>
        <source>Questions whose answer differs from the answer given in the previous report ({source}).</source>
        <comment>changes_intro</comment>
        <translation>الأسئلة التي تختلف إجابتها عن الإجابة الواردة في التقرير السابق ({source}).</translation>
    </message>
    <message>
        <source>No answer differs from the previous report.</source>
        <comment>no_changes</comment>
        <translation>لا توجد إجابة تختلف عن التقرير السابق.</translation>
    </message>
    <message>
        <source>Previous report</source>
        <comment>col_previous_answer</comment>
        <translation>التقرير السابق</translation>
    </message>
    <message>
        <source>This report</source>
        <comment>col_current_answer</comment>
        <translation>هذا التقرير</translation>
    </message>
    <message>
        <source>No answer given</source>
        <comment>no_answer</comment>
        <translation>لم تقدم إجابة</translation>
    </message>
    <message>
        <source>Carried over from the previous report; not yet reviewed.</source>
        <comment>needs_review</comment>
        <translation>منقولة من التقرير السابق؛ لم تُراجع بعد.</translation>
    </message>
    <message>
        <source>This answer does not meet the question&apos;s rules.</source>
        <comment>invalid</comment>
        <translation>لا تستوفي هذه الإجابة قواعد السؤال.</translation>
    </message>
    <message>
        <source>No rows</source>
        <comment>no_rows</comment>
        <translation>لا توجد صفوف</translation>
    </message>
    <message>
        <source>Indicator</source>
        <comment>indicator</comment>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Required answers given</source>
        <comment>answers_given</comment>
        <translation>الإجابات الإلزامية المقدمة</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status</comment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>name</comment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>title</comment>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Place and date</source>
        <comment>place_date</comment>
        <translation>المكان والتاريخ</translation>
    </message>
    <message>
        <source>Submitting authority</source>
        <comment>submitting_authority</comment>
        <translation>السلطة المقدمة للتقرير</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <comment>submission_date</comment>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Place of submission</source>
        <comment>submission_place</comment>
        <translation>مكان التقديم</translation>
    </message>
    <message>
        <source>Printed on</source>
        <comment>printed_on</comment>
        <translation>تاريخ الطباعة</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>place</comment>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>date</comment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <comment>official_stamp</comment>
        <translation>الختم الرسمي</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>signature_line</comment>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>I confirm that this report gives the information available to the national focal point for the period it covers.</source>
        <comment>certify</comment>
        <translation>أؤكد أن هذا التقرير يتضمن المعلومات المتاحة لجهة الاتصال الوطنية عن الفترة التي يشملها.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>page_of</comment>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>DRAFT - incomplete</source>
        <comment>draft</comment>
        <translation>مسودة - غير مكتملة</translation>
    </message>
    <message>
        <source>About</source>
        <comment>sheet_about</comment>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>sheet_report</comment>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Indicators</source>
        <comment>indicators</comment>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Lists</source>
        <comment>sheet_lists</comment>
        <translation>القوائم</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>col_number</comment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Focal area</source>
        <comment>col_focal_area</comment>
        <translation>مجال التركيز</translation>
    </message>
    <message>
        <source>Operational objective</source>
        <comment>col_objective</comment>
        <translation>الهدف التشغيلي</translation>
    </message>
    <message>
        <source>Section</source>
        <comment>col_section</comment>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Operational objectives informed</source>
        <comment>col_objectives</comment>
        <translation>الأهداف التشغيلية ذات الصلة</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>col_question</comment>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>col_answer</comment>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <comment>col_allowed</comment>
        <translation>القيم المسموح بها</translation>
    </message>
    <message>
        <source>Question id</source>
        <comment>col_question_id</comment>
        <translation>معرّف السؤال</translation>
    </message>
    <message>
        <source>Objective</source>
        <comment>col_objective_number</comment>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Indicator text</source>
        <comment>col_indicator_text</comment>
        <translation>نص المؤشر</translation>
    </message>
    <message>
        <source>Answers given</source>
        <comment>col_done</comment>
        <translation>الإجابات المقدمة</translation>
    </message>
    <message>
        <source>Answers required</source>
        <comment>col_required</comment>
        <translation>الإجابات المطلوبة</translation>
    </message>
    <message>
        <source>Percent</source>
        <comment>col_percent</comment>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <source>General information</source>
        <comment>general_information</comment>
        <translation>معلومات عامة</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>language</comment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Exported at</source>
        <comment>exported_at</comment>
        <translation>وقت التصدير</translation>
    </message>
    <message>
        <source>Answers as of (UTC)</source>
        <comment>answers_as_of</comment>
        <translation>الإجابات حتى تاريخ (التوقيت العالمي المنسق)</translation>
    </message>
    <message>
        <source>Program version</source>
        <comment>program_version</comment>
        <translation>إصدار البرنامج</translation>
    </message>
    <message>
        <source>Report file</source>
        <comment>report_file</comment>
        <translation>ملف التقرير</translation>
    </message>
    <message>
        <source>Fill in or correct the Answer column of the Report sheet and the rows of the table sheets, then import this workbook into the report. Do not change the grey id columns and rows.</source>
        <comment>about_note</comment>
        <translation>املأ عمود «الإجابة» في ورقة «التقرير» وصفوف أوراق الجداول أو صححها، ثم استورد هذا المصنف إلى التقرير. لا تغير الأعمدة والصفوف الرمادية التي تحمل المعرّفات.</translation>
    </message>
    <message>
        <source>See sheet &apos;{sheet}&apos; ({rows})</source>
        <comment>see_sheet</comment>
        <translation>انظر الورقة «{sheet}» ({rows})</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>allowed_text</comment>
        <translation>نص</translation>
    </message>
    <message>
        <source>Text (several lines allowed)</source>
        <comment>allowed_multiline</comment>
        <translation>نص (يجوز أن يكون من عدة أسطر)</translation>
    </message>
    <message>
        <source>Whole number</source>
        <comment>allowed_integer</comment>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>allowed_decimal</comment>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Percentage (number from 0 to 100)</source>
        <comment>allowed_percent</comment>
        <translation>نسبة مئوية (عدد من 0 إلى 100)</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <comment>allowed_date</comment>
        <translation>التاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Web address starting with http:// or https://</source>
        <comment>allowed_url</comment>
        <translation>عنوان موقع شبكي يبدأ بـ http:// أو https://</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <comment>allowed_email</comment>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>One of: {labels}</source>
        <comment>allowed_one</comment>
        <translation>إحدى القيم التالية: {labels}</translation>
    </message>
    <message>
        <source>One or more of: {labels} (separate them with &apos;{separator}&apos;)</source>
        <comment>allowed_many</comment>
        <translation>قيمة واحدة أو أكثر من القيم التالية: {labels} (يفصل بينها «{separator}»)</translation>
    </message>
    <message>
        <source>Table (see its sheet)</source>
        <comment>allowed_table</comment>
        <translation>جدول (انظر ورقته)</translation>
    </message>
    <message>
        <source>{allowed}; or: {specials}</source>
        <comment>allowed_or</comment>
        <translation>{allowed}؛ أو: {specials}</translation>
    </message>
    <message>
        <source>A whole number</source>
        <comment>valid_whole</comment>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>A number</source>
        <comment>valid_decimal</comment>
        <translation>عدد</translation>
    </message>
    <message>
        <source>A year</source>
        <comment>valid_year</comment>
        <translation>سنة</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD)</source>
        <comment>valid_date</comment>
        <translation>تاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{kind} from {low} to {high}</source>
        <comment>valid_between</comment>
        <translation>{kind} من {low} إلى {high}</translation>
    </message>
    <message>
        <source>{kind} of at least {low}</source>
        <comment>valid_at_least</comment>
        <translation>{kind} لا يقل عن {low}</translation>
    </message>
    <message>
        <source>{kind} of at most {high}</source>
        <comment>valid_at_most</comment>
        <translation>{kind} لا يزيد على {high}</translation>
    </message>
    <message>
        <source>{kind}, not after today</source>
        <comment>valid_not_after_today</comment>
        <translation>{kind}، لا يتجاوز تاريخ اليوم</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <comment>valid_choose</comment>
        <translation>اختر قيمة من القائمة</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <comment>valid_refused</comment>
        <translation>القيمة غير مقبولة</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>Answered</source>
        <comment>status_answered</comment>
        <translation>تمت الإجابة</translation>
    </message>
    <message>
        <source>Not answered</source>
        <comment>status_missing</comment>
        <translation>لم تتم الإجابة</translation>
    </message>
    <message>
        <source>Not valid</source>
        <comment>status_invalid</comment>
        <translation>غير صالحة</translation>
    </message>
    <message>
        <source>Not asked (follows from other answers)</source>
        <comment>status_not_relevant</comment>
        <translation>غير مطروح (بناء على إجابات أخرى)</translation>
    </message>
    <message>
        <source>Carried over, to be reviewed</source>
        <comment>status_needs_review</comment>
        <translation>منقولة، تنتظر المراجعة</translation>
    </message>
    <message>
        <source>Not valid: {raw}</source>
        <comment>invalid_value</comment>
        <translation>غير صالحة: {raw}</translation>
    </message>
    <message numerus="yes">
        <source>{n} rows</source>
        <comment>rows</comment>
        <translation>
            <numerusform>لا توجد صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>{n} صفوف</numerusform>
            <numerusform>{n} صفًا</numerusform>
            <numerusform>{n} صف</numerusform>
        </translation>
    </message>
</context>
</TS>
