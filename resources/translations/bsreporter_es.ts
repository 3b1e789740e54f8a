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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
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
        <source>{party} national report</source>
        <translation>{party} - informe nacional</translation>
    </message>
    <message>
        <source>national report</source>
        <translation>informe nacional</translation>
    </message>
    <message>
        <source>This answer is not allowed here.</source>
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
<context>
    <name>messages</name>
    <message>
        <source>question {number}</source>
        <comment>where_question</comment>
        <translation>pregunta {number}</translation>
    </message>
    <message>
        <source>question {number}, row {row}</source>
        <comment>where_row</comment>
        <translation>pregunta {number}, fila {row}</translation>
    </message>
    <message>
        <source>question {number}, row {row}, column &apos;{column}&apos;</source>
        <comment>where_cell</comment>
        <translation>pregunta {number}, fila {row}, columna «{column}»</translation>
    </message>
    <message>
        <source>{where}: true/false is not a valid answer; give a value of type {kind}.</source>
        <comment>bool_answer</comment>
        <translation>{where}: verdadero/falso no es una respuesta válida; indique un valor de tipo {kind}.</translation>
    </message>
    <message>
        <source>{where}: expects text.</source>
        <comment>expects_text</comment>
        <translation>{where}: se espera un texto.</translation>
    </message>
    <message>
        <source>{where}: {codes} is not a language this answer can be given in; give the text in the UN languages by their codes ({languages}).</source>
        <comment>not_un_language</comment>
        <translation>{where}: {codes} no es un idioma en el que pueda darse esta respuesta; indique el texto en los idiomas de las Naciones Unidas, por sus códigos ({languages}).</translation>
    </message>
    <message>
        <source>{where}: the text has {length} characters; at most {limit} fit (the limit of a spreadsheet cell). Shorten it or attach a document.</source>
        <comment>text_too_long</comment>
        <translation>{where}: el texto tiene {length} caracteres; caben como máximo {limit} (el límite de una celda de hoja de cálculo). Acórtelo o adjunte un documento.</translation>
    </message>
    <message>
        <source>{where}: the text contains invisible control characters (for example from a copy-paste); remove them and try again.</source>
        <comment>control_chars</comment>
        <translation>{where}: el texto contiene caracteres de control invisibles (por ejemplo, de copiar y pegar); elimínelos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a whole number.</source>
        <comment>not_whole</comment>
        <translation>{where}: «{value}» no es un número entero.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number.</source>
        <comment>not_number</comment>
        <translation>{where}: «{value}» no es un número.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; could be read as {plain} or as {point}: write {plain} or {point}, as you mean it.</source>
        <comment>ambiguous_number</comment>
        <translation>{where}: «{value}» puede leerse como {plain} o como {point}: escriba {plain} o {point}, según lo que quiera decir.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number: digit groups have three digits (e.g. 1 500 000 or 1,500,000.5).</source>
        <comment>number_groups</comment>
        <translation>{where}: «{value}» no es un número: los grupos de cifras tienen tres cifras (por ejemplo, 1 500 000 o 1.500.000,5).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; uses exponent notation; write the number in full (e.g. 100000 for 1e5).</source>
        <comment>number_exponent</comment>
        <translation>{where}: «{value}» está en notación exponencial; escriba el número completo (por ejemplo, 100000 en lugar de 1e5).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; has more than 15 significant digits, more than can be stored exactly; round it.</source>
        <comment>too_many_digits</comment>
        <translation>{where}: «{value}» tiene más de 15 cifras significativas, más de las que pueden guardarse con exactitud; redondéelo.</translation>
    </message>
    <message>
        <source>{where}: expects a finite number.</source>
        <comment>not_finite</comment>
        <translation>{where}: se espera un número finito.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2019-12-31.</source>
        <comment>not_date</comment>
        <translation>{where}: «{value}» no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2019-12-31.</translation>
    </message>
    <message>
        <source>{where}: {value} is outside the years 1900 to 2100.</source>
        <comment>date_range</comment>
        <translation>{where}: {value} está fuera de los años 1900 a 2100.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a web address; it must start with http:// or https://.</source>
        <comment>not_url</comment>
        <translation>{where}: «{value}» no es una dirección web; debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an e-mail address (like name@example.org).</source>
        <comment>not_email</comment>
        <translation>{where}: «{value}» no es una dirección de correo electrónico (como nombre@example.org).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not one of the options ({options}).</source>
        <comment>not_option</comment>
        <translation>{where}: «{value}» no es una de las opciones ({options}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not one of the options; the closest are &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <comment>option_unknown</comment>
        <translation>{where}: «{value}» no es una de las opciones; las más parecidas son «{first}» y «{second}».</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos;, in the answer &apos;{whole}&apos;, is not one of the options; the closest are &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <comment>option_part_unknown</comment>
        <translation>{where}: «{value}», en la respuesta «{whole}», no es una de las opciones; las más parecidas son «{first}» y «{second}».</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; could be &apos;{first}&apos; or &apos;{second}&apos;; write the option as the form words it.</source>
        <comment>option_ambiguous</comment>
        <translation>{where}: «{value}» puede ser «{first}» o «{second}»; escriba la opción tal como figura en el formulario.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos;, in the answer &apos;{whole}&apos;, could be &apos;{first}&apos; or &apos;{second}&apos;; write the option as the form words it.</source>
        <comment>option_part_ambiguous</comment>
        <translation>{where}: «{value}», en la respuesta «{whole}», puede ser «{first}» o «{second}»; escriba la opción tal como figura en el formulario.</translation>
    </message>
    <message>
        <source>{where}: {value} is in none of the ranges offered ({options}).</source>
        <comment>option_no_range</comment>
        <translation>{where}: {value} no está en ninguno de los intervalos propuestos ({options}).</translation>
    </message>
    <message>
        <source>{where}: {value} is none of the years offered ({options}).</source>
        <comment>option_no_year</comment>
        <translation>{where}: {value} no es ninguno de los años propuestos ({options}).</translation>
    </message>
    <message>
        <source>{where}: {readings} (a suggestion: taken only if you confirm it)</source>
        <comment>answer_suggested</comment>
        <translation>{where}: {readings} (sugerencia: solo se toma si usted la confirma)</translation>
    </message>
    <message>
        <source>read &apos;{read}&apos; as &apos;{option}&apos;</source>
        <comment>reading_loose</comment>
        <translation>«{read}» leído como «{option}»</translation>
    </message>
    <message>
        <source>read {read} as &apos;{option}&apos;, the range that holds it</source>
        <comment>reading_range</comment>
        <translation>{read} leído como «{option}», el intervalo que lo contiene</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an allowed answer here.</source>
        <comment>special_not_allowed</comment>
        <translation>{where}: «{value}» no es una respuesta admitida aquí.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a JSON list of options.</source>
        <comment>not_json_list</comment>
        <translation>{where}: «{value}» no es una lista de opciones en JSON.</translation>
    </message>
    <message>
        <source>{where}: expects a list of options.</source>
        <comment>expects_list</comment>
        <translation>{where}: se espera una lista de opciones.</translation>
    </message>
    <message>
        <source>{where}: {values} not among the options ({options}).</source>
        <comment>not_options</comment>
        <translation>{where}: {values} no están entre las opciones ({options}).</translation>
    </message>
    <message>
        <source>{where}: a table is given as a JSON list of rows, e.g. [{{&quot;title&quot;: &quot;...&quot;}}].</source>
        <comment>table_json</comment>
        <translation>{where}: una tabla se indica como una lista JSON de filas, por ejemplo [{{&quot;title&quot;: &quot;...&quot;}}].</translation>
    </message>
    <message>
        <source>{where}: a table is a list of rows, each mapping column names to values.</source>
        <comment>table_rows</comment>
        <translation>{where}: una tabla es una lista de filas, cada una con nombres de columna y sus valores.</translation>
    </message>
    <message>
        <source>{where}: at most {limit} rows fit in a table.</source>
        <comment>table_too_many</comment>
        <translation>{where}: una tabla admite como máximo {limit} filas.</translation>
    </message>
    <message>
        <source>{where}: no column {names}; the columns are {columns}.</source>
        <comment>table_no_column</comment>
        <translation>{where}: no hay columna {names}; las columnas son {columns}.</translation>
    </message>
    <message>
        <source>{where}: this kind of answer ({kind}) cannot be set here.</source>
        <comment>cannot_set</comment>
        <translation>{where}: este tipo de respuesta ({kind}) no puede indicarse aquí.</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <comment>cell_rule</comment>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{where} is empty; every row needs it.</source>
        <comment>cell_missing</comment>
        <translation>{where} está vacía; cada fila debe tenerla.</translation>
    </message>
    <message>
        <source>{where} breaks the column&apos;s rule.</source>
        <comment>cell_not_allowed</comment>
        <translation>{where} no cumple la regla de la columna.</translation>
    </message>
    <message>
        <source>{where}: the value is nested too deeply to be an answer (lists within lists); give a plain list.</source>
        <comment>too_deep</comment>
        <translation>{where}: el valor está anidado a demasiada profundidad para ser una respuesta (listas dentro de listas); indique una lista simple.</translation>
    </message>
    <message>
        <source>{where}: the answer contains characters that cannot be stored (broken text, for example from a damaged file or a wrongly encoded copy-paste); retype them.</source>
        <comment>unstorable_chars</comment>
        <translation>{where}: la respuesta contiene caracteres que no se pueden guardar (texto dañado, por ejemplo de un archivo dañado o de un copiar y pegar con una codificación errónea); vuelva a escribirlos.</translation>
    </message>
    <message>
        <source>{where}: the number has more than 18 digits.</source>
        <comment>number_too_large</comment>
        <translation>{where}: el número tiene más de 18 dígitos.</translation>
    </message>
    <message>
        <source>{where}: the answer stored in the file cannot be read as an answer to this question; it is kept as it is until you give a new answer.</source>
        <comment>stored_unreadable</comment>
        <translation>{where}: la respuesta guardada en el archivo no puede leerse como respuesta a esta pregunta; se conserva tal cual hasta que indique una nueva respuesta.</translation>
    </message>
    <message>
        <source>The stored answer is not valid: {reason}</source>
        <comment>stored_invalid</comment>
        <translation>La respuesta guardada no es válida: {reason}</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos; for editing: its folder is not writable ({reason}). Copy the report to a folder of yours, or open it read-only.</source>
        <comment>lock_folder_not_writable</comment>
        <translation>No se puede abrir «{name}» para editarlo: no se puede escribir en su carpeta ({reason}). Copie el informe en una carpeta propia o ábralo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already open for editing by {holder}. Close it there first, or open it read-only.</source>
        <comment>lock_held</comment>
        <translation>«{name}» ya está abierto para su edición por {holder}. Ciérrelo allí primero o ábralo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>{user} on computer {host} (since {since})</source>
        <comment>lock_holder</comment>
        <translation>{user} en el equipo {host} (desde el {since})</translation>
    </message>
    <message>
        <source>another bsreporter window</source>
        <comment>lock_holder_unknown</comment>
        <translation>otra ventana de bsreporter</translation>
    </message>
    <message>
        <source>{user} (since {since}; the computer was not recorded)</source>
        <comment>lock_holder_partial</comment>
        <translation>{user} (desde el {since}; no se registró el equipo)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on a read-only disk or in a folder that cannot be written, so it can only be opened read-only. To edit it, copy it to a folder of yours.</source>
        <comment>read_only_medium</comment>
        <translation>«{name}» está en un disco de solo lectura o en una carpeta en la que no se puede escribir, por lo que solo puede abrirse en modo de solo lectura. Para editarlo, cópielo en una carpeta propia.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on a read-only disk or in a folder that cannot be written; it was opened read-only. The file is sound. To edit it, copy it to a folder of yours.</source>
        <comment>read_only_medium_opened</comment>
        <translation>«{name}» está en un disco de solo lectura o en una carpeta en la que no se puede escribir; se ha abierto en modo de solo lectura. El archivo está en buen estado. Para editarlo, cópielo en una carpeta propia.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; also exists under another name (a hard link), so it can only be opened read-only: a file with two names cannot be edited safely. To edit it, make a copy of it and edit the copy.</source>
        <comment>hard_linked</comment>
        <translation>«{name}» también existe con otro nombre (un vínculo físico), por lo que solo puede abrirse en modo de solo lectura: un archivo con dos nombres no puede editarse de forma segura. Para editarlo, haga una copia y edite la copia.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; also exists under another name (a hard link); it was opened read-only. The file is sound. To edit it, make a copy of it and edit the copy.</source>
        <comment>hard_linked_opened</comment>
        <translation>«{name}» también existe con otro nombre (un vínculo físico); se ha abierto en modo de solo lectura. El archivo está en buen estado. Para editarlo, haga una copia y edite la copia.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: beside it, &apos;{odd}&apos; is {kind}, not an ordinary file. bsreporter keeps its own working files under that name. Remove or rename &apos;{odd}&apos; and try again.</source>
        <comment>odd_companion</comment>
        <translation>No se puede abrir «{name}»: junto a él, «{odd}» es {kind}, no un archivo normal. bsreporter guarda sus propios archivos de trabajo con ese nombre. Elimine o cambie el nombre de «{odd}» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>a folder</source>
        <comment>file_kind_folder</comment>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a link</source>
        <comment>file_kind_link</comment>
        <translation>un vínculo</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <comment>file_kind_pipe</comment>
        <translation>una canalización con nombre</translation>
    </message>
    <message>
        <source>a socket</source>
        <comment>file_kind_socket</comment>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <comment>file_kind_device</comment>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>The name of &apos;{name}&apos; is too long for this disk (bsreporter keeps its working files beside a report under slightly longer names). Choose a shorter name, or rename the file.</source>
        <comment>report_name_too_long</comment>
        <translation>El nombre de «{name}» es demasiado largo para este disco (bsreporter guarda sus archivos de trabajo junto al informe con nombres algo más largos). Elija un nombre más corto o cambie el nombre del archivo.</translation>
    </message>
    <message>
        <source>The name &apos;{name}&apos; is too long for this disk. Choose a shorter name.</source>
        <comment>file_name_too_long</comment>
        <translation>El nombre «{name}» es demasiado largo para este disco. Elija un nombre más corto.</translation>
    </message>
    <message>
        <source>There is no file &apos;{path}&apos;.</source>
        <comment>no_file</comment>
        <translation>No existe el archivo «{path}».</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a report file.</source>
        <comment>is_folder_not_report</comment>
        <translation>«{path}» es una carpeta, no un archivo de informe.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {kind}, not a file; it is not a report file.</source>
        <comment>not_a_regular_file</comment>
        <translation>«{path}» es {kind}, no un archivo; no es un archivo de informe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read ({reason}).</source>
        <comment>cannot_read</comment>
        <translation>No se puede leer «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; it is not a bsreporter report.</source>
        <comment>report_empty</comment>
        <translation>«{name}» está vacío; no es un informe de bsreporter.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a bsreporter report (it is some other kind of file).</source>
        <comment>not_a_report</comment>
        <translation>«{name}» no es un informe de bsreporter (es otro tipo de archivo).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (cut short); open a backup copy instead.</source>
        <comment>damaged_cut_short</comment>
        <translation>«{name}» está dañado (truncado); abra en su lugar una copia de seguridad.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (its header is unreadable); open a backup copy instead.</source>
        <comment>damaged_header</comment>
        <translation>«{name}» está dañado (su encabezado es ilegible); abra en su lugar una copia de seguridad.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (cut short: {size} of {expected} bytes); open a backup copy instead.</source>
        <comment>damaged_size</comment>
        <translation>«{name}» está dañado (truncado: {size} de {expected} bytes); abra en su lugar una copia de seguridad.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a database but not a bsreporter report.</source>
        <comment>database_not_report</comment>
        <translation>«{name}» es una base de datos, pero no un informe de bsreporter.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened ({reason}).</source>
        <comment>cannot_open_reason</comment>
        <translation>No se puede abrir «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was saved by a newer version of bsreporter (file format {version}, this program reads up to {supported}). Install the latest bsreporter to open it.</source>
        <comment>newer_version</comment>
        <translation>«{name}» se guardó con una versión más reciente de bsreporter (formato de archivo {version}; este programa lee hasta el formato {supported}). Instale la versión más reciente de bsreporter para abrirlo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a complete bsreporter report (no file format version).</source>
        <comment>not_complete_report</comment>
        <translation>«{name}» no es un informe de bsreporter completo (no tiene versión de formato de archivo).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged ({problem}); open a backup copy instead. The file was not changed.</source>
        <comment>damaged_problem</comment>
        <translation>«{name}» está dañado ({problem}); abra en su lugar una copia de seguridad. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (tables are missing); open a backup copy instead.</source>
        <comment>damaged_tables</comment>
        <translation>«{name}» está dañado (faltan tablas); abra en su lugar una copia de seguridad.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was refused: it holds database content that bsreporter never makes ({what}), which could change answers without anyone knowing. The file was not changed. Ask the sender for the report again, or open one of its backup copies.</source>
        <comment>report_foreign_content</comment>
        <translation>Se ha rechazado «{name}»: contiene elementos de base de datos que bsreporter nunca crea ({what}) y que podrían modificar respuestas sin que nadie lo sepa. El archivo no se ha modificado. Pida de nuevo el informe a quien lo envió o abra una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened because its disk is full. The file is sound; free some space and open it again.</source>
        <comment>disk_full_open</comment>
        <translation>No se puede abrir «{name}» porque su disco está lleno. El archivo está en buen estado; libere espacio y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Beside &apos;{name}&apos; lay unsaved changes from a session that ended abruptly, but they were made to another file than the one there now (it was replaced). They were not applied; they were kept aside as &apos;{log}&apos;. The answers shown are those of the file itself.</source>
        <comment>foreign_log_set_aside</comment>
        <translation>Junto a «{name}» había cambios no guardados de una sesión que terminó de forma abrupta, pero se hicieron en otro archivo distinto del que hay ahora (fue reemplazado). No se han aplicado; se han guardado aparte como «{log}». Las respuestas que se muestran son las del propio archivo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not opened: beside it lie unsaved changes made to another file, and they could not be moved aside ({reason}). Nothing was changed.</source>
        <comment>foreign_log_cannot_move</comment>
        <translation>No se ha abierto «{name}»: junto a él hay cambios no guardados hechos en otro archivo y no se han podido apartar ({reason}). No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Give the name of the reporting Party.</source>
        <comment>party_missing</comment>
        <translation>Indique el nombre de la Parte que presenta el informe.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of this questionnaire; use one of {languages}.</source>
        <comment>language_not_in_form</comment>
        <translation>«{language}» no es un idioma de este cuestionario; utilice uno de los siguientes: {languages}.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose another file name (an existing report is never overwritten).</source>
        <comment>report_exists</comment>
        <translation>«{path}» ya existe; elija otro nombre de archivo (un informe existente nunca se sobrescribe).</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <comment>folder_does_not_exist</comment>
        <translation>La carpeta «{folder}» no existe.</translation>
    </message>
    <message>
        <source>Cannot create &apos;{name}&apos;: {reason}. Check the disk has space and the folder is writable.</source>
        <comment>cannot_create_report</comment>
        <translation>No se puede crear «{name}»: {reason}. Compruebe que el disco tiene espacio libre y que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>its disk or folder cannot be written</source>
        <comment>reason_not_writable</comment>
        <translation>no se puede escribir en su disco o carpeta</translation>
    </message>
    <message>
        <source>another program is writing it; try again in a moment</source>
        <comment>reason_busy</comment>
        <translation>otro programa lo está escribiendo; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>reason_disk_full</comment>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>The disk is full: &apos;{name}&apos; could not be created, and nothing was left behind. Free some space and try again.</source>
        <comment>disk_full_create</comment>
        <translation>El disco está lleno: no se ha podido crear «{name}» y no ha quedado ningún archivo. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers a questionnaire this program does not have: {reason}</source>
        <comment>questionnaire_missing</comment>
        <translation>«{name}» responde a un cuestionario del que este programa no dispone: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, not &apos;{expected}&apos;.</source>
        <comment>other_questionnaire</comment>
        <translation>«{name}» responde al cuestionario «{found}», no a «{expected}».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {reason}.</source>
        <comment>report_cannot_be_opened</comment>
        <translation>No se puede abrir «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>Question {number} does not accept &apos;{special}&apos; (allowed: {allowed}).</source>
        <comment>special_not_accepted</comment>
        <translation>La pregunta {number} no admite «{special}» (permitido: {allowed}).</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>special_not_applicable</comment>
        <translation>No se aplica</translation>
    </message>
    <message>
        <source>Information not available</source>
        <comment>special_not_available</comment>
        <translation>Información no disponible</translation>
    </message>
    <message>
        <source>&apos;{special}&apos; is no longer allowed for this question</source>
        <comment>special_no_longer_allowed</comment>
        <translation>«{special}» ya no se admite en esta pregunta</translation>
    </message>
    <message>
        <source>none</source>
        <comment>none_allowed</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The {what} contains characters that cannot be stored (broken text, for example from a wrongly encoded terminal or file); retype it. Nothing was changed.</source>
        <comment>unstorable_argument</comment>
        <translation>El campo «{what}» contiene caracteres que no se pueden guardar (texto dañado, por ejemplo de un terminal o un archivo con una codificación errónea); vuelva a escribirlo. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Question {number}: {message}</source>
        <comment>constraint_failed</comment>
        <translation>Pregunta {number}: {message}</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <comment>answer_not_allowed</comment>
        <translation>esta respuesta no está permitida aquí</translation>
    </message>
    <message>
        <source>Question {number} has no carried-over answer to confirm.</source>
        <comment>nothing_to_confirm</comment>
        <translation>La pregunta {number} no tiene ninguna respuesta trasladada que confirmar.</translation>
    </message>
    <message>
        <source>This questionnaire has no question &apos;{question}&apos;.</source>
        <comment>no_such_question</comment>
        <translation>Este cuestionario no tiene ninguna pregunta «{question}».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers another questionnaire ({form}); nothing was restored.</source>
        <comment>restore_other_questionnaire</comment>
        <translation>«{name}» responde a otro cuestionario ({form}); no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open read-only; nothing was changed.</source>
        <comment>report_read_only</comment>
        <translation>«{name}» está abierto en modo de solo lectura; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is validated and locked; choose &quot;Reopen for editing&quot; to change it.</source>
        <comment>report_validated_locked</comment>
        <translation>«{name}» está validado y bloqueado; elija «Reabrir para editar» para modificarlo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is validated and locked; to change it, reopen it in the desktop application (File &gt; Reopen for Editing…) and give the reason.</source>
        <comment>report_validated_locked_cli</comment>
        <translation>«{name}» está validado y bloqueado; para modificarlo, reábralo en la aplicación de escritorio (Archivo &gt; Reabrir para editar…) e indique el motivo.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date of submission; write it as YYYY-MM-DD (for example 2026-03-31).</source>
        <comment>detail_date_invalid</comment>
        <translation>«{value}» no es una fecha de presentación; escríbala como AAAA-MM-DD (por ejemplo, 2026-03-31).</translation>
    </message>
    <message>
        <source>The value given for &apos;{question}&apos; is empty (no text, or only empty rows), so the answer was kept; to remove the answer, use --clear.</source>
        <comment>set_empty_value</comment>
        <translation>El valor indicado para «{question}» está vacío (sin texto, o solo filas vacías), así que se ha conservado la respuesta; para eliminar la respuesta, use --clear.</translation>
    </message>
    <message>
        <source>The disk holding &apos;{name}&apos; is full; the last change was not stored. Free some space and try again.</source>
        <comment>disk_full_report</comment>
        <translation>El disco que contiene «{name}» está lleno; el último cambio no se ha guardado. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written (read-only disk or file); the last change was not stored.</source>
        <comment>report_not_writable</comment>
        <translation>No se puede escribir en «{name}» (disco o archivo de solo lectura); el último cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is busy in another program; the last change was not stored. Try again.</source>
        <comment>report_busy</comment>
        <translation>«{name}» está siendo utilizado por otro programa; el último cambio no se ha guardado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; turned out to be damaged while the last change was stored; that change was not stored. Close it and open one of its backup copies.</source>
        <comment>report_damaged_writing</comment>
        <translation>«{name}» resultó estar dañado al guardar el último cambio; ese cambio no se ha guardado. Ciérrelo y abra una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({reason}); the last change was not stored.</source>
        <comment>report_write_failed</comment>
        <translation>No se ha podido escribir en «{name}» ({reason}); el último cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>A backup copy of &apos;{name}&apos; could not be made ({reason}); your report itself is unchanged. Free some disk space.</source>
        <comment>backup_failed</comment>
        <translation>No se ha podido crear una copia de seguridad de «{name}» ({reason}); su informe no se ha modificado. Libere espacio en el disco.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to &apos;{name}&apos; ({reason}).</source>
        <comment>backup_copy_failed</comment>
        <translation>No se ha podido copiar la copia de seguridad junto a «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>No backup copy of &apos;{name}&apos; was made: the backup folder {folder} cannot be written. Your report itself is unchanged and can be edited.</source>
        <comment>backup_folder_not_writable</comment>
        <translation>No se ha creado ninguna copia de seguridad de «{name}»: no se puede escribir en la carpeta de copias {folder}. Su informe no se ha modificado y puede editarse.</translation>
    </message>
    <message>
        <source>A copy cannot replace the report it is copied from; choose another file name.</source>
        <comment>copy_over_itself</comment>
        <translation>Una copia no puede sustituir al informe del que se copia; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The copy &apos;{name}&apos; could not be written ({reason}). Check the disk has space and the folder is writable.</source>
        <comment>copy_write_failed</comment>
        <translation>No se ha podido escribir la copia «{name}» ({reason}). Compruebe que el disco tiene espacio libre y que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>The demo report is missing from this installation ({path}).</source>
        <comment>demo_missing</comment>
        <translation>Falta el informe de demostración en esta instalación ({path}).</translation>
    </message>
    <message>
        <source>No way to update a report from file format {version}; this is a bug, please report it.</source>
        <comment>no_migration</comment>
        <translation>No hay forma de actualizar un informe desde el formato de archivo {version}; es un error del programa, notifíquelo.</translation>
    </message>
    <message>
        <source>Cannot change {names} of a report.</source>
        <comment>meta_unknown</comment>
        <translation>No se puede cambiar {names} de un informe.</translation>
    </message>
    <message>
        <source>Cannot keep {names} as a detail of a report.</source>
        <comment>details_unknown</comment>
        <translation>No se puede guardar {names} como dato de un informe.</translation>
    </message>
    <message>
        <source>No questionnaire with id &apos;{form_id}&apos; is installed; installed: {installed}.</source>
        <comment>form_not_installed</comment>
        <translation>No hay ningún cuestionario instalado con el identificador «{form_id}»; instalados: {installed}.</translation>
    </message>
    <message>
        <source>No questionnaire with id &apos;{form_id}&apos; is installed; no questionnaire is installed at all. Reinstall the program.</source>
        <comment>form_none_installed</comment>
        <translation>No hay ningún cuestionario instalado con el identificador «{form_id}»; no hay ningún cuestionario instalado. Vuelva a instalar el programa.</translation>
    </message>
    <message>
        <source>The questionnaire &apos;{form_id}&apos; installed with this program has mistakes, so its reports cannot be opened; reinstall the program. For the questionnaire&apos;s authors: {details}</source>
        <comment>form_installed_broken</comment>
        <translation>El cuestionario «{form_id}» instalado con este programa contiene errores, por lo que sus informes no se pueden abrir; vuelva a instalar el programa. Para los autores del cuestionario: {details}</translation>
    </message>
    <message>
        <source>A hand-made sheet needs both --question-column and --answer-column.</source>
        <comment>cli_sheet_columns_both</comment>
        <translation>Una hoja hecha a mano necesita tanto --question-column como --answer-column.</translation>
    </message>
    <message>
        <source>No sheet of &apos;{name}&apos; names this questionnaire&apos;s question numbers in a column; point them out with --sheet, --question-column and --answer-column.</source>
        <comment>cli_sheet_not_found</comment>
        <translation>Ninguna hoja de «{name}» indica en una columna los números de pregunta de este cuestionario; señálelos con --sheet, --question-column y --answer-column.</translation>
    </message>
    <message>
        <source>--theirs names questions that are not in conflict: {questions}.</source>
        <comment>cli_theirs_not_in_conflict</comment>
        <translation>--theirs indica preguntas que no están en conflicto: {questions}.</translation>
    </message>
    <message>
        <source>{reason} To take them anyway, give --other-party.</source>
        <comment>cli_other_party</comment>
        <translation>{reason} Para tomarlas de todos modos, indique --other-party.</translation>
    </message>
    <message>
        <source>Give a value, --special or --clear.</source>
        <comment>cli_set_nothing</comment>
        <translation>Indique un valor, --special o --clear.</translation>
    </message>
    <message>
        <source>No form definitions (form.yaml) found in &apos;{folder}&apos;.</source>
        <comment>cli_no_forms_found</comment>
        <translation>No se encontró ninguna definición de cuestionario (form.yaml) en «{folder}».</translation>
    </message>
    <message>
        <source>{folder}: the converted form differs from the original; put back the files from git.</source>
        <comment>cli_convert_differs</comment>
        <translation>{folder}: el cuestionario convertido difiere del original; restaure los archivos desde git.</translation>
    </message>
    <message>
        <source>undo</source>
        <comment>history_undo</comment>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>redo</source>
        <comment>history_redo</comment>
        <translation>rehacer</translation>
    </message>
    <message>
        <source>undo: restore</source>
        <comment>history_undo_restore</comment>
        <translation>deshacer: restauración</translation>
    </message>
    <message>
        <source>undo of {name}</source>
        <comment>history_undo_of</comment>
        <translation>deshacer {name}</translation>
    </message>
    <message>
        <source>backup of {when}</source>
        <comment>history_backup_of</comment>
        <translation>copia de seguridad del {when}</translation>
    </message>
    <message>
        <source>redo: backup of {when}</source>
        <comment>history_redo_backup_of</comment>
        <translation>rehacer: copia de seguridad del {when}</translation>
    </message>
    <message>
        <source>value of {when}</source>
        <comment>history_value_of</comment>
        <translation>valor del {when}</translation>
    </message>
    <message>
        <source>The report is already validated.</source>
        <comment>already_validated</comment>
        <translation>El informe ya está validado.</translation>
    </message>
    <message>
        <source>The report cannot be validated yet: {count} questions still need an answer or a correction (see the completeness check).</source>
        <comment>cannot_validate_yet</comment>
        <translation>El informe todavía no puede validarse: {count} preguntas aún necesitan una respuesta o una corrección (véase la comprobación de la exhaustividad).</translation>
    </message>
    <message>
        <source>The report is not validated; it is already open for editing.</source>
        <comment>not_validated</comment>
        <translation>El informe no está validado; ya está abierto para su edición.</translation>
    </message>
    <message>
        <source>Say why the report is reopened; the reason is kept with the report.</source>
        <comment>reopen_reason_missing</comment>
        <translation>Indique por qué se reabre el informe; el motivo se conserva junto con el informe.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist; choose an existing folder.</source>
        <comment>folder_missing_choose</comment>
        <translation>La carpeta «{folder}» no existe; elija una carpeta existente.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ordinary file (it is a named pipe, a device or a socket); give the name of a file.</source>
        <comment>destination_not_a_file</comment>
        <translation>«{name}» no es un archivo normal (es una canalización con nombre, un dispositivo o un socket); indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name.</source>
        <comment>destination_is_folder</comment>
        <translation>«{path}» es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is read-only; choose another file name or make it writable.</source>
        <comment>destination_read_only</comment>
        <translation>«{name}» es de solo lectura; elija otro nombre de archivo o permita la escritura en él.</translation>
    </message>
    <message>
        <source>The disk is full while writing &apos;{name}&apos;; {kept}. Free some space or choose another disk.</source>
        <comment>disk_full_writing</comment>
        <translation>El disco se ha llenado al escribir «{name}»; {kept}. Libere espacio o elija otro disco.</translation>
    </message>
    <message>
        <source>The disk holding &apos;{name}&apos; is read-only; {kept}. Choose another folder.</source>
        <comment>disk_read_only</comment>
        <translation>El disco que contiene «{name}» es de solo lectura; {kept}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open in another program (for example a spreadsheet or PDF viewer) or locked; close it and try again, or choose another file name.</source>
        <comment>file_in_use</comment>
        <translation>«{name}» está abierto en otro programa (por ejemplo, una hoja de cálculo o un visor de PDF) o está bloqueado; ciérrelo e inténtelo de nuevo, o elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; cannot be written (no permission); {kept}. Choose another folder.</source>
        <comment>folder_no_permission</comment>
        <translation>No se puede escribir en la carpeta «{folder}» (sin permiso); {kept}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({reason}); {kept}.</source>
        <comment>file_write_failed</comment>
        <translation>No se ha podido escribir «{name}» ({reason}); {kept}.</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <comment>kept_nothing_written</comment>
        <translation>no se ha escrito nada</translation>
    </message>
    <message>
        <source>the existing &apos;{name}&apos; was left as it was</source>
        <comment>kept_existing</comment>
        <translation>el archivo «{name}» existente se ha dejado como estaba</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a bsreporter report; an export never replaces a report, so it is kept as it is. Choose another file name.</source>
        <comment>export_over_report</comment>
        <translation>«{name}» es un informe de bsreporter; una exportación nunca sustituye un informe, así que se conserva tal como está. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends in .bsr, the ending of reports; give the export a name ending in {suffix}.</source>
        <comment>export_named_as_report</comment>
        <translation>«{name}» termina en .bsr, la extensión de los informes; dé a la exportación un nombre que termine en {suffix}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is one of the files this command reads; it is kept as it is. Choose another file name for the result.</source>
        <comment>export_over_input</comment>
        <translation>«{name}» es uno de los archivos que lee este comando; se conserva tal como está. Elija otro nombre de archivo para el resultado.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report file itself; choose another file name for the export.</source>
        <comment>export_is_report_file</comment>
        <translation>«{name}» es el propio archivo del informe; elija otro nombre de archivo para la exportación.</translation>
    </message>
    <message>
        <source>Unknown paper size &apos;{paper}&apos;; use a4 or letter.</source>
        <comment>export_paper_unknown</comment>
        <translation>Tamaño de papel desconocido «{paper}»; utilice a4 o letter.</translation>
    </message>
    <message>
        <source>Say what to write: --pdf FILE, --xlsx FILE or both.</source>
        <comment>export_nothing_asked</comment>
        <translation>Indique qué se debe escribir: --pdf FILE, --xlsx FILE o ambos.</translation>
    </message>
    <message>
        <source>The PDF and the XLSX need two different file names.</source>
        <comment>export_same_file_twice</comment>
        <translation>El PDF y el XLSX necesitan dos nombres de archivo distintos.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page numbers did not settle; export again, and report the problem if it persists.</source>
        <comment>pdf_pages_unsettled</comment>
        <translation>Los números de página del PDF no se estabilizaron; vuelva a exportar y notifique el problema si persiste.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out ({reason}). A very long answer may not fit on a page; shorten it and export again.</source>
        <comment>pdf_layout_failed</comment>
        <translation>No se pudo maquetar el PDF ({reason}). Es posible que una respuesta muy larga no quepa en una página; acórtela y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The right-to-left text support could not order a line; reinstall the program.</source>
        <comment>pdf_bidi_failed</comment>
        <translation>El soporte de texto de derecha a izquierda no pudo ordenar una línea; vuelva a instalar el programa.</translation>
    </message>
    <message>
        <source>The font file &apos;{path}&apos; is missing or damaged; reinstall the program.</source>
        <comment>font_damaged</comment>
        <translation>Falta el archivo de fuente «{path}» o está dañado; vuelva a instalar el programa.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not an analysis database written by bsreporter aggregate; it is kept as it is. Choose another file name, or move that file away first.</source>
        <comment>analysis_db_over_other_file</comment>
        <translation>«{name}» ya existe y no es una base de datos de análisis escrita por bsreporter aggregate; se conserva tal como está. Elija otro nombre de archivo o traslade antes ese archivo a otro lugar.</translation>
    </message>
    <message>
        <source>The analysis database &apos;{name}&apos; could not be made ({reason}); nothing was written.</source>
        <comment>analysis_db_write_failed</comment>
        <translation>No se ha podido crear la base de datos de análisis «{name}» ({reason}); no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Say where to write the analysis: -o SUMMARY.xlsx, --db ANALYSIS.db, or both.</source>
        <comment>aggregate_no_output</comment>
        <translation>Indique dónde escribir el análisis: -o SUMMARY.xlsx, --db ANALYSIS.db o ambos.</translation>
    </message>
    <message>
        <source>-o and --db both name &apos;{name}&apos;; give the workbook and the database a name each.</source>
        <comment>aggregate_same_destination</comment>
        <translation>-o y --db indican ambos «{name}»; dé un nombre distinto al libro y a la base de datos.</translation>
    </message>
    <message>
        <source>Give at least one report file to analyse.</source>
        <comment>aggregate_no_files</comment>
        <translation>Indique al menos un archivo de informe para analizar.</translation>
    </message>
    <message>
        <source>None of the files could be read: {reasons}</source>
        <comment>aggregate_nothing_readable</comment>
        <translation>No se ha podido leer ninguno de los archivos: {reasons}</translation>
    </message>
    <message>
        <source>{count} answers cannot be read, first: {first}</source>
        <comment>aggregate_workbook_problems</comment>
        <translation>No se pueden leer {count} respuestas; la primera: {first}</translation>
    </message>
    <message>
        <source>{party} is given in more than one file holding the same answers (&apos;{kept}&apos;, {others}): counted once.</source>
        <comment>aggregate_same_party_copies</comment>
        <translation>{party} figura en más de un archivo con las mismas respuestas («{kept}», {others}): se cuenta una sola vez.</translation>
    </message>
    <message>
        <source>{party} is given in more than one file and their answers differ: counted once, from &apos;{kept}&apos;, whose answers were changed last ({when}); set aside: {others}.</source>
        <comment>aggregate_same_party_differs</comment>
        <translation>{party} figura en más de un archivo y sus respuestas difieren: se cuenta una sola vez, según «{kept}», cuyas respuestas se modificaron por última vez ({when}); descartados: {others}.</translation>
    </message>
    <message>
        <source>Reports</source>
        <comment>aggregate_sheet_reports</comment>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>aggregate_col_text</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>aggregate_col_kind</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>aggregate_col_value</comment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Parties counted</source>
        <comment>aggregate_col_counted</comment>
        <translation>Partes contabilizadas</translation>
    </message>
    <message>
        <source>Parties answered</source>
        <comment>aggregate_col_answered</comment>
        <translation>Partes que respondieron</translation>
    </message>
    <message>
        <source>Did not answer</source>
        <comment>aggregate_col_not_answered</comment>
        <translation>No respondieron</translation>
    </message>
    <message>
        <source>Parties behind the figure</source>
        <comment>aggregate_col_behind</comment>
        <translation>Partes que componen la cifra</translation>
    </message>
    <message>
        <source>Party or file</source>
        <comment>aggregate_col_party_or_file</comment>
        <translation>Parte o archivo</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>aggregate_col_read</comment>
        <translation>Leído</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>aggregate_row_read</comment>
        <translation>sí</translation>
    </message>
    <message>
        <source>no: {reason}</source>
        <comment>aggregate_row_unreadable</comment>
        <translation>no: {reason}</translation>
    </message>
    <message>
        <source>count</source>
        <comment>aggregate_kind_count</comment>
        <translation>recuento</translation>
    </message>
    <message>
        <source>percentage</source>
        <comment>aggregate_kind_percentage</comment>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>sum</source>
        <comment>aggregate_kind_sum</comment>
        <translation>suma</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <comment>file_reason</comment>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>no: the same Party as &apos;{kept}&apos;, counted once</source>
        <comment>aggregate_set_aside_row</comment>
        <translation>no: la misma Parte que «{kept}», contada una sola vez</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not a PDF; an export replaces only an earlier PDF, so it is kept as it is. To export, choose another file name ending in .pdf.</source>
        <comment>export_over_other_pdf</comment>
        <translation>«{name}» ya existe y no es un PDF; una exportación solo sustituye un PDF anterior, así que se conserva tal como está. Para exportar, elija otro nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not an XLSX workbook; an export replaces only an earlier workbook, so it is kept as it is. To export, choose another file name ending in .xlsx.</source>
        <comment>export_over_other_xlsx</comment>
        <translation>«{name}» ya existe y no es un libro XLSX; una exportación solo sustituye un libro anterior, así que se conserva tal como está. Para exportar, elija otro nombre de archivo que termine en .xlsx.</translation>
    </message>
    <message>
        <source>The work stopped before it finished: the process doing it in the background ended unexpectedly. No file was written and the report is as it was; try again.</source>
        <comment>background_process_ended</comment>
        <translation>El trabajo se detuvo antes de terminar: el proceso que lo realizaba en segundo plano finalizó de forma inesperada. No se escribió ningún archivo y el informe quedó como estaba; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; does not exist.</source>
        <comment>source_missing</comment>
        <translation>«{path}» no existe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is protected by a password. Open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect Workbook, or File &gt; Properties &gt; Security) and save it again as .xlsx.</source>
        <comment>xlsx_password</comment>
        <translation>«{name}» está protegido con una contraseña. Ábralo en Excel o LibreOffice, quite la contraseña (Archivo &gt; Información &gt; Proteger libro, o Archivo &gt; Propiedades &gt; Seguridad) y vuelva a guardarlo como .xlsx.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), then import that file.</source>
        <comment>xls_old</comment>
        <translation>«{name}» es un libro antiguo de Excel 97-2003 (.xls). Ábralo en Excel o LibreOffice, guárdelo como libro de Excel (.xlsx) y, a continuación, importe ese archivo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet this program can read; save it as an Excel Workbook (.xlsx) and try again.</source>
        <comment>not_spreadsheet</comment>
        <translation>«{name}» no es una hoja de cálculo que este programa pueda leer; guárdelo como libro de Excel (.xlsx) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an OpenDocument spreadsheet (.ods). In LibreOffice choose File &gt; Save As &gt; Excel 2007-365 (.xlsx), then import that file.</source>
        <comment>ods_spreadsheet</comment>
        <translation>«{name}» es una hoja de cálculo OpenDocument (.ods). En LibreOffice, elija Archivo &gt; Guardar como &gt; Excel 2007-365 (.xlsx) y, a continuación, importe ese archivo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; would unpack to {size} bytes, far more than any report; it was not opened. Check that this is the right file.</source>
        <comment>zip_bomb</comment>
        <translation>«{name}» ocuparía {size} bytes al descomprimirse, mucho más que cualquier informe; no se ha abierto. Compruebe que se trata del archivo correcto.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an Excel workbook; save it as .xlsx and try again.</source>
        <comment>not_workbook</comment>
        <translation>«{name}» no es un libro de Excel; guárdelo como .xlsx e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (part &apos;{part}&apos; cannot be read); ask for a new copy.</source>
        <comment>damaged_part</comment>
        <translation>«{name}» está dañado (no se puede leer la parte «{part}»); solicite una nueva copia.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete (perhaps cut short while copying); ask for a new copy.</source>
        <comment>damaged_incomplete</comment>
        <translation>«{name}» está dañado o incompleto (quizá se truncó al copiarlo); solicite una nueva copia.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of &apos;{name}&apos; has {size}; a report has a few hundred. Remove the extra rows or choose the right file.</source>
        <comment>too_many_rows</comment>
        <translation>La hoja «{sheet}» de «{name}» tiene {size}; un informe tiene unos cientos. Elimine las filas sobrantes o elija el archivo correcto.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of &apos;{name}&apos; has or spans more than {limit} cells, the most this program reads; a report&apos;s workbook has a few thousand. It was not opened. Delete the rows and columns that are not answers (or copy the answers alone into a new workbook) and import that.</source>
        <comment>too_many_cells</comment>
        <translation>La hoja «{sheet}» de «{name}» contiene o abarca más de {limit} celdas, el máximo que lee este programa; el libro de un informe tiene unos pocos miles. No se ha abierto. Elimine las filas y columnas que no sean respuestas (o copie solo las respuestas en un libro nuevo) e importe ese libro.</translation>
    </message>
    <message>
        <source>The sheets of &apos;{name}&apos; unpack to {size} bytes, more than the {limit} this program reads; a report&apos;s workbook needs well under one megabyte. It was not opened. Copy the answers alone into a new workbook and import that.</source>
        <comment>sheets_too_big</comment>
        <translation>Las hojas de «{name}» ocupan {size} bytes al descomprimirse, más de los {limit} que lee este programa; el libro de un informe ocupa mucho menos de un megabyte. No se ha abierto. Copie solo las respuestas en un libro nuevo e importe ese libro.</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <comment>rows_count</comment>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>more than {count} rows</source>
        <comment>rows_more_than</comment>
        <translation>más de {count} filas</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; contains XML constructs that spreadsheets never need (entity definitions); it was not read.</source>
        <comment>xml_entities</comment>
        <translation>«{name}» contiene construcciones XML que las hojas de cálculo nunca necesitan (definiciones de entidades); no se ha leído.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a spreadsheet ({kind}); save it again as .xlsx and retry.</source>
        <comment>spreadsheet_unreadable</comment>
        <translation>No se puede leer «{name}» como hoja de cálculo ({kind}); vuelva a guardarlo como .xlsx e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That is the report itself; choose the other report.</source>
        <comment>import_from_itself</comment>
        <translation>Ese es el propio informe; elija el otro informe.</translation>
    </message>
    <message>
        <source>The report to import from cannot be read: {reason}</source>
        <comment>import_report_unreadable</comment>
        <translation>No se puede leer el informe del que se va a importar: {reason}</translation>
    </message>
    <message>
        <source>The mapping cannot be used: {reason}</source>
        <comment>mapping_unusable</comment>
        <translation>No se puede utilizar la tabla de correspondencias: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, and there is no mapping from it to &apos;{expected}&apos;. Ask for the mapping file and give it with --mapping.</source>
        <comment>no_mapping</comment>
        <translation>«{name}» responde al cuestionario «{found}» y no existe ninguna tabla de correspondencias de este a «{expected}». Solicite el archivo de correspondencias e indíquelo con --mapping.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, which is not installed, so it cannot be read.</source>
        <comment>questionnaire_not_installed</comment>
        <translation>«{name}» responde al cuestionario «{found}», que no está instalado, por lo que no se puede leer.</translation>
    </message>
    <message>
        <source>That is the report itself; choose your colleague&apos;s copy.</source>
        <comment>merge_from_itself</comment>
        <translation>Ese es el propio informe; elija la copia de su colega.</translation>
    </message>
    <message>
        <source>The contribution cannot be read: {reason}</source>
        <comment>merge_unreadable</comment>
        <translation>No se puede leer la contribución: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a copy of this report (they share no history); use Import to take answers from another report.</source>
        <comment>merge_not_a_copy</comment>
        <translation>«{name}» no es una copia de este informe (no comparten historial); utilice Importar para tomar respuestas de otro informe.</translation>
    </message>
    <message>
        <source>These rows cannot be applied: {rows}; nothing was imported.</source>
        <comment>import_rows_not_applicable</comment>
        <translation>Estas filas no se pueden aplicar: {rows}; no se ha importado nada.</translation>
    </message>
    <message>
        <source>The report changed since the preview ({reason}); nothing was imported. Preview again.</source>
        <comment>import_report_changed</comment>
        <translation>El informe ha cambiado desde la vista previa ({reason}); no se ha importado nada. Vuelva a generar la vista previa.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} answers that cannot be read: {problems}. Correct them and try again.</source>
        <comment>workbook_problems</comment>
        <translation>«{name}» tiene {count} respuestas que no se pueden leer: {problems}. Corríjalas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <comment>workbook_problems_more</comment>
        <translation>y {more} más</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, cell {cell}: {problem}</source>
        <comment>workbook_cell_problem</comment>
        <translation>hoja «{sheet}», celda {cell}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not exported by this program: its About sheet with the questionnaire id is missing.</source>
        <comment>workbook_not_exported</comment>
        <translation>«{name}» no fue exportado por este programa: falta su hoja «Acerca de» con el identificador del cuestionario.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet this program can read (save it as .xlsx); {reason}</source>
        <comment>workbook_unreadable</comment>
        <translation>«{name}» no es una hoja de cálculo que este programa pueda leer (guárdela como .xlsx); {reason}</translation>
    </message>
    <message>
        <source>unknown question &apos;{reference}&apos;</source>
        <comment>row_unknown_question</comment>
        <translation>pregunta desconocida «{reference}»</translation>
    </message>
    <message>
        <source>the question is also given at {other}; neither row is imported: keep one of them and import again</source>
        <comment>row_twice</comment>
        <translation>la pregunta también figura en {other}; no se importa ninguna de las dos filas: conserve solo una e importe de nuevo</translation>
    </message>
    <message>
        <source>the question is also given at {other}; neither row is imported. The sheet &apos;{hidden}&apos; is hidden: unhide it (right-click a sheet tab, Unhide), delete it or one of the two rows, and import again</source>
        <comment>row_twice_hidden</comment>
        <translation>la pregunta también figura en {other}; no se importa ninguna de las dos filas. La hoja «{hidden}» está oculta: muéstrela (clic derecho en una pestaña, Mostrar), elimínela o elimine una de las dos filas, e importe de nuevo</translation>
    </message>
    <message>
        <source>the grey question id of this row was removed (or the row was added), so it is not known which question this answers; put the id back or type the answer in the report</source>
        <comment>row_id_removed</comment>
        <translation>se eliminó el identificador gris de la pregunta de esta fila (o la fila se añadió), por lo que no se sabe a qué pregunta responde; restablezca el identificador o escriba la respuesta en el informe</translation>
    </message>
    <message>
        <source>the grey column ids of the table sheet (row 3) were removed or changed, so this row cannot be matched to the columns of table {number}; put the ids back (copy them from a new export) or type the row in the report</source>
        <comment>table_ids_removed</comment>
        <translation>se eliminaron o cambiaron los identificadores grises de las columnas de la hoja de la tabla (fila 3), por lo que esta fila no puede asociarse a las columnas de la tabla {number}; restablézcalos (cópielos de una nueva exportación) o escriba la fila en el informe</translation>
    </message>
    <message>
        <source>this cell is not in the Answer column nor in a column of a table, so it is not imported; move the answer into the Answer column (or type it in the report)</source>
        <comment>cell_outside_answers</comment>
        <translation>esta celda no está en la columna Respuesta ni en una columna de una tabla, por lo que no se importa; mueva la respuesta a la columna Respuesta (o escríbala en el informe)</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is not one the export made (or its headings or grey ids were changed), so its {count} filled cells are not imported; copy the answers into the Report sheet or type them in the report</source>
        <comment>sheet_not_recognised</comment>
        <translation>la hoja «{sheet}» no la creó la exportación (o se cambiaron sus encabezados o identificadores grises), por lo que sus {count} celdas rellenadas no se importan; copie las respuestas en la hoja Informe o escríbalas en el informe</translation>
    </message>
    <message>
        <source>kept: already answered this cycle; tick the row to replace it with the previous cycle&apos;s answer</source>
        <comment>row_kept</comment>
        <translation>se conserva: ya respondida en este ciclo; marque la fila para sustituirla por la respuesta del ciclo anterior</translation>
    </message>
    <message>
        <source>cleared: the cell is now empty; the answer is kept unless you tick the row to clear it</source>
        <comment>row_cleared</comment>
        <translation>borrada: la celda está ahora vacía; la respuesta se conserva salvo que marque la fila para borrarla</translation>
    </message>
    <message>
        <source>the Party stays {ours}: it is never taken from another Party&apos;s file</source>
        <comment>row_party_kept</comment>
        <translation>la Parte sigue siendo {ours}: nunca se toma del archivo de otra Parte</translation>
    </message>
    <message>
        <source>Kept</source>
        <comment>row_kind_kept</comment>
        <translation>Se conserva</translation>
    </message>
    <message>
        <source>Cleared</source>
        <comment>row_kind_cleared</comment>
        <translation>Borrada</translation>
    </message>
    <message>
        <source>{where}: {readings}, but an answer is carried over from another questionnaire only when it is written as one of its options; correct the cell and import again</source>
        <comment>row_suggestion_not_carried</comment>
        <translation>{where}: {readings}, pero una respuesta solo se traslada desde otro cuestionario si está escrita como una de sus opciones; corrija la celda e importe de nuevo</translation>
    </message>
    <message>
        <source>Suggested</source>
        <comment>row_kind_suggested</comment>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>{n} suggested (applied only if ticked)</source>
        <comment>rows_suggested_count</comment>
        <translation>{n} sugeridas (solo se aplican si se marcan)</translation>
    </message>
    <message>
        <source>{n} kept (already answered this cycle)</source>
        <comment>rows_kept_count</comment>
        <translation>{n} se conservan (ya respondidas en este ciclo)</translation>
    </message>
    <message>
        <source>{n} emptied in the file (kept unless ticked)</source>
        <comment>rows_cleared_count</comment>
        <translation>{n} vaciadas en el archivo (se conservan salvo que se marquen)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report of {theirs}, but this report is {ours}&apos;s; nothing was imported. Take its answers only if you mean to (the Party stays {ours}).</source>
        <comment>other_party</comment>
        <translation>«{name}» es el informe de {theirs}, pero este informe es de {ours}; no se ha importado nada. Tome sus respuestas solo si es lo que desea (la Parte sigue siendo {ours}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report of {theirs}, but this report is {ours}&apos;s. Take answers from {theirs}&apos;s file into {ours}&apos;s report? The Party stays {ours}, and you choose each row in the preview.</source>
        <comment>other_party_question</comment>
        <translation>«{name}» es el informe de {theirs}, pero este informe es de {ours}. ¿Tomar respuestas del archivo de {theirs} para el informe de {ours}? La Parte sigue siendo {ours} y usted elegirá cada fila en la vista previa.</translation>
    </message>
    <message>
        <source>Take Its Answers</source>
        <comment>other_party_take</comment>
        <translation>Tomar sus respuestas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>other_party_cancel</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>not relevant: an earlier answer makes this question not asked</source>
        <comment>row_not_relevant</comment>
        <translation>no pertinente: una respuesta anterior hace que esta pregunta no se formule</translation>
    </message>
    <message>
        <source>not asked yet: it follows question {number}, whose answer in this file is not taken; import it again once question {number} is answered</source>
        <comment>row_not_relevant_after</comment>
        <translation>aún no se formula: depende de la pregunta {number}, cuya respuesta en este archivo no se toma; vuelva a importarla cuando la pregunta {number} tenga respuesta</translation>
    </message>
    <message>
        <source>question {reference} of the {form} is not carried over (it has no counterpart in this questionnaire)</source>
        <comment>row_not_carried_over</comment>
        <translation>la pregunta {reference} del «{form}» no se traslada (no tiene equivalente en este cuestionario)</translation>
    </message>
    <message>
        <source>the answer “{answer}” to question {reference} of the {form} has no counterpart among this question&apos;s options, and the mapping does not say what it becomes; choose this answer yourself</source>
        <comment>row_value_not_carried</comment>
        <translation>la respuesta «{answer}» a la pregunta {reference} del «{form}» no tiene equivalente entre las opciones de esta pregunta, y la tabla de correspondencias no indica en qué se convierte; elija usted mismo esta respuesta</translation>
    </message>
    <message>
        <source>this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit this report&apos;s; nothing is imported as if its numbers were this report&apos;s. Import it through the mapping: on the command line --mapping {mapping}; in the window, choose the format the sheet is numbered in</source>
        <comment>row_other_format</comment>
        <translation>esta hoja parece numerada según otro formato, {other}: {fit} de sus {rows} filas corresponden a ese formato y {ours} al de este informe; no se importa nada como si sus números fueran los de este informe. Impórtela mediante la tabla de correspondencias: en la línea de comandos, --mapping {mapping}; en la ventana, elija el formato en que está numerada la hoja</translation>
    </message>
    <message>
        <source>this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit this report&apos;s; nothing is imported as if its numbers were this report&apos;s, and there is no mapping from that format to this report&apos;s, so its answers cannot be carried</source>
        <comment>row_other_format_no_mapping</comment>
        <translation>esta hoja parece numerada según otro formato, {other}: {fit} de sus {rows} filas corresponden a ese formato y {ours} al de este informe; no se importa nada como si sus números fueran los de este informe, y no hay tabla de correspondencias de ese formato al de este informe, por lo que sus respuestas no pueden trasladarse</translation>
    </message>
    <message>
        <source>The mapping &apos;{name}&apos; reads answers of questionnaire &apos;{found}&apos;, which is not installed, so the sheet&apos;s question numbers cannot be read in it; nothing was imported.</source>
        <comment>sheet_mapping_not_installed</comment>
        <translation>La tabla de correspondencias «{name}» lee respuestas del cuestionario «{found}», que no está instalado, por lo que los números de pregunta de la hoja no pueden leerse en él; no se importó nada.</translation>
    </message>
    <message>
        <source>The mapping &apos;{name}&apos; carries answers into questionnaire &apos;{target}&apos;, not into this report&apos;s questionnaire &apos;{form}&apos;; give a mapping from forms/{form}/mappings/. Nothing was imported.</source>
        <comment>sheet_mapping_other_target</comment>
        <translation>La tabla de correspondencias «{name}» traslada las respuestas al cuestionario «{target}», no al de este informe, «{form}»; indique una tabla de forms/{form}/mappings/. No se importó nada.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no sheet &apos;{sheet}&apos;; its sheets are {sheets}.</source>
        <comment>sheet_missing</comment>
        <translation>«{name}» no tiene ninguna hoja «{sheet}»; sus hojas son {sheets}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has no column &apos;{column}&apos; in row {row}; give a column letter (e.g. B) or the exact heading.</source>
        <comment>sheet_column_missing</comment>
        <translation>La hoja «{sheet}» no tiene ninguna columna «{column}» en la fila {row}; indique una letra de columna (por ejemplo, B) o el encabezado exacto.</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}) without a saved result; open the file in Excel or LibreOffice, save it, and import again (or type the value)</source>
        <comment>row_formula</comment>
        <translation>la celda contiene una fórmula ({formula}) sin resultado guardado; abra el archivo en Excel o LibreOffice, guárdelo e impórtelo de nuevo (o escriba el valor)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a question of this questionnaire; do not change the grey ids.</source>
        <comment>row_not_a_question</comment>
        <translation>«{id}» no es una pregunta de este cuestionario; no cambie los identificadores grises.</translation>
    </message>
    <message>
        <source>the grey ids of this sheet name two tables.</source>
        <comment>sheet_two_tables</comment>
        <translation>los identificadores grises de esta hoja indican dos tablas.</translation>
    </message>
    <message>
        <source>table {number} has no column &apos;{column}&apos;; do not change the grey ids.</source>
        <comment>table_column_unknown</comment>
        <translation>la tabla {number} no tiene ninguna columna «{column}»; no cambie los identificadores grises.</translation>
    </message>
    <message>
        <source>tables cannot be read from a single cell; fill them in the exported workbook&apos;s table sheet</source>
        <comment>row_table_in_cell</comment>
        <translation>una tabla no puede leerse de una sola celda; rellénela en la hoja de la tabla del libro exportado</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Party</source>
        <comment>party</comment>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <comment>cycle</comment>
        <translation>Ciclo de presentación de informes</translation>
    </message>
    <message>
        <source>Period covered</source>
        <comment>period</comment>
        <translation>Período que abarca</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <comment>period_range</comment>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>National focal point</source>
        <comment>focal_point</comment>
        <translation>Coordinador nacional</translation>
    </message>
    <message>
        <source>Date of this document</source>
        <comment>document_date</comment>
        <translation>Fecha del presente documento</translation>
    </message>
    <message>
        <source>Completeness</source>
        <comment>completeness</comment>
        <translation>Grado de cumplimentación</translation>
    </message>
    <message>
        <source>{done} of {required} required answers given ({percent})</source>
        <comment>completeness_value</comment>
        <translation>Respuestas obligatorias dadas: {done} de {required} ({percent})</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>complete</comment>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Not asked in this report</source>
        <comment>measured_elsewhere</comment>
        <translation>No se pregunta en este informe</translation>
    </message>
    <message>
        <source>Questions: {numbers}</source>
        <comment>informed_by</comment>
        <translation>Preguntas: {numbers}</translation>
    </message>
    <message>
        <source>Indicators: {ids}</source>
        <comment>question_indicators</comment>
        <translation>Indicadores: {ids}</translation>
    </message>
    <message>
        <source>Answer if the answer to {number} is: {answers}</source>
        <comment>answer_if</comment>
        <translation>Responda si la respuesta a {number} es: {answers}</translation>
    </message>
    <message>
        <source>Answer if {number} is answered</source>
        <comment>answer_if_answered</comment>
        <translation>Responda si se ha respondido a {number}</translation>
    </message>
    <message>
        <source>{number} (continued)</source>
        <comment>continued</comment>
        <translation>{number} (continuación)</translation>
    </message>
    <message>
        <source>Blank form, to be filled in by hand</source>
        <comment>blank_form</comment>
        <translation>Formulario en blanco, para rellenar a mano</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>incomplete</comment>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>Incomplete: {count} questions still need an answer or a correction</source>
        <comment>incomplete_blockers</comment>
        <translation>Incompleto; preguntas que aún requieren una respuesta o una corrección: {count}</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <comment>questionnaire</comment>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <comment>questionnaire_version</comment>
        <translation>Versión del cuestionario</translation>
    </message>
    <message>
        <source>Content fingerprint (SHA-256)</source>
        <comment>fingerprint</comment>
        <translation>Huella digital del contenido (SHA-256)</translation>
    </message>
    <message>
        <source>Place in the report&apos;s history (do not change)</source>
        <comment>history_mark</comment>
        <translation>Posición en el historial del informe (no modificar)</translation>
    </message>
    <message>
        <source>The same fingerprint appears on every page and in the spreadsheet export of these answers; it changes when any answer changes.</source>
        <comment>fingerprint_note</comment>
        <translation>La misma huella digital figura en cada página y en la exportación de estas respuestas a hoja de cálculo; cambia cuando se modifica cualquier respuesta.</translation>
    </message>
    <message>
        <source>Validated</source>
        <comment>validated</comment>
        <translation>Validado</translation>
    </message>
    <message>
        <source>Validated on {date} at {time} UTC by {author}</source>
        <comment>validated_on_by</comment>
        <translation>Validado el {date} a las {time} UTC por {author}</translation>
    </message>
    <message>
        <source>Fingerprint frozen at validation (SHA-256)</source>
        <comment>frozen_fingerprint</comment>
        <translation>Huella digital fijada en la validación (SHA-256)</translation>
    </message>
    <message>
        <source>The answers have changed since the report was validated; this is not the validated report.</source>
        <comment>validated_mismatch</comment>
        <translation>Las respuestas se han modificado desde la validación del informe; este documento no es el informe validado.</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>contents</comment>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Focal area {number}: {title}</source>
        <comment>focal_area</comment>
        <translation>Esfera prioritaria {number}: {title}</translation>
    </message>
    <message>
        <source>Operational objective {number}: {title}</source>
        <comment>objective</comment>
        <translation>Objetivo operacional {number}: {title}</translation>
    </message>
    <message>
        <source>Indicator summary</source>
        <comment>indicator_summary</comment>
        <translation>Resumen de los indicadores</translation>
    </message>
    <message>
        <source>Signature of the national focal point</source>
        <comment>signature</comment>
        <translation>Firma del coordinador nacional</translation>
    </message>
    <message>
        <source>Annex: changes since the previous report</source>
        <comment>changes_annex</comment>
        <translation>Anexo: cambios desde el informe anterior</translation>
    </message>
    <message>
        <source>Questions whose answer differs from the answer given in the previous report ({source}).</source>
        <comment>changes_intro</comment>
        <translation>Preguntas cuya respuesta difiere de la dada en el informe anterior ({source}).</translation>
    </message>
    <message>
        <source>No answer differs from the previous report.</source>
        <comment>no_changes</comment>
        <translation>Ninguna respuesta difiere del informe anterior.</translation>
    </message>
    <message>
        <source>Previous report</source>
        <comment>col_previous_answer</comment>
        <translation>Informe anterior</translation>
    </message>
    <message>
        <source>This report</source>
        <comment>col_current_answer</comment>
        <translation>Este informe</translation>
    </message>
    <message>
        <source>No answer given</source>
        <comment>no_answer</comment>
        <translation>No se ha dado respuesta</translation>
    </message>
    <message>
        <source>Carried over from the previous report; not yet reviewed.</source>
        <comment>needs_review</comment>
        <translation>Trasladada del informe anterior; aún no se ha revisado.</translation>
    </message>
    <message>
        <source>This answer does not meet the question&apos;s rules.</source>
        <comment>invalid</comment>
        <translation>Esta respuesta no cumple las reglas de la pregunta.</translation>
    </message>
    <message>
        <source>No rows</source>
        <comment>no_rows</comment>
        <translation>Ninguna fila</translation>
    </message>
    <message>
        <source>Indicator</source>
        <comment>indicator</comment>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Required answers given</source>
        <comment>answers_given</comment>
        <translation>Respuestas obligatorias dadas</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>title</comment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Place and date</source>
        <comment>place_date</comment>
        <translation>Lugar y fecha</translation>
    </message>
    <message>
        <source>Submitting authority</source>
        <comment>submitting_authority</comment>
        <translation>Autoridad que presenta el informe</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <comment>submission_date</comment>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <source>Place of submission</source>
        <comment>submission_place</comment>
        <translation>Lugar de presentación</translation>
    </message>
    <message>
        <source>Printed on</source>
        <comment>printed_on</comment>
        <translation>Impreso el</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>place</comment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>date</comment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <comment>official_stamp</comment>
        <translation>Sello oficial</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>signature_line</comment>
        <translation>Firma</translation>
    </message>
    <message>
        <source>I confirm that this report gives the information available to the national focal point for the period it covers.</source>
        <comment>certify</comment>
        <translation>Confirmo que el presente informe contiene la información de que dispone el coordinador nacional para el período que abarca.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>page_of</comment>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>DRAFT - incomplete</source>
        <comment>draft</comment>
        <translation>BORRADOR - incompleto</translation>
    </message>
    <message>
        <source>About</source>
        <comment>sheet_about</comment>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>sheet_report</comment>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Indicators</source>
        <comment>indicators</comment>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Lists</source>
        <comment>sheet_lists</comment>
        <translation>Listas</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>col_number</comment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Focal area</source>
        <comment>col_focal_area</comment>
        <translation>Esfera prioritaria</translation>
    </message>
    <message>
        <source>Operational objective</source>
        <comment>col_objective</comment>
        <translation>Objetivo operacional</translation>
    </message>
    <message>
        <source>Section</source>
        <comment>col_section</comment>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Operational objectives informed</source>
        <comment>col_objectives</comment>
        <translation>Objetivos operacionales a los que contribuye</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>col_question</comment>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>col_answer</comment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <comment>col_allowed</comment>
        <translation>Valores admitidos</translation>
    </message>
    <message>
        <source>Question id</source>
        <comment>col_question_id</comment>
        <translation>Identificador de la pregunta</translation>
    </message>
    <message>
        <source>Objective</source>
        <comment>col_objective_number</comment>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Indicator text</source>
        <comment>col_indicator_text</comment>
        <translation>Texto del indicador</translation>
    </message>
    <message>
        <source>Answers given</source>
        <comment>col_done</comment>
        <translation>Respuestas dadas</translation>
    </message>
    <message>
        <source>Answers required</source>
        <comment>col_required</comment>
        <translation>Respuestas requeridas</translation>
    </message>
    <message>
        <source>Percent</source>
        <comment>col_percent</comment>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>General information</source>
        <comment>general_information</comment>
        <translation>Información general</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>language</comment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Exported at</source>
        <comment>exported_at</comment>
        <translation>Fecha de exportación</translation>
    </message>
    <message>
        <source>Answers as of (UTC)</source>
        <comment>answers_as_of</comment>
        <translation>Respuestas a fecha de (UTC)</translation>
    </message>
    <message>
        <source>Program version</source>
        <comment>program_version</comment>
        <translation>Versión del programa</translation>
    </message>
    <message>
        <source>Report file</source>
        <comment>report_file</comment>
        <translation>Archivo del informe</translation>
    </message>
    <message>
        <source>Fill in or correct the Answer column of the Report sheet and the rows of the table sheets, then import this workbook into the report. Do not change the grey id columns and rows.</source>
        <comment>about_note</comment>
        <translation>Complete o corrija la columna «Respuesta» de la hoja «Informe» y las filas de las hojas de tablas, y luego importe este libro en el informe. No modifique las columnas y filas grises de identificadores.</translation>
    </message>
    <message>
        <source>See sheet &apos;{sheet}&apos; ({rows})</source>
        <comment>see_sheet</comment>
        <translation>Véase la hoja «{sheet}» ({rows})</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>allowed_text</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Text (several lines allowed)</source>
        <comment>allowed_multiline</comment>
        <translation>Texto (se admiten varias líneas)</translation>
    </message>
    <message>
        <source>Whole number</source>
        <comment>allowed_integer</comment>
        <translation>Número entero</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>allowed_decimal</comment>
        <translation>Número</translation>
    </message>
    <message>
        <source>Percentage (number from 0 to 100)</source>
        <comment>allowed_percent</comment>
        <translation>Porcentaje (número de 0 a 100)</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <comment>allowed_date</comment>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Web address starting with http:// or https://</source>
        <comment>allowed_url</comment>
        <translation>Dirección web que comienza por http:// o https://</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <comment>allowed_email</comment>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>One of: {labels}</source>
        <comment>allowed_one</comment>
        <translation>Uno de los valores siguientes: {labels}</translation>
    </message>
    <message>
        <source>One or more of: {labels} (separate them with &apos;{separator}&apos;)</source>
        <comment>allowed_many</comment>
        <translation>Uno o varios de los valores siguientes: {labels} (separados por «{separator}»)</translation>
    </message>
    <message>
        <source>Table (see its sheet)</source>
        <comment>allowed_table</comment>
        <translation>Tabla (véase su hoja)</translation>
    </message>
    <message>
        <source>{allowed}; or: {specials}</source>
        <comment>allowed_or</comment>
        <translation>{allowed}; o: {specials}</translation>
    </message>
    <message>
        <source>A whole number</source>
        <comment>valid_whole</comment>
        <translation>Un número entero</translation>
    </message>
    <message>
        <source>A number</source>
        <comment>valid_decimal</comment>
        <translation>Un número</translation>
    </message>
    <message>
        <source>A year</source>
        <comment>valid_year</comment>
        <translation>Un año</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD)</source>
        <comment>valid_date</comment>
        <translation>Una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{kind} from {low} to {high}</source>
        <comment>valid_between</comment>
        <translation>{kind} de {low} a {high}</translation>
    </message>
    <message>
        <source>{kind} of at least {low}</source>
        <comment>valid_at_least</comment>
        <translation>{kind} mayor o igual que {low}</translation>
    </message>
    <message>
        <source>{kind} of at most {high}</source>
        <comment>valid_at_most</comment>
        <translation>{kind} menor o igual que {high}</translation>
    </message>
    <message>
        <source>{kind}, not after today</source>
        <comment>valid_not_after_today</comment>
        <translation>{kind}, no posterior a hoy</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <comment>valid_choose</comment>
        <translation>Elija un valor de la lista</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <comment>valid_refused</comment>
        <translation>Valor no aceptado</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>Answered</source>
        <comment>status_answered</comment>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Not answered</source>
        <comment>status_missing</comment>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Not valid</source>
        <comment>status_invalid</comment>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Not asked (follows from other answers)</source>
        <comment>status_not_relevant</comment>
        <translation>No procede (según otras respuestas)</translation>
    </message>
    <message>
        <source>Carried over, to be reviewed</source>
        <comment>status_needs_review</comment>
        <translation>Trasladada, por revisar</translation>
    </message>
    <message>
        <source>Not valid: {raw}</source>
        <comment>invalid_value</comment>
        <translation>No válida: {raw}</translation>
    </message>
    <message numerus="yes">
        <source>{n} rows</source>
        <comment>rows</comment>
        <translation>
            <numerusform>{n} fila</numerusform>
            <numerusform>{n} filas</numerusform>
        </translation>
    </message>
</context>
</TS>
