<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <source>Changes are now recorded as made by {name}.</source>
        <translation>Les modifications sont désormais enregistrées au nom de {name}.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name, recorded in the history of each answer you change
(empty: the computer account&apos;s name):</source>
        <translation>Votre nom, enregistré dans l&apos;historique de chaque réponse que vous modifiez
(vide : le nom du compte de l&apos;ordinateur) :</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the report was opened</source>
        <extracomment>Ten minutes of editing between two automatic copies.</extracomment>
        <translation>À l&apos;ouverture du rapport</translation>
    </message>
    <message>
        <source>Automatic, while editing</source>
        <translation>Automatique, pendant la saisie</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>see the log file</source>
        <extracomment>a copy was made (the Backup)</extracomment>
        <translation>voir le fichier journal</translation>
    </message>
    <message>
        <source>No backup copy was made: {message}</source>
        <translation>Aucune copie de sauvegarde n&apos;a été faite : {message}</translation>
    </message>
    <message>
        <source>Making a backup copy…</source>
        <translation>Copie de sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore Backup of {time}</source>
        <translation>Restaurer la sauvegarde du {time}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Restored the backup of {time}: {count} answers changed. Edit &gt; Undo takes the restore back.</source>
        <translation>La sauvegarde du {time} a été restaurée : réponses modifiées : {count}. Édition &gt; Annuler annule la restauration.</translation>
    </message>
    <message>
        <source>A copy of the report as it was just before is at {path}.</source>
        <translation>Une copie du rapport tel qu&apos;il était juste avant se trouve dans {path}.</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <source>(no answer)</source>
        <translation>(aucune réponse)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>(no answer)</source>
        <translation>(aucune réponse)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Réponse précédente</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Réponse actuelle</translation>
    </message>
    <message>
        <source>Previous from</source>
        <translation>Précédente, provenant de</translation>
    </message>
    <message>
        <source>Compare with previous cycle</source>
        <translation>Comparer avec le cycle précédent</translation>
    </message>
    <message>
        <source>Answers that differ from the previous cycle</source>
        <translation>Réponses qui diffèrent du cycle précédent</translation>
    </message>
    <message>
        <source>This report holds no answers from a previous cycle. Import the previous report or workbook (File &gt; Import Answers…) with “previous reporting cycle” ticked to compare with it.</source>
        <translation>Ce rapport ne contient aucune réponse d&apos;un cycle précédent. Importez le rapport ou le classeur précédent (Fichier &gt; Importer des réponses…) en cochant « cycle de présentation précédent » pour pouvoir comparer.</translation>
    </message>
    <message>
        <source>Every answer is the same as in the previous cycle.</source>
        <translation>Toutes les réponses sont identiques à celles du cycle précédent.</translation>
    </message>
    <message>
        <source>1 answer differs from the previous cycle. Double-click it to go to it.</source>
        <translation>1 réponse diffère du cycle précédent. Double-cliquez dessus pour y accéder.</translation>
    </message>
    <message>
        <source>{count} answers differ from the previous cycle. Double-click one to go to it.</source>
        <translation>Réponses qui diffèrent du cycle précédent : {count}. Double-cliquez sur l&apos;une d&apos;elles pour y accéder.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>missing</source>
        <extracomment>Role holding the id of the question a row leads to.</extracomment>
        <translation>manquante</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>required answer missing</source>
        <translation>réponse obligatoire manquante</translation>
    </message>
    <message>
        <source>carried over: review and confirm</source>
        <translation>reprise : à vérifier et confirmer</translation>
    </message>
    <message>
        <source>answer not valid: {detail}</source>
        <translation>réponse non valide : {detail}</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Questions to finish ({count})</source>
        <translation>Questions à terminer ({count})</translation>
    </message>
    <message>
        <source>Indicators ({count})</source>
        <translation>Indicateurs ({count})</translation>
    </message>
    <message>
        <source>{text}
{done} of {required} required answers, {blockers} to finish</source>
        <translation>{text}
{done} réponses obligatoires sur {required}, à terminer : {blockers}</translation>
    </message>
    <message>
        <source>Question or indicator</source>
        <translation>Question ou indicateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Measured elsewhere: {reason}</source>
        <translation>Mesuré ailleurs : {reason}</translation>
    </message>
    <message>
        <source>No question of this report measures it.</source>
        <translation>Aucune question de ce rapport ne le mesure.</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>Share of required answers done</source>
        <translation>Part des réponses obligatoires données</translation>
    </message>
    <message>
        <source>Questions to finish and indicators</source>
        <translation>Questions à terminer et indicateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>{done} of {required} required answers ({percent:.0f}%). {blockers} questions to finish.</source>
        <translation>{done} réponses obligatoires sur {required} ({percent:.0f} %). Questions à terminer : {blockers}.</translation>
    </message>
    <message>
        <source>Complete: every required answer is given.</source>
        <translation>Complet : toutes les réponses obligatoires sont données.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Keys that step a spin box or a drop-down; in an answer field they scroll the page instead. a date was chosen in the calendar (the text now holds it)</extracomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Choose a date from a calendar</source>
        <translation>Choisir une date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>An unexpected problem stopped this ({kind}). Your answers stored so far are safe.

Details were written to {log}.</source>
        <translation>Un problème inattendu a interrompu cette opération ({kind}). Les réponses déjà enregistrées sont en sécurité.

