<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <source>Changes are now recorded as made by {name}.</source>
        <translation>Los cambios se registran ahora a nombre de {name}.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, recorded in the history of each answer you change
(empty: the computer account&apos;s name):</source>
        <translation>Su nombre, que se registra en el historial de cada respuesta que modifique
(vacío: el nombre de la cuenta del computador):</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the report was opened</source>
        <extracomment>Ten minutes of editing between two automatic copies.</extracomment>
        <translation>Al abrir el informe</translation>
    </message>
    <message>
        <source>Automatic, while editing</source>
        <translation>Automática, durante la edición</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>see the log file</source>
        <extracomment>a copy was made (the Backup)</extracomment>
        <translation>véase el archivo de registro</translation>
    </message>
    <message>
        <source>No backup copy was made: {message}</source>
        <translation>No se hizo ninguna copia de seguridad: {message}</translation>
    </message>
    <message>
        <source>Making a backup copy…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore Backup of {time}</source>
        <translation>Restaurar la copia de seguridad de {time}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar a partir de una copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup of {time}: {count} answers changed. Edit &gt; Undo takes the restore back.</source>
        <translation>Se restauró la copia de seguridad de {time}: respuestas modificadas: {count}. Edición &gt; Deshacer revierte la restauración.</translation>
    </message>
    <message>
        <source>A copy of the report as it was just before is at {path}.</source>
        <translation>Hay una copia del informe tal como estaba justo antes en {path}.</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Respuesta anterior</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Respuesta actual</translation>
    </message>
    <message>
        <source>Previous from</source>
        <translation>Anterior, procedente de</translation>
    </message>
    <message>
        <source>Compare with previous cycle</source>
        <translation>Comparar con el ciclo anterior</translation>
    </message>
    <message>
        <source>Answers that differ from the previous cycle</source>
        <translation>Respuestas que difieren del ciclo anterior</translation>
    </message>
    <message>
        <source>This report holds no answers from a previous cycle. Import the previous report or workbook (File &gt; Import Answers…) with “previous reporting cycle” ticked to compare with it.</source>
        <translation>Este informe no contiene respuestas de un ciclo anterior. Importe el informe o el libro anterior (Archivo &gt; Importar respuestas…) marcando «ciclo de presentación de informes anterior» para poder comparar.</translation>
    </message>
    <message>
        <source>Every answer is the same as in the previous cycle.</source>
        <translation>Todas las respuestas son iguales a las del ciclo anterior.</translation>
    </message>
    <message>
        <source>1 answer differs from the previous cycle. Double-click it to go to it.</source>
        <translation>1 respuesta difiere del ciclo anterior. Haga doble clic en ella para ir a ella.</translation>
    </message>
    <message>
        <source>{count} answers differ from the previous cycle. Double-click one to go to it.</source>
        <translation>Respuestas que difieren del ciclo anterior: {count}. Haga doble clic en una para ir a ella.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>missing</source>
        <extracomment>Role holding the id of the question a row leads to.</extracomment>
        <translation>falta</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>por confirmar</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>required answer missing</source>
        <translation>falta una respuesta obligatoria</translation>
    </message>
    <message>
        <source>carried over: review and confirm</source>
        <translation>trasladada: revisar y confirmar</translation>
    </message>
    <message>
        <source>answer not valid: {detail}</source>
        <translation>respuesta no válida: {detail}</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Questions to finish ({count})</source>
        <translation>Preguntas por terminar ({count})</translation>
    </message>
    <message>
        <source>Indicators ({count})</source>
        <translation>Indicadores ({count})</translation>
    </message>
    <message>
        <source>{text}
{done} of {required} required answers, {blockers} to finish</source>
        <translation>{text}
{done} de {required} respuestas obligatorias, por terminar: {blockers}</translation>
    </message>
    <message>
        <source>Question or indicator</source>
        <translation>Pregunta o indicador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Measured elsewhere: {reason}</source>
        <translation>Se mide en otra parte: {reason}</translation>
    </message>
    <message>
        <source>No question of this report measures it.</source>
        <translation>Ninguna pregunta de este informe lo mide.</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>Share of required answers done</source>
        <translation>Proporción de respuestas obligatorias dadas</translation>
    </message>
    <message>
        <source>Questions to finish and indicators</source>
        <translation>Preguntas por terminar e indicadores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{done} of {required} required answers ({percent:.0f}%). {blockers} questions to finish.</source>
        <translation>{done} de {required} respuestas obligatorias ({percent:.0f} %). Preguntas por terminar: {blockers}.</translation>
    </message>
    <message>
        <source>Complete: every required answer is given.</source>
        <translation>Completo: se han dado todas las respuestas obligatorias.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Keys that step a spin box or a drop-down; in an answer field they scroll the page instead. a date was chosen in the calendar (the text now holds it)</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date from a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>An unexpected problem stopped this ({kind}). Your answers stored so far are safe.

Details were written to {log}.</source>
        <translation>Un problema inesperado interrumpió esta operación ({kind}). Las respuestas guardadas hasta ahora están a salvo.

