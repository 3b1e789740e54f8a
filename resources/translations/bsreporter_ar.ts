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
        <extracomment>Ten minutes of editing between two automatic copies.</extracomment>
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
        <extracomment>a copy was made (the Backup)</extracomment>
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
        <extracomment>Role holding the id of the question a row leads to.</extracomment>
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
        <extracomment>Keys that step a spin box or a drop-down; in an answer field they scroll the page instead. a date was chosen in the calendar (the text now holds it)</extracomment>
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
        <extracomment>Long answers are cut in the table (the tool tip holds the whole text).</extracomment>
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
        <extracomment>the first step&apos;s dialog is shown (import only) the preview dialog is shown the answers were applied (an AppliedImport) the run is over: applied, cancelled or failed the file names another Party: the question asked (a QMessageBox)</extracomment>
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
        <extracomment>Table cells are cut to this many characters; the tooltip holds the whole text. Columns of the preview. Role holding the question id of a row (None for a row naming no known question). Role holding the RowKind of a row.</extracomment>
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
        <extracomment>Rows shown in the live preview of a hand-made sheet.</extracomment>
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
        <extracomment>a report was opened (or created) and its first page is shown the section shown changed (its id)</extracomment>
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
        <extracomment>Role holding the id of the section a row leads to.</extracomment>
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
        <extracomment>How long an action may run before its progress dialog appears.</extracomment>
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
        <extracomment>Windows rebuilt in another language; kept here so Python does not collect them.</extracomment>
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
        <extracomment>the status icon shown: what is stored, or &quot;not saved&quot; while a refused entry is on screen</extracomment>
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
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Information not available</source>
        <translation>المعلومات غير متاحة</translation>
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
        <extracomment>a backup was restored: the copy made of the state just before</extracomment>
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
        <extracomment>Lines of questions read badly when wider than this.</extracomment>
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
        <extracomment>the previous cycle&apos;s answers of the same questions, when the import carried answers over</extracomment>
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
        <source>This answer is not allowed here.</source>
        <extracomment>General-information questions the wizard asks for, when the questionnaire has them.</extracomment>
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
</TS>
