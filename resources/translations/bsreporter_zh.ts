<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Unexpected problem</source>
        <translation>意外问题</translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <source>Changes are now recorded as made by {name}.</source>
        <translation>现在以 {name} 的名义记录更改。</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your name, recorded in the history of each answer you change
(empty: the computer account&apos;s name):</source>
        <translation>您的姓名，将记录在您更改的每项答复的历史中
（留空：使用计算机帐户名）：</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the report was opened</source>
        <extracomment>Ten minutes of editing between two automatic copies.</extracomment>
        <translation>打开报告时</translation>
    </message>
    <message>
        <source>Automatic, while editing</source>
        <translation>编辑期间自动</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>see the log file</source>
        <extracomment>a copy was made (the Backup)</extracomment>
        <translation>见日志文件</translation>
    </message>
    <message>
        <source>No backup copy was made: {message}</source>
        <translation>未制作备份副本：{message}</translation>
    </message>
    <message>
        <source>Making a backup copy…</source>
        <translation>正在制作备份副本…</translation>
    </message>
    <message>
        <source>Restore Backup of {time}</source>
        <translation>恢复 {time} 的备份</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restored the backup of {time}: {count} answers changed. Edit &gt; Undo takes the restore back.</source>
        <translation>已恢复 {time} 的备份：更改的答复数：{count}。“编辑 &gt; 撤销”可撤回此次恢复。</translation>
    </message>
    <message>
        <source>A copy of the report as it was just before is at {path}.</source>
        <translation>恢复之前的报告副本保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <source>(no answer)</source>
        <translation>（无答复）</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>(no answer)</source>
        <translation>（无答复）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>上期答复</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>当前答复</translation>
    </message>
    <message>
        <source>Previous from</source>
        <translation>上期答复来源</translation>
    </message>
    <message>
        <source>Compare with previous cycle</source>
        <translation>与上一周期比较</translation>
    </message>
    <message>
        <source>Answers that differ from the previous cycle</source>
        <translation>与上一周期不同的答复</translation>
    </message>
    <message>
        <source>This report holds no answers from a previous cycle. Import the previous report or workbook (File &gt; Import Answers…) with “previous reporting cycle” ticked to compare with it.</source>
        <translation>本报告没有上一周期的答复。请导入上期报告或工作簿（“文件 &gt; 导入答复…”），并勾选“上一报告周期”，以便进行比较。</translation>
    </message>
    <message>
        <source>Every answer is the same as in the previous cycle.</source>
        <translation>所有答复均与上一周期相同。</translation>
    </message>
    <message>
        <source>1 answer differs from the previous cycle. Double-click it to go to it.</source>
        <translation>有 1 项答复与上一周期不同。双击即可转到该答复。</translation>
    </message>
    <message>
        <source>{count} answers differ from the previous cycle. Double-click one to go to it.</source>
        <translation>与上一周期不同的答复数：{count}。双击其中一项即可转到该答复。</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>missing</source>
        <extracomment>Role holding the id of the question a row leads to.</extracomment>
        <translation>缺少</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>required answer missing</source>
        <translation>缺少必填答复</translation>
    </message>
    <message>
        <source>carried over: review and confirm</source>
        <translation>沿用上期：请审核并确认</translation>
    </message>
    <message>
        <source>answer not valid: {detail}</source>
        <translation>答复无效：{detail}</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Questions to finish ({count})</source>
        <translation>待完成的问题（{count}）</translation>
    </message>
    <message>
        <source>Indicators ({count})</source>
        <translation>指标（{count}）</translation>
    </message>
    <message>
        <source>{text}
{done} of {required} required answers, {blockers} to finish</source>
        <translation>{text}
必填答复 {required} 项中已完成 {done} 项，待完成 {blockers} 项</translation>
    </message>
    <message>
        <source>Question or indicator</source>
        <translation>问题或指标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Measured elsewhere: {reason}</source>
        <translation>在别处衡量：{reason}</translation>
    </message>
    <message>
        <source>No question of this report measures it.</source>
        <translation>本报告没有问题衡量该指标。</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>Share of required answers done</source>
        <translation>已完成必填答复的比例</translation>
    </message>
    <message>
        <source>Questions to finish and indicators</source>
        <translation>待完成的问题和指标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>{done} of {required} required answers ({percent:.0f}%). {blockers} questions to finish.</source>
        <translation>必填答复 {required} 项中已完成 {done} 项（{percent:.0f}%）。待完成的问题：{blockers} 个。</translation>
    </message>
    <message>
        <source>Complete: every required answer is given.</source>
        <translation>完整：所有必填答复均已给出。</translation>
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
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>An unexpected problem stopped this ({kind}). Your answers stored so far are safe.

Details were written to {log}.</source>
        <translation>意外问题中断了此操作（{kind}）。迄今已保存的答复是安全的。