Les détails ont été écrits dans {log}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source> (language of the report)</source>
        <translation> (langue du rapport)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Blank form: every question and option, no answers, to fill in by hand</source>
        <translation>Formulaire &amp;vierge : toutes les questions et options, sans réponses, à remplir à la main</translation>
    </message>
    <message>
        <source>&amp;Annex of the answers changed since the previous report</source>
        <translation>&amp;Annexe des réponses modifiées depuis le rapport précédent</translation>
    </message>
    <message>
        <source>This report holds no answers of a previous report.</source>
        <translation>Ce rapport ne contient aucune réponse d&apos;un rapport précédent.</translation>
    </message>
    <message>
        <source>Submission (printed on the cover and by the signature)</source>
        <translation>Présentation (imprimée sur la page de couverture et près de la signature)</translation>
    </message>
    <message>
        <source>Submitting a&amp;uthority:</source>
        <translation>A&amp;utorité qui présente le rapport :</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Lie&amp;u :</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY-MM-DD):</source>
        <translation>&amp;Date (AAAA-MM-JJ) :</translation>
    </message>
    <message>
        <source>Answered in question {number}</source>
        <translation>Réponse donnée à la question {number}</translation>
    </message>
    <message>
        <source>Choose the File…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>Écrivez la date sous la forme AAAA-MM-JJ, par exemple 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Reports (*.bsr)</source>
        <translation>Rapports (*.bsr)</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement de la copie…</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>Copie enregistrée sous {path}</translation>
    </message>
    <message>
        <source>Copy cancelled.</source>
        <translation>Copie annulée.</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>Exporter en {kind}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Classeurs (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {kind}…</source>
        <translation>Exportation {kind} en cours…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Words of a question, or its number (e.g. 1.1.3)</source>
        <translation>Mots d&apos;une question, ou son numéro (par ex. 1.1.3)</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Rechercher une question</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>Questions found</source>
        <translation>Questions trouvées</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>Résultats : {count}</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation>Résultat suivant (F3 ou Entrée)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Show &amp;only matching questions</source>
        <translation>Afficher &amp;uniquement les questions trouvées</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} sur {count}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Typed</source>
        <extracomment>Long answers are cut in the table (the tool tip holds the whole text).</extracomment>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Old answer</source>
        <translation>Ancienne réponse</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier d&apos;origine</translation>
    </message>
    <message>
        <source>History of Answer {number}</source>
        <translation>Historique de la réponse {number}</translation>
    </message>
    <message>
        <source>This answer has not been changed yet.</source>
        <translation>Cette réponse n&apos;a pas encore été modifiée.</translation>
    </message>
    <message>
        <source>&amp;Restore This Value</source>
        <translation>&amp;Rétablir cette valeur</translation>
    </message>
    <message>
        <source>Set the answer back to the new answer of the chosen change (Edit &gt; Undo takes it back)</source>
        <translation>Remettre la réponse à la nouvelle valeur de la modification choisie (Édition &gt; Annuler l&apos;annule)</translation>
    </message>
    <message>
        <source>Current answer: {answer}</source>
        <translation>Réponse actuelle : {answer}</translation>
    </message>
    <message>
        <source>Not restored: {message}</source>
        <translation>Non rétablie : {message}</translation>
    </message>
    <message>
        <source>Restored the value of {when}. Edit &gt; Undo takes it back.</source>
        <translation>La valeur du {when} a été rétablie. Édition &gt; Annuler l&apos;annule.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Merge contribution</source>
        <extracomment>the first step&apos;s dialog is shown (import only) the preview dialog is shown the answers were applied (an AppliedImport) the run is over: applied, cancelled or failed the file names another Party: the question asked (a QMessageBox)</extracomment>
        <translation>Fusionner une contribution</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <source>Applying {name}…</source>
        <translation>Application de {name}…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Comparing {name} with the report…</source>
        <translation>Comparaison de {name} avec le rapport…</translation>
    </message>
    <message>
        <source>Nothing changed: the report already holds these answers.</source>
        <translation>Aucun changement : le rapport contient déjà ces réponses.</translation>
    </message>
    <message>
        <source>1 answer taken from {name}.</source>
        <translation>1 réponse reprise de {name}.</translation>
    </message>
    <message>
        <source>{count} answers taken from {name}.</source>
        <translation>Réponses reprises de {name} : {count}.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back; a copy of the report as it was is at {backup}.</source>
        <translation>Édition &gt; Annuler annule toute l&apos;importation ; une copie du rapport dans son état antérieur se trouve dans {backup}.</translation>
    </message>
    <message>
        <source>This report cannot be changed now (it is open read-only, or validated and locked); nothing was imported.</source>
        <translation>Ce rapport ne peut pas être modifié pour le moment (il est ouvert en lecture seule, ou validé et verrouillé) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Workbooks and reports (*.xlsx *.bsr);;Workbooks (*.xlsx);;Reports (*.bsr);;All files (*)</source>
        <translation>Classeurs et rapports (*.xlsx *.bsr);;Classeurs (*.xlsx);;Rapports (*.bsr);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Copies of the report and workbooks (*.bsr *.xlsx);;All files (*)</source>
        <translation>Copies du rapport et classeurs (*.bsr *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <extracomment>Table cells are cut to this many characters; the tooltip holds the whole text. Columns of the preview. Role holding the question id of a row (None for a row naming no known question). Role holding the RowKind of a row.</extracomment>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Ne peut pas être importée</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{value}  — {author}</source>
        <translation>{value}  — {author}</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take incoming</source>
        <translation>Prendre l&apos;entrante</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Garder l&apos;actuelle</translation>
    </message>
    <message>
        <source>Both changed this answer: yours by {mine}, theirs by {theirs}.</source>
        <translation>Les deux ont modifié cette réponse : vous, par {mine} ; l&apos;autre, par {theirs}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The report changed this answer since the file was made.</source>
        <translation>Le rapport a modifié cette réponse depuis la création du fichier.</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Par {author}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Leur réponse</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Merge {name}: preview</source>
        <translation>Fusionner {name} : aperçu</translation>
    </message>
    <message>
        <source>Import {name}: preview</source>
        <translation>Importer {name} : aperçu</translation>
    </message>
    <message>
        <source>These answers come from the previous reporting cycle: each one is marked “Carried over – review” until you confirm it.</source>
        <translation>Ces réponses proviennent du cycle de présentation précédent : chacune est marquée « Reprise – à vérifier » jusqu&apos;à ce que vous la confirmiez.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <source>Show rows that change nothing ({count})</source>
        <translation>Afficher les lignes qui ne changent rien ({count})</translation>
    </message>
    <message>
        <source>Apply All</source>
        <translation>Tout appliquer</translation>
    </message>
    <message>
        <source>Apply every new and changed answer, and each conflict where you chose theirs</source>
        <translation>Appliquer toutes les réponses nouvelles et modifiées, et chaque conflit pour lequel vous avez choisi la leur</translation>
    </message>
    <message>
        <source>Apply every new and changed answer, and each conflict you ticked</source>
        <translation>Appliquer toutes les réponses nouvelles et modifiées, et chaque conflit coché</translation>
    </message>
    <message>
        <source>Apply Selected</source>
        <translation>Appliquer la sélection</translation>
    </message>
    <message>
        <source>Apply only the ticked rows</source>
        <translation>Appliquer seulement les lignes cochées</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>Nouvelles : {n}</translation>
    </message>
    <message>
        <source>{n} changed</source>
        <translation>Modifiées : {n}</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>En conflit : {n}</translation>
    </message>
    <message>
        <source>{n} cannot be imported</source>
        <translation>Ne pouvant être importées : {n}</translation>
    </message>
    <message>
        <source>{n} already the same</source>
        <translation>Déjà identiques : {n}</translation>
    </message>
    <message>
        <source>What {name} would change:</source>
        <translation>Ce que {name} changerait :</translation>
    </message>
    <message>
        <source>Conflicts keep your answer unless you tick them to take theirs.</source>
        <translation>En cas de conflit, votre réponse est conservée, sauf si vous cochez la ligne pour prendre la leur.</translation>
    </message>
    <message>
        <source>Conflicts keep the current answer unless you tick them.</source>
        <translation>En cas de conflit, la réponse actuelle est conservée, sauf si vous cochez la ligne.</translation>
    </message>
    <message>
        <source>Rows: {added} added, {removed} removed, {changed} changed</source>
        <translation>Lignes : {added} ajoutée(s), {removed} supprimée(s), {changed} modifiée(s)</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>an unnamed Party</source>
        <extracomment>Rows shown in the live preview of a hand-made sheet.</extracomment>
        <translation>une Partie sans nom</translation>
    </message>
    <message>
        <source>Another report file, for {party}.</source>
        <translation>Un autre fichier de rapport, pour {party}.</translation>
    </message>
    <message>
        <source>A workbook exported by bsreporter, for {party}.</source>
        <translation>Un classeur exporté par bsreporter, pour {party}.</translation>
    </message>
    <message>
        <source>A workbook of the earlier questionnaire “{form}”, for {party}. Its answers are read through the mapping to this questionnaire, as the previous cycle&apos;s.</source>
        <translation>Un classeur de l&apos;ancien questionnaire « {form} », pour {party}. Ses réponses sont lues au moyen de la correspondance avec le présent questionnaire, comme celles du cycle précédent.</translation>
    </message>
    <message>
        <source>A spreadsheet not made by bsreporter. Show where its question numbers and answers are.</source>
        <translation>Un tableur qui n&apos;a pas été créé par bsreporter. Indiquez où se trouvent les numéros des questions et les réponses.</translation>
    </message>
    <message>
        <source>Import answers from {name}</source>
        <translation>Importer des réponses de {name}</translation>
    </message>
    <message>
        <source>These answers come from the previous reporting cycle</source>
        <translation>Ces réponses proviennent du cycle de présentation précédent</translation>
    </message>
    <message>
        <source>Answers from the previous cycle are marked “Carried over – review” until you confirm each one, and are kept to compare with. Leave this off for answers a colleague gave for this report.</source>
        <translation>Les réponses du cycle précédent sont marquées « Reprise – à vérifier » jusqu&apos;à ce que vous confirmiez chacune d&apos;elles, et sont conservées pour comparaison. Laissez cette case décochée pour les réponses qu&apos;un collègue a données pour le présent rapport.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Where the answers are</source>
        <translation>Emplacement des réponses</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The row holding the column headings; the answers start below it</source>
        <translation>La ligne des titres de colonnes ; les réponses commencent en dessous</translation>
    </message>
    <message>
        <source>{title} (this report)</source>
        <translation>{title} (ce rapport)</translation>
    </message>
    <message>
        <source>Numbered &amp;in:</source>
        <translation>&amp;Numérotée selon :</translation>
    </message>
    <message>
        <source>The format whose question numbers the sheet uses. A sheet of an earlier report is read in that format and carried into this report through the mapping, as the previous cycle&apos;s answers.</source>
        <translation>Le format dont la feuille utilise les numéros de questions. Une feuille d&apos;un rapport antérieur est lue dans ce format et reprise dans ce rapport au moyen de la table de correspondance, comme réponses du cycle précédent.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Ligne d&apos;en-tête :</translation>
    </message>
    <message>
        <source>&amp;Question numbers in column:</source>
        <translation>&amp;Numéros des questions dans la colonne :</translation>
    </message>
    <message>
        <source>&amp;Answers in column:</source>
        <translation>&amp;Réponses dans la colonne :</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>Numéro de la question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>not a question of this questionnaire</source>
        <translation>n&apos;est pas une question de ce questionnaire</translation>
    </message>
    <message>
        <source>The question numbers and the answers must be in different columns.</source>
        <translation>Les numéros des questions et les réponses doivent se trouver dans des colonnes différentes.</translation>
    </message>
    <message>
        <source>{matched} of {named} rows name a question of this questionnaire.</source>
        <translation>Lignes désignant une question de ce questionnaire : {matched} sur {named}.</translation>
    </message>
    <message>
        <source>(Counted in the first {n} rows.)</source>
        <translation>(Décompte sur les {n} premières lignes.)</translation>
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
        <translation>nom@example.org</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>Validated - read-only</source>
        <translation>Validé - lecture seule</translation>
    </message>
    <message>
        <source>Validated on {when} by {who}.</source>
        <translation>Validé le {when} par {who}.</translation>
    </message>
    <message>
        <source>Frozen fingerprint (SHA-256):</source>
        <translation>Empreinte figée (SHA-256) :</translation>
    </message>
    <message>
        <source>To change an answer, choose File &gt; Reopen for Editing… and give the reason.</source>
        <translation>Pour modifier une réponse, choisissez Fichier &gt; Rouvrir pour modification… et indiquez la raison.</translation>
    </message>
    <message>
        <source>Validate report</source>
        <translation>Valider le rapport</translation>
    </message>
    <message>
        <source>The report cannot be validated yet: {count} questions still need an answer or a correction. The Completeness panel lists them.</source>
        <translation>Le rapport ne peut pas encore être validé : questions nécessitant encore une réponse ou une correction : {count}. Le panneau Avancement les énumère.</translation>
    </message>
    <message>
        <source>Mark the report as validated?

It becomes read-only: no answer can be changed until someone chooses File &gt; Reopen for Editing… and gives a reason. Its fingerprint is frozen and printed on the PDF:

{fingerprint}</source>
        <translation>Marquer le rapport comme validé ?

Il passera en lecture seule : aucune réponse ne pourra être modifiée tant que quelqu&apos;un n&apos;aura pas choisi Fichier &gt; Rouvrir pour modification… en indiquant une raison. Son empreinte est figée et imprimée sur le PDF :

{fingerprint}</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Validate Anyway</source>
        <translation>Valider quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The report is validated; it is now read-only.</source>
        <translation>Le rapport est validé ; il est désormais en lecture seule.</translation>
    </message>
    <message>
        <source>Reopen for Editing</source>
        <translation>Rouvrir pour modification</translation>
    </message>
    <message>
        <source>Why is the validated report reopened? The reason is kept with the report, with your name and the time. The report must be validated again before it is final.</source>
        <translation>Pourquoi le rapport validé est-il rouvert ? La raison est conservée avec le rapport, avec votre nom et l&apos;heure. Le rapport devra être validé de nouveau avant d&apos;être définitif.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Raison de la réouverture</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>Rouvrir pour modification</translation>
    </message>
    <message>
        <source>The report is open for editing again.</source>
        <translation>Le rapport est de nouveau ouvert pour modification.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“{name}” is already open in this window.</source>
        <translation>« {name} » est déjà ouvert dans cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>&amp;Nouveau rapport…</translation>
    </message>
    <message>
        <source>Create a new report with a short wizard</source>
        <translation>Créer un nouveau rapport à l&apos;aide d&apos;un court assistant</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>&amp;Ouvrir un rapport…</translation>
    </message>
    <message>
        <source>Open a report file</source>
        <translation>Ouvrir un fichier de rapport</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un rapport &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a copy of the report file, for example to send or back up</source>
        <translation>Écrire une copie du fichier du rapport, par exemple pour l&apos;envoyer ou la sauvegarder</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the report as a PDF to print and sign</source>
        <translation>Écrire le rapport au format PDF pour l&apos;imprimer et le signer</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Write the report as a spreadsheet</source>
        <translation>Écrire le rapport sous forme de classeur</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>&amp;Importer des réponses…</translation>
    </message>
    <message>
        <source>Take answers from a workbook, a hand-made spreadsheet or the previous report, with a preview</source>
        <translation>Reprendre des réponses d&apos;un classeur, d&apos;un tableur fait à la main ou du rapport précédent, avec un aperçu</translation>
    </message>
    <message>
        <source>&amp;Merge Contribution…</source>
        <translation>&amp;Fusionner une contribution…</translation>
    </message>
    <message>
        <source>Bring in a colleague&apos;s copy of this report or their filled workbook, with a preview</source>
        <translation>Intégrer la copie de ce rapport d&apos;un collègue ou le classeur qu&apos;il a rempli, avec un aperçu</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Cycle</source>
        <translation>Comparer avec le cycle &amp;précédent</translation>
    </message>
    <message>
        <source>List every answer that differs from the previous reporting cycle</source>
        <translation>Énumérer toutes les réponses qui diffèrent du cycle de présentation précédent</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation>&amp;Fermer le rapport</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find questions by text or number</source>
        <translation>Rechercher des questions par texte ou par numéro</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Interface language and a second language for the questions</source>
        <translation>Langue de l&apos;interface et seconde langue des questions</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <source>Next &amp;Unanswered Question</source>
        <translation>&amp;Question suivante sans réponse</translation>
    </message>
    <message>
        <source>Go to the next question that still needs an answer</source>
        <translation>Aller à la prochaine question qui attend encore une réponse</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet pré&amp;cédent</translation>
    </message>
    <message>
        <source>Question &amp;Language</source>
        <translation>&amp;Langue des questions</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;About bsreporter</source>
        <translation>À &amp;propos de bsreporter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>This report is open read-only because it is being edited elsewhere. Nothing you see here can be changed.</source>
        <translation>Ce rapport est ouvert en lecture seule, car il est en cours de modification ailleurs. Rien de ce qui est affiché ici ne peut être modifié.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <extracomment>a report was opened (or created) and its first page is shown the section shown changed (its id)</extracomment>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Suivante sans réponse</translation>
    </message>
    <message>
        <source>Go to the next question that still needs an answer (F8)</source>
        <translation>Aller à la prochaine question qui attend encore une réponse (F8)</translation>
    </message>
    <message>
        <source>&amp;Completeness Panel</source>
        <translation>Panneau &amp;Avancement</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigateur</translation>
    </message>
    <message>
        <source>Click to show the completeness panel (Ctrl+Shift+C).</source>
        <translation>Cliquez pour afficher le panneau Avancement (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>bsreporter</source>
        <translation>bsreporter</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Ouvrir un rapport</translation>
    </message>
    <message>
        <source>Reports (*.bsr);;All files (*)</source>
        <translation>Rapports (*.bsr);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open the demo report</source>
        <translation>Ouvrir le rapport de démonstration</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>Création de {name}…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Fermer le rapport</translation>
    </message>
    <message>
        <source>An answer you typed was not saved because it is not valid: {questions}. The report keeps its earlier answer.</source>
        <translation>Une réponse que vous avez saisie n’a pas été enregistrée, car elle n’est pas valide : {questions}. Le rapport garde sa réponse précédente.</translation>
    </message>
    <message>
        <source>Go Back to It</source>
        <translation>Y revenir</translation>
    </message>
    <message>
        <source>{count} answers you typed were not saved because they are not valid: {questions}. The report keeps its earlier answers.</source>
        <translation>{count} réponses que vous avez saisies n’ont pas été enregistrées, car elles ne sont pas valides : {questions}. Le rapport garde ses réponses précédentes.</translation>
    </message>
    <message>
        <source>Go Back to Them</source>
        <translation>Y revenir</translation>
    </message>
    <message>
        <source>Switch Anyway</source>
        <translation>Changer quand même</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <source>Every required question is answered.</source>
        <translation>Toutes les questions obligatoires ont une réponse.</translation>
    </message>
    <message>
        <source>{percent:.0f}% complete</source>
        <translation>{percent:.0f} % achevé</translation>
    </message>
    <message>
        <source>{done} of {required} required answers; {blockers} to finish</source>
        <translation>{done} réponses obligatoires sur {required} ; à terminer : {blockers}</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed</source>
        <translation>Lecture seule : rien ne peut être modifié</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Non enregistré : {message}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir : {what}</translation>
    </message>
    <message>
        <source>{party} – {file}{read_only}</source>
        <translation>{party} – {file}{read_only}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>No recent reports</source>
        <translation>Aucun rapport récent</translation>
    </message>
    <message>
        <source>bsreporter {version}</source>
        <translation>bsreporter {version}</translation>
    </message>
    <message>
        <source>Prepare the national report on the Cartagena Protocol on Biosafety offline.</source>
        <translation>Préparer hors ligne le rapport national sur le Protocole de Cartagena sur la prévention des risques biotechnologiques.</translation>
    </message>
    <message>
        <source>Questionnaire: {form} version {version}</source>
        <translation>Questionnaire : {form} version {version}</translation>
    </message>
    <message>
        <source>Report file: {path}</source>
        <translation>Fichier du rapport : {path}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier des données : {path}</translation>
    </message>
    <message>
        <source>About bsreporter</source>
        <translation>À propos de bsreporter</translation>
    </message>
    <message>
        <source>This report is open read-only because its disk or folder cannot be written. To edit it, use File &gt; Save a Copy As… to put a copy in a folder of yours.</source>
        <translation>Ce rapport est ouvert en lecture seule, car son disque ou son dossier n&apos;est pas accessible en écriture. Pour le modifier, utilisez Fichier &gt; Enregistrer une copie sous… afin d&apos;en placer une copie dans l&apos;un de vos dossiers.</translation>
    </message>
    <message>
        <source>This report is open read-only because the file also exists under another name (a hard link), and a file with two names cannot be edited safely. To edit it, use File &gt; Save a Copy As… to make a copy of it.</source>
        <translation>Ce rapport est ouvert en lecture seule, car le fichier existe aussi sous un autre nom (un lien physique), et un fichier qui porte deux noms ne peut pas être modifié sans risque. Pour le modifier, utilisez Fichier &gt; Enregistrer une copie sous… afin d&apos;en faire une copie.</translation>
    </message>
    <message>
        <source>This report is open read-only. Nothing you see here can be changed.</source>
        <translation>Ce rapport est ouvert en lecture seule. Rien de ce qui est affiché ici ne peut être modifié.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer à partir d&apos;une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Go back to a backup copy of the report (undoable)</source>
        <translation>Revenir à une copie de sauvegarde du rapport (peut être annulé)</translation>
    </message>
    <message>
        <source>&amp;Validate Report…</source>
        <translation>&amp;Valider le rapport…</translation>
    </message>
    <message>
        <source>Mark the complete report as validated: it becomes read-only</source>
        <translation>Marquer le rapport complet comme validé : il passe en lecture seule</translation>
    </message>
    <message>
        <source>Re&amp;open for Editing…</source>
        <translation>R&amp;ouvrir pour modification…</translation>
    </message>
    <message>
        <source>Make a validated report editable again, recording why</source>
        <translation>Rendre de nouveau modifiable un rapport validé, en enregistrant la raison</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <source>The name recorded in the history of the answers you change</source>
        <translation>Le nom enregistré dans l&apos;historique des réponses que vous modifiez</translation>
    </message>
    <message>
        <source>Answer &amp;History…</source>
        <translation>&amp;Historique de la réponse…</translation>
    </message>
    <message>
        <source>Who changed the answer of the current question, when, and from what</source>
        <translation>Qui a modifié la réponse à la question en cours, quand et à partir de quoi</translation>
    </message>
    <message>
        <source>&amp;Validate Report… ({count} questions to finish)</source>
        <translation>&amp;Valider le rapport… (questions à terminer : {count})</translation>
    </message>
    <message>
        <source>Put the cursor in a question first (or use the History… button beside it).</source>
        <translation>Placez d&apos;abord le curseur dans une question (ou utilisez le bouton Historique… à côté d&apos;elle).</translation>
    </message>
    <message>
        <source>Focal areas and objectives of the report</source>
        <translation>Domaines prioritaires et objectifs du rapport</translation>
    </message>
    <message>
        <source>Report by &amp;Section</source>
        <translation>Rapport par &amp;section</translation>
    </message>
    <message>
        <source>Report by Strategic &amp;Plan</source>
        <translation>Rapport par &amp;Plan stratégique</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Sections du rapport</translation>
    </message>
</context>
<context>
    <name>MultilingualEditor</name>
    <message>
        <source>Add a translation</source>
        <translation>Ajouter une traduction</translation>
    </message>
    <message>
        <source>Give this answer in another UN language as well</source>
        <translation>Donner aussi cette réponse dans une autre langue de l’ONU</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the text in {language}</source>
        <translation>Supprimer le texte en {language}</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>{done} of {required} required answers ({percent:.0f}%), {blockers} to finish</source>
        <extracomment>Role holding the id of the section a row leads to.</extracomment>
        <translation>{done} réponses obligatoires sur {required} ({percent:.0f} %), à terminer : {blockers}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Focal area and objective</source>
        <translation>Domaine prioritaire et objectif</translation>
    </message>
    <message>
        <source>No question of this report informs it: its indicators are measured elsewhere.</source>
        <translation>Aucune question de ce rapport ne s’y rapporte : ses indicateurs sont mesurés ailleurs.</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Sections of the report</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>NewReportWizard</name>
    <message>
        <source>New report</source>
        <translation>Nouveau rapport</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this message (Escape)</source>
        <translation>Fermer ce message (Échap)</translation>
    </message>
    <message>
        <source>Open the folder {folder}</source>
        <translation>Ouvrir le dossier {folder}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long an action may run before its progress dialog appears.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Windows rebuilt in another language; kept here so Python does not collect them.</extracomment>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>Comme l&apos;ordinateur ({language})</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l&apos;&amp;interface :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Second language of the questions:</source>
        <translation>&amp;Seconde langue des questions :</translation>
    </message>
    <message>
        <source>The language of the questions themselves is chosen in View &gt; Question Language. A second language is shown under each question, for teams that work in two languages.</source>
        <translation>La langue des questions elles-mêmes se choisit dans Affichage &gt; Langue des questions. Une seconde langue s&apos;affiche sous chaque question, pour les équipes qui travaillent dans deux langues.</translation>
    </message>
</context>
<context>
    <name>PreviousAnswer</name>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Show previous answer</source>
        <translation>Afficher la réponse précédente</translation>
    </message>
    <message>
        <source>Show the previous cycle&apos;s answer to question {number}</source>
        <translation>Afficher la réponse du cycle précédent à la question {number}</translation>
    </message>
    <message>
        <source>Previous report ({source}):</source>
        <translation>Rapport précédent ({source}) :</translation>
    </message>
    <message>
        <source>Previous report:</source>
        <translation>Rapport précédent :</translation>
    </message>
    <message>
        <source>Hide previous answer</source>
        <translation>Masquer la réponse précédente</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>The report keeps no answer here.</source>
        <translation>Le rapport ne contient aucune réponse ici.</translation>
    </message>
    <message>
        <source>The report keeps the earlier answer: {value}</source>
        <translation>Le rapport conserve la réponse précédente : {value}</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <extracomment>the status icon shown: what is stored, or &quot;not saved&quot; while a refused entry is on screen</extracomment>
        <translation>Question complémentaire</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation>Supprimer cette réponse</translation>
    </message>
    <message>
        <source>Clear the answer to question {number}</source>
        <translation>Effacer la réponse à la question {number}</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Who changed this answer, when, and from what</source>
        <translation>Qui a modifié cette réponse, quand et à partir de quoi</translation>
    </message>
    <message>
        <source>History of the answer to question {number}</source>
        <translation>Historique de la réponse à la question {number}</translation>
    </message>
    <message>
        <source>Carried over from the previous report. Check it, then confirm it.</source>
        <translation>Reprise du rapport précédent. Vérifiez-la, puis confirmez-la.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Confirm the carried-over answer to question {number}</source>
        <translation>Confirmer la réponse reprise à la question {number}</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Information not available</source>
        <translation>Information non disponible</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse donnée</translation>
    </message>
    <message>
        <source>Answered: not applicable</source>
        <translation>Réponse donnée : sans objet</translation>
    </message>
    <message>
        <source>Answered: information not available</source>
        <translation>Réponse donnée : information non disponible</translation>
    </message>
    <message>
        <source>The answer is not valid</source>
        <translation>La réponse n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Carried over: review and confirm</source>
        <translation>Reprise : à vérifier et confirmer</translation>
    </message>
    <message>
        <source>Not asked, given the other answers</source>
        <translation>Non posée, compte tenu des autres réponses</translation>
    </message>
    <message>
        <source>Required answer missing</source>
        <translation>Réponse obligatoire manquante</translation>
    </message>
    <message>
        <source>Optional, not answered</source>
        <translation>Facultative, sans réponse</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Non enregistré : {message}</translation>
    </message>
    <message>
        <source>This answer is not valid: {detail}</source>
        <translation>Cette réponse n&apos;est pas valide : {detail}</translation>
    </message>
    <message>
        <source>row {row}: “{column}” is missing</source>
        <translation>ligne {row} : « {column} » manque</translation>
    </message>
    <message>
        <source>row {row}: “{column}”: {message}</source>
        <translation>ligne {row} : « {column} » : {message}</translation>
    </message>
    <message>
        <source>not allowed here</source>
        <translation>non autorisé ici</translation>
    </message>
    <message>
        <source>Row {row} is being filled in; it is checked when you leave it.</source>
        <translation>La ligne {row} est en cours de saisie ; elle sera vérifiée quand vous la quitterez.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Not available: the report is validated and locked. To change it, choose File &gt; Reopen for Editing…</source>
        <translation>Non disponible : le rapport est validé et verrouillé. Pour le modifier, choisissez Fichier &gt; Rouvrir pour modification…</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because it is being edited elsewhere.</source>
        <translation>Non disponible : le rapport est ouvert en lecture seule, car il est en cours de modification ailleurs.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because its disk or folder cannot be written.</source>
        <translation>Non disponible : le rapport est ouvert en lecture seule, car son disque ou son dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only because the file also exists under another name.</source>
        <translation>Non disponible : le rapport est ouvert en lecture seule, car le fichier existe aussi sous un autre nom.</translation>
    </message>
    <message>
        <source>Not available: the report is open read-only.</source>
        <translation>Non disponible : le rapport est ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <source>{problem}

No backup copy of this report was found on this computer. The file was left exactly as it is.</source>
        <translation>{problem}

Aucune copie de sauvegarde de ce rapport n&apos;a été trouvée sur cet ordinateur. Le fichier a été laissé exactement tel quel.</translation>
    </message>
    <message>
        <source>{when}, {percent:.0f}% complete</source>
        <translation>{when}, {percent:.0f} % achevé</translation>
    </message>
    <message>
        <source>{problem}

The latest good backup of this report is from {about}. It can be copied beside the damaged file as a new report, which is then opened. The damaged file is left exactly as it is.</source>
        <translation>{problem}

La dernière sauvegarde intacte de ce rapport date du {about}. Elle peut être copiée à côté du fichier endommagé comme nouveau rapport, qui est alors ouvert. Le fichier endommagé est laissé exactement tel quel.</translation>
    </message>
    <message>
        <source>Open the Latest Good Backup</source>
        <translation>Ouvrir la dernière sauvegarde intacte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open the latest good backup</source>
        <translation>Ouvrir la dernière sauvegarde intacte</translation>
    </message>
    <message>
        <source>Opened a copy of the backup of {when} as {name}; the damaged file was not changed.</source>
        <translation>Une copie de la sauvegarde du {when} a été ouverte sous le nom {name} ; le fichier endommagé n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <extracomment>a backup was restored: the copy made of the state just before</extracomment>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Copies of “{name}” are made when it is opened, every 10 minutes while it changes, and before an import or a restore. They are kept in {folder}.</source>
        <translation>Des copies de « {name} » sont faites à son ouverture, toutes les 10 minutes tant qu&apos;il change, et avant une importation ou une restauration. Elles sont conservées dans {folder}.</translation>
    </message>
    <message>
        <source>There is no backup of this report yet.</source>
        <translation>Ce rapport n&apos;a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <source>{when}, {percent:.0f}% complete</source>
        <translation>{when}, {percent:.0f} % achevé</translation>
    </message>
    <message>
        <source>Replace the current answers with those of the backup of {about}?

The current answers are first saved as a backup (“Before a restore”, listed here), and Edit &gt; Undo takes the restore back. The history of every answer is kept.</source>
        <translation>Remplacer les réponses actuelles par celles de la sauvegarde du {about} ?

Les réponses actuelles sont d&apos;abord sauvegardées (« Avant une restauration », dans cette liste), et Édition &gt; Annuler annule la restauration. L&apos;historique de chaque réponse est conservé.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Expected outcomes and indicators</source>
        <extracomment>Lines of questions read badly when wider than this.</extracomment>
        <translation>Résultats attendus et indicateurs</translation>
    </message>
    <message>
        <source>Show or hide the expected outcomes and indicators</source>
        <translation>Afficher ou masquer les résultats attendus et les indicateurs</translation>
    </message>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation>Les questions marquées * exigent une réponse.</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} questions matching “{query}”.</source>
        <translation>Questions affichées : {shown} sur {total} correspondant à « {query} ».</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Measured elsewhere: {reason}</source>
        <translation>Mesuré ailleurs : {reason}</translation>
    </message>
    <message>
        <source>Next objective</source>
        <translation>Objectif suivant</translation>
    </message>
    <message>
        <source>Previous objective</source>
        <translation>Objectif précédent</translation>
    </message>
    <message>
        <source>No question of this report informs this objective. Its indicators:</source>
        <translation>Aucune question de ce rapport ne se rapporte à cet objectif. Ses indicateurs :</translation>
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
        <translation>Préparez hors ligne le rapport national de votre pays sur le Protocole de Cartagena sur la prévention des risques biotechnologiques. Chaque réponse est enregistrée dès que vous la donnez.</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nouveau rapport…</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>&amp;Ouvrir un rapport…</translation>
    </message>
    <message>
        <source>Try the &amp;demo report</source>
        <translation>Essayer le rapport de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Recent reports</source>
        <translation>Rapports &amp;récents</translation>
    </message>
    <message>
        <source>Recent reports</source>
        <translation>Rapports récents</translation>
    </message>
    <message>
        <source>Reports you open will be listed here.</source>
        <translation>Les rapports que vous ouvrez seront énumérés ici.</translation>
    </message>
    <message>
        <source>{path} (no longer there)</source>
        <translation>{path} (n&apos;existe plus)</translation>
    </message>
</context>
<context>
    <name>TableChanges</name>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>{what}: row {number}</source>
        <translation>{what} : ligne {number}</translation>
    </message>
    <message>
        <source>{what}: was row {number}</source>
        <translation>{what} : était la ligne {number}</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column} : {value}</translation>
    </message>
    <message>
        <source>Rows added: {added} · removed: {removed} · changed: {changed} · as they were: {same}</source>
        <translation>Lignes ajoutées : {added} · supprimées : {removed} · modifiées : {changed} · inchangées : {same}</translation>
    </message>
    <message>
        <source>Choose a table question above to see its rows added, removed and changed.</source>
        <translation>Choisissez ci-dessus une question sous forme de tableau pour voir ses lignes ajoutées, supprimées et modifiées.</translation>
    </message>
    <message>
        <source>Question {number}: {summary}</source>
        <translation>Question {number} : {summary}</translation>
    </message>
    <message>
        <source>Rows changed in question {number}</source>
        <translation>Lignes modifiées de la question {number}</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a row to table {number}</source>
        <translation>Ajouter une ligne au tableau {number}</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected row from table {number}</source>
        <translation>Supprimer la ligne sélectionnée du tableau {number}</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Supprimer des lignes</translation>
    </message>
    <message>
        <source>Remove every selected row from table {number}?
