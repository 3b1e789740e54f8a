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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
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
        <source>{party} national report</source>
        <translation>{party}国家报告</translation>
    </message>
    <message>
        <source>national report</source>
        <translation>国家报告</translation>
    </message>
    <message>
        <source>This answer is not allowed here.</source>
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
<context>
    <name>messages</name>
    <message>
        <source>question {number}</source>
        <comment>where_question</comment>
        <translation>问题 {number}</translation>
    </message>
    <message>
        <source>question {number}, row {row}</source>
        <comment>where_row</comment>
        <translation>问题 {number}，第 {row} 行</translation>
    </message>
    <message>
        <source>question {number}, row {row}, column &apos;{column}&apos;</source>
        <comment>where_cell</comment>
        <translation>问题 {number}，第 {row} 行，“{column}”列</translation>
    </message>
    <message>
        <source>{where}: true/false is not a valid answer; give a value of type {kind}.</source>
        <comment>bool_answer</comment>
        <translation>{where}：“真/假”不是有效的答复；请给出 {kind}。</translation>
    </message>
    <message>
        <source>{where}: expects text.</source>
        <comment>expects_text</comment>
        <translation>{where}：应填写文字。</translation>
    </message>
    <message>
        <source>{where}: {codes} is not a language this answer can be given in; give the text in the UN languages by their codes ({languages}).</source>
        <comment>not_un_language</comment>
        <translation>{where}：{codes} 不是此答复可以使用的语言；请按联合国语文代码（{languages}）填写文字。</translation>
    </message>
    <message>
        <source>{where}: the text has {length} characters; at most {limit} fit (the limit of a spreadsheet cell). Shorten it or attach a document.</source>
        <comment>text_too_long</comment>
        <translation>{where}：文字有 {length} 个字符；最多只能容纳 {limit} 个（电子表格单元格的上限）。请缩短文字或附上文件。</translation>
    </message>
    <message>
        <source>{where}: the text contains invisible control characters (for example from a copy-paste); remove them and try again.</source>
        <comment>control_chars</comment>
        <translation>{where}：文字中含有不可见的控制字符（例如复制粘贴带来的）；请删除后重试。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a whole number.</source>
        <comment>not_whole</comment>
        <translation>{where}：“{value}”不是整数。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number.</source>
        <comment>not_number</comment>
        <translation>{where}：“{value}”不是数字。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; could be read as {plain} or as {point}: write {plain} or {point}, as you mean it.</source>
        <comment>ambiguous_number</comment>
        <translation>{where}：“{value}”既可读作 {plain}，也可读作 {point}：请按您的本意写作 {plain} 或 {point}。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number: digit groups have three digits (e.g. 1 500 000 or 1,500,000.5).</source>
        <comment>number_groups</comment>
        <translation>{where}：“{value}”不是数字：数字分组应为每组三位（例如 1 500 000 或 1,500,000.5）。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; uses exponent notation; write the number in full (e.g. 100000 for 1e5).</source>
        <comment>number_exponent</comment>
        <translation>{where}：“{value}”使用了指数记数法；请完整写出数字（例如用 100000 表示 1e5）。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; has more than 15 significant digits, more than can be stored exactly; round it.</source>
        <comment>too_many_digits</comment>
        <translation>{where}：“{value}”的有效数字超过 15 位，无法精确保存；请四舍五入。</translation>
    </message>
    <message>
        <source>{where}: expects a finite number.</source>
        <comment>not_finite</comment>
        <translation>{where}：应为有限数值。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2019-12-31.</source>
        <comment>not_date</comment>
        <translation>{where}：“{value}”不是日期；请按 YYYY-MM-DD 格式填写，例如 2019-12-31。</translation>
    </message>
    <message>
        <source>{where}: {value} is outside the years 1900 to 2100.</source>
        <comment>date_range</comment>
        <translation>{where}：{value} 不在 1900 年至 2100 年之间。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a web address; it must start with http:// or https://.</source>
        <comment>not_url</comment>
        <translation>{where}：“{value}”不是网址；网址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an e-mail address (like name@example.org).</source>
        <comment>not_email</comment>
        <translation>{where}：“{value}”不是电子邮件地址（例如 name@example.org）。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not one of the options ({options}).</source>
        <comment>not_option</comment>
        <translation>{where}：“{value}”不是可选项之一（{options}）。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not one of the options; the closest are &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <comment>option_unknown</comment>
        <translation>{where}：“{value}”不是可选项之一；最接近的是“{first}”和“{second}”。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos;, in the answer &apos;{whole}&apos;, is not one of the options; the closest are &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <comment>option_part_unknown</comment>
        <translation>{where}：答复“{whole}”中的“{value}”不是可选项之一；最接近的是“{first}”和“{second}”。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; could be &apos;{first}&apos; or &apos;{second}&apos;; write the option as the form words it.</source>
        <comment>option_ambiguous</comment>
        <translation>{where}：“{value}”既可能是“{first}”，也可能是“{second}”；请按表格中的措辞填写选项。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos;, in the answer &apos;{whole}&apos;, could be &apos;{first}&apos; or &apos;{second}&apos;; write the option as the form words it.</source>
        <comment>option_part_ambiguous</comment>
        <translation>{where}：答复“{whole}”中的“{value}”既可能是“{first}”，也可能是“{second}”；请按表格中的措辞填写选项。</translation>
    </message>
    <message>
        <source>{where}: {value} is in none of the ranges offered ({options}).</source>
        <comment>option_no_range</comment>
        <translation>{where}：{value} 不在所列的任何范围内（{options}）。</translation>
    </message>
    <message>
        <source>{where}: {value} is none of the years offered ({options}).</source>
        <comment>option_no_year</comment>
        <translation>{where}：{value} 不在所列的年份之中（{options}）。</translation>
    </message>
    <message>
        <source>{where}: {readings} (a suggestion: taken only if you confirm it)</source>
        <comment>answer_suggested</comment>
        <translation>{where}：{readings}（此为建议：仅在您确认后采用）</translation>
    </message>
    <message>
        <source>read &apos;{read}&apos; as &apos;{option}&apos;</source>
        <comment>reading_loose</comment>
        <translation>将“{read}”读作“{option}”</translation>
    </message>
    <message>
        <source>read {read} as &apos;{option}&apos;, the range that holds it</source>
        <comment>reading_range</comment>
        <translation>将 {read} 读作“{option}”（包含该数的范围）</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an allowed answer here.</source>
        <comment>special_not_allowed</comment>
        <translation>{where}：“{value}”不是此处允许的答复。</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a JSON list of options.</source>
        <comment>not_json_list</comment>
        <translation>{where}：“{value}”不是 JSON 格式的选项列表。</translation>
    </message>
    <message>
        <source>{where}: expects a list of options.</source>
        <comment>expects_list</comment>
        <translation>{where}：应为选项列表。</translation>
    </message>
    <message>
        <source>{where}: {values} not among the options ({options}).</source>
        <comment>not_options</comment>
        <translation>{where}：{values} 不在可选项之中（{options}）。</translation>
    </message>
    <message>
        <source>{where}: a table is given as a JSON list of rows, e.g. [{{&quot;title&quot;: &quot;...&quot;}}].</source>
        <comment>table_json</comment>
        <translation>{where}：表格应以 JSON 行列表的形式给出，例如 [{{&quot;title&quot;: &quot;...&quot;}}]。</translation>
    </message>
    <message>
        <source>{where}: a table is a list of rows, each mapping column names to values.</source>
        <comment>table_rows</comment>
        <translation>{where}：表格是若干行的列表，每行将列名对应到值。</translation>
    </message>
    <message>
        <source>{where}: at most {limit} rows fit in a table.</source>
        <comment>table_too_many</comment>
        <translation>{where}：一个表格最多可容纳 {limit} 行。</translation>
    </message>
    <message>
        <source>{where}: no column {names}; the columns are {columns}.</source>
        <comment>table_no_column</comment>
        <translation>{where}：没有 {names} 列；现有列为 {columns}。</translation>
    </message>
    <message>
        <source>{where}: this kind of answer ({kind}) cannot be set here.</source>
        <comment>cannot_set</comment>
        <translation>{where}：此处不能设置这类答复（{kind}）。</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <comment>cell_rule</comment>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <source>{where} is empty; every row needs it.</source>
        <comment>cell_missing</comment>
        <translation>{where}为空；每一行都必须填写。</translation>
    </message>
    <message>
        <source>{where} breaks the column&apos;s rule.</source>
        <comment>cell_not_allowed</comment>
        <translation>{where}不符合该列的规则。</translation>
    </message>
    <message>
        <source>{where}: the value is nested too deeply to be an answer (lists within lists); give a plain list.</source>
        <comment>too_deep</comment>
        <translation>{where}：该值嵌套层次过深（列表套列表），不能作为答复；请给出简单的列表。</translation>
    </message>
    <message>
        <source>{where}: the answer contains characters that cannot be stored (broken text, for example from a damaged file or a wrongly encoded copy-paste); retype them.</source>
        <comment>unstorable_chars</comment>
        <translation>{where}：答复中含有无法保存的字符（损坏的文字，例如来自受损文件或编码错误的复制粘贴）；请重新输入。</translation>
    </message>
    <message>
        <source>{where}: the number has more than 18 digits.</source>
        <comment>number_too_large</comment>
        <translation>{where}：该数字超过 18 位。</translation>
    </message>
    <message>
        <source>{where}: the answer stored in the file cannot be read as an answer to this question; it is kept as it is until you give a new answer.</source>
        <comment>stored_unreadable</comment>
        <translation>{where}：文件中保存的答复无法作为对此问题的答复读取；在您给出新答复之前，它将原样保留。</translation>
    </message>
    <message>
        <source>The stored answer is not valid: {reason}</source>
        <comment>stored_invalid</comment>
        <translation>保存的答复无效：{reason}</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos; for editing: its folder is not writable ({reason}). Copy the report to a folder of yours, or open it read-only.</source>
        <comment>lock_folder_not_writable</comment>
        <translation>无法打开“{name}”进行编辑：其所在文件夹不可写入（{reason}）。请将报告复制到您自己的文件夹，或以只读方式打开。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already open for editing by {holder}. Close it there first, or open it read-only.</source>
        <comment>lock_held</comment>
        <translation>“{name}”已由{holder}打开编辑。请先在那里关闭，或以只读方式打开。</translation>
    </message>
    <message>
        <source>{user} on computer {host} (since {since})</source>
        <comment>lock_holder</comment>
        <translation>计算机 {host} 上的用户 {user}（自 {since} 起）</translation>
    </message>
    <message>
        <source>another bsreporter window</source>
        <comment>lock_holder_unknown</comment>
        <translation>另一个 bsreporter 窗口</translation>
    </message>
    <message>
        <source>{user} (since {since}; the computer was not recorded)</source>
        <comment>lock_holder_partial</comment>
        <translation>用户 {user}（自 {since} 起；未记录计算机名称）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on a read-only disk or in a folder that cannot be written, so it can only be opened read-only. To edit it, copy it to a folder of yours.</source>
        <comment>read_only_medium</comment>
        <translation>“{name}”位于只读磁盘或不可写入的文件夹中，因此只能以只读方式打开。如需编辑，请将其复制到您自己的文件夹。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on a read-only disk or in a folder that cannot be written; it was opened read-only. The file is sound. To edit it, copy it to a folder of yours.</source>
        <comment>read_only_medium_opened</comment>
        <translation>“{name}”位于只读磁盘或不可写入的文件夹中；已以只读方式打开。该文件完好无损。如需编辑，请将其复制到您自己的文件夹。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; also exists under another name (a hard link), so it can only be opened read-only: a file with two names cannot be edited safely. To edit it, make a copy of it and edit the copy.</source>
        <comment>hard_linked</comment>
        <translation>“{name}”还以另一个名称存在（硬链接），因此只能以只读方式打开：具有两个名称的文件无法安全编辑。如需编辑，请复制一份并编辑该副本。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; also exists under another name (a hard link); it was opened read-only. The file is sound. To edit it, make a copy of it and edit the copy.</source>
        <comment>hard_linked_opened</comment>
        <translation>“{name}”还以另一个名称存在（硬链接）；已以只读方式打开。该文件完好无损。如需编辑，请复制一份并编辑该副本。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: beside it, &apos;{odd}&apos; is {kind}, not an ordinary file. bsreporter keeps its own working files under that name. Remove or rename &apos;{odd}&apos; and try again.</source>
        <comment>odd_companion</comment>
        <translation>无法打开“{name}”：其旁边的“{odd}”是{kind}，而不是普通文件。bsreporter 使用该名称保存自己的工作文件。请删除或重命名“{odd}”后重试。</translation>
    </message>
    <message>
        <source>a folder</source>
        <comment>file_kind_folder</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a link</source>
        <comment>file_kind_link</comment>
        <translation>链接</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <comment>file_kind_pipe</comment>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <comment>file_kind_socket</comment>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <comment>file_kind_device</comment>
        <translation>设备</translation>
    </message>
    <message>
        <source>The name of &apos;{name}&apos; is too long for this disk (bsreporter keeps its working files beside a report under slightly longer names). Choose a shorter name, or rename the file.</source>
        <comment>report_name_too_long</comment>
        <translation>“{name}”的名称对于此磁盘而言过长（bsreporter 会在报告旁边以稍长的名称保存工作文件）。请选择一个较短的名称，或重命名该文件。</translation>
    </message>
    <message>
        <source>The name &apos;{name}&apos; is too long for this disk. Choose a shorter name.</source>
        <comment>file_name_too_long</comment>
        <translation>名称“{name}”对于此磁盘而言过长。请选择一个较短的名称。</translation>
    </message>
    <message>
        <source>There is no file &apos;{path}&apos;.</source>
        <comment>no_file</comment>
        <translation>不存在文件“{path}”。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a report file.</source>
        <comment>is_folder_not_report</comment>
        <translation>“{path}”是一个文件夹，而不是报告文件。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {kind}, not a file; it is not a report file.</source>
        <comment>not_a_regular_file</comment>
        <translation>“{path}”是{kind}，而不是文件；它不是报告文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read ({reason}).</source>
        <comment>cannot_read</comment>
        <translation>无法读取“{name}”（{reason}）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; it is not a bsreporter report.</source>
        <comment>report_empty</comment>
        <translation>“{name}”是空文件；它不是 bsreporter 报告。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a bsreporter report (it is some other kind of file).</source>
        <comment>not_a_report</comment>
        <translation>“{name}”不是 bsreporter 报告（它是其他类型的文件）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (cut short); open a backup copy instead.</source>
        <comment>damaged_cut_short</comment>
        <translation>“{name}”已损坏（文件不完整）；请改为打开备份副本。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (its header is unreadable); open a backup copy instead.</source>
        <comment>damaged_header</comment>
        <translation>“{name}”已损坏（文件头无法读取）；请改为打开备份副本。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (cut short: {size} of {expected} bytes); open a backup copy instead.</source>
        <comment>damaged_size</comment>
        <translation>“{name}”已损坏（文件不完整：{expected} 字节中仅有 {size} 字节）；请改为打开备份副本。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a database but not a bsreporter report.</source>
        <comment>database_not_report</comment>
        <translation>“{name}”是数据库，但不是 bsreporter 报告。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened ({reason}).</source>
        <comment>cannot_open_reason</comment>
        <translation>无法打开“{name}”（{reason}）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was saved by a newer version of bsreporter (file format {version}, this program reads up to {supported}). Install the latest bsreporter to open it.</source>
        <comment>newer_version</comment>
        <translation>“{name}”由较新版本的 bsreporter 保存（文件格式 {version}，本程序最高只能读取 {supported}）。请安装最新版本的 bsreporter 后再打开。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a complete bsreporter report (no file format version).</source>
        <comment>not_complete_report</comment>
        <translation>“{name}”不是完整的 bsreporter 报告（缺少文件格式版本）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged ({problem}); open a backup copy instead. The file was not changed.</source>
        <comment>damaged_problem</comment>
        <translation>“{name}”已损坏（{problem}）；请改为打开备份副本。该文件未被更改。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (tables are missing); open a backup copy instead.</source>
        <comment>damaged_tables</comment>
        <translation>“{name}”已损坏（缺少数据表）；请改为打开备份副本。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was refused: it holds database content that bsreporter never makes ({what}), which could change answers without anyone knowing. The file was not changed. Ask the sender for the report again, or open one of its backup copies.</source>
        <comment>report_foreign_content</comment>
        <translation>已拒绝“{name}”：它包含 bsreporter 从不创建的数据库内容（{what}），这些内容可能在无人知晓的情况下更改答案。该文件未被更改。请向发送者重新索取报告，或打开其备份副本之一。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened because its disk is full. The file is sound; free some space and open it again.</source>
        <comment>disk_full_open</comment>
        <translation>由于磁盘已满，无法打开“{name}”。该文件完好无损；请释放一些空间后再次打开。</translation>
    </message>
    <message>
        <source>Beside &apos;{name}&apos; lay unsaved changes from a session that ended abruptly, but they were made to another file than the one there now (it was replaced). They were not applied; they were kept aside as &apos;{log}&apos;. The answers shown are those of the file itself.</source>
        <comment>foreign_log_set_aside</comment>
        <translation>“{name}”旁边有一次意外中断的会话留下的未保存更改，但这些更改针对的是另一个文件（当前文件已被替换）。这些更改未被应用，已另存为“{log}”。显示的答案是该文件本身的答案。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not opened: beside it lie unsaved changes made to another file, and they could not be moved aside ({reason}). Nothing was changed.</source>
        <comment>foreign_log_cannot_move</comment>
        <translation>未打开“{name}”：其旁边有针对另一个文件的未保存更改，且无法将其移开（{reason}）。未作任何更改。</translation>
    </message>
    <message>
        <source>Give the name of the reporting Party.</source>
        <comment>party_missing</comment>
        <translation>请填写提交报告的缔约方名称。</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of this questionnaire; use one of {languages}.</source>
        <comment>language_not_in_form</comment>
        <translation>“{language}”不是本问卷的语言；请使用以下语言之一：{languages}。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose another file name (an existing report is never overwritten).</source>
        <comment>report_exists</comment>
        <translation>“{path}”已存在；请另选文件名（现有报告绝不会被覆盖）。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <comment>folder_does_not_exist</comment>
        <translation>文件夹“{folder}”不存在。</translation>
    </message>
    <message>
        <source>Cannot create &apos;{name}&apos;: {reason}. Check the disk has space and the folder is writable.</source>
        <comment>cannot_create_report</comment>
        <translation>无法创建“{name}”：{reason}。请检查磁盘是否有可用空间以及文件夹是否可写入。</translation>
    </message>
    <message>
        <source>its disk or folder cannot be written</source>
        <comment>reason_not_writable</comment>
        <translation>其所在的磁盘或文件夹不可写入</translation>
    </message>
    <message>
        <source>another program is writing it; try again in a moment</source>
        <comment>reason_busy</comment>
        <translation>另一个程序正在写入该文件；请稍后重试</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>reason_disk_full</comment>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The disk is full: &apos;{name}&apos; could not be created, and nothing was left behind. Free some space and try again.</source>
        <comment>disk_full_create</comment>
        <translation>磁盘已满：无法创建“{name}”，也未留下任何文件。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers a questionnaire this program does not have: {reason}</source>
        <comment>questionnaire_missing</comment>
        <translation>“{name}”所答复的问卷不在本程序中：{reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, not &apos;{expected}&apos;.</source>
        <comment>other_questionnaire</comment>
        <translation>“{name}”答复的是问卷“{found}”，而不是“{expected}”。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {reason}.</source>
        <comment>report_cannot_be_opened</comment>
        <translation>无法打开“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>Question {number} does not accept &apos;{special}&apos; (allowed: {allowed}).</source>
        <comment>special_not_accepted</comment>
        <translation>问题 {number} 不接受“{special}”（允许：{allowed}）。</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>special_not_applicable</comment>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Information not available</source>
        <comment>special_not_available</comment>
        <translation>无可用信息</translation>
    </message>
    <message>
        <source>&apos;{special}&apos; is no longer allowed for this question</source>
        <comment>special_no_longer_allowed</comment>
        <translation>此问题已不再允许“{special}”</translation>
    </message>
    <message>
        <source>none</source>
        <comment>none_allowed</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>The {what} contains characters that cannot be stored (broken text, for example from a wrongly encoded terminal or file); retype it. Nothing was changed.</source>
        <comment>unstorable_argument</comment>
        <translation>{what}中含有无法保存的字符（损坏的文字，例如来自编码错误的终端或文件）；请重新输入。未作任何更改。</translation>
    </message>
    <message>
        <source>Question {number}: {message}</source>
        <comment>constraint_failed</comment>
        <translation>问题 {number}：{message}</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <comment>answer_not_allowed</comment>
        <translation>此处不允许该答复</translation>
    </message>
    <message>
        <source>Question {number} has no carried-over answer to confirm.</source>
        <comment>nothing_to_confirm</comment>
        <translation>问题 {number} 没有需要确认的沿用答复。</translation>
    </message>
    <message>
        <source>This questionnaire has no question &apos;{question}&apos;.</source>
        <comment>no_such_question</comment>
        <translation>本问卷中没有问题“{question}”。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers another questionnaire ({form}); nothing was restored.</source>
        <comment>restore_other_questionnaire</comment>
        <translation>“{name}”答复的是另一份问卷（{form}）；未恢复任何内容。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open read-only; nothing was changed.</source>
        <comment>report_read_only</comment>
        <translation>“{name}”以只读方式打开；未作任何更改。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is validated and locked; choose &quot;Reopen for editing&quot; to change it.</source>
        <comment>report_validated_locked</comment>
        <translation>“{name}”已验证并锁定；如需更改，请选择“重新打开以编辑”。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is validated and locked; to change it, reopen it in the desktop application (File &gt; Reopen for Editing…) and give the reason.</source>
        <comment>report_validated_locked_cli</comment>
        <translation>“{name}”已验证并锁定；如需更改，请在桌面应用程序中重新打开它（文件 &gt; 重新打开以编辑…）并说明原因。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date of submission; write it as YYYY-MM-DD (for example 2026-03-31).</source>
        <comment>detail_date_invalid</comment>
        <translation>“{value}”不是有效的提交日期；请按 YYYY-MM-DD 格式填写（例如 2026-03-31）。</translation>
    </message>
    <message>
        <source>The value given for &apos;{question}&apos; is empty (no text, or only empty rows), so the answer was kept; to remove the answer, use --clear.</source>
        <comment>set_empty_value</comment>
        <translation>为“{question}”给出的值为空（没有文本，或只有空行），因此答案保持不变；如需删除该答案，请使用 --clear。</translation>
    </message>
    <message>
        <source>The disk holding &apos;{name}&apos; is full; the last change was not stored. Free some space and try again.</source>
        <comment>disk_full_report</comment>
        <translation>存放“{name}”的磁盘已满；最近一次更改未能保存。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written (read-only disk or file); the last change was not stored.</source>
        <comment>report_not_writable</comment>
        <translation>无法写入“{name}”（磁盘或文件为只读）；最近一次更改未能保存。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is busy in another program; the last change was not stored. Try again.</source>
        <comment>report_busy</comment>
        <translation>“{name}”正被另一个程序占用；最近一次更改未能保存。请重试。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; turned out to be damaged while the last change was stored; that change was not stored. Close it and open one of its backup copies.</source>
        <comment>report_damaged_writing</comment>
        <translation>保存最近一次更改时发现“{name}”已损坏；该更改未能保存。请关闭该文件，并打开它的一个备份副本。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({reason}); the last change was not stored.</source>
        <comment>report_write_failed</comment>
        <translation>无法写入“{name}”（{reason}）；最近一次更改未能保存。</translation>
    </message>
    <message>
        <source>A backup copy of &apos;{name}&apos; could not be made ({reason}); your report itself is unchanged. Free some disk space.</source>
        <comment>backup_failed</comment>
        <translation>无法为“{name}”创建备份副本（{reason}）；您的报告本身未受影响。请释放一些磁盘空间。</translation>
    </message>
    <message>
        <source>The backup could not be copied next to &apos;{name}&apos; ({reason}).</source>
        <comment>backup_copy_failed</comment>
        <translation>无法将备份复制到“{name}”旁边（{reason}）。</translation>
    </message>
    <message>
        <source>No backup copy of &apos;{name}&apos; was made: the backup folder {folder} cannot be written. Your report itself is unchanged and can be edited.</source>
        <comment>backup_folder_not_writable</comment>
        <translation>未能为“{name}”创建备份副本：无法写入备份文件夹 {folder}。您的报告本身未受影响，仍可编辑。</translation>
    </message>
    <message>
        <source>A copy cannot replace the report it is copied from; choose another file name.</source>
        <comment>copy_over_itself</comment>
        <translation>副本不能替换其来源报告；请另选文件名。</translation>
    </message>
    <message>
        <source>The copy &apos;{name}&apos; could not be written ({reason}). Check the disk has space and the folder is writable.</source>
        <comment>copy_write_failed</comment>
        <translation>无法写入副本“{name}”（{reason}）。请检查磁盘是否有可用空间以及文件夹是否可写入。</translation>
    </message>
    <message>
        <source>The demo report is missing from this installation ({path}).</source>
        <comment>demo_missing</comment>
        <translation>本安装中缺少示例报告（{path}）。</translation>
    </message>
    <message>
        <source>No way to update a report from file format {version}; this is a bug, please report it.</source>
        <comment>no_migration</comment>
        <translation>无法从文件格式 {version} 更新报告；这是程序错误，请报告该问题。</translation>
    </message>
    <message>
        <source>Cannot change {names} of a report.</source>
        <comment>meta_unknown</comment>
        <translation>无法更改报告的 {names}。</translation>
    </message>
    <message>
        <source>Cannot keep {names} as a detail of a report.</source>
        <comment>details_unknown</comment>
        <translation>无法将 {names} 保存为报告的详细信息。</translation>
    </message>
    <message>
        <source>No questionnaire with id &apos;{form_id}&apos; is installed; installed: {installed}.</source>
        <comment>form_not_installed</comment>
        <translation>未安装标识为“{form_id}”的问卷；已安装：{installed}。</translation>
    </message>
    <message>
        <source>No questionnaire with id &apos;{form_id}&apos; is installed; no questionnaire is installed at all. Reinstall the program.</source>
        <comment>form_none_installed</comment>
        <translation>未安装标识为“{form_id}”的问卷；根本没有安装任何问卷。请重新安装本程序。</translation>
    </message>
    <message>
        <source>The questionnaire &apos;{form_id}&apos; installed with this program has mistakes, so its reports cannot be opened; reinstall the program. For the questionnaire&apos;s authors: {details}</source>
        <comment>form_installed_broken</comment>
        <translation>本程序安装的问卷“{form_id}”有错误，因此无法打开其报告；请重新安装本程序。供问卷作者参考：{details}</translation>
    </message>
    <message>
        <source>A hand-made sheet needs both --question-column and --answer-column.</source>
        <comment>cli_sheet_columns_both</comment>
        <translation>手工制作的工作表需要同时提供 --question-column 和 --answer-column。</translation>
    </message>
    <message>
        <source>No sheet of &apos;{name}&apos; names this questionnaire&apos;s question numbers in a column; point them out with --sheet, --question-column and --answer-column.</source>
        <comment>cli_sheet_not_found</comment>
        <translation>“{name}”中没有任何工作表在某一列中列出本问卷的问题编号；请用 --sheet、--question-column 和 --answer-column 指明。</translation>
    </message>
    <message>
        <source>--theirs names questions that are not in conflict: {questions}.</source>
        <comment>cli_theirs_not_in_conflict</comment>
        <translation>--theirs 列出的问题并不存在冲突：{questions}。</translation>
    </message>
    <message>
        <source>{reason} To take them anyway, give --other-party.</source>
        <comment>cli_other_party</comment>
        <translation>{reason} 如仍要采用，请提供 --other-party。</translation>
    </message>
    <message>
        <source>Give a value, --special or --clear.</source>
        <comment>cli_set_nothing</comment>
        <translation>请提供一个值、--special 或 --clear。</translation>
    </message>
    <message>
        <source>No form definitions (form.yaml) found in &apos;{folder}&apos;.</source>
        <comment>cli_no_forms_found</comment>
        <translation>在“{folder}”中未找到问卷定义（form.yaml）。</translation>
    </message>
    <message>
        <source>{folder}: the converted form differs from the original; put back the files from git.</source>
        <comment>cli_convert_differs</comment>
        <translation>{folder}：转换后的问卷与原问卷不一致；请从 git 恢复这些文件。</translation>
    </message>
    <message>
        <source>undo</source>
        <comment>history_undo</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>redo</source>
        <comment>history_redo</comment>
        <translation>重做</translation>
    </message>
    <message>
        <source>undo: restore</source>
        <comment>history_undo_restore</comment>
        <translation>撤销：恢复</translation>
    </message>
    <message>
        <source>undo of {name}</source>
        <comment>history_undo_of</comment>
        <translation>撤销 {name}</translation>
    </message>
    <message>
        <source>backup of {when}</source>
        <comment>history_backup_of</comment>
        <translation>{when} 的备份</translation>
    </message>
    <message>
        <source>redo: backup of {when}</source>
        <comment>history_redo_backup_of</comment>
        <translation>重做：{when} 的备份</translation>
    </message>
    <message>
        <source>value of {when}</source>
        <comment>history_value_of</comment>
        <translation>{when} 的值</translation>
    </message>
    <message>
        <source>The report is already validated.</source>
        <comment>already_validated</comment>
        <translation>该报告已经验证。</translation>
    </message>
    <message>
        <source>The report cannot be validated yet: {count} questions still need an answer or a correction (see the completeness check).</source>
        <comment>cannot_validate_yet</comment>
        <translation>该报告尚不能验证：仍有 {count} 个问题需要答复或更正（见完整性检查）。</translation>
    </message>
    <message>
        <source>The report is not validated; it is already open for editing.</source>
        <comment>not_validated</comment>
        <translation>该报告尚未验证；它已处于可编辑状态。</translation>
    </message>
    <message>
        <source>Say why the report is reopened; the reason is kept with the report.</source>
        <comment>reopen_reason_missing</comment>
        <translation>请说明重新打开报告的原因；该原因将随报告一并保存。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist; choose an existing folder.</source>
        <comment>folder_missing_choose</comment>
        <translation>文件夹“{folder}”不存在；请选择一个现有文件夹。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ordinary file (it is a named pipe, a device or a socket); give the name of a file.</source>
        <comment>destination_not_a_file</comment>
        <translation>“{name}”不是普通文件（而是命名管道、设备或套接字）；请给出一个文件名。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name.</source>
        <comment>destination_is_folder</comment>
        <translation>“{path}”是一个文件夹；请给出文件名。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is read-only; choose another file name or make it writable.</source>
        <comment>destination_read_only</comment>
        <translation>“{name}”为只读文件；请另选文件名，或将其设为可写入。</translation>
    </message>
    <message>
        <source>The disk is full while writing &apos;{name}&apos;; {kept}. Free some space or choose another disk.</source>
        <comment>disk_full_writing</comment>
        <translation>写入“{name}”时磁盘已满；{kept}。请释放一些空间或选择其他磁盘。</translation>
    </message>
    <message>
        <source>The disk holding &apos;{name}&apos; is read-only; {kept}. Choose another folder.</source>
        <comment>disk_read_only</comment>
        <translation>存放“{name}”的磁盘为只读；{kept}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open in another program (for example a spreadsheet or PDF viewer) or locked; close it and try again, or choose another file name.</source>
        <comment>file_in_use</comment>
        <translation>“{name}”已在另一个程序（例如电子表格或 PDF 阅读器）中打开或已被锁定；请将其关闭后重试，或另选文件名。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; cannot be written (no permission); {kept}. Choose another folder.</source>
        <comment>folder_no_permission</comment>
        <translation>无法写入文件夹“{folder}”（没有权限）；{kept}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({reason}); {kept}.</source>
        <comment>file_write_failed</comment>
        <translation>无法写入“{name}”（{reason}）；{kept}。</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <comment>kept_nothing_written</comment>
        <translation>未写入任何内容</translation>
    </message>
    <message>
        <source>the existing &apos;{name}&apos; was left as it was</source>
        <comment>kept_existing</comment>
        <translation>现有的“{name}”保持不变</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a bsreporter report; an export never replaces a report, so it is kept as it is. Choose another file name.</source>
        <comment>export_over_report</comment>
        <translation>“{name}”是一份 bsreporter 报告；导出绝不会替换报告，因此该文件保持不变。请另选文件名。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends in .bsr, the ending of reports; give the export a name ending in {suffix}.</source>
        <comment>export_named_as_report</comment>
        <translation>“{name}”以 .bsr 结尾，这是报告文件的扩展名；请为导出文件取一个以 {suffix} 结尾的名称。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is one of the files this command reads; it is kept as it is. Choose another file name for the result.</source>
        <comment>export_over_input</comment>
        <translation>“{name}”是此命令读取的文件之一；该文件保持不变。请为结果另选文件名。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report file itself; choose another file name for the export.</source>
        <comment>export_is_report_file</comment>
        <translation>“{name}”就是报告文件本身；请为导出文件另选文件名。</translation>
    </message>
    <message>
        <source>Unknown paper size &apos;{paper}&apos;; use a4 or letter.</source>
        <comment>export_paper_unknown</comment>
        <translation>未知的纸张大小“{paper}”；请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>Say what to write: --pdf FILE, --xlsx FILE or both.</source>
        <comment>export_nothing_asked</comment>
        <translation>请说明要写入的内容：--pdf FILE、--xlsx FILE，或两者皆写。</translation>
    </message>
    <message>
        <source>The PDF and the XLSX need two different file names.</source>
        <comment>export_same_file_twice</comment>
        <translation>PDF 和 XLSX 需要使用两个不同的文件名。</translation>
    </message>
    <message>
        <source>The PDF&apos;s page numbers did not settle; export again, and report the problem if it persists.</source>
        <comment>pdf_pages_unsettled</comment>
        <translation>PDF 的页码未能确定；请重新导出，如问题仍然存在，请报告该问题。</translation>
    </message>
    <message>
        <source>The PDF could not be laid out ({reason}). A very long answer may not fit on a page; shorten it and export again.</source>
        <comment>pdf_layout_failed</comment>
        <translation>无法完成 PDF 的版面编排（{reason}）。可能有很长的答复无法容纳在一页中；请缩短后重新导出。</translation>
    </message>
    <message>
        <source>The right-to-left text support could not order a line; reinstall the program.</source>
        <comment>pdf_bidi_failed</comment>
        <translation>从右到左文字支持组件无法排列某一行；请重新安装本程序。</translation>
    </message>
    <message>
        <source>The font file &apos;{path}&apos; is missing or damaged; reinstall the program.</source>
        <comment>font_damaged</comment>
        <translation>字体文件“{path}”缺失或已损坏；请重新安装本程序。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not an analysis database written by bsreporter aggregate; it is kept as it is. Choose another file name, or move that file away first.</source>
        <comment>analysis_db_over_other_file</comment>
        <translation>“{name}”已存在，且不是由 bsreporter aggregate 写入的分析数据库；该文件保持不变。请另选文件名，或先将该文件移走。</translation>
    </message>
    <message>
        <source>The analysis database &apos;{name}&apos; could not be made ({reason}); nothing was written.</source>
        <comment>analysis_db_write_failed</comment>
        <translation>无法生成分析数据库“{name}”（{reason}）；未写入任何内容。</translation>
    </message>
    <message>
        <source>Say where to write the analysis: -o SUMMARY.xlsx, --db ANALYSIS.db, or both.</source>
        <comment>aggregate_no_output</comment>
        <translation>请指明分析结果的写入位置：-o SUMMARY.xlsx、--db ANALYSIS.db，或两者都指定。</translation>
    </message>
    <message>
        <source>-o and --db both name &apos;{name}&apos;; give the workbook and the database a name each.</source>
        <comment>aggregate_same_destination</comment>
        <translation>-o 和 --db 指向同一个文件“{name}”；请分别为工作簿和数据库指定文件名。</translation>
    </message>
    <message>
        <source>Give at least one report file to analyse.</source>
        <comment>aggregate_no_files</comment>
        <translation>请至少提供一个要分析的报告文件。</translation>
    </message>
    <message>
        <source>None of the files could be read: {reasons}</source>
        <comment>aggregate_nothing_readable</comment>
        <translation>所有文件均无法读取：{reasons}</translation>
    </message>
    <message>
        <source>{count} answers cannot be read, first: {first}</source>
        <comment>aggregate_workbook_problems</comment>
        <translation>有 {count} 个答复无法读取，第一个：{first}</translation>
    </message>
    <message>
        <source>{party} is given in more than one file holding the same answers (&apos;{kept}&apos;, {others}): counted once.</source>
        <comment>aggregate_same_party_copies</comment>
        <translation>{party} 出现在多个答复相同的文件中（“{kept}”，{others}）：只计算一次。</translation>
    </message>
    <message>
        <source>{party} is given in more than one file and their answers differ: counted once, from &apos;{kept}&apos;, whose answers were changed last ({when}); set aside: {others}.</source>
        <comment>aggregate_same_party_differs</comment>
        <translation>{party} 出现在多个文件中，且答复不同：只计算一次，采用最近修改答复的“{kept}”（{when}）；未采用：{others}。</translation>
    </message>
    <message>
        <source>Reports</source>
        <comment>aggregate_sheet_reports</comment>
        <translation>报告</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>aggregate_col_text</comment>
        <translation>案文</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>aggregate_col_kind</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>aggregate_col_value</comment>
        <translation>数值</translation>
    </message>
    <message>
        <source>Parties counted</source>
        <comment>aggregate_col_counted</comment>
        <translation>计入的缔约方</translation>
    </message>
    <message>
        <source>Parties answered</source>
        <comment>aggregate_col_answered</comment>
        <translation>作答的缔约方</translation>
    </message>
    <message>
        <source>Did not answer</source>
        <comment>aggregate_col_not_answered</comment>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Parties behind the figure</source>
        <comment>aggregate_col_behind</comment>
        <translation>该数字所涉缔约方</translation>
    </message>
    <message>
        <source>Party or file</source>
        <comment>aggregate_col_party_or_file</comment>
        <translation>缔约方或文件</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>aggregate_col_read</comment>
        <translation>已读取</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>aggregate_row_read</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>no: {reason}</source>
        <comment>aggregate_row_unreadable</comment>
        <translation>否：{reason}</translation>
    </message>
    <message>
        <source>count</source>
        <comment>aggregate_kind_count</comment>
        <translation>计数</translation>
    </message>
    <message>
        <source>percentage</source>
        <comment>aggregate_kind_percentage</comment>
        <translation>百分比</translation>
    </message>
    <message>
        <source>sum</source>
        <comment>aggregate_kind_sum</comment>
        <translation>总和</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <comment>file_reason</comment>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>no: the same Party as &apos;{kept}&apos;, counted once</source>
        <comment>aggregate_set_aside_row</comment>
        <translation>否：与“{kept}”为同一缔约方，只计算一次</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not a PDF; an export replaces only an earlier PDF, so it is kept as it is. To export, choose another file name ending in .pdf.</source>
        <comment>export_over_other_pdf</comment>
        <translation>“{name}”已存在且不是 PDF 文件；导出只会替换先前的 PDF，因此该文件保持不变。如需导出，请另选一个以 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not an XLSX workbook; an export replaces only an earlier workbook, so it is kept as it is. To export, choose another file name ending in .xlsx.</source>
        <comment>export_over_other_xlsx</comment>
        <translation>“{name}”已存在且不是 XLSX 工作簿；导出只会替换先前的工作簿，因此该文件保持不变。如需导出，请另选一个以 .xlsx 结尾的文件名。</translation>
    </message>
    <message>
        <source>The work stopped before it finished: the process doing it in the background ended unexpectedly. No file was written and the report is as it was; try again.</source>
        <comment>background_process_ended</comment>
        <translation>该操作未完成即已停止：在后台执行它的进程意外结束。没有写入任何文件，报告保持原样；请重试。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; does not exist.</source>
        <comment>source_missing</comment>
        <translation>“{path}”不存在。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is protected by a password. Open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect Workbook, or File &gt; Properties &gt; Security) and save it again as .xlsx.</source>
        <comment>xlsx_password</comment>
        <translation>“{name}”受密码保护。请在 Excel 或 LibreOffice 中打开，删除密码（文件 &gt; 信息 &gt; 保护工作簿，或文件 &gt; 属性 &gt; 安全性），然后重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), then import that file.</source>
        <comment>xls_old</comment>
        <translation>“{name}”是旧版 Excel 97-2003 工作簿（.xls）。请在 Excel 或 LibreOffice 中打开，另存为 Excel 工作簿（.xlsx），然后导入该文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet this program can read; save it as an Excel Workbook (.xlsx) and try again.</source>
        <comment>not_spreadsheet</comment>
        <translation>“{name}”不是本程序可读取的电子表格；请将其另存为 Excel 工作簿（.xlsx）后重试。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an OpenDocument spreadsheet (.ods). In LibreOffice choose File &gt; Save As &gt; Excel 2007-365 (.xlsx), then import that file.</source>
        <comment>ods_spreadsheet</comment>
        <translation>“{name}”是 OpenDocument 电子表格（.ods）。请在 LibreOffice 中选择“文件 &gt; 另存为 &gt; Excel 2007-365（.xlsx）”，然后导入该文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; would unpack to {size} bytes, far more than any report; it was not opened. Check that this is the right file.</source>
        <comment>zip_bomb</comment>
        <translation>“{name}”解压后将达到 {size} 字节，远超任何报告的大小；因此未打开该文件。请检查文件是否正确。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an Excel workbook; save it as .xlsx and try again.</source>
        <comment>not_workbook</comment>
        <translation>“{name}”不是 Excel 工作簿；请将其另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (part &apos;{part}&apos; cannot be read); ask for a new copy.</source>
        <comment>damaged_part</comment>
        <translation>“{name}”已损坏（无法读取部件“{part}”）；请索取一份新副本。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete (perhaps cut short while copying); ask for a new copy.</source>
        <comment>damaged_incomplete</comment>
        <translation>“{name}”已损坏或不完整（可能在复制时被截断）；请索取一份新副本。</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of &apos;{name}&apos; has {size}; a report has a few hundred. Remove the extra rows or choose the right file.</source>
        <comment>too_many_rows</comment>
        <translation>“{name}”中的工作表“{sheet}”有{size}；一份报告只有几百行。请删除多余的行或选择正确的文件。</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of &apos;{name}&apos; has or spans more than {limit} cells, the most this program reads; a report&apos;s workbook has a few thousand. It was not opened. Delete the rows and columns that are not answers (or copy the answers alone into a new workbook) and import that.</source>
        <comment>too_many_cells</comment>
        <translation>“{name}”中的工作表“{sheet}”包含或跨越超过 {limit} 个单元格，这是本程序可读取的上限；一份报告的工作簿只有几千个。该文件未被打开。请删除不是答复的行和列（或只把答复复制到新工作簿中），然后导入该文件。</translation>
    </message>
    <message>
        <source>The sheets of &apos;{name}&apos; unpack to {size} bytes, more than the {limit} this program reads; a report&apos;s workbook needs well under one megabyte. It was not opened. Copy the answers alone into a new workbook and import that.</source>
        <comment>sheets_too_big</comment>
        <translation>“{name}”的工作表解压后为 {size} 字节，超过本程序可读取的 {limit} 字节；一份报告的工作簿远小于 1 MB。该文件未被打开。请只把答复复制到新工作簿中，然后导入该文件。</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <comment>rows_count</comment>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>more than {count} rows</source>
        <comment>rows_more_than</comment>
        <translation>超过 {count} 行</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; contains XML constructs that spreadsheets never need (entity definitions); it was not read.</source>
        <comment>xml_entities</comment>
        <translation>“{name}”包含电子表格从不需要的 XML 结构（实体定义）；因此未读取该文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a spreadsheet ({kind}); save it again as .xlsx and retry.</source>
        <comment>spreadsheet_unreadable</comment>
        <translation>无法将“{name}”作为电子表格读取（{kind}）；请重新另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <source>That is the report itself; choose the other report.</source>
        <comment>import_from_itself</comment>
        <translation>这就是本报告；请选择另一份报告。</translation>
    </message>
    <message>
        <source>The report to import from cannot be read: {reason}</source>
        <comment>import_report_unreadable</comment>
        <translation>无法读取要从中导入的报告：{reason}</translation>
    </message>
    <message>
        <source>The mapping cannot be used: {reason}</source>
        <comment>mapping_unusable</comment>
        <translation>无法使用该对应关系文件：{reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, and there is no mapping from it to &apos;{expected}&apos;. Ask for the mapping file and give it with --mapping.</source>
        <comment>no_mapping</comment>
        <translation>“{name}”答复的是问卷“{found}”，而没有从该问卷到“{expected}”的对应关系。请索取对应关系文件，并通过 --mapping 提供。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, which is not installed, so it cannot be read.</source>
        <comment>questionnaire_not_installed</comment>
        <translation>“{name}”答复的是问卷“{found}”，该问卷未安装，因此无法读取。</translation>
    </message>
    <message>
        <source>That is the report itself; choose your colleague&apos;s copy.</source>
        <comment>merge_from_itself</comment>
        <translation>这就是本报告；请选择您同事的副本。</translation>
    </message>
    <message>
        <source>The contribution cannot be read: {reason}</source>
        <comment>merge_unreadable</comment>
        <translation>无法读取该供稿：{reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a copy of this report (they share no history); use Import to take answers from another report.</source>
        <comment>merge_not_a_copy</comment>
        <translation>“{name}”不是本报告的副本（两者没有共同的历史记录）；如需从另一份报告中获取答复，请使用“导入”。</translation>
    </message>
    <message>
        <source>These rows cannot be applied: {rows}; nothing was imported.</source>
        <comment>import_rows_not_applicable</comment>
        <translation>无法应用以下行：{rows}；未导入任何内容。</translation>
    </message>
    <message>
        <source>The report changed since the preview ({reason}); nothing was imported. Preview again.</source>
        <comment>import_report_changed</comment>
        <translation>自预览以来报告已发生变化（{reason}）；未导入任何内容。请重新预览。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} answers that cannot be read: {problems}. Correct them and try again.</source>
        <comment>workbook_problems</comment>
        <translation>“{name}”中有 {count} 个答复无法读取：{problems}。请更正后重试。</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <comment>workbook_problems_more</comment>
        <translation>另有 {more} 个</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, cell {cell}: {problem}</source>
        <comment>workbook_cell_problem</comment>
        <translation>工作表“{sheet}”，单元格 {cell}：{problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not exported by this program: its About sheet with the questionnaire id is missing.</source>
        <comment>workbook_not_exported</comment>
        <translation>“{name}”不是由本程序导出的：缺少载有问卷标识的“关于”工作表。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet this program can read (save it as .xlsx); {reason}</source>
        <comment>workbook_unreadable</comment>
        <translation>“{name}”不是本程序能够读取的电子表格（请另存为 .xlsx）；{reason}</translation>
    </message>
    <message>
        <source>unknown question &apos;{reference}&apos;</source>
        <comment>row_unknown_question</comment>
        <translation>未知问题“{reference}”</translation>
    </message>
    <message>
        <source>the question is also given at {other}; neither row is imported: keep one of them and import again</source>
        <comment>row_twice</comment>
        <translation>该问题也出现在 {other}；两行均不导入：请只保留其中一行后重新导入</translation>
    </message>
    <message>
        <source>the question is also given at {other}; neither row is imported. The sheet &apos;{hidden}&apos; is hidden: unhide it (right-click a sheet tab, Unhide), delete it or one of the two rows, and import again</source>
        <comment>row_twice_hidden</comment>
        <translation>该问题也出现在 {other}；两行均不导入。工作表“{hidden}”是隐藏的：请取消隐藏（右键单击工作表标签，选择“取消隐藏”），删除该工作表或两行中的一行，然后重新导入</translation>
    </message>
    <message>
        <source>the grey question id of this row was removed (or the row was added), so it is not known which question this answers; put the id back or type the answer in the report</source>
        <comment>row_id_removed</comment>
        <translation>此行的灰色问题编号已被删除（或此行是新增的），因此无法确定它回答的是哪个问题；请恢复该编号，或在报告中键入答案</translation>
    </message>
    <message>
        <source>the grey column ids of the table sheet (row 3) were removed or changed, so this row cannot be matched to the columns of table {number}; put the ids back (copy them from a new export) or type the row in the report</source>
        <comment>table_ids_removed</comment>
        <translation>表格工作表的灰色列编号（第 3 行）已被删除或更改，因此无法将此行与表格 {number} 的列对应；请恢复这些编号（可从新导出的工作簿复制），或在报告中键入此行</translation>
    </message>
    <message>
        <source>this cell is not in the Answer column nor in a column of a table, so it is not imported; move the answer into the Answer column (or type it in the report)</source>
        <comment>cell_outside_answers</comment>
        <translation>此单元格既不在“答复”列，也不在表格的某一列中，因此不导入；请将答案移到“答复”列（或在报告中键入）</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is not one the export made (or its headings or grey ids were changed), so its {count} filled cells are not imported; copy the answers into the Report sheet or type them in the report</source>
        <comment>sheet_not_recognised</comment>
        <translation>工作表“{sheet}”不是导出时生成的（或其标题、灰色编号已被更改），因此其中 {count} 个已填单元格不导入；请将答案复制到“报告”工作表，或在报告中键入</translation>
    </message>
    <message>
        <source>kept: already answered this cycle; tick the row to replace it with the previous cycle&apos;s answer</source>
        <comment>row_kept</comment>
        <translation>保留：本周期已作答；如要以上一周期的答复替换，请勾选该行</translation>
    </message>
    <message>
        <source>cleared: the cell is now empty; the answer is kept unless you tick the row to clear it</source>
        <comment>row_cleared</comment>
        <translation>已清空：该单元格现为空；除非勾选该行将其清空，否则保留原答复</translation>
    </message>
    <message>
        <source>the Party stays {ours}: it is never taken from another Party&apos;s file</source>
        <comment>row_party_kept</comment>
        <translation>缔约方仍为 {ours}：绝不从另一缔约方的文件中获取缔约方</translation>
    </message>
    <message>
        <source>Kept</source>
        <comment>row_kind_kept</comment>
        <translation>保留</translation>
    </message>
    <message>
        <source>Cleared</source>
        <comment>row_kind_cleared</comment>
        <translation>已清空</translation>
    </message>
    <message>
        <source>{where}: {readings}, but an answer is carried over from another questionnaire only when it is written as one of its options; correct the cell and import again</source>
        <comment>row_suggestion_not_carried</comment>
        <translation>{where}：{readings}，但只有按选项原文填写的答复才会从另一份问卷沿用；请更正该单元格后重新导入</translation>
    </message>
    <message>
        <source>Suggested</source>
        <comment>row_kind_suggested</comment>
        <translation>建议</translation>
    </message>
    <message>
        <source>{n} suggested (applied only if ticked)</source>
        <comment>rows_suggested_count</comment>
        <translation>{n} 项建议（仅在勾选后应用）</translation>
    </message>
    <message>
        <source>{n} kept (already answered this cycle)</source>
        <comment>rows_kept_count</comment>
        <translation>{n} 项保留（本周期已作答）</translation>
    </message>
    <message>
        <source>{n} emptied in the file (kept unless ticked)</source>
        <comment>rows_cleared_count</comment>
        <translation>{n} 项在文件中被清空（除非勾选，否则保留）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report of {theirs}, but this report is {ours}&apos;s; nothing was imported. Take its answers only if you mean to (the Party stays {ours}).</source>
        <comment>other_party</comment>
        <translation>“{name}”是 {theirs} 的报告，而本报告属于 {ours}；未导入任何内容。只有确有此意时才采用其答复（缔约方仍为 {ours}）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report of {theirs}, but this report is {ours}&apos;s. Take answers from {theirs}&apos;s file into {ours}&apos;s report? The Party stays {ours}, and you choose each row in the preview.</source>
        <comment>other_party_question</comment>
        <translation>“{name}”是 {theirs} 的报告，而本报告属于 {ours}。要将 {theirs} 文件中的答复导入 {ours} 的报告吗？缔约方仍为 {ours}，并且您将在预览中逐行选择。</translation>
    </message>
    <message>
        <source>Take Its Answers</source>
        <comment>other_party_take</comment>
        <translation>采用其答复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>other_party_cancel</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>not relevant: an earlier answer makes this question not asked</source>
        <comment>row_not_relevant</comment>
        <translation>不适用：根据之前的某个答复，此问题无需回答</translation>
    </message>
    <message>
        <source>not asked yet: it follows question {number}, whose answer in this file is not taken; import it again once question {number} is answered</source>
        <comment>row_not_relevant_after</comment>
        <translation>暂不提问：此问题取决于第{number}题，而该题在本文件中的答复未被采用；请在第{number}题作答后再次导入</translation>
    </message>
    <message>
        <source>question {reference} of the {form} is not carried over (it has no counterpart in this questionnaire)</source>
        <comment>row_not_carried_over</comment>
        <translation>{form}的问题 {reference} 不予沿用（本问卷中没有对应的问题）</translation>
    </message>
    <message>
        <source>the answer “{answer}” to question {reference} of the {form} has no counterpart among this question&apos;s options, and the mapping does not say what it becomes; choose this answer yourself</source>
        <comment>row_value_not_carried</comment>
        <translation>{form}问题 {reference} 的答复“{answer}”在本问题的选项中没有对应项，对应关系也未说明它应变为什么；请自行选择此答复</translation>
    </message>
    <message>
        <source>this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit this report&apos;s; nothing is imported as if its numbers were this report&apos;s. Import it through the mapping: on the command line --mapping {mapping}; in the window, choose the format the sheet is numbered in</source>
        <comment>row_other_format</comment>
        <translation>此工作表的编号看来属于另一种格式 {other}：其 {rows} 行中有 {fit} 行符合该格式，仅 {ours} 行符合本报告的格式；不会把其编号当作本报告的编号来导入。请通过对应关系导入：在命令行中使用 --mapping {mapping}；在窗口中选择该工作表所用编号的格式</translation>
    </message>
    <message>
        <source>this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit this report&apos;s; nothing is imported as if its numbers were this report&apos;s, and there is no mapping from that format to this report&apos;s, so its answers cannot be carried</source>
        <comment>row_other_format_no_mapping</comment>
        <translation>此工作表的编号看来属于另一种格式 {other}：其 {rows} 行中有 {fit} 行符合该格式，仅 {ours} 行符合本报告的格式；不会把其编号当作本报告的编号来导入，而且没有从该格式到本报告格式的对应关系，因此其答复无法沿用</translation>
    </message>
    <message>
        <source>The mapping &apos;{name}&apos; reads answers of questionnaire &apos;{found}&apos;, which is not installed, so the sheet&apos;s question numbers cannot be read in it; nothing was imported.</source>
        <comment>sheet_mapping_not_installed</comment>
        <translation>对应关系文件“{name}”读取的是问卷“{found}”的答复，该问卷未安装，因此无法按它读取工作表中的问题编号；未导入任何内容。</translation>
    </message>
    <message>
        <source>The mapping &apos;{name}&apos; carries answers into questionnaire &apos;{target}&apos;, not into this report&apos;s questionnaire &apos;{form}&apos;; give a mapping from forms/{form}/mappings/. Nothing was imported.</source>
        <comment>sheet_mapping_other_target</comment>
        <translation>对应关系文件“{name}”将答复沿用到问卷“{target}”，而不是本报告的问卷“{form}”；请提供 forms/{form}/mappings/ 中的对应关系文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no sheet &apos;{sheet}&apos;; its sheets are {sheets}.</source>
        <comment>sheet_missing</comment>
        <translation>“{name}”中没有工作表“{sheet}”；其工作表为 {sheets}。</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has no column &apos;{column}&apos; in row {row}; give a column letter (e.g. B) or the exact heading.</source>
        <comment>sheet_column_missing</comment>
        <translation>工作表“{sheet}”第 {row} 行中没有列“{column}”；请给出列字母（如 B）或准确的标题。</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}) without a saved result; open the file in Excel or LibreOffice, save it, and import again (or type the value)</source>
        <comment>row_formula</comment>
        <translation>该单元格含有公式（{formula}），但没有已保存的结果；请在 Excel 或 LibreOffice 中打开并保存该文件，然后重新导入（或直接键入数值）</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a question of this questionnaire; do not change the grey ids.</source>
        <comment>row_not_a_question</comment>
        <translation>“{id}”不是本问卷的问题；请勿更改灰色标识。</translation>
    </message>
    <message>
        <source>the grey ids of this sheet name two tables.</source>
        <comment>sheet_two_tables</comment>
        <translation>此工作表的灰色标识指向两个表格。</translation>
    </message>
    <message>
        <source>table {number} has no column &apos;{column}&apos;; do not change the grey ids.</source>
        <comment>table_column_unknown</comment>
        <translation>表格 {number} 中没有“{column}”列；请勿更改灰色标识。</translation>
    </message>
    <message>
        <source>tables cannot be read from a single cell; fill them in the exported workbook&apos;s table sheet</source>
        <comment>row_table_in_cell</comment>
        <translation>无法从单个单元格读取表格；请在导出的工作簿的表格工作表中填写</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Party</source>
        <comment>party</comment>
        <translation>缔约方</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <comment>cycle</comment>
        <translation>报告周期</translation>
    </message>
    <message>
        <source>Period covered</source>
        <comment>period</comment>
        <translation>所涉期间</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <comment>period_range</comment>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>National focal point</source>
        <comment>focal_point</comment>
        <translation>国家联络点</translation>
    </message>
    <message>
        <source>Date of this document</source>
        <comment>document_date</comment>
        <translation>本文件日期</translation>
    </message>
    <message>
        <source>Completeness</source>
        <comment>completeness</comment>
        <translation>完整性</translation>
    </message>
    <message>
        <source>{done} of {required} required answers given ({percent})</source>
        <comment>completeness_value</comment>
        <translation>已填写必填答复 {required} 项中的 {done} 项（{percent}）</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>complete</comment>
        <translation>完整</translation>
    </message>
    <message>
        <source>Not asked in this report</source>
        <comment>measured_elsewhere</comment>
        <translation>本报告未涉及</translation>
    </message>
    <message>
        <source>Questions: {numbers}</source>
        <comment>informed_by</comment>
        <translation>问题：{numbers}</translation>
    </message>
    <message>
        <source>Indicators: {ids}</source>
        <comment>question_indicators</comment>
        <translation>指标：{ids}</translation>
    </message>
    <message>
        <source>Answer if the answer to {number} is: {answers}</source>
        <comment>answer_if</comment>
        <translation>如对{number}的答复为：{answers}，请回答</translation>
    </message>
    <message>
        <source>Answer if {number} is answered</source>
        <comment>answer_if_answered</comment>
        <translation>如已答复{number}，请回答</translation>
    </message>
    <message>
        <source>{number} (continued)</source>
        <comment>continued</comment>
        <translation>{number}（续）</translation>
    </message>
    <message>
        <source>Blank form, to be filled in by hand</source>
        <comment>blank_form</comment>
        <translation>空白表格，供手工填写</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>incomplete</comment>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Incomplete: {count} questions still need an answer or a correction</source>
        <comment>incomplete_blockers</comment>
        <translation>不完整：仍有 {count} 个问题需要答复或更正</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <comment>questionnaire</comment>
        <translation>调查表</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <comment>questionnaire_version</comment>
        <translation>调查表版本</translation>
    </message>
    <message>
        <source>Content fingerprint (SHA-256)</source>
        <comment>fingerprint</comment>
        <translation>内容指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Place in the report&apos;s history (do not change)</source>
        <comment>history_mark</comment>
        <translation>在报告历史记录中的位置（请勿更改）</translation>
    </message>
    <message>
        <source>The same fingerprint appears on every page and in the spreadsheet export of these answers; it changes when any answer changes.</source>
        <comment>fingerprint_note</comment>
        <translation>每一页以及这些答复的电子表格导出文件中都有相同的指纹；任何答复发生变化，指纹都会改变。</translation>
    </message>
    <message>
        <source>Validated</source>
        <comment>validated</comment>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Validated on {date} at {time} UTC by {author}</source>
        <comment>validated_on_by</comment>
        <translation>由{author}于{date} {time}（协调世界时）验证</translation>
    </message>
    <message>
        <source>Fingerprint frozen at validation (SHA-256)</source>
        <comment>frozen_fingerprint</comment>
        <translation>验证时冻结的指纹（SHA-256）</translation>
    </message>
    <message>
        <source>The answers have changed since the report was validated; this is not the validated report.</source>
        <comment>validated_mismatch</comment>
        <translation>报告验证后答复已被更改；本文件不是经验证的报告。</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>contents</comment>
        <translation>目录</translation>
    </message>
    <message>
        <source>Focal area {number}: {title}</source>
        <comment>focal_area</comment>
        <translation>重点领域{number}：{title}</translation>
    </message>
    <message>
        <source>Operational objective {number}: {title}</source>
        <comment>objective</comment>
        <translation>业务目标{number}：{title}</translation>
    </message>
    <message>
        <source>Indicator summary</source>
        <comment>indicator_summary</comment>
        <translation>指标汇总</translation>
    </message>
    <message>
        <source>Signature of the national focal point</source>
        <comment>signature</comment>
        <translation>国家联络点签字</translation>
    </message>
    <message>
        <source>Annex: changes since the previous report</source>
        <comment>changes_annex</comment>
        <translation>附件：自上次报告以来的变化</translation>
    </message>
    <message>
        <source>Questions whose answer differs from the answer given in the previous report ({source}).</source>
        <comment>changes_intro</comment>
        <translation>答复与上次报告（{source}）所给答复不同的问题。</translation>
    </message>
    <message>
        <source>No answer differs from the previous report.</source>
        <comment>no_changes</comment>
        <translation>没有答复与上次报告不同。</translation>
    </message>
    <message>
        <source>Previous report</source>
        <comment>col_previous_answer</comment>
        <translation>上次报告</translation>
    </message>
    <message>
        <source>This report</source>
        <comment>col_current_answer</comment>
        <translation>本报告</translation>
    </message>
    <message>
        <source>No answer given</source>
        <comment>no_answer</comment>
        <translation>未作答复</translation>
    </message>
    <message>
        <source>Carried over from the previous report; not yet reviewed.</source>
        <comment>needs_review</comment>
        <translation>沿用上期报告的答复，尚未审核。</translation>
    </message>
    <message>
        <source>This answer does not meet the question&apos;s rules.</source>
        <comment>invalid</comment>
        <translation>此答复不符合该问题的规则。</translation>
    </message>
    <message>
        <source>No rows</source>
        <comment>no_rows</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Indicator</source>
        <comment>indicator</comment>
        <translation>指标</translation>
    </message>
    <message>
        <source>Required answers given</source>
        <comment>answers_given</comment>
        <translation>已给出的必填答复</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status</comment>
        <translation>状况</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>title</comment>
        <translation>职衔</translation>
    </message>
    <message>
        <source>Place and date</source>
        <comment>place_date</comment>
        <translation>地点和日期</translation>
    </message>
    <message>
        <source>Submitting authority</source>
        <comment>submitting_authority</comment>
        <translation>提交机关</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <comment>submission_date</comment>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Place of submission</source>
        <comment>submission_place</comment>
        <translation>提交地点</translation>
    </message>
    <message>
        <source>Printed on</source>
        <comment>printed_on</comment>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>place</comment>
        <translation>地点</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>date</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <comment>official_stamp</comment>
        <translation>公章</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>signature_line</comment>
        <translation>签字</translation>
    </message>
    <message>
        <source>I confirm that this report gives the information available to the national focal point for the period it covers.</source>
        <comment>certify</comment>
        <translation>本人确认，本报告提供了国家联络点所掌握的所涉期间的信息。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>page_of</comment>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>DRAFT - incomplete</source>
        <comment>draft</comment>
        <translation>草稿 - 不完整</translation>
    </message>
    <message>
        <source>About</source>
        <comment>sheet_about</comment>
        <translation>说明</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>sheet_report</comment>
        <translation>报告</translation>
    </message>
    <message>
        <source>Indicators</source>
        <comment>indicators</comment>
        <translation>指标</translation>
    </message>
    <message>
        <source>Lists</source>
        <comment>sheet_lists</comment>
        <translation>选项</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>col_number</comment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Focal area</source>
        <comment>col_focal_area</comment>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>Operational objective</source>
        <comment>col_objective</comment>
        <translation>业务目标</translation>
    </message>
    <message>
        <source>Section</source>
        <comment>col_section</comment>
        <translation>部分</translation>
    </message>
    <message>
        <source>Operational objectives informed</source>
        <comment>col_objectives</comment>
        <translation>所涉业务目标</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>col_question</comment>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>col_answer</comment>
        <translation>答复</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <comment>col_allowed</comment>
        <translation>允许的值</translation>
    </message>
    <message>
        <source>Question id</source>
        <comment>col_question_id</comment>
        <translation>问题标识</translation>
    </message>
    <message>
        <source>Objective</source>
        <comment>col_objective_number</comment>
        <translation>业务目标</translation>
    </message>
    <message>
        <source>Indicator text</source>
        <comment>col_indicator_text</comment>
        <translation>指标内容</translation>
    </message>
    <message>
        <source>Answers given</source>
        <comment>col_done</comment>
        <translation>已给出的答复</translation>
    </message>
    <message>
        <source>Answers required</source>
        <comment>col_required</comment>
        <translation>必填答复</translation>
    </message>
    <message>
        <source>Percent</source>
        <comment>col_percent</comment>
        <translation>百分比</translation>
    </message>
    <message>
        <source>General information</source>
        <comment>general_information</comment>
        <translation>一般信息</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>language</comment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Exported at</source>
        <comment>exported_at</comment>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Answers as of (UTC)</source>
        <comment>answers_as_of</comment>
        <translation>答复截至（协调世界时）</translation>
    </message>
    <message>
        <source>Program version</source>
        <comment>program_version</comment>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Report file</source>
        <comment>report_file</comment>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>Fill in or correct the Answer column of the Report sheet and the rows of the table sheets, then import this workbook into the report. Do not change the grey id columns and rows.</source>
        <comment>about_note</comment>
        <translation>请在“报告”工作表的“答复”列和各表格工作表中填写或更正答复，然后将本工作簿导入报告。请勿更改灰色的标识列和行。</translation>
    </message>
    <message>
        <source>See sheet &apos;{sheet}&apos; ({rows})</source>
        <comment>see_sheet</comment>
        <translation>见工作表“{sheet}”（{rows}）</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>allowed_text</comment>
        <translation>文字</translation>
    </message>
    <message>
        <source>Text (several lines allowed)</source>
        <comment>allowed_multiline</comment>
        <translation>文字（可多行）</translation>
    </message>
    <message>
        <source>Whole number</source>
        <comment>allowed_integer</comment>
        <translation>整数</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>allowed_decimal</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>Percentage (number from 0 to 100)</source>
        <comment>allowed_percent</comment>
        <translation>百分比（0至100的数字）</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <comment>allowed_date</comment>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Web address starting with http:// or https://</source>
        <comment>allowed_url</comment>
        <translation>以 http:// 或 https:// 开头的网址</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <comment>allowed_email</comment>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>One of: {labels}</source>
        <comment>allowed_one</comment>
        <translation>以下之一：{labels}</translation>
    </message>
    <message>
        <source>One or more of: {labels} (separate them with &apos;{separator}&apos;)</source>
        <comment>allowed_many</comment>
        <translation>以下一项或多项：{labels}（以“{separator}”分隔）</translation>
    </message>
    <message>
        <source>Table (see its sheet)</source>
        <comment>allowed_table</comment>
        <translation>表格（见其工作表）</translation>
    </message>
    <message>
        <source>{allowed}; or: {specials}</source>
        <comment>allowed_or</comment>
        <translation>{allowed}；或：{specials}</translation>
    </message>
    <message>
        <source>A whole number</source>
        <comment>valid_whole</comment>
        <translation>整数</translation>
    </message>
    <message>
        <source>A number</source>
        <comment>valid_decimal</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>A year</source>
        <comment>valid_year</comment>
        <translation>年份</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD)</source>
        <comment>valid_date</comment>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{kind} from {low} to {high}</source>
        <comment>valid_between</comment>
        <translation>{kind}，从 {low} 到 {high}</translation>
    </message>
    <message>
        <source>{kind} of at least {low}</source>
        <comment>valid_at_least</comment>
        <translation>{kind}，不小于 {low}</translation>
    </message>
    <message>
        <source>{kind} of at most {high}</source>
        <comment>valid_at_most</comment>
        <translation>{kind}，不大于 {high}</translation>
    </message>
    <message>
        <source>{kind}, not after today</source>
        <comment>valid_not_after_today</comment>
        <translation>{kind}，不晚于今天</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <comment>valid_choose</comment>
        <translation>请从列表中选择一个值</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <comment>valid_refused</comment>
        <translation>不接受该值</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>Answered</source>
        <comment>status_answered</comment>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Not answered</source>
        <comment>status_missing</comment>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Not valid</source>
        <comment>status_invalid</comment>
        <translation>无效</translation>
    </message>
    <message>
        <source>Not asked (follows from other answers)</source>
        <comment>status_not_relevant</comment>
        <translation>无需回答（取决于其他答复）</translation>
    </message>
    <message>
        <source>Carried over, to be reviewed</source>
        <comment>status_needs_review</comment>
        <translation>沿用上期答复，待审核</translation>
    </message>
    <message>
        <source>Not valid: {raw}</source>
        <comment>invalid_value</comment>
        <translation>无效：{raw}</translation>
    </message>
    <message numerus="yes">
        <source>{n} rows</source>
        <comment>rows</comment>
        <translation>
            <numerusform>{n} 行</numerusform>
        </translation>
    </message>
</context>
</TS>