详细信息已写入 {log}。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source> (language of the report)</source>
        <translation>（报告的语言）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>美国信纸（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Blank form: every question and option, no answers, to fill in by hand</source>
        <translation>空白表格(&amp;B)：列出所有问题和选项，不含答复，供手工填写</translation>
    </message>
    <message>
        <source>&amp;Annex of the answers changed since the previous report</source>
        <translation>附件(&amp;A)：自上次报告以来更改的答复</translation>
    </message>
    <message>
        <source>This report holds no answers of a previous report.</source>
        <translation>本报告不含以前报告的答复。</translation>
    </message>
    <message>
        <source>Submission (printed on the cover and by the signature)</source>
        <translation>提交信息（印在封面和签字处）</translation>
    </message>
    <message>
        <source>Submitting a&amp;uthority:</source>
        <translation>提交机关(&amp;U)：</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>地点(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY-MM-DD):</source>
        <translation>日期(&amp;D)（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Answered in question {number}</source>
        <translation>已在问题 {number} 中答复</translation>
    </message>
    <message>
        <source>Choose the File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期，例如 2026-03-31。</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Save a Copy As</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>Reports (*.bsr)</source>
        <translation>报告 (*.bsr)</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>正在保存副本…</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>副本已另存为 {path}</translation>
    </message>
    <message>
        <source>Copy cancelled.</source>
        <translation>已取消复制。</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>导出 {kind}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {kind}…</source>
        <translation>正在导出 {kind}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Words of a question, or its number (e.g. 1.1.3)</source>
        <translation>问题中的词语或问题编号（例如 1.1.3）</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>查找问题</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <source>Questions found</source>
        <translation>找到的问题</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>找到 {count} 个</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项 (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation>下一个匹配项 (F3 或 Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Show &amp;only matching questions</source>
        <translation>仅显示匹配的问题(&amp;O)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>第 {number} 个，共 {count} 个</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Typed</source>
        <extracomment>Long answers are cut in the table (the tool tip holds the whole text).</extracomment>
        <translation>键入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>沿用上期</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>更改人</translation>
    </message>
    <message>
        <source>Old answer</source>
        <translation>原答复</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>新答复</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>History of Answer {number}</source>
        <translation>答复 {number} 的历史</translation>
    </message>
    <message>
        <source>This answer has not been changed yet.</source>
        <translation>此答复尚未更改。</translation>
    </message>
    <message>
        <source>&amp;Restore This Value</source>
        <translation>恢复此值(&amp;R)</translation>
    </message>
    <message>
        <source>Set the answer back to the new answer of the chosen change (Edit &gt; Undo takes it back)</source>
        <translation>将答复改回所选更改的新答复（“编辑 &gt; 撤销”可撤回）</translation>
    </message>
    <message>
        <source>Current answer: {answer}</source>
        <translation>当前答复：{answer}</translation>
    </message>
    <message>
        <source>Not restored: {message}</source>
        <translation>未恢复：{message}</translation>
    </message>
    <message>
        <source>Restored the value of {when}. Edit &gt; Undo takes it back.</source>
        <translation>已恢复 {when} 的值。“编辑 &gt; 撤销”可撤回。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Merge contribution</source>
        <extracomment>the first step&apos;s dialog is shown (import only) the preview dialog is shown the answers were applied (an AppliedImport) the run is over: applied, cancelled or failed the file names another Party: the question asked (a QMessageBox)</extracomment>
        <translation>合并他人提供的内容</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>导入答复</translation>
    </message>
    <message>
        <source>Applying {name}…</source>
        <translation>正在应用 {name}…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Comparing {name} with the report…</source>
        <translation>正在将 {name} 与报告比较…</translation>
    </message>
    <message>
        <source>Nothing changed: the report already holds these answers.</source>
        <translation>没有任何更改：报告中已有这些答复。</translation>
    </message>
    <message>
        <source>1 answer taken from {name}.</source>
        <translation>已从 {name} 获取 1 项答复。</translation>
    </message>
    <message>
        <source>{count} answers taken from {name}.</source>
        <translation>已从 {name} 获取的答复数：{count}。</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back; a copy of the report as it was is at {backup}.</source>
        <translation>“编辑 &gt; 撤销”可撤回整个导入；报告导入前的副本位于 {backup}。</translation>
    </message>
    <message>
        <source>This report cannot be changed now (it is open read-only, or validated and locked); nothing was imported.</source>
        <translation>此报告目前无法更改（以只读方式打开，或已验证并锁定）；未导入任何内容。</translation>
    </message>
    <message>
        <source>Workbooks and reports (*.xlsx *.bsr);;Workbooks (*.xlsx);;Reports (*.bsr);;All files (*)</source>
        <translation>工作簿和报告 (*.xlsx *.bsr);;工作簿 (*.xlsx);;报告 (*.bsr);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Copies of the report and workbooks (*.bsr *.xlsx);;All files (*)</source>
        <translation>报告副本和工作簿 (*.bsr *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <extracomment>Table cells are cut to this many characters; the tooltip holds the whole text. Columns of the preview. Role holding the question id of a row (None for a row naming no known question). Role holding the RowKind of a row.</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>{value}  — {author}</source>
        <translation>{value}  — {author}</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take incoming</source>
        <translation>采用传入的</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>保留当前的</translation>
    </message>
    <message>
        <source>Both changed this answer: yours by {mine}, theirs by {theirs}.</source>
        <translation>双方都更改了此答复：您的由 {mine} 更改，对方的由 {theirs} 更改。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The report changed this answer since the file was made.</source>
        <translation>自该文件生成以来，报告中的此答复已更改。</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>更改人：{author}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>您的答复</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>对方的答复</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>传入</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Merge {name}: preview</source>
        <translation>合并 {name}：预览</translation>
    </message>
    <message>
        <source>Import {name}: preview</source>
        <translation>导入 {name}：预览</translation>
    </message>
    <message>
        <source>These answers come from the previous reporting cycle: each one is marked “Carried over – review” until you confirm it.</source>
        <translation>这些答复来自上一报告周期：每项答复都标记为“沿用上期 – 待审核”，直至您确认。</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>要导入的行</translation>
    </message>
    <message>
        <source>Show rows that change nothing ({count})</source>
        <translation>显示不做任何更改的行（{count}）</translation>
    </message>
    <message>
        <source>Apply All</source>
        <translation>全部应用</translation>
    </message>
    <message>
        <source>Apply every new and changed answer, and each conflict where you chose theirs</source>
        <translation>应用所有新增和已更改的答复，以及您选择采用对方答复的每个冲突</translation>
    </message>
    <message>
        <source>Apply every new and changed answer, and each conflict you ticked</source>
        <translation>应用所有新增和已更改的答复，以及您勾选的每个冲突</translation>
    </message>
    <message>
        <source>Apply Selected</source>
        <translation>应用所选内容</translation>
    </message>
    <message>
        <source>Apply only the ticked rows</source>
        <translation>只应用勾选的行</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>新增 {n} 项</translation>
    </message>
    <message>
        <source>{n} changed</source>
        <translation>已更改 {n} 项</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>冲突 {n} 项</translation>
    </message>
    <message>
        <source>{n} cannot be imported</source>
        <translation>无法导入 {n} 项</translation>
    </message>
    <message>
        <source>{n} already the same</source>
        <translation>已相同 {n} 项</translation>
    </message>
    <message>
        <source>What {name} would change:</source>
        <translation>{name} 将更改的内容：</translation>
    </message>
    <message>
        <source>Conflicts keep your answer unless you tick them to take theirs.</source>
        <translation>发生冲突时保留您的答复，除非您勾选该行以采用对方的答复。</translation>
    </message>
    <message>
        <source>Conflicts keep the current answer unless you tick them.</source>
        <translation>发生冲突时保留当前答复，除非您勾选该行。</translation>
    </message>
    <message>
        <source>Rows: {added} added, {removed} removed, {changed} changed</source>
        <translation>行：新增 {added}，删除 {removed}，修改 {changed}</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>an unnamed Party</source>
        <extracomment>Rows shown in the live preview of a hand-made sheet.</extracomment>
        <translation>未命名的缔约方</translation>
    </message>
    <message>
        <source>Another report file, for {party}.</source>
        <translation>另一个报告文件，缔约方：{party}。</translation>
    </message>
    <message>
        <source>A workbook exported by bsreporter, for {party}.</source>
        <translation>由 bsreporter 导出的工作簿，缔约方：{party}。</translation>
    </message>
    <message>
        <source>A workbook of the earlier questionnaire “{form}”, for {party}. Its answers are read through the mapping to this questionnaire, as the previous cycle&apos;s.</source>
        <translation>早期调查表“{form}”的工作簿，缔约方：{party}。其答复通过与本调查表的对应关系读取，作为上一周期的答复。</translation>
    </message>
    <message>
        <source>A spreadsheet not made by bsreporter. Show where its question numbers and answers are.</source>
        <translation>不是由 bsreporter 生成的电子表格。请指明问题编号和答复所在的位置。</translation>
    </message>
    <message>
        <source>Import answers from {name}</source>
        <translation>从 {name} 导入答复</translation>
    </message>
    <message>
        <source>These answers come from the previous reporting cycle</source>
        <translation>这些答复来自上一报告周期</translation>
    </message>
    <message>
        <source>Answers from the previous cycle are marked “Carried over – review” until you confirm each one, and are kept to compare with. Leave this off for answers a colleague gave for this report.</source>
        <translation>上一周期的答复在您逐项确认之前都标记为“沿用上期 – 待审核”，并保留用于比较。对于同事为本报告提供的答复，请不要勾选此项。</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Where the answers are</source>
        <translation>答复所在位置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The row holding the column headings; the answers start below it</source>
        <translation>含有列标题的行；答复从其下方开始</translation>
    </message>
    <message>
        <source>{title} (this report)</source>
        <translation>{title}（本报告）</translation>
    </message>
    <message>
        <source>Numbered &amp;in:</source>
        <translation>编号格式(&amp;I)：</translation>
    </message>
    <message>
        <source>The format whose question numbers the sheet uses. A sheet of an earlier report is read in that format and carried into this report through the mapping, as the previous cycle&apos;s answers.</source>
        <translation>工作表所用问题编号的格式。以前报告的工作表按该格式读取，并通过对应关系沿用到本报告中，作为上一周期的答复。</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Question numbers in column:</source>
        <translation>问题编号所在列(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Answers in column:</source>
        <translation>答复所在列(&amp;A)：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <source>not a question of this questionnaire</source>
        <translation>不是本调查表中的问题</translation>
    </message>
    <message>
        <source>The question numbers and the answers must be in different columns.</source>
        <translation>问题编号和答复必须位于不同的列。</translation>
    </message>
    <message>
        <source>{matched} of {named} rows name a question of this questionnaire.</source>
        <translation>{named} 行中有 {matched} 行指向本调查表中的问题。</translation>
    </message>
    <message>
        <source>(Counted in the first {n} rows.)</source>
        <translation>（按前 {n} 行计算。）</translation>
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
        <translation>已验证 - 只读</translation>
    </message>
    <message>
        <source>Validated on {when} by {who}.</source>
        <translation>已于 {when} 由 {who} 验证。</translation>
    </message>
    <message>
        <source>Frozen fingerprint (SHA-256):</source>
        <translation>冻结的指纹（SHA-256）：</translation>
    </message>
    <message>
        <source>To change an answer, choose File &gt; Reopen for Editing… and give the reason.</source>
        <translation>要更改答复，请选择“文件 &gt; 重新打开以编辑…”并说明理由。</translation>
    </message>
    <message>
        <source>Validate report</source>
        <translation>验证报告</translation>
    </message>
    <message>
        <source>The report cannot be validated yet: {count} questions still need an answer or a correction. The Completeness panel lists them.</source>
        <translation>报告尚不能验证：仍需答复或更正的问题数：{count}。“完整性”面板列出了这些问题。</translation>
    </message>
    <message>
        <source>Mark the report as validated?

It becomes read-only: no answer can be changed until someone chooses File &gt; Reopen for Editing… and gives a reason. Its fingerprint is frozen and printed on the PDF:

{fingerprint}</source>
        <translation>将报告标记为已验证？

报告将变为只读：在有人选择“文件 &gt; 重新打开以编辑…”并说明理由之前，任何答复都不能更改。其指纹将被冻结并打印在 PDF 上：

{fingerprint}</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Validate Anyway</source>
        <translation>仍然验证</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The report is validated; it is now read-only.</source>
        <translation>报告已验证，现为只读。</translation>
    </message>
    <message>
        <source>Reopen for Editing</source>
        <translation>重新打开以编辑</translation>
    </message>
    <message>
        <source>Why is the validated report reopened? The reason is kept with the report, with your name and the time. The report must be validated again before it is final.</source>
        <translation>为什么要重新打开已验证的报告？理由将与您的姓名和时间一起保存在报告中。报告在最终定稿前必须重新验证。</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>重新打开的理由</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>重新打开以编辑</translation>
    </message>
    <message>
        <source>The report is open for editing again.</source>
        <translation>报告已重新打开，可以编辑。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“{name}” is already open in this window.</source>
        <translation>“{name}”已在此窗口中打开。</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new report with a short wizard</source>
        <translation>通过简短的向导新建报告</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a report file</source>
        <translation>打开报告文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>副本另存为(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a copy of the report file, for example to send or back up</source>
        <translation>写出报告文件的副本，例如用于发送或备份</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the report as a PDF to print and sign</source>
        <translation>将报告写为 PDF，以便打印和签字</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the report as a spreadsheet</source>
        <translation>将报告写为电子表格</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>导入答复(&amp;I)…</translation>
    </message>
    <message>
        <source>Take answers from a workbook, a hand-made spreadsheet or the previous report, with a preview</source>
        <translation>从工作簿、手工制作的电子表格或上期报告获取答复，并可预览</translation>
    </message>
    <message>
        <source>&amp;Merge Contribution…</source>
        <translation>合并他人提供的内容(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring in a colleague&apos;s copy of this report or their filled workbook, with a preview</source>
        <translation>导入同事的本报告副本或其填写的工作簿，并可预览</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Cycle</source>
        <translation>与上一周期比较(&amp;P)</translation>
    </message>
    <message>
        <source>List every answer that differs from the previous reporting cycle</source>
        <translation>列出与上一报告周期不同的所有答复</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation>关闭报告(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find questions by text or number</source>
        <translation>按文字或编号查找问题</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Interface language and a second language for the questions</source>
        <translation>界面语言和问题的第二语言</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>上一节(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>下一节(&amp;N)</translation>
    </message>
    <message>
        <source>Next &amp;Unanswered Question</source>
        <translation>下一个未答问题(&amp;U)</translation>
    </message>
    <message>
        <source>Go to the next question that still needs an answer</source>
        <translation>转到下一个仍需答复的问题</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>下一窗格(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>上一窗格(&amp;V)</translation>
    </message>
    <message>
        <source>Question &amp;Language</source>
        <translation>问题语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;About bsreporter</source>
        <translation>关于 bsreporter(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>This report is open read-only because it is being edited elsewhere. Nothing you see here can be changed.</source>
        <translation>此报告正在其他地方编辑，因此以只读方式打开。此处显示的任何内容都不能更改。</translation>
    </message>
    <message>
        <source>Completeness</source>
        <extracomment>a report was opened (or created) and its first page is shown the section shown changed (its id)</extracomment>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一节</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>上一节</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一节 ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>下一节</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>下一个未答问题</translation>
    </message>
    <message>
        <source>Go to the next question that still needs an answer (F8)</source>
        <translation>转到下一个仍需答复的问题（F8）</translation>
    </message>
    <message>
        <source>&amp;Completeness Panel</source>
        <translation>完整性面板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>导航栏(&amp;N)</translation>
    </message>
    <message>
        <source>Click to show the completeness panel (Ctrl+Shift+C).</source>
        <translation>单击以显示完整性面板 (Ctrl+Shift+C)。</translation>
    </message>
    <message>
        <source>bsreporter</source>
        <translation>bsreporter</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Reports (*.bsr);;All files (*)</source>
        <translation>报告 (*.bsr);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open the demo report</source>
        <translation>打开演示报告</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>正在创建 {name}…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>关闭报告</translation>
    </message>
    <message>
        <source>An answer you typed was not saved because it is not valid: {questions}. The report keeps its earlier answer.</source>
        <translation>您输入的一个答复无效，因此未保存：{questions}。报告保留原先的答复。</translation>
    </message>
    <message>
        <source>Go Back to It</source>
        <translation>返回该答复</translation>
    </message>
    <message>
        <source>{count} answers you typed were not saved because they are not valid: {questions}. The report keeps its earlier answers.</source>
        <translation>您输入的 {count} 个答复无效，因此未保存：{questions}。报告保留原先的答复。</translation>
    </message>
    <message>
        <source>Go Back to Them</source>
        <translation>返回这些答复</translation>
    </message>
    <message>
        <source>Switch Anyway</source>
        <translation>仍然切换</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>仍然关闭</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>答复未保存</translation>
    </message>
    <message>
        <source>Every required question is answered.</source>
        <translation>所有必填问题均已答复。</translation>
    </message>
    <message>
        <source>{percent:.0f}% complete</source>
        <translation>已完成 {percent:.0f}%</translation>
    </message>
    <message>
        <source>{done} of {required} required answers; {blockers} to finish</source>
        <translation>必填答复 {required} 项中已完成 {done} 项；待完成 {blockers} 项</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed</source>
        <translation>只读：不能更改任何内容</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改均已保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>未保存：{message}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message>
        <source>{party} – {file}{read_only}</source>
        <translation>{party} – {file}{read_only}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>No recent reports</source>
        <translation>没有最近的报告</translation>
    </message>
    <message>
        <source>bsreporter {version}</source>
        <translation>bsreporter {version}</translation>
    </message>
    <message>
        <source>Prepare the national report on the Cartagena Protocol on Biosafety offline.</source>
        <translation>离线编写《卡塔赫纳生物技术安全议定书》国家报告。</translation>
    </message>
    <message>
        <source>Questionnaire: {form} version {version}</source>
        <translation>调查表：{form}，版本 {version}</translation>
    </message>
    <message>
        <source>Report file: {path}</source>
        <translation>报告文件：{path}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>About bsreporter</source>
        <translation>关于 bsreporter</translation>
    </message>
    <message>
        <source>This report is open read-only because its disk or folder cannot be written. To edit it, use File &gt; Save a Copy As… to put a copy in a folder of yours.</source>
        <translation>此报告以只读方式打开，因为其所在的磁盘或文件夹不可写入。如需编辑，请使用“文件 &gt; 副本另存为…”将副本保存到您自己的文件夹。</translation>
    </message>
    <message>
        <source>This report is open read-only because the file also exists under another name (a hard link), and a file with two names cannot be edited safely. To edit it, use File &gt; Save a Copy As… to make a copy of it.</source>
        <translation>此报告以只读方式打开，因为该文件还以另一个名称存在（硬链接），而具有两个名称的文件无法安全编辑。如需编辑，请使用“文件 &gt; 副本另存为…”复制一份。</translation>
    </message>
    <message>
        <source>This report is open read-only. Nothing you see here can be changed.</source>
        <translation>此报告以只读方式打开。此处显示的任何内容均不能更改。</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Go back to a backup copy of the report (undoable)</source>
        <translation>回到报告的某个备份副本（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Validate Report…</source>
        <translation>验证报告(&amp;V)…</translation>
    </message>
    <message>
        <source>Mark the complete report as validated: it becomes read-only</source>
        <translation>将完整的报告标记为已验证：报告将变为只读</translation>
    </message>
    <message>
        <source>Re&amp;open for Editing…</source>
        <translation>重新打开以编辑(&amp;O)…</translation>
    </message>
    <message>
        <source>Make a validated report editable again, recording why</source>
        <translation>使已验证的报告重新可编辑，并记录理由</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>您的姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>The name recorded in the history of the answers you change</source>
        <translation>记录在您所更改答复历史中的姓名</translation>
    </message>
    <message>
        <source>Answer &amp;History…</source>
        <translation>答复历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed the answer of the current question, when, and from what</source>
        <translation>当前问题的答复由谁、在何时、从什么更改而来</translation>
    </message>
    <message>
        <source>&amp;Validate Report… ({count} questions to finish)</source>
        <translation>验证报告(&amp;V)…（待完成的问题：{count}）</translation>
    </message>
    <message>
        <source>Put the cursor in a question first (or use the History… button beside it).</source>
        <translation>请先将光标置于某个问题中（或使用其旁边的“历史…”按钮）。</translation>
    </message>
    <message>
        <source>Focal areas and objectives of the report</source>
        <translation>报告的重点领域和目标</translation>
    </message>
    <message>
        <source>Report by &amp;Section</source>
        <translation>按节查看报告(&amp;S)</translation>
    </message>
    <message>
        <source>Report by Strategic &amp;Plan</source>
        <translation>按战略计划查看报告(&amp;P)</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>报告的各节</translation>
    </message>
</context>
<context>
    <name>MultilingualEditor</name>
    <message>
        <source>Add a translation</source>
        <translation>添加译文</translation>
    </message>
    <message>
        <source>Give this answer in another UN language as well</source>
        <translation>同时用另一种联合国语文给出此答复</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the text in {language}</source>
        <translation>删除{language}文字</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>{done} of {required} required answers ({percent:.0f}%), {blockers} to finish</source>
        <extracomment>Role holding the id of the section a row leads to.</extracomment>
        <translation>必填答复 {required} 项中已完成 {done} 项（{percent:.0f}%），待完成 {blockers} 项</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Focal area and objective</source>
        <translation>重点领域和目标</translation>
    </message>
    <message>
        <source>No question of this report informs it: its indicators are measured elsewhere.</source>
        <translation>本报告没有问题涉及此项：其指标在别处衡量。</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Sections of the report</source>
        <translation>报告的各节</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>NewReportWizard</name>
    <message>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this message (Escape)</source>
        <translation>关闭此消息（Esc）</translation>
    </message>
    <message>
        <source>Open the folder {folder}</source>
        <translation>打开文件夹 {folder}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long an action may run before its progress dialog appears.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Windows rebuilt in another language; kept here so Python does not collect them.</extracomment>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>与计算机相同（{language}）</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Second language of the questions:</source>
        <translation>问题的第二语言(&amp;S)：</translation>
    </message>
    <message>
        <source>The language of the questions themselves is chosen in View &gt; Question Language. A second language is shown under each question, for teams that work in two languages.</source>
        <translation>问题本身的语言在“视图 &gt; 问题语言”中选择。第二语言显示在每个问题下方，供使用两种语言工作的团队使用。</translation>
    </message>
</context>
<context>
    <name>PreviousAnswer</name>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>Show previous answer</source>
        <translation>显示上期答复</translation>
    </message>
    <message>
        <source>Show the previous cycle&apos;s answer to question {number}</source>
        <translation>显示问题 {number} 在上一周期的答复</translation>
    </message>
    <message>
        <source>Previous report ({source}):</source>
        <translation>上期报告（{source}）：</translation>
    </message>
    <message>
        <source>Previous report:</source>
        <translation>上期报告：</translation>
    </message>
    <message>
        <source>Hide previous answer</source>
        <translation>隐藏上期答复</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>The report keeps no answer here.</source>
        <translation>报告中此处没有答案。</translation>
    </message>
    <message>
        <source>The report keeps the earlier answer: {value}</source>
        <translation>报告保留先前的答案：{value}</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <extracomment>the status icon shown: what is stored, or &quot;not saved&quot; while a refused entry is on screen</extracomment>
        <translation>后续问题</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation>删除此答复</translation>
    </message>
    <message>
        <source>Clear the answer to question {number}</source>
        <translation>清除问题 {number} 的答复</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>Who changed this answer, when, and from what</source>
        <translation>此答复由谁、在何时、从什么更改而来</translation>
    </message>
    <message>
        <source>History of the answer to question {number}</source>
        <translation>问题 {number} 的答复历史</translation>
    </message>
    <message>
        <source>Carried over from the previous report. Check it, then confirm it.</source>
        <translation>沿用上期报告的答复。请核对，然后确认。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm the carried-over answer to question {number}</source>
        <translation>确认问题 {number} 沿用上期的答复</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Information not available</source>
        <translation>无可用信息</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Answered: not applicable</source>
        <translation>已回答：不适用</translation>
    </message>
    <message>
        <source>Answered: information not available</source>
        <translation>已回答：无可用信息</translation>
    </message>
    <message>
        <source>The answer is not valid</source>
        <translation>答复无效</translation>
    </message>
    <message>
        <source>Carried over: review and confirm</source>
        <translation>沿用上期：请审核并确认</translation>
    </message>
    <message>
        <source>Not asked, given the other answers</source>
        <translation>根据其他答复，无需回答</translation>
    </message>
    <message>
        <source>Required answer missing</source>
        <translation>缺少必填答复</translation>
    </message>
    <message>
        <source>Optional, not answered</source>
        <translation>选填，未回答</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>未保存：{message}</translation>
    </message>
    <message>
        <source>This answer is not valid: {detail}</source>
        <translation>此答复无效：{detail}</translation>
    </message>
    <message>
        <source>row {row}: “{column}” is missing</source>
        <translation>第 {row} 行：缺少“{column}”</translation>
    </message>
    <message>
        <source>row {row}: “{column}”: {message}</source>
        <translation>第 {row} 行：“{column}”：{message}</translation>
    </message>
    <message>
        <source>not allowed here</source>
        <translation>此处不允许</translation>
    </message>
    <message>
        <source>Row {row} is being filled in; it is checked when you leave it.</source>
        <translation>第 {row} 行正在填写；离开该行时将进行检查。</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Not available: the report is validated and locked. To change it, choose File &gt; Reopen for Editing…</source>
        <translation>不可用：报告已验证并锁定。如需更改，请选择“文件 &gt; 重新打开以编辑…”。</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because it is being edited elsewhere.</source>
        <translation>不可用：此报告正在其他地方编辑，因此以只读方式打开。</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because its disk or folder cannot be written.</source>
        <translation>不可用：此报告以只读方式打开，因为其所在的磁盘或文件夹不可写入。</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because the file also exists under another name.</source>
        <translation>不可用：此报告以只读方式打开，因为该文件还以另一个名称存在。</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only.</source>
        <translation>不可用：此报告以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Open {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <source>{problem}

No backup copy of this report was found on this computer. The file was left exactly as it is.</source>
        <translation>{problem}

在这台计算机上找不到此报告的备份副本。文件保持原样，未作任何改动。</translation>
    </message>
    <message>
        <source>{when}, {percent:.0f}% complete</source>
        <translation>{when}，已完成 {percent:.0f}%</translation>
    </message>
    <message>
        <source>{problem}

The latest good backup of this report is from {about}. It can be copied beside the damaged file as a new report, which is then opened. The damaged file is left exactly as it is.</source>
        <translation>{problem}

此报告最近一份完好的备份是 {about} 的。可将其作为新报告复制到损坏文件旁边，然后打开。损坏的文件保持原样，不作任何改动。</translation>
    </message>
    <message>
        <source>Open the Latest Good Backup</source>
        <translation>打开最近一份完好的备份</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open the latest good backup</source>
        <translation>打开最近一份完好的备份</translation>
    </message>
    <message>
        <source>Opened a copy of the backup of {when} as {name}; the damaged file was not changed.</source>
        <translation>已将 {when} 的备份副本作为 {name} 打开；损坏的文件未作改动。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <extracomment>a backup was restored: the copy made of the state just before</extracomment>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Copies of “{name}” are made when it is opened, every 10 minutes while it changes, and before an import or a restore. They are kept in {folder}.</source>
        <translation>“{name}”的副本在其打开时、更改期间每 10 分钟以及导入或恢复之前制作，保存在 {folder}。</translation>
    </message>
    <message>
        <source>There is no backup of this report yet.</source>
        <translation>此报告尚无备份。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>{when}, {percent:.0f}% complete</source>
        <translation>{when}，已完成 {percent:.0f}%</translation>
    </message>
    <message>
        <source>Replace the current answers with those of the backup of {about}?

The current answers are first saved as a backup (“Before a restore”, listed here), and Edit &gt; Undo takes the restore back. The history of every answer is kept.</source>
        <translation>用 {about} 备份的答复替换当前答复？

当前答复会先保存为备份（“恢复之前”，列于此处），且“编辑 &gt; 撤销”可撤回此次恢复。每项答复的历史都会保留。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Expected outcomes and indicators</source>
        <extracomment>Lines of questions read badly when wider than this.</extracomment>
        <translation>预期成果和指标</translation>
    </message>
    <message>
        <source>Show or hide the expected outcomes and indicators</source>
        <translation>显示或隐藏预期成果和指标</translation>
    </message>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation>标有 * 的问题必须答复。</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>上一节</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>下一节</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} questions matching “{query}”.</source>
        <translation>显示 {total} 个问题中与“{query}”匹配的 {shown} 个。</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>预期成果</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Measured elsewhere: {reason}</source>
        <translation>在别处衡量：{reason}</translation>
    </message>
    <message>
        <source>Next objective</source>
        <translation>下一个目标</translation>
    </message>
    <message>
        <source>Previous objective</source>
        <translation>上一个目标</translation>
    </message>
    <message>
        <source>No question of this report informs this objective. Its indicators:</source>
        <translation>本报告没有问题涉及此目标。其指标：</translation>
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
        <translation>离线编写贵国关于《卡塔赫纳生物技术安全议定书》的国家报告。每项答复一经给出即予保存。</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <source>Try the &amp;demo report</source>
        <translation>试用演示报告(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recent reports</source>
        <translation>最近的报告(&amp;R)</translation>
    </message>
    <message>
        <source>Recent reports</source>
        <translation>最近的报告</translation>
    </message>
    <message>
        <source>Reports you open will be listed here.</source>
        <translation>您打开的报告将在此列出。</translation>
    </message>
    <message>
        <source>{path} (no longer there)</source>
        <translation>{path}（已不存在）</translation>
    </message>
</context>
<context>
    <name>TableChanges</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>{what}: row {number}</source>
        <translation>{what}：第 {number} 行</translation>
    </message>
    <message>
        <source>{what}: was row {number}</source>
        <translation>{what}：原第 {number} 行</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}：{value}</translation>
    </message>
    <message>
        <source>Rows added: {added} · removed: {removed} · changed: {changed} · as they were: {same}</source>
        <translation>新增行：{added} · 删除：{removed} · 修改：{changed} · 未变：{same}</translation>
    </message>
    <message>
        <source>Choose a table question above to see its rows added, removed and changed.</source>
        <translation>在上方选择一个表格问题，即可查看其新增、删除和修改的行。</translation>
    </message>
    <message>
        <source>Question {number}: {summary}</source>
        <translation>问题 {number}：{summary}</translation>
    </message>
    <message>
        <source>Rows changed in question {number}</source>
        <translation>问题 {number} 中更改的行</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>Add a row to table {number}</source>
        <translation>在表格 {number} 中添加一行</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected row from table {number}</source>
        <translation>从表格 {number} 中删除所选的行</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Remove every selected row from table {number}?
Rows selected: {count} of {total}.</source>
        <translation>要从表 {number} 中删除所有选中的行吗？
选中的行：{count}（共 {total} 行）。</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>删除选中的行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>Required in every row</source>
        <translation>每行必填</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Merge {name}</source>
        <extracomment>the previous cycle&apos;s answers of the same questions, when the import carried answers over</extracomment>
        <translation>合并 {name}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Confirm answer {number}</source>
        <translation>确认答复 {number}</translation>
    </message>
    <message>
        <source>Answer {number}</source>
        <translation>答复 {number}</translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <source>By Strategic Plan</source>
        <translation>按战略计划</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>按节</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>显示报告</translation>
    </message>
    <message>
        <source>Show the report by focal area and operational objective of the Strategic Plan</source>
        <translation>按战略计划的重点领域和业务目标显示报告</translation>
    </message>
    <message>
        <source>Show the report by the sections of its form</source>
        <translation>按报告格式的各节显示报告</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>This answer is not allowed here.</source>
        <extracomment>General-information questions the wizard asks for, when the questionnaire has them.</extracomment>
        <translation>此处不允许这一答复。</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Language and file</source>
        <translation>语言和文件</translation>
    </message>
    <message>
        <source>The language of the report, and where to keep the report file.</source>
        <translation>报告的语言，以及报告文件的存放位置。</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>报告的语言</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>报告的语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Report &amp;file:</source>
        <translation>报告文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Reports (*.bsr)</source>
        <translation>报告 (*.bsr)</translation>
    </message>
    <message>
        <source>Choose where to keep the report file.</source>
        <translation>选择报告文件的存放位置。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose another name (an existing report is never overwritten).</source>
        <translation>“{path}”已存在；请另选名称（绝不会覆盖现有报告）。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>文件夹“{folder}”不存在。</translation>
    </message>
</context>
<context>
    <name>_FocalPointPage</name>
    <message>
        <source>National focal point</source>
        <translation>国家联络点</translation>
    </message>
    <message>
        <source>Who prepares the report. Leave blank what you will fill in later.</source>
        <translation>由谁编写报告。稍后再填的内容可以留空。</translation>
    </message>
</context>
<context>
    <name>_PartyPage</name>
    <message>
        <source>Party and questionnaire</source>
        <translation>缔约方和调查表</translation>
    </message>
    <message>
        <source>Who reports, and on which questionnaire.</source>
        <translation>由谁提交报告，以及使用哪份调查表。</translation>
    </message>
    <message>
        <source>Reporting Party</source>
        <translation>提交报告的缔约方</translation>
    </message>
    <message>
        <source>Reporting &amp;Party:</source>
        <translation>提交报告的缔约方(&amp;P)：</translation>
    </message>
    <message>
        <source>Questionnaire and reporting cycle</source>
        <translation>调查表和报告周期</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>调查表(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>_PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>报告所涉期间</translation>
    </message>
    <message>
        <source>The period this report covers. You can change it later.</source>
        <translation>本报告所涉的期间。您以后可以更改。</translation>
    </message>
</context>
<context>
    <name>PartyChooser</name>
    <message>
        <source>Choose from the list, or type a name</source>
        <translation>从列表中选择，或输入名称</translation>
    </message>
    <message>
        <source>Type part of a Party&apos;s name to find it. A name that is not in the list is kept as typed.</source>
        <translation>输入缔约方名称的一部分即可找到。不在名单中的名称将按输入内容保存。</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of Parties to the Protocol. It is kept as typed: a State that is not a Party may also fill in the report.</source>
        <translation>“{name}”不在《议定书》缔约方名单中。该名称将按输入内容保存：非缔约方国家也可以填写报告。</translation>
    </message>
</context>
</TS>