Los detalles se escribieron en {log}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source> (language of the report)</source>
        <translation> (idioma del informe)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Blank form: every question and option, no answers, to fill in by hand</source>
        <translation>Formulario en &amp;blanco: todas las preguntas y opciones, sin respuestas, para rellenar a mano</translation>
    </message>
    <message>
        <source>&amp;Annex of the answers changed since the previous report</source>
        <translation>&amp;Anexo de las respuestas modificadas desde el informe anterior</translation>
    </message>
    <message>
        <source>This report holds no answers of a previous report.</source>
        <translation>Este informe no contiene respuestas de un informe anterior.</translation>
    </message>
    <message>
        <source>Submission (printed on the cover and by the signature)</source>
        <translation>Presentación (se imprime en la portada y junto a la firma)</translation>
    </message>
    <message>
        <source>Submitting a&amp;uthority:</source>
        <translation>A&amp;utoridad que presenta el informe:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Lu&amp;gar:</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY-MM-DD):</source>
        <translation>&amp;Fecha (AAAA-MM-DD):</translation>
    </message>
    <message>
        <source>Answered in question {number}</source>
        <translation>Respondido en la pregunta {number}</translation>
    </message>
    <message>
        <source>Choose the File…</source>
        <translation>Elegir el archivo…</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>Escriba la fecha como AAAA-MM-DD, por ejemplo 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Reports (*.bsr)</source>
        <translation>Informes (*.bsr)</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Guardando la copia…</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>Copia guardada como {path}</translation>
    </message>
    <message>
        <source>Copy cancelled.</source>
        <translation>Copia cancelada.</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>Exportar a {kind}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Hojas de cálculo (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {kind}…</source>
        <translation>Exportando a {kind}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Words of a question, or its number (e.g. 1.1.3)</source>
        <translation>Palabras de una pregunta, o su número (p. ej., 1.1.3)</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Buscar una pregunta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>Questions found</source>
        <translation>Preguntas encontradas</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>Resultados: {count}</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation>Coincidencia siguiente (F3 o Intro)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Show &amp;only matching questions</source>
        <translation>Mostrar &amp;solo las preguntas que coinciden</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Typed</source>
        <extracomment>Long answers are cut in the table (the tool tip holds the whole text).</extracomment>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Combinada</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Trasladada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Old answer</source>
        <translation>Respuesta anterior</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Respuesta nueva</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Archivo de procedencia</translation>
    </message>
    <message>
        <source>History of Answer {number}</source>
        <translation>Historial de la respuesta {number}</translation>
    </message>
    <message>
        <source>This answer has not been changed yet.</source>
        <translation>Esta respuesta aún no se ha modificado.</translation>
    </message>
    <message>
        <source>&amp;Restore This Value</source>
        <translation>&amp;Restablecer este valor</translation>
    </message>
    <message>
        <source>Set the answer back to the new answer of the chosen change (Edit &gt; Undo takes it back)</source>
        <translation>Devolver la respuesta al valor nuevo del cambio elegido (Edición &gt; Deshacer lo revierte)</translation>
    </message>
    <message>
        <source>Current answer: {answer}</source>
        <translation>Respuesta actual: {answer}</translation>
    </message>
    <message>
        <source>Not restored: {message}</source>
        <translation>No restablecida: {message}</translation>
    </message>
    <message>
        <source>Restored the value of {when}. Edit &gt; Undo takes it back.</source>
        <translation>Se restableció el valor de {when}. Edición &gt; Deshacer lo revierte.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Merge contribution</source>
        <extracomment>the first step&apos;s dialog is shown (import only) the preview dialog is shown the answers were applied (an AppliedImport) the run is over: applied, cancelled or failed the file names another Party: the question asked (a QMessageBox)</extracomment>
        <translation>Combinar una contribución</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <source>Applying {name}…</source>
        <translation>Aplicando {name}…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Comparing {name} with the report…</source>
        <translation>Comparando {name} con el informe…</translation>
    </message>
    <message>
        <source>Nothing changed: the report already holds these answers.</source>
        <translation>Nada cambió: el informe ya contiene estas respuestas.</translation>
    </message>
    <message>
        <source>1 answer taken from {name}.</source>
        <translation>1 respuesta tomada de {name}.</translation>
    </message>
    <message>
        <source>{count} answers taken from {name}.</source>
        <translation>Respuestas tomadas de {name}: {count}.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back; a copy of the report as it was is at {backup}.</source>
        <translation>Edición &gt; Deshacer revierte toda la importación; una copia del informe tal como estaba se encuentra en {backup}.</translation>
    </message>
    <message>
        <source>This report cannot be changed now (it is open read-only, or validated and locked); nothing was imported.</source>
        <translation>Este informe no se puede modificar ahora (está abierto en modo de solo lectura, o validado y bloqueado); no se importó nada.</translation>
    </message>
    <message>
        <source>Workbooks and reports (*.xlsx *.bsr);;Workbooks (*.xlsx);;Reports (*.bsr);;All files (*)</source>
        <translation>Libros e informes (*.xlsx *.bsr);;Libros (*.xlsx);;Informes (*.bsr);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Copies of the report and workbooks (*.bsr *.xlsx);;All files (*)</source>
        <translation>Copias del informe y libros (*.bsr *.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <extracomment>Table cells are cut to this many characters; the tooltip holds the whole text. Columns of the preview. Role holding the question id of a row (None for a row naming no known question). Role holding the RowKind of a row.</extracomment>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <source>{value}  — {author}</source>
        <translation>{value}  — {author}</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take incoming</source>
        <translation>Tomar la entrante</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Conservar la actual</translation>
    </message>
    <message>
        <source>Both changed this answer: yours by {mine}, theirs by {theirs}.</source>
        <translation>Ambos modificaron esta respuesta: usted, por {mine}; la otra persona, por {theirs}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The report changed this answer since the file was made.</source>
        <translation>El informe modificó esta respuesta después de que se creara el archivo.</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Por {author}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>La respuesta de la otra persona</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Merge {name}: preview</source>
        <translation>Combinar {name}: vista previa</translation>
    </message>
    <message>
        <source>Import {name}: preview</source>
        <translation>Importar {name}: vista previa</translation>
    </message>
    <message>
        <source>These answers come from the previous reporting cycle: each one is marked “Carried over – review” until you confirm it.</source>
        <translation>Estas respuestas proceden del ciclo de presentación de informes anterior: cada una se marca «Trasladada – revisar» hasta que usted la confirme.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas que se importarán</translation>
    </message>
    <message>
        <source>Show rows that change nothing ({count})</source>
        <translation>Mostrar las filas que no cambian nada ({count})</translation>
    </message>
    <message>
        <source>Apply All</source>
        <translation>Aplicar todo</translation>
    </message>
    <message>
        <source>Apply every new and changed answer, and each conflict where you chose theirs</source>
        <translation>Aplicar todas las respuestas nuevas y modificadas, y cada conflicto en el que eligió la de la otra persona</translation>
    </message>
    <message>
        <source>Apply every new and changed answer, and each conflict you ticked</source>
        <translation>Aplicar todas las respuestas nuevas y modificadas, y cada conflicto marcado</translation>
    </message>
    <message>
        <source>Apply Selected</source>
        <translation>Aplicar la selección</translation>
    </message>
    <message>
        <source>Apply only the ticked rows</source>
        <translation>Aplicar solo las filas marcadas</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>Nuevas: {n}</translation>
    </message>
    <message>
        <source>{n} changed</source>
        <translation>Modificadas: {n}</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>En conflicto: {n}</translation>
    </message>
    <message>
        <source>{n} cannot be imported</source>
        <translation>No se pueden importar: {n}</translation>
    </message>
    <message>
        <source>{n} already the same</source>
        <translation>Ya iguales: {n}</translation>
    </message>
    <message>
        <source>What {name} would change:</source>
        <translation>Lo que {name} cambiaría:</translation>
    </message>
    <message>
        <source>Conflicts keep your answer unless you tick them to take theirs.</source>
        <translation>En caso de conflicto se conserva su respuesta, salvo que marque la fila para tomar la de la otra persona.</translation>
    </message>
    <message>
        <source>Conflicts keep the current answer unless you tick them.</source>
        <translation>En caso de conflicto se conserva la respuesta actual, salvo que marque la fila.</translation>
    </message>
    <message>
        <source>Rows: {added} added, {removed} removed, {changed} changed</source>
        <translation>Filas: {added} añadidas, {removed} eliminadas, {changed} modificadas</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>an unnamed Party</source>
        <extracomment>Rows shown in the live preview of a hand-made sheet.</extracomment>
        <translation>una Parte sin nombre</translation>
    </message>
    <message>
        <source>Another report file, for {party}.</source>
        <translation>Otro archivo de informe, de {party}.</translation>
    </message>
    <message>
        <source>A workbook exported by bsreporter, for {party}.</source>
        <translation>Un libro exportado por bsreporter, de {party}.</translation>
    </message>
    <message>
        <source>A workbook of the earlier questionnaire “{form}”, for {party}. Its answers are read through the mapping to this questionnaire, as the previous cycle&apos;s.</source>
        <translation>Un libro del cuestionario anterior «{form}», de {party}. Sus respuestas se leen mediante la correspondencia con este cuestionario, como las del ciclo anterior.</translation>
    </message>
    <message>
        <source>A spreadsheet not made by bsreporter. Show where its question numbers and answers are.</source>
        <translation>Una hoja de cálculo que no creó bsreporter. Indique dónde están los números de las preguntas y las respuestas.</translation>
    </message>
    <message>
        <source>Import answers from {name}</source>
        <translation>Importar respuestas de {name}</translation>
    </message>
    <message>
        <source>These answers come from the previous reporting cycle</source>
        <translation>Estas respuestas proceden del ciclo de presentación de informes anterior</translation>
    </message>
    <message>
        <source>Answers from the previous cycle are marked “Carried over – review” until you confirm each one, and are kept to compare with. Leave this off for answers a colleague gave for this report.</source>
        <translation>Las respuestas del ciclo anterior se marcan «Trasladada – revisar» hasta que usted confirme cada una, y se conservan para comparar. Deje esta casilla sin marcar para las respuestas que un colega dio para este informe.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Where the answers are</source>
        <translation>Dónde están las respuestas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The row holding the column headings; the answers start below it</source>
        <translation>La fila con los títulos de las columnas; las respuestas empiezan debajo</translation>
    </message>
    <message>
        <source>{title} (this report)</source>
        <translation>{title} (este informe)</translation>
    </message>
    <message>
        <source>Numbered &amp;in:</source>
        <translation>&amp;Numerada según:</translation>
    </message>
    <message>
        <source>The format whose question numbers the sheet uses. A sheet of an earlier report is read in that format and carried into this report through the mapping, as the previous cycle&apos;s answers.</source>
        <translation>El formato cuyos números de pregunta usa la hoja. Una hoja de un informe anterior se lee en ese formato y se traslada a este informe mediante la tabla de correspondencias, como respuestas del ciclo anterior.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Fila de encabezado:</translation>
    </message>
    <message>
        <source>&amp;Question numbers in column:</source>
        <translation>&amp;Números de las preguntas en la columna:</translation>
    </message>
    <message>
        <source>&amp;Answers in column:</source>
        <translation>&amp;Respuestas en la columna:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>Número de la pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>not a question of this questionnaire</source>
        <translation>no es una pregunta de este cuestionario</translation>
    </message>
    <message>
        <source>The question numbers and the answers must be in different columns.</source>
        <translation>Los números de las preguntas y las respuestas deben estar en columnas distintas.</translation>
    </message>
    <message>
        <source>{matched} of {named} rows name a question of this questionnaire.</source>
        <translation>Filas que indican una pregunta de este cuestionario: {matched} de {named}.</translation>
    </message>
    <message>
        <source>(Counted in the first {n} rows.)</source>
        <translation>(Contadas en las primeras {n} filas.)</translation>
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
        <translation>nombre@example.org</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>Validated - read-only</source>
        <translation>Validado - solo lectura</translation>
    </message>
    <message>
        <source>Validated on {when} by {who}.</source>
        <translation>Validado el {when} por {who}.</translation>
    </message>
    <message>
        <source>Frozen fingerprint (SHA-256):</source>
        <translation>Huella digital fijada (SHA-256):</translation>
    </message>
    <message>
        <source>To change an answer, choose File &gt; Reopen for Editing… and give the reason.</source>
        <translation>Para modificar una respuesta, elija Archivo &gt; Reabrir para editar… e indique el motivo.</translation>
    </message>
    <message>
        <source>Validate report</source>
        <translation>Validar el informe</translation>
    </message>
    <message>
        <source>The report cannot be validated yet: {count} questions still need an answer or a correction. The Completeness panel lists them.</source>
        <translation>El informe aún no puede validarse: preguntas que aún requieren una respuesta o una corrección: {count}. El panel Cumplimentación las enumera.</translation>
    </message>
    <message>
        <source>Mark the report as validated?

It becomes read-only: no answer can be changed until someone chooses File &gt; Reopen for Editing… and gives a reason. Its fingerprint is frozen and printed on the PDF:

{fingerprint}</source>
        <translation>¿Marcar el informe como validado?

Pasará a ser de solo lectura: no podrá modificarse ninguna respuesta hasta que alguien elija Archivo &gt; Reabrir para editar… e indique un motivo. Su huella digital queda fijada y se imprime en el PDF:

{fingerprint}</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Validate Anyway</source>
        <translation>Validar de todos modos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The report is validated; it is now read-only.</source>
        <translation>El informe está validado; ahora es de solo lectura.</translation>
    </message>
    <message>
        <source>Reopen for Editing</source>
        <translation>Reabrir para editar</translation>
    </message>
    <message>
        <source>Why is the validated report reopened? The reason is kept with the report, with your name and the time. The report must be validated again before it is final.</source>
        <translation>¿Por qué se reabre el informe validado? El motivo se guarda con el informe, junto con su nombre y la hora. El informe debe validarse de nuevo antes de ser definitivo.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motivo de la reapertura</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>Reabrir para editar</translation>
    </message>
    <message>
        <source>The report is open for editing again.</source>
        <translation>El informe vuelve a estar abierto para editar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“{name}” is already open in this window.</source>
        <translation>«{name}» ya está abierto en esta ventana.</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>&amp;Nuevo informe…</translation>
    </message>
    <message>
        <source>Create a new report with a short wizard</source>
        <translation>Crear un nuevo informe con un breve asistente</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>&amp;Abrir informe…</translation>
    </message>
    <message>
        <source>Open a report file</source>
        <translation>Abrir un archivo de informe</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>Write a copy of the report file, for example to send or back up</source>
        <translation>Escribir una copia del archivo del informe, por ejemplo para enviarla o como respaldo</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar a &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the report as a PDF to print and sign</source>
        <translation>Escribir el informe en PDF para imprimirlo y firmarlo</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar a &amp;XLSX…</translation>
    </message>
    <message>
        <source>Write the report as a spreadsheet</source>
        <translation>Escribir el informe como hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>&amp;Importar respuestas…</translation>
    </message>
    <message>
        <source>Take answers from a workbook, a hand-made spreadsheet or the previous report, with a preview</source>
        <translation>Tomar respuestas de un libro, de una hoja de cálculo hecha a mano o del informe anterior, con vista previa</translation>
    </message>
    <message>
        <source>&amp;Merge Contribution…</source>
        <translation>&amp;Combinar una contribución…</translation>
    </message>
    <message>
        <source>Bring in a colleague&apos;s copy of this report or their filled workbook, with a preview</source>
        <translation>Incorporar la copia de este informe de un colega o el libro que completó, con vista previa</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Cycle</source>
        <translation>Comparar con el ciclo &amp;anterior</translation>
    </message>
    <message>
        <source>List every answer that differs from the previous reporting cycle</source>
        <translation>Enumerar todas las respuestas que difieren del ciclo de presentación de informes anterior</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation>&amp;Cerrar el informe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find questions by text or number</source>
        <translation>Buscar preguntas por texto o por número</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Interface language and a second language for the questions</source>
        <translation>Idioma de la interfaz y segundo idioma de las preguntas</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>Sección &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>Sección &amp;siguiente</translation>
    </message>
    <message>
        <source>Next &amp;Unanswered Question</source>
        <translation>Siguiente pregunta sin &amp;responder</translation>
    </message>
    <message>
        <source>Go to the next question that still needs an answer</source>
        <translation>Ir a la siguiente pregunta que aún requiere una respuesta</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Panel si&amp;guiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Panel an&amp;terior</translation>
    </message>
    <message>
        <source>Question &amp;Language</source>
        <translation>&amp;Idioma de las preguntas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;About bsreporter</source>
        <translation>&amp;Acerca de bsreporter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>This report is open read-only because it is being edited elsewhere. Nothing you see here can be changed.</source>
        <translation>Este informe está abierto en modo de solo lectura porque se está editando en otro lugar. No se puede modificar nada de lo que se ve aquí.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <extracomment>a report was opened (or created) and its first page is shown the section shown changed (its id)</extracomment>
        <translation>Cumplimentación</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Siguiente sin responder</translation>
    </message>
    <message>
        <source>Go to the next question that still needs an answer (F8)</source>
        <translation>Ir a la siguiente pregunta que aún requiere una respuesta (F8)</translation>
    </message>
    <message>
        <source>&amp;Completeness Panel</source>
        <translation>Panel de &amp;cumplimentación</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navegador</translation>
    </message>
    <message>
        <source>Click to show the completeness panel (Ctrl+Shift+C).</source>
        <translation>Haga clic para mostrar el panel de cumplimentación (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>bsreporter</source>
        <translation>bsreporter</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir un informe</translation>
    </message>
    <message>
        <source>Reports (*.bsr);;All files (*)</source>
        <translation>Informes (*.bsr);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open the demo report</source>
        <translation>Abrir el informe de demostración</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en modo de solo lectura</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>Creando {name}…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Cerrar el informe</translation>
    </message>
    <message>
        <source>An answer you typed was not saved because it is not valid: {questions}. The report keeps its earlier answer.</source>
        <translation>Una respuesta que escribió no se guardó porque no es válida: {questions}. El informe conserva su respuesta anterior.</translation>
    </message>
    <message>
        <source>Go Back to It</source>
        <translation>Volver a ella</translation>
    </message>
    <message>
        <source>{count} answers you typed were not saved because they are not valid: {questions}. The report keeps its earlier answers.</source>
        <translation>{count} respuestas que escribió no se guardaron porque no son válidas: {questions}. El informe conserva sus respuestas anteriores.</translation>
    </message>
    <message>
        <source>Go Back to Them</source>
        <translation>Volver a ellas</translation>
    </message>
    <message>
        <source>Switch Anyway</source>
        <translation>Cambiar de todos modos</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Respuestas no guardadas</translation>
    </message>
    <message>
        <source>Every required question is answered.</source>
        <translation>Todas las preguntas obligatorias tienen respuesta.</translation>
    </message>
    <message>
        <source>{percent:.0f}% complete</source>
        <translation>{percent:.0f} % completado</translation>
    </message>
    <message>
        <source>{done} of {required} required answers; {blockers} to finish</source>
        <translation>{done} de {required} respuestas obligatorias; por terminar: {blockers}</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed</source>
        <translation>Solo lectura: no se puede modificar nada</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>No guardado: {message}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
    <message>
        <source>{party} – {file}{read_only}</source>
        <translation>{party} – {file}{read_only}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>No recent reports</source>
        <translation>No hay informes recientes</translation>
    </message>
    <message>
        <source>bsreporter {version}</source>
        <translation>bsreporter {version}</translation>
    </message>
    <message>
        <source>Prepare the national report on the Cartagena Protocol on Biosafety offline.</source>
        <translation>Preparar sin conexión el informe nacional sobre el Protocolo de Cartagena sobre Seguridad de la Biotecnología.</translation>
    </message>
    <message>
        <source>Questionnaire: {form} version {version}</source>
        <translation>Cuestionario: {form} versión {version}</translation>
    </message>
    <message>
        <source>Report file: {path}</source>
        <translation>Archivo del informe: {path}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <source>About bsreporter</source>
        <translation>Acerca de bsreporter</translation>
    </message>
    <message>
        <source>This report is open read-only because its disk or folder cannot be written. To edit it, use File &gt; Save a Copy As… to put a copy in a folder of yours.</source>
        <translation>Este informe está abierto en modo de solo lectura porque no se puede escribir en su disco o carpeta. Para editarlo, use Archivo &gt; Guardar una copia como… y coloque una copia en una carpeta propia.</translation>
    </message>
    <message>
        <source>This report is open read-only because the file also exists under another name (a hard link), and a file with two names cannot be edited safely. To edit it, use File &gt; Save a Copy As… to make a copy of it.</source>
        <translation>Este informe está abierto en modo de solo lectura porque el archivo también existe con otro nombre (un vínculo físico), y un archivo con dos nombres no puede editarse de forma segura. Para editarlo, use Archivo &gt; Guardar una copia como… para hacer una copia.</translation>
    </message>
    <message>
        <source>This report is open read-only. Nothing you see here can be changed.</source>
        <translation>Este informe está abierto en modo de solo lectura. No se puede modificar nada de lo que aparece aquí.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar a partir de una copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Go back to a backup copy of the report (undoable)</source>
        <translation>Volver a una copia de seguridad del informe (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Validate Report…</source>
        <translation>&amp;Validar el informe…</translation>
    </message>
    <message>
        <source>Mark the complete report as validated: it becomes read-only</source>
        <translation>Marcar el informe completo como validado: pasa a ser de solo lectura</translation>
    </message>
    <message>
        <source>Re&amp;open for Editing…</source>
        <translation>Re&amp;abrir para editar…</translation>
    </message>
    <message>
        <source>Make a validated report editable again, recording why</source>
        <translation>Volver a hacer editable un informe validado, registrando el motivo</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Su &amp;nombre…</translation>
    </message>
    <message>
        <source>The name recorded in the history of the answers you change</source>
        <translation>El nombre que se registra en el historial de las respuestas que usted modifica</translation>
    </message>
    <message>
        <source>Answer &amp;History…</source>
        <translation>&amp;Historial de la respuesta…</translation>
    </message>
    <message>
        <source>Who changed the answer of the current question, when, and from what</source>
        <translation>Quién modificó la respuesta de la pregunta actual, cuándo y a partir de qué</translation>
    </message>
    <message>
        <source>&amp;Validate Report… ({count} questions to finish)</source>
        <translation>&amp;Validar el informe… (preguntas por terminar: {count})</translation>
    </message>
    <message>
        <source>Put the cursor in a question first (or use the History… button beside it).</source>
        <translation>Sitúe primero el cursor en una pregunta (o use el botón Historial… que está a su lado).</translation>
    </message>
    <message>
        <source>Focal areas and objectives of the report</source>
        <translation>Esferas prioritarias y objetivos del informe</translation>
    </message>
    <message>
        <source>Report by &amp;Section</source>
        <translation>Informe por &amp;sección</translation>
    </message>
    <message>
        <source>Report by Strategic &amp;Plan</source>
        <translation>Informe por &amp;Plan Estratégico</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Secciones del informe</translation>
    </message>
</context>
<context>
    <name>MultilingualEditor</name>
    <message>
        <source>Add a translation</source>
        <translation>Añadir una traducción</translation>
    </message>
    <message>
        <source>Give this answer in another UN language as well</source>
        <translation>Dar también esta respuesta en otro idioma de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the text in {language}</source>
        <translation>Quitar el texto en {language}</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>{done} of {required} required answers ({percent:.0f}%), {blockers} to finish</source>
        <extracomment>Role holding the id of the section a row leads to.</extracomment>
        <translation>{done} de {required} respuestas obligatorias ({percent:.0f} %), por terminar: {blockers}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Focal area and objective</source>
        <translation>Esfera prioritaria y objetivo</translation>
    </message>
    <message>
        <source>No question of this report informs it: its indicators are measured elsewhere.</source>
        <translation>Ninguna pregunta de este informe se refiere a ello: sus indicadores se miden en otra parte.</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Sections of the report</source>
        <translation>Secciones del informe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>NewReportWizard</name>
    <message>
        <source>New report</source>
        <translation>Nuevo informe</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this message (Escape)</source>
        <translation>Cerrar este mensaje (Esc)</translation>
    </message>
    <message>
        <source>Open the folder {folder}</source>
        <translation>Abrir la carpeta {folder}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long an action may run before its progress dialog appears.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Windows rebuilt in another language; kept here so Python does not collect them.</extracomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>Igual que el computador ({language})</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>&amp;Second language of the questions:</source>
        <translation>&amp;Segundo idioma de las preguntas:</translation>
    </message>
    <message>
        <source>The language of the questions themselves is chosen in View &gt; Question Language. A second language is shown under each question, for teams that work in two languages.</source>
        <translation>El idioma de las propias preguntas se elige en Ver &gt; Idioma de las preguntas. Un segundo idioma se muestra debajo de cada pregunta, para los equipos que trabajan en dos idiomas.</translation>
    </message>
</context>
<context>
    <name>PreviousAnswer</name>
    <message>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <source>Show previous answer</source>
        <translation>Mostrar la respuesta anterior</translation>
    </message>
    <message>
        <source>Show the previous cycle&apos;s answer to question {number}</source>
        <translation>Mostrar la respuesta del ciclo anterior a la pregunta {number}</translation>
    </message>
    <message>
        <source>Previous report ({source}):</source>
        <translation>Informe anterior ({source}):</translation>
    </message>
    <message>
        <source>Previous report:</source>
        <translation>Informe anterior:</translation>
    </message>
    <message>
        <source>Hide previous answer</source>
        <translation>Ocultar la respuesta anterior</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>The report keeps no answer here.</source>
        <translation>El informe no contiene ninguna respuesta aquí.</translation>
    </message>
    <message>
        <source>The report keeps the earlier answer: {value}</source>
        <translation>El informe conserva la respuesta anterior: {value}</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <extracomment>the status icon shown: what is stored, or &quot;not saved&quot; while a refused entry is on screen</extracomment>
        <translation>Pregunta de seguimiento</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation>Eliminar esta respuesta</translation>
    </message>
    <message>
        <source>Clear the answer to question {number}</source>
        <translation>Borrar la respuesta a la pregunta {number}</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Who changed this answer, when, and from what</source>
        <translation>Quién modificó esta respuesta, cuándo y a partir de qué</translation>
    </message>
    <message>
        <source>History of the answer to question {number}</source>
        <translation>Historial de la respuesta a la pregunta {number}</translation>
    </message>
    <message>
        <source>Carried over from the previous report. Check it, then confirm it.</source>
        <translation>Trasladada del informe anterior. Revísela y luego confírmela.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm the carried-over answer to question {number}</source>
        <translation>Confirmar la respuesta trasladada a la pregunta {number}</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoria)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No se aplica</translation>
    </message>
    <message>
        <source>Information not available</source>
        <translation>Información no disponible</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Answered: not applicable</source>
        <translation>Respondida: no se aplica</translation>
    </message>
    <message>
        <source>Answered: information not available</source>
        <translation>Respondida: información no disponible</translation>
    </message>
    <message>
        <source>The answer is not valid</source>
        <translation>La respuesta no es válida</translation>
    </message>
    <message>
        <source>Carried over: review and confirm</source>
        <translation>Trasladada: revisar y confirmar</translation>
    </message>
    <message>
        <source>Not asked, given the other answers</source>
        <translation>No se formula, según las demás respuestas</translation>
    </message>
    <message>
        <source>Required answer missing</source>
        <translation>Falta una respuesta obligatoria</translation>
    </message>
    <message>
        <source>Optional, not answered</source>
        <translation>Opcional, sin respuesta</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>No guardado: {message}</translation>
    </message>
    <message>
        <source>This answer is not valid: {detail}</source>
        <translation>Esta respuesta no es válida: {detail}</translation>
    </message>
    <message>
        <source>row {row}: “{column}” is missing</source>
        <translation>fila {row}: falta «{column}»</translation>
    </message>
    <message>
        <source>row {row}: “{column}”: {message}</source>
        <translation>fila {row}: «{column}»: {message}</translation>
    </message>
    <message>
        <source>not allowed here</source>
        <translation>no se admite aquí</translation>
    </message>
    <message>
        <source>Row {row} is being filled in; it is checked when you leave it.</source>
        <translation>La fila {row} se está rellenando; se comprobará cuando la deje.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Not available: the report is validated and locked. To change it, choose File &gt; Reopen for Editing…</source>
        <translation>No disponible: el informe está validado y bloqueado. Para modificarlo, elija Archivo &gt; Reabrir para editar…</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because it is being edited elsewhere.</source>
        <translation>No disponible: el informe está abierto en modo de solo lectura porque se está editando en otro lugar.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because its disk or folder cannot be written.</source>
        <translation>No disponible: el informe está abierto en modo de solo lectura porque no se puede escribir en su disco o carpeta.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because the file also exists under another name.</source>
        <translation>No disponible: el informe está abierto en modo de solo lectura porque el archivo también existe con otro nombre.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only.</source>
        <translation>No disponible: el informe está abierto en modo de solo lectura.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>{problem}

No backup copy of this report was found on this computer. The file was left exactly as it is.</source>
        <translation>{problem}

No se encontró ninguna copia de seguridad de este informe en este computador. El archivo se dejó exactamente como estaba.</translation>
    </message>
    <message>
        <source>{when}, {percent:.0f}% complete</source>
        <translation>{when}, {percent:.0f} % completado</translation>
    </message>
    <message>
        <source>{problem}

The latest good backup of this report is from {about}. It can be copied beside the damaged file as a new report, which is then opened. The damaged file is left exactly as it is.</source>
        <translation>{problem}

La última copia de seguridad en buen estado de este informe es de {about}. Puede copiarse junto al archivo dañado como un nuevo informe, que entonces se abre. El archivo dañado se deja exactamente como está.</translation>
    </message>
    <message>
        <source>Open the Latest Good Backup</source>
        <translation>Abrir la última copia de seguridad en buen estado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open the latest good backup</source>
        <translation>Abrir la última copia de seguridad en buen estado</translation>
    </message>
    <message>
        <source>Opened a copy of the backup of {when} as {name}; the damaged file was not changed.</source>
        <translation>Se abrió una copia de la copia de seguridad de {when} como {name}; el archivo dañado no se modificó.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <extracomment>a backup was restored: the copy made of the state just before</extracomment>
        <translation>Restaurar a partir de una copia de seguridad</translation>
    </message>
    <message>
        <source>Copies of “{name}” are made when it is opened, every 10 minutes while it changes, and before an import or a restore. They are kept in {folder}.</source>
        <translation>Se hacen copias de «{name}» al abrirlo, cada 10 minutos mientras cambia, y antes de una importación o una restauración. Se guardan en {folder}.</translation>
    </message>
    <message>
        <source>There is no backup of this report yet.</source>
        <translation>Aún no hay ninguna copia de seguridad de este informe.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <source>{when}, {percent:.0f}% complete</source>
        <translation>{when}, {percent:.0f} % completado</translation>
    </message>
    <message>
        <source>Replace the current answers with those of the backup of {about}?

The current answers are first saved as a backup (“Before a restore”, listed here), and Edit &gt; Undo takes the restore back. The history of every answer is kept.</source>
        <translation>¿Sustituir las respuestas actuales por las de la copia de seguridad de {about}?

Las respuestas actuales se guardan primero como copia de seguridad («Antes de una restauración», en esta lista), y Edición &gt; Deshacer revierte la restauración. Se conserva el historial de cada respuesta.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Expected outcomes and indicators</source>
        <extracomment>Lines of questions read badly when wider than this.</extracomment>
        <translation>Resultados previstos e indicadores</translation>
    </message>
    <message>
        <source>Show or hide the expected outcomes and indicators</source>
        <translation>Mostrar u ocultar los resultados previstos y los indicadores</translation>
    </message>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation>Las preguntas marcadas con * requieren una respuesta.</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} questions matching “{query}”.</source>
        <translation>Se muestran {shown} de {total} preguntas que coinciden con «{query}».</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Resultados previstos</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Measured elsewhere: {reason}</source>
        <translation>Se mide en otra parte: {reason}</translation>
    </message>
    <message>
        <source>Next objective</source>
        <translation>Objetivo siguiente</translation>
    </message>
    <message>
        <source>Previous objective</source>
        <translation>Objetivo anterior</translation>
    </message>
    <message>
        <source>No question of this report informs this objective. Its indicators:</source>
        <translation>Ninguna pregunta de este informe se refiere a este objetivo. Sus indicadores:</translation>
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
        <translation>Prepare sin conexión el informe nacional de su país sobre el Protocolo de Cartagena sobre Seguridad de la Biotecnología. Cada respuesta se guarda en cuanto usted la da.</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nuevo informe…</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>&amp;Abrir informe…</translation>
    </message>
    <message>
        <source>Try the &amp;demo report</source>
        <translation>Probar el informe de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Recent reports</source>
        <translation>Informes &amp;recientes</translation>
    </message>
    <message>
        <source>Recent reports</source>
        <translation>Informes recientes</translation>
    </message>
    <message>
        <source>Reports you open will be listed here.</source>
        <translation>Aquí se enumerarán los informes que abra.</translation>
    </message>
    <message>
        <source>{path} (no longer there)</source>
        <translation>{path} (ya no existe)</translation>
    </message>
</context>
<context>
    <name>TableChanges</name>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>{what}: row {number}</source>
        <translation>{what}: fila {number}</translation>
    </message>
    <message>
        <source>{what}: was row {number}</source>
        <translation>{what}: era la fila {number}</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
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
        <translation>Filas añadidas: {added} · eliminadas: {removed} · modificadas: {changed} · sin cambios: {same}</translation>
    </message>
    <message>
        <source>Choose a table question above to see its rows added, removed and changed.</source>
        <translation>Elija arriba una pregunta en forma de tabla para ver sus filas añadidas, eliminadas y modificadas.</translation>
    </message>
    <message>
        <source>Question {number}: {summary}</source>
        <translation>Pregunta {number}: {summary}</translation>
    </message>
    <message>
        <source>Rows changed in question {number}</source>
        <translation>Filas modificadas de la pregunta {number}</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Agregar fila</translation>
    </message>
    <message>
        <source>Add a row to table {number}</source>
        <translation>Agregar una fila a la tabla {number}</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Eliminar fila</translation>
    </message>
    <message>
        <source>Remove the selected row from table {number}</source>
        <translation>Eliminar la fila seleccionada de la tabla {number}</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Remove every selected row from table {number}?
Rows selected: {count} of {total}.</source>
        <translation>¿Eliminar todas las filas seleccionadas de la tabla {number}?
Filas seleccionadas: {count} de {total}.</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Eliminar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>Required in every row</source>
        <translation>Obligatorio en cada fila</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Merge {name}</source>
        <extracomment>the previous cycle&apos;s answers of the same questions, when the import carried answers over</extracomment>
        <translation>Combinar {name}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>Confirm answer {number}</source>
        <translation>Confirmar la respuesta {number}</translation>
    </message>
    <message>
        <source>Answer {number}</source>
        <translation>Respuesta {number}</translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <source>By Strategic Plan</source>
        <translation>Por Plan Estratégico</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Por sección</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Mostrar el informe</translation>
    </message>
    <message>
        <source>Show the report by focal area and operational objective of the Strategic Plan</source>
        <translation>Mostrar el informe por esfera prioritaria y objetivo operacional del Plan Estratégico</translation>
    </message>
    <message>
        <source>Show the report by the sections of its form</source>
        <translation>Mostrar el informe según las secciones de su formulario</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>This answer is not allowed here.</source>
        <extracomment>General-information questions the wizard asks for, when the questionnaire has them.</extracomment>
        <translation>Esta respuesta no está permitida aquí.</translation>
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
        <translation>Idioma y archivo</translation>
    </message>
    <message>
        <source>The language of the report, and where to keep the report file.</source>
        <translation>El idioma del informe, y dónde guardar el archivo del informe.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Archivo del informe</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Report &amp;file:</source>
        <translation>&amp;Archivo del informe:</translation>
    </message>
    <message>
        <source>Reports (*.bsr)</source>
        <translation>Informes (*.bsr)</translation>
    </message>
    <message>
        <source>Choose where to keep the report file.</source>
        <translation>Elija dónde guardar el archivo del informe.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose another name (an existing report is never overwritten).</source>
        <translation>«{path}» ya existe; elija otro nombre (nunca se sobrescribe un informe existente).</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>La carpeta «{folder}» no existe.</translation>
    </message>
</context>
<context>
    <name>_FocalPointPage</name>
    <message>
        <source>National focal point</source>
        <translation>Coordinador nacional</translation>
    </message>
    <message>
        <source>Who prepares the report. Leave blank what you will fill in later.</source>
        <translation>Quién prepara el informe. Deje en blanco lo que completará más adelante.</translation>
    </message>
</context>
<context>
    <name>_PartyPage</name>
    <message>
        <source>Party and questionnaire</source>
        <translation>Parte y cuestionario</translation>
    </message>
    <message>
        <source>Who reports, and on which questionnaire.</source>
        <translation>Quién presenta el informe, y sobre qué cuestionario.</translation>
    </message>
    <message>
        <source>Reporting Party</source>
        <translation>Parte que presenta el informe</translation>
    </message>
    <message>
        <source>Reporting &amp;Party:</source>
        <translation>&amp;Parte que presenta el informe:</translation>
    </message>
    <message>
        <source>Questionnaire and reporting cycle</source>
        <translation>Cuestionario y ciclo de presentación de informes</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Cuestionario:</translation>
    </message>
</context>
<context>
    <name>_PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <source>The period this report covers. You can change it later.</source>
        <translation>El período que abarca este informe. Puede modificarlo más adelante.</translation>
    </message>
</context>
<context>
    <name>PartyChooser</name>
    <message>
        <source>Choose from the list, or type a name</source>
        <translation>Elija de la lista o escriba un nombre</translation>
    </message>
    <message>
        <source>Type part of a Party&apos;s name to find it. A name that is not in the list is kept as typed.</source>
        <translation>Escriba parte del nombre de una Parte para encontrarla. Un nombre que no figura en la lista se conserva tal como se escribió.</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of Parties to the Protocol. It is kept as typed: a State that is not a Party may also fill in the report.</source>
        <translation>«{name}» no figura en la lista de Partes en el Protocolo. Se conserva tal como se escribió: un Estado que no es Parte también puede rellenar el informe.</translation>
    </message>
</context>
</TS>