Rows selected: {count} of {total}.</source>
        <translation>Supprimer toutes les lignes sélectionnées du tableau {number} ?
Lignes sélectionnées : {count} sur {total}.</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>Required in every row</source>
        <translation>Obligatoire dans chaque ligne</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Merge {name}</source>
        <extracomment>the previous cycle&apos;s answers of the same questions, when the import carried answers over</extracomment>
        <translation>Fusionner {name}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Confirm answer {number}</source>
        <translation>Confirmer la réponse {number}</translation>
    </message>
    <message>
        <source>Answer {number}</source>
        <translation>Réponse {number}</translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <source>By Strategic Plan</source>
        <translation>Par Plan stratégique</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Par section</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Afficher le rapport</translation>
    </message>
    <message>
        <source>Show the report by focal area and operational objective of the Strategic Plan</source>
        <translation>Afficher le rapport par domaine prioritaire et objectif opérationnel du Plan stratégique</translation>
    </message>
    <message>
        <source>Show the report by the sections of its form</source>
        <translation>Afficher le rapport selon les sections de son modèle</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>This answer is not allowed here.</source>
        <extracomment>General-information questions the wizard asks for, when the questionnaire has them.</extracomment>
        <translation>Cette réponse n&apos;est pas admise ici.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Language and file</source>
        <translation>Langue et fichier</translation>
    </message>
    <message>
        <source>The language of the report, and where to keep the report file.</source>
        <translation>La langue du rapport, et l&apos;emplacement du fichier du rapport.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Report &amp;file:</source>
        <translation>&amp;Fichier du rapport :</translation>
    </message>
    <message>
        <source>Reports (*.bsr)</source>
        <translation>Rapports (*.bsr)</translation>
    </message>
    <message>
        <source>Choose where to keep the report file.</source>
        <translation>Choisissez où conserver le fichier du rapport.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose another name (an existing report is never overwritten).</source>
        <translation>« {path} » existe déjà ; choisissez un autre nom (un rapport existant n&apos;est jamais écrasé).</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>Le dossier « {folder} » n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>_FocalPointPage</name>
    <message>
        <source>National focal point</source>
        <translation>Correspondant national</translation>
    </message>
    <message>
        <source>Who prepares the report. Leave blank what you will fill in later.</source>
        <translation>Qui prépare le rapport. Laissez vide ce que vous remplirez plus tard.</translation>
    </message>
</context>
<context>
    <name>_PartyPage</name>
    <message>
        <source>Party and questionnaire</source>
        <translation>Partie et questionnaire</translation>
    </message>
    <message>
        <source>Who reports, and on which questionnaire.</source>
        <translation>Qui présente le rapport, et sur quel questionnaire.</translation>
    </message>
    <message>
        <source>Reporting Party</source>
        <translation>Partie présentant le rapport</translation>
    </message>
    <message>
        <source>Reporting &amp;Party:</source>
        <translation>&amp;Partie présentant le rapport :</translation>
    </message>
    <message>
        <source>Questionnaire and reporting cycle</source>
        <translation>Questionnaire et cycle de présentation</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Questionnaire :</translation>
    </message>
</context>
<context>
    <name>_PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>Période considérée</translation>
    </message>
    <message>
        <source>The period this report covers. You can change it later.</source>
        <translation>La période sur laquelle porte le rapport. Vous pourrez la modifier plus tard.</translation>
    </message>
</context>
<context>
    <name>PartyChooser</name>
    <message>
        <source>Choose from the list, or type a name</source>
        <translation>Choisissez dans la liste ou tapez un nom</translation>
    </message>
    <message>
        <source>Type part of a Party&apos;s name to find it. A name that is not in the list is kept as typed.</source>
        <translation>Tapez une partie du nom d&apos;une Partie pour la trouver. Un nom absent de la liste est conservé tel que saisi.</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of Parties to the Protocol. It is kept as typed: a State that is not a Party may also fill in the report.</source>
        <translation>« {name} » ne figure pas dans la liste des Parties au Protocole. Le nom est conservé tel que saisi : un État qui n&apos;est pas Partie peut aussi remplir le rapport.</translation>
    </message>
</context>
</TS>
