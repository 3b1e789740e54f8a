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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
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
        <source>{party} national report</source>
        <translation>{party} - rapport national</translation>
    </message>
    <message>
        <source>national report</source>
        <translation>rapport national</translation>
    </message>
    <message>
        <source>This answer is not allowed here.</source>
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
<context>
    <name>messages</name>
    <message>
        <source>question {number}</source>
        <comment>where_question</comment>
        <translation>question {number}</translation>
    </message>
    <message>
        <source>question {number}, row {row}</source>
        <comment>where_row</comment>
        <translation>question {number}, ligne {row}</translation>
    </message>
    <message>
        <source>question {number}, row {row}, column &apos;{column}&apos;</source>
        <comment>where_cell</comment>
        <translation>question {number}, ligne {row}, colonne « {column} »</translation>
    </message>
    <message>
        <source>{where}: true/false is not a valid answer; give a value of type {kind}.</source>
        <comment>bool_answer</comment>
        <translation>{where} : vrai/faux n&apos;est pas une réponse valable ; donnez une valeur de type {kind}.</translation>
    </message>
    <message>
        <source>{where}: expects text.</source>
        <comment>expects_text</comment>
        <translation>{where} : un texte est attendu.</translation>
    </message>
    <message>
        <source>{where}: {codes} is not a language this answer can be given in; give the text in the UN languages by their codes ({languages}).</source>
        <comment>not_un_language</comment>
        <translation>{where} : {codes} n&apos;est pas une langue dans laquelle cette réponse peut être donnée ; donnez le texte dans les langues de l&apos;ONU, désignées par leur code ({languages}).</translation>
    </message>
    <message>
        <source>{where}: the text has {length} characters; at most {limit} fit (the limit of a spreadsheet cell). Shorten it or attach a document.</source>
        <comment>text_too_long</comment>
        <translation>{where} : le texte compte {length} caractères ; {limit} au plus peuvent y figurer (la limite d&apos;une cellule de tableur). Raccourcissez-le ou joignez un document.</translation>
    </message>
    <message>
        <source>{where}: the text contains invisible control characters (for example from a copy-paste); remove them and try again.</source>
        <comment>control_chars</comment>
        <translation>{where} : le texte contient des caractères de contrôle invisibles (par exemple issus d&apos;un copier-coller) ; supprimez-les et réessayez.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a whole number.</source>
        <comment>not_whole</comment>
        <translation>{where} : « {value} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number.</source>
        <comment>not_number</comment>
        <translation>{where} : « {value} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; could be read as {plain} or as {point}: write {plain} or {point}, as you mean it.</source>
        <comment>ambiguous_number</comment>
        <translation>{where} : « {value} » peut se lire {plain} ou {point} : écrivez {plain} ou {point}, selon ce que vous voulez dire.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a number: digit groups have three digits (e.g. 1 500 000 or 1,500,000.5).</source>
        <comment>number_groups</comment>
        <translation>{where} : « {value} » n&apos;est pas un nombre : les groupes de chiffres en comptent trois (par exemple 1 500 000 ou 1 500 000,5).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; uses exponent notation; write the number in full (e.g. 100000 for 1e5).</source>
        <comment>number_exponent</comment>
        <translation>{where} : « {value} » est écrit en notation exponentielle ; écrivez le nombre en entier (par exemple 100000 pour 1e5).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; has more than 15 significant digits, more than can be stored exactly; round it.</source>
        <comment>too_many_digits</comment>
        <translation>{where} : « {value} » compte plus de 15 chiffres significatifs, plus qu&apos;il n&apos;est possible d&apos;enregistrer exactement ; arrondissez-le.</translation>
    </message>
    <message>
        <source>{where}: expects a finite number.</source>
        <comment>not_finite</comment>
        <translation>{where} : un nombre fini est attendu.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2019-12-31.</source>
        <comment>not_date</comment>
        <translation>{where} : « {value} » n&apos;est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2019-12-31.</translation>
    </message>
    <message>
        <source>{where}: {value} is outside the years 1900 to 2100.</source>
        <comment>date_range</comment>
        <translation>{where} : {value} est en dehors des années 1900 à 2100.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a web address; it must start with http:// or https://.</source>
        <comment>not_url</comment>
        <translation>{where} : « {value} » n&apos;est pas une adresse web ; elle doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an e-mail address (like name@example.org).</source>
        <comment>not_email</comment>
        <translation>{where} : « {value} » n&apos;est pas une adresse électronique (comme nom@example.org).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not one of the options ({options}).</source>
        <comment>not_option</comment>
        <translation>{where} : « {value} » ne fait pas partie des options ({options}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not one of the options; the closest are &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <comment>option_unknown</comment>
        <translation>{where} : « {value} » ne fait pas partie des options ; les plus proches sont « {first} » et « {second} ».</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos;, in the answer &apos;{whole}&apos;, is not one of the options; the closest are &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <comment>option_part_unknown</comment>
        <translation>{where} : « {value} », dans la réponse « {whole} », ne fait pas partie des options ; les plus proches sont « {first} » et « {second} ».</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; could be &apos;{first}&apos; or &apos;{second}&apos;; write the option as the form words it.</source>
        <comment>option_ambiguous</comment>
        <translation>{where} : « {value} » peut désigner « {first} » ou « {second} » ; écrivez l&apos;option telle que le formulaire la libelle.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos;, in the answer &apos;{whole}&apos;, could be &apos;{first}&apos; or &apos;{second}&apos;; write the option as the form words it.</source>
        <comment>option_part_ambiguous</comment>
        <translation>{where} : « {value} », dans la réponse « {whole} », peut désigner « {first} » ou « {second} » ; écrivez l&apos;option telle que le formulaire la libelle.</translation>
    </message>
    <message>
        <source>{where}: {value} is in none of the ranges offered ({options}).</source>
        <comment>option_no_range</comment>
        <translation>{where} : {value} n&apos;entre dans aucune des tranches proposées ({options}).</translation>
    </message>
    <message>
        <source>{where}: {value} is none of the years offered ({options}).</source>
        <comment>option_no_year</comment>
        <translation>{where} : {value} ne fait pas partie des années proposées ({options}).</translation>
    </message>
    <message>
        <source>{where}: {readings} (a suggestion: taken only if you confirm it)</source>
        <comment>answer_suggested</comment>
        <translation>{where} : {readings} (suggestion : reprise seulement si vous la confirmez)</translation>
    </message>
    <message>
        <source>read &apos;{read}&apos; as &apos;{option}&apos;</source>
        <comment>reading_loose</comment>
        <translation>« {read} » lu comme « {option} »</translation>
    </message>
    <message>
        <source>read {read} as &apos;{option}&apos;, the range that holds it</source>
        <comment>reading_range</comment>
        <translation>{read} lu comme « {option} », la tranche qui le contient</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not an allowed answer here.</source>
        <comment>special_not_allowed</comment>
        <translation>{where} : « {value} » n&apos;est pas une réponse admise ici.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a JSON list of options.</source>
        <comment>not_json_list</comment>
        <translation>{where} : « {value} » n&apos;est pas une liste d&apos;options JSON.</translation>
    </message>
    <message>
        <source>{where}: expects a list of options.</source>
        <comment>expects_list</comment>
        <translation>{where} : une liste d&apos;options est attendue.</translation>
    </message>
    <message>
        <source>{where}: {values} not among the options ({options}).</source>
        <comment>not_options</comment>
        <translation>{where} : {values} ne font pas partie des options ({options}).</translation>
    </message>
    <message>
        <source>{where}: a table is given as a JSON list of rows, e.g. [{{&quot;title&quot;: &quot;...&quot;}}].</source>
        <comment>table_json</comment>
        <translation>{where} : un tableau se donne sous forme de liste JSON de lignes, par exemple [{{&quot;title&quot;: &quot;...&quot;}}].</translation>
    </message>
    <message>
        <source>{where}: a table is a list of rows, each mapping column names to values.</source>
        <comment>table_rows</comment>
        <translation>{where} : un tableau est une liste de lignes, chacune associant des noms de colonnes à des valeurs.</translation>
    </message>
    <message>
        <source>{where}: at most {limit} rows fit in a table.</source>
        <comment>table_too_many</comment>
        <translation>{where} : un tableau compte au plus {limit} lignes.</translation>
    </message>
    <message>
        <source>{where}: no column {names}; the columns are {columns}.</source>
        <comment>table_no_column</comment>
        <translation>{where} : pas de colonne {names} ; les colonnes sont {columns}.</translation>
    </message>
    <message>
        <source>{where}: this kind of answer ({kind}) cannot be set here.</source>
        <comment>cannot_set</comment>
        <translation>{where} : ce type de réponse ({kind}) ne peut pas être saisi ici.</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <comment>cell_rule</comment>
        <translation>{where} : {message}</translation>
    </message>
    <message>
        <source>{where} is empty; every row needs it.</source>
        <comment>cell_missing</comment>
        <translation>{where} est vide ; chaque ligne doit la remplir.</translation>
    </message>
    <message>
        <source>{where} breaks the column&apos;s rule.</source>
        <comment>cell_not_allowed</comment>
        <translation>{where} ne respecte pas la règle de la colonne.</translation>
    </message>
    <message>
        <source>{where}: the value is nested too deeply to be an answer (lists within lists); give a plain list.</source>
        <comment>too_deep</comment>
        <translation>{where} : la valeur est imbriquée trop profondément pour être une réponse (listes dans des listes) ; donnez une liste simple.</translation>
    </message>
    <message>
        <source>{where}: the answer contains characters that cannot be stored (broken text, for example from a damaged file or a wrongly encoded copy-paste); retype them.</source>
        <comment>unstorable_chars</comment>
        <translation>{where} : la réponse contient des caractères qui ne peuvent pas être enregistrés (texte altéré, par exemple issu d&apos;un fichier endommagé ou d&apos;un copier-coller mal encodé) ; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>{where}: the number has more than 18 digits.</source>
        <comment>number_too_large</comment>
        <translation>{where} : le nombre compte plus de 18 chiffres.</translation>
    </message>
    <message>
        <source>{where}: the answer stored in the file cannot be read as an answer to this question; it is kept as it is until you give a new answer.</source>
        <comment>stored_unreadable</comment>
        <translation>{where} : la réponse enregistrée dans le fichier ne peut pas être lue comme une réponse à cette question ; elle est conservée telle quelle jusqu&apos;à ce que vous donniez une nouvelle réponse.</translation>
    </message>
    <message>
        <source>The stored answer is not valid: {reason}</source>
        <comment>stored_invalid</comment>
        <translation>La réponse enregistrée n&apos;est pas valable : {reason}</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos; for editing: its folder is not writable ({reason}). Copy the report to a folder of yours, or open it read-only.</source>
        <comment>lock_folder_not_writable</comment>
        <translation>Impossible d&apos;ouvrir « {name} » pour modification : son dossier n&apos;est pas accessible en écriture ({reason}). Copiez le rapport dans l&apos;un de vos dossiers ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already open for editing by {holder}. Close it there first, or open it read-only.</source>
        <comment>lock_held</comment>
        <translation>« {name} » est déjà ouvert pour modification par {holder}. Fermez-le d&apos;abord à cet endroit ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>{user} on computer {host} (since {since})</source>
        <comment>lock_holder</comment>
        <translation>{user} sur l&apos;ordinateur {host} (depuis le {since})</translation>
    </message>
    <message>
        <source>another bsreporter window</source>
        <comment>lock_holder_unknown</comment>
        <translation>une autre fenêtre de bsreporter</translation>
    </message>
    <message>
        <source>{user} (since {since}; the computer was not recorded)</source>
        <comment>lock_holder_partial</comment>
        <translation>{user} (depuis le {since} ; l&apos;ordinateur n&apos;a pas été enregistré)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on a read-only disk or in a folder that cannot be written, so it can only be opened read-only. To edit it, copy it to a folder of yours.</source>
        <comment>read_only_medium</comment>
        <translation>« {name} » se trouve sur un disque en lecture seule ou dans un dossier non accessible en écriture ; il ne peut être ouvert qu&apos;en lecture seule. Pour le modifier, copiez-le dans l&apos;un de vos dossiers.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on a read-only disk or in a folder that cannot be written; it was opened read-only. The file is sound. To edit it, copy it to a folder of yours.</source>
        <comment>read_only_medium_opened</comment>
        <translation>« {name} » se trouve sur un disque en lecture seule ou dans un dossier non accessible en écriture ; il a été ouvert en lecture seule. Le fichier est intact. Pour le modifier, copiez-le dans l&apos;un de vos dossiers.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; also exists under another name (a hard link), so it can only be opened read-only: a file with two names cannot be edited safely. To edit it, make a copy of it and edit the copy.</source>
        <comment>hard_linked</comment>
        <translation>« {name} » existe aussi sous un autre nom (un lien physique) ; il ne peut donc être ouvert qu&apos;en lecture seule, car un fichier qui porte deux noms ne peut pas être modifié sans risque. Pour le modifier, faites-en une copie et modifiez la copie.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; also exists under another name (a hard link); it was opened read-only. The file is sound. To edit it, make a copy of it and edit the copy.</source>
        <comment>hard_linked_opened</comment>
        <translation>« {name} » existe aussi sous un autre nom (un lien physique) ; il a été ouvert en lecture seule. Le fichier est intact. Pour le modifier, faites-en une copie et modifiez la copie.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: beside it, &apos;{odd}&apos; is {kind}, not an ordinary file. bsreporter keeps its own working files under that name. Remove or rename &apos;{odd}&apos; and try again.</source>
        <comment>odd_companion</comment>
        <translation>Impossible d&apos;ouvrir « {name} » : à côté de lui, « {odd} » est {kind} et non un fichier ordinaire. bsreporter garde ses propres fichiers de travail sous ce nom. Supprimez ou renommez « {odd} » et réessayez.</translation>
    </message>
    <message>
        <source>a folder</source>
        <comment>file_kind_folder</comment>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a link</source>
        <comment>file_kind_link</comment>
        <translation>un lien</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <comment>file_kind_pipe</comment>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a socket</source>
        <comment>file_kind_socket</comment>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <comment>file_kind_device</comment>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>The name of &apos;{name}&apos; is too long for this disk (bsreporter keeps its working files beside a report under slightly longer names). Choose a shorter name, or rename the file.</source>
        <comment>report_name_too_long</comment>
        <translation>Le nom de « {name} » est trop long pour ce disque (bsreporter garde ses fichiers de travail à côté d&apos;un rapport sous des noms un peu plus longs). Choisissez un nom plus court ou renommez le fichier.</translation>
    </message>
    <message>
        <source>The name &apos;{name}&apos; is too long for this disk. Choose a shorter name.</source>
        <comment>file_name_too_long</comment>
        <translation>Le nom « {name} » est trop long pour ce disque. Choisissez un nom plus court.</translation>
    </message>
    <message>
        <source>There is no file &apos;{path}&apos;.</source>
        <comment>no_file</comment>
        <translation>Le fichier « {path} » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a report file.</source>
        <comment>is_folder_not_report</comment>
        <translation>« {path} » est un dossier, et non un fichier de rapport.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {kind}, not a file; it is not a report file.</source>
        <comment>not_a_regular_file</comment>
        <translation>« {path} » est {kind} et non un fichier ; ce n&apos;est pas un fichier de rapport.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read ({reason}).</source>
        <comment>cannot_read</comment>
        <translation>« {name} » ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; it is not a bsreporter report.</source>
        <comment>report_empty</comment>
        <translation>« {name} » est vide ; ce n&apos;est pas un rapport bsreporter.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a bsreporter report (it is some other kind of file).</source>
        <comment>not_a_report</comment>
        <translation>« {name} » n&apos;est pas un rapport bsreporter (il s&apos;agit d&apos;un autre type de fichier).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (cut short); open a backup copy instead.</source>
        <comment>damaged_cut_short</comment>
        <translation>« {name} » est endommagé (tronqué) ; ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (its header is unreadable); open a backup copy instead.</source>
        <comment>damaged_header</comment>
        <translation>« {name} » est endommagé (son en-tête est illisible) ; ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (cut short: {size} of {expected} bytes); open a backup copy instead.</source>
        <comment>damaged_size</comment>
        <translation>« {name} » est endommagé (tronqué : {size} octets sur {expected}) ; ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a database but not a bsreporter report.</source>
        <comment>database_not_report</comment>
        <translation>« {name} » est une base de données, mais pas un rapport bsreporter.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened ({reason}).</source>
        <comment>cannot_open_reason</comment>
        <translation>« {name} » ne peut pas être ouvert ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was saved by a newer version of bsreporter (file format {version}, this program reads up to {supported}). Install the latest bsreporter to open it.</source>
        <comment>newer_version</comment>
        <translation>« {name} » a été enregistré par une version plus récente de bsreporter (format de fichier {version} ; ce programme lit jusqu&apos;au format {supported}). Installez la dernière version de bsreporter pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a complete bsreporter report (no file format version).</source>
        <comment>not_complete_report</comment>
        <translation>« {name} » n&apos;est pas un rapport bsreporter complet (aucune version de format de fichier).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged ({problem}); open a backup copy instead. The file was not changed.</source>
        <comment>damaged_problem</comment>
        <translation>« {name} » est endommagé ({problem}) ; ouvrez plutôt une copie de sauvegarde. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (tables are missing); open a backup copy instead.</source>
        <comment>damaged_tables</comment>
        <translation>« {name} » est endommagé (des tables manquent) ; ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was refused: it holds database content that bsreporter never makes ({what}), which could change answers without anyone knowing. The file was not changed. Ask the sender for the report again, or open one of its backup copies.</source>
        <comment>report_foreign_content</comment>
        <translation>« {name} » a été refusé : il contient des éléments de base de données que bsreporter ne crée jamais ({what}) et qui pourraient modifier des réponses à l&apos;insu de tous. Le fichier n&apos;a pas été modifié. Redemandez le rapport à son expéditeur ou ouvrez l&apos;une de ses copies de sauvegarde.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened because its disk is full. The file is sound; free some space and open it again.</source>
        <comment>disk_full_open</comment>
        <translation>« {name} » ne peut pas être ouvert, car son disque est plein. Le fichier est intact ; libérez de l&apos;espace et ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <source>Beside &apos;{name}&apos; lay unsaved changes from a session that ended abruptly, but they were made to another file than the one there now (it was replaced). They were not applied; they were kept aside as &apos;{log}&apos;. The answers shown are those of the file itself.</source>
        <comment>foreign_log_set_aside</comment>
        <translation>À côté de « {name} » se trouvaient des modifications non enregistrées d&apos;une session interrompue brutalement, mais elles concernaient un autre fichier que celui qui s&apos;y trouve maintenant (il a été remplacé). Elles n&apos;ont pas été appliquées ; elles ont été mises de côté sous le nom « {log} ». Les réponses affichées sont celles du fichier lui-même.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not opened: beside it lie unsaved changes made to another file, and they could not be moved aside ({reason}). Nothing was changed.</source>
        <comment>foreign_log_cannot_move</comment>
        <translation>« {name} » n&apos;a pas été ouvert : à côté se trouvent des modifications non enregistrées faites à un autre fichier, qui n&apos;ont pas pu être mises de côté ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Give the name of the reporting Party.</source>
        <comment>party_missing</comment>
        <translation>Indiquez le nom de la Partie qui présente le rapport.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of this questionnaire; use one of {languages}.</source>
        <comment>language_not_in_form</comment>
        <translation>« {language} » n&apos;est pas une langue de ce questionnaire ; utilisez l&apos;une des langues suivantes : {languages}.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose another file name (an existing report is never overwritten).</source>
        <comment>report_exists</comment>
        <translation>« {path} » existe déjà ; choisissez un autre nom de fichier (un rapport existant n&apos;est jamais écrasé).</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <comment>folder_does_not_exist</comment>
        <translation>Le dossier « {folder} » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create &apos;{name}&apos;: {reason}. Check the disk has space and the folder is writable.</source>
        <comment>cannot_create_report</comment>
        <translation>Impossible de créer « {name} » : {reason}. Vérifiez que le disque dispose d&apos;espace libre et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>its disk or folder cannot be written</source>
        <comment>reason_not_writable</comment>
        <translation>son disque ou son dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>another program is writing it; try again in a moment</source>
        <comment>reason_busy</comment>
        <translation>un autre programme est en train de l&apos;écrire ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>reason_disk_full</comment>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>The disk is full: &apos;{name}&apos; could not be created, and nothing was left behind. Free some space and try again.</source>
        <comment>disk_full_create</comment>
        <translation>Le disque est plein : « {name} » n&apos;a pas pu être créé, et aucun fichier n&apos;a été laissé. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers a questionnaire this program does not have: {reason}</source>
        <comment>questionnaire_missing</comment>
        <translation>« {name} » répond à un questionnaire dont ce programme ne dispose pas : {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, not &apos;{expected}&apos;.</source>
        <comment>other_questionnaire</comment>
        <translation>« {name} » répond au questionnaire « {found} », et non « {expected} ».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {reason}.</source>
        <comment>report_cannot_be_opened</comment>
        <translation>« {name} » ne peut pas être ouvert : {reason}.</translation>
    </message>
    <message>
        <source>Question {number} does not accept &apos;{special}&apos; (allowed: {allowed}).</source>
        <comment>special_not_accepted</comment>
        <translation>La question {number} n&apos;accepte pas « {special} » (autorisé : {allowed}).</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>special_not_applicable</comment>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Information not available</source>
        <comment>special_not_available</comment>
        <translation>Information non disponible</translation>
    </message>
    <message>
        <source>&apos;{special}&apos; is no longer allowed for this question</source>
        <comment>special_no_longer_allowed</comment>
        <translation>« {special} » n&apos;est plus autorisé pour cette question</translation>
    </message>
    <message>
        <source>none</source>
        <comment>none_allowed</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The {what} contains characters that cannot be stored (broken text, for example from a wrongly encoded terminal or file); retype it. Nothing was changed.</source>
        <comment>unstorable_argument</comment>
        <translation>Le champ « {what} » contient des caractères qui ne peuvent pas être enregistrés (texte altéré, par exemple issu d&apos;un terminal ou d&apos;un fichier mal encodé) ; saisissez-le à nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Question {number}: {message}</source>
        <comment>constraint_failed</comment>
        <translation>Question {number} : {message}</translation>
    </message>
    <message>
        <source>the answer is not allowed here</source>
        <comment>answer_not_allowed</comment>
        <translation>cette réponse n&apos;est pas autorisée ici</translation>
    </message>
    <message>
        <source>Question {number} has no carried-over answer to confirm.</source>
        <comment>nothing_to_confirm</comment>
        <translation>La question {number} n&apos;a aucune réponse reprise à confirmer.</translation>
    </message>
    <message>
        <source>This questionnaire has no question &apos;{question}&apos;.</source>
        <comment>no_such_question</comment>
        <translation>Ce questionnaire ne comporte pas de question « {question} ».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers another questionnaire ({form}); nothing was restored.</source>
        <comment>restore_other_questionnaire</comment>
        <translation>« {name} » répond à un autre questionnaire ({form}) ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open read-only; nothing was changed.</source>
        <comment>report_read_only</comment>
        <translation>« {name} » est ouvert en lecture seule ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is validated and locked; choose &quot;Reopen for editing&quot; to change it.</source>
        <comment>report_validated_locked</comment>
        <translation>« {name} » est validé et verrouillé ; choisissez « Rouvrir pour modification » pour le modifier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is validated and locked; to change it, reopen it in the desktop application (File &gt; Reopen for Editing…) and give the reason.</source>
        <comment>report_validated_locked_cli</comment>
        <translation>« {name} » est validé et verrouillé ; pour le modifier, rouvrez-le dans l&apos;application de bureau (Fichier &gt; Rouvrir pour modification…) et indiquez la raison.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date of submission; write it as YYYY-MM-DD (for example 2026-03-31).</source>
        <comment>detail_date_invalid</comment>
        <translation>« {value} » n&apos;est pas une date de soumission ; écrivez-la sous la forme AAAA-MM-JJ (par exemple 2026-03-31).</translation>
    </message>
    <message>
        <source>The value given for &apos;{question}&apos; is empty (no text, or only empty rows), so the answer was kept; to remove the answer, use --clear.</source>
        <comment>set_empty_value</comment>
        <translation>La valeur donnée pour « {question} » est vide (aucun texte, ou seulement des lignes vides) ; la réponse a donc été conservée. Pour supprimer la réponse, utilisez --clear.</translation>
    </message>
    <message>
        <source>The disk holding &apos;{name}&apos; is full; the last change was not stored. Free some space and try again.</source>
        <comment>disk_full_report</comment>
        <translation>Le disque contenant « {name} » est plein ; la dernière modification n&apos;a pas été enregistrée. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written (read-only disk or file); the last change was not stored.</source>
        <comment>report_not_writable</comment>
        <translation>« {name} » ne peut pas être écrit (disque ou fichier en lecture seule) ; la dernière modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is busy in another program; the last change was not stored. Try again.</source>
        <comment>report_busy</comment>
        <translation>« {name} » est occupé par un autre programme ; la dernière modification n&apos;a pas été enregistrée. Réessayez.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; turned out to be damaged while the last change was stored; that change was not stored. Close it and open one of its backup copies.</source>
        <comment>report_damaged_writing</comment>
        <translation>« {name} » s&apos;est révélé endommagé pendant l&apos;enregistrement de la dernière modification ; cette modification n&apos;a pas été enregistrée. Fermez-le et ouvrez l&apos;une de ses copies de sauvegarde.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({reason}); the last change was not stored.</source>
        <comment>report_write_failed</comment>
        <translation>« {name} » n&apos;a pas pu être écrit ({reason}) ; la dernière modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>A backup copy of &apos;{name}&apos; could not be made ({reason}); your report itself is unchanged. Free some disk space.</source>
        <comment>backup_failed</comment>
        <translation>Une copie de sauvegarde de « {name} » n&apos;a pas pu être créée ({reason}) ; votre rapport lui-même n&apos;a pas été modifié. Libérez de l&apos;espace disque.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to &apos;{name}&apos; ({reason}).</source>
        <comment>backup_copy_failed</comment>
        <translation>La sauvegarde n&apos;a pas pu être copiée à côté de « {name} » ({reason}).</translation>
    </message>
    <message>
        <source>No backup copy of &apos;{name}&apos; was made: the backup folder {folder} cannot be written. Your report itself is unchanged and can be edited.</source>
        <comment>backup_folder_not_writable</comment>
        <translation>Aucune copie de sauvegarde de « {name} » n&apos;a été créée : le dossier de sauvegarde {folder} n&apos;est pas accessible en écriture. Votre rapport lui-même n&apos;a pas été modifié et peut être modifié.</translation>
    </message>
    <message>
        <source>A copy cannot replace the report it is copied from; choose another file name.</source>
        <comment>copy_over_itself</comment>
        <translation>Une copie ne peut pas remplacer le rapport dont elle est tirée ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The copy &apos;{name}&apos; could not be written ({reason}). Check the disk has space and the folder is writable.</source>
        <comment>copy_write_failed</comment>
        <translation>La copie « {name} » n&apos;a pas pu être écrite ({reason}). Vérifiez que le disque dispose d&apos;espace libre et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The demo report is missing from this installation ({path}).</source>
        <comment>demo_missing</comment>
        <translation>Le rapport de démonstration est absent de cette installation ({path}).</translation>
    </message>
    <message>
        <source>No way to update a report from file format {version}; this is a bug, please report it.</source>
        <comment>no_migration</comment>
        <translation>Aucun moyen de mettre à jour un rapport au format de fichier {version} ; il s&apos;agit d&apos;une erreur du programme, veuillez la signaler.</translation>
    </message>
    <message>
        <source>Cannot change {names} of a report.</source>
        <comment>meta_unknown</comment>
        <translation>Impossible de modifier {names} d&apos;un rapport.</translation>
    </message>
    <message>
        <source>Cannot keep {names} as a detail of a report.</source>
        <comment>details_unknown</comment>
        <translation>Impossible de conserver {names} comme détail d&apos;un rapport.</translation>
    </message>
    <message>
        <source>No questionnaire with id &apos;{form_id}&apos; is installed; installed: {installed}.</source>
        <comment>form_not_installed</comment>
        <translation>Aucun questionnaire portant l&apos;identifiant « {form_id} » n&apos;est installé ; installés : {installed}.</translation>
    </message>
    <message>
        <source>No questionnaire with id &apos;{form_id}&apos; is installed; no questionnaire is installed at all. Reinstall the program.</source>
        <comment>form_none_installed</comment>
        <translation>Aucun questionnaire portant l&apos;identifiant « {form_id} » n&apos;est installé ; aucun questionnaire n&apos;est installé. Réinstallez le programme.</translation>
    </message>
    <message>
        <source>The questionnaire &apos;{form_id}&apos; installed with this program has mistakes, so its reports cannot be opened; reinstall the program. For the questionnaire&apos;s authors: {details}</source>
        <comment>form_installed_broken</comment>
        <translation>Le questionnaire « {form_id} » installé avec ce programme comporte des erreurs ; ses rapports ne peuvent donc pas être ouverts. Réinstallez le programme. Pour les auteurs du questionnaire : {details}</translation>
    </message>
    <message>
        <source>A hand-made sheet needs both --question-column and --answer-column.</source>
        <comment>cli_sheet_columns_both</comment>
        <translation>Une feuille faite à la main nécessite à la fois --question-column et --answer-column.</translation>
    </message>
    <message>
        <source>No sheet of &apos;{name}&apos; names this questionnaire&apos;s question numbers in a column; point them out with --sheet, --question-column and --answer-column.</source>
        <comment>cli_sheet_not_found</comment>
        <translation>Aucune feuille de « {name} » ne donne les numéros des questions de ce questionnaire dans une colonne ; indiquez-les avec --sheet, --question-column et --answer-column.</translation>
    </message>
    <message>
        <source>--theirs names questions that are not in conflict: {questions}.</source>
        <comment>cli_theirs_not_in_conflict</comment>
        <translation>--theirs désigne des questions qui ne sont pas en conflit : {questions}.</translation>
    </message>
    <message>
        <source>{reason} To take them anyway, give --other-party.</source>
        <comment>cli_other_party</comment>
        <translation>{reason} Pour les reprendre malgré tout, indiquez --other-party.</translation>
    </message>
    <message>
        <source>Give a value, --special or --clear.</source>
        <comment>cli_set_nothing</comment>
        <translation>Indiquez une valeur, --special ou --clear.</translation>
    </message>
    <message>
        <source>No form definitions (form.yaml) found in &apos;{folder}&apos;.</source>
        <comment>cli_no_forms_found</comment>
        <translation>Aucune définition de questionnaire (form.yaml) trouvée dans « {folder} ».</translation>
    </message>
    <message>
        <source>{folder}: the converted form differs from the original; put back the files from git.</source>
        <comment>cli_convert_differs</comment>
        <translation>{folder} : le questionnaire converti diffère de l&apos;original ; rétablissez les fichiers depuis git.</translation>
    </message>
    <message>
        <source>undo</source>
        <comment>history_undo</comment>
        <translation>annulation</translation>
    </message>
    <message>
        <source>redo</source>
        <comment>history_redo</comment>
        <translation>rétablissement</translation>
    </message>
    <message>
        <source>undo: restore</source>
        <comment>history_undo_restore</comment>
        <translation>annulation : restauration</translation>
    </message>
    <message>
        <source>undo of {name}</source>
        <comment>history_undo_of</comment>
        <translation>annulation de {name}</translation>
    </message>
    <message>
        <source>backup of {when}</source>
        <comment>history_backup_of</comment>
        <translation>sauvegarde du {when}</translation>
    </message>
    <message>
        <source>redo: backup of {when}</source>
        <comment>history_redo_backup_of</comment>
        <translation>rétablissement : sauvegarde du {when}</translation>
    </message>
    <message>
        <source>value of {when}</source>
        <comment>history_value_of</comment>
        <translation>valeur du {when}</translation>
    </message>
    <message>
        <source>The report is already validated.</source>
        <comment>already_validated</comment>
        <translation>Le rapport est déjà validé.</translation>
    </message>
    <message>
        <source>The report cannot be validated yet: {count} questions still need an answer or a correction (see the completeness check).</source>
        <comment>cannot_validate_yet</comment>
        <translation>Le rapport ne peut pas encore être validé : {count} questions nécessitent encore une réponse ou une correction (voir la vérification de l&apos;exhaustivité).</translation>
    </message>
    <message>
        <source>The report is not validated; it is already open for editing.</source>
        <comment>not_validated</comment>
        <translation>Le rapport n&apos;est pas validé ; il est déjà ouvert pour modification.</translation>
    </message>
    <message>
        <source>Say why the report is reopened; the reason is kept with the report.</source>
        <comment>reopen_reason_missing</comment>
        <translation>Indiquez pourquoi le rapport est rouvert ; le motif est conservé avec le rapport.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist; choose an existing folder.</source>
        <comment>folder_missing_choose</comment>
        <translation>Le dossier « {folder} » n&apos;existe pas ; choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ordinary file (it is a named pipe, a device or a socket); give the name of a file.</source>
        <comment>destination_not_a_file</comment>
        <translation>« {name} » n&apos;est pas un fichier ordinaire (c&apos;est un tube nommé, un périphérique ou un socket) ; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name.</source>
        <comment>destination_is_folder</comment>
        <translation>« {path} » est un dossier ; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is read-only; choose another file name or make it writable.</source>
        <comment>destination_read_only</comment>
        <translation>« {name} » est en lecture seule ; choisissez un autre nom de fichier ou rendez-le accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk is full while writing &apos;{name}&apos;; {kept}. Free some space or choose another disk.</source>
        <comment>disk_full_writing</comment>
        <translation>Le disque est plein pendant l&apos;écriture de « {name} » ; {kept}. Libérez de l&apos;espace ou choisissez un autre disque.</translation>
    </message>
    <message>
        <source>The disk holding &apos;{name}&apos; is read-only; {kept}. Choose another folder.</source>
        <comment>disk_read_only</comment>
        <translation>Le disque contenant « {name} » est en lecture seule ; {kept}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open in another program (for example a spreadsheet or PDF viewer) or locked; close it and try again, or choose another file name.</source>
        <comment>file_in_use</comment>
        <translation>« {name} » est ouvert dans un autre programme (par exemple un tableur ou une visionneuse PDF) ou est verrouillé ; fermez-le et réessayez, ou choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; cannot be written (no permission); {kept}. Choose another folder.</source>
        <comment>folder_no_permission</comment>
        <translation>Le dossier « {folder} » n&apos;est pas accessible en écriture (autorisation refusée) ; {kept}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({reason}); {kept}.</source>
        <comment>file_write_failed</comment>
        <translation>« {name} » n&apos;a pas pu être écrit ({reason}) ; {kept}.</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <comment>kept_nothing_written</comment>
        <translation>rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the existing &apos;{name}&apos; was left as it was</source>
        <comment>kept_existing</comment>
        <translation>le fichier « {name} » existant a été laissé tel quel</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a bsreporter report; an export never replaces a report, so it is kept as it is. Choose another file name.</source>
        <comment>export_over_report</comment>
        <translation>« {name} » est un rapport bsreporter ; une exportation ne remplace jamais un rapport, il est donc conservé tel quel. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends in .bsr, the ending of reports; give the export a name ending in {suffix}.</source>
        <comment>export_named_as_report</comment>
        <translation>« {name} » se termine par .bsr, l&apos;extension des rapports ; donnez à l&apos;exportation un nom se terminant par {suffix}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is one of the files this command reads; it is kept as it is. Choose another file name for the result.</source>
        <comment>export_over_input</comment>
        <translation>« {name} » fait partie des fichiers que lit cette commande ; il est conservé tel quel. Choisissez un autre nom de fichier pour le résultat.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report file itself; choose another file name for the export.</source>
        <comment>export_is_report_file</comment>
        <translation>« {name} » est le fichier du rapport lui-même ; choisissez un autre nom de fichier pour l&apos;exportation.</translation>
    </message>
    <message>
        <source>Unknown paper size &apos;{paper}&apos;; use a4 or letter.</source>
        <comment>export_paper_unknown</comment>
        <translation>Format de papier inconnu « {paper} » ; utilisez a4 ou letter.</translation>
    </message>
    <message>
        <source>Say what to write: --pdf FILE, --xlsx FILE or both.</source>
        <comment>export_nothing_asked</comment>
        <translation>Indiquez ce qu&apos;il faut écrire : --pdf FILE, --xlsx FILE ou les deux.</translation>
    </message>
    <message>
        <source>The PDF and the XLSX need two different file names.</source>
        <comment>export_same_file_twice</comment>
        <translation>Le PDF et le XLSX doivent porter deux noms de fichier différents.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page numbers did not settle; export again, and report the problem if it persists.</source>
        <comment>pdf_pages_unsettled</comment>
        <translation>Les numéros de page du PDF ne se sont pas stabilisés ; exportez de nouveau et signalez le problème s&apos;il persiste.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out ({reason}). A very long answer may not fit on a page; shorten it and export again.</source>
        <comment>pdf_layout_failed</comment>
        <translation>La mise en page du PDF a échoué ({reason}). Une réponse très longue ne tient peut-être pas sur une page ; raccourcissez-la et exportez de nouveau.</translation>
    </message>
    <message>
        <source>The right-to-left text support could not order a line; reinstall the program.</source>
        <comment>pdf_bidi_failed</comment>
        <translation>La prise en charge de l&apos;écriture de droite à gauche n&apos;a pas pu ordonner une ligne ; réinstallez le programme.</translation>
    </message>
    <message>
        <source>The font file &apos;{path}&apos; is missing or damaged; reinstall the program.</source>
        <comment>font_damaged</comment>
        <translation>Le fichier de police « {path} » est absent ou endommagé ; réinstallez le programme.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not an analysis database written by bsreporter aggregate; it is kept as it is. Choose another file name, or move that file away first.</source>
        <comment>analysis_db_over_other_file</comment>
        <translation>« {name} » existe déjà et n&apos;est pas une base d&apos;analyse écrite par bsreporter aggregate ; il est conservé tel quel. Choisissez un autre nom de fichier, ou déplacez d&apos;abord ce fichier.</translation>
    </message>
    <message>
        <source>The analysis database &apos;{name}&apos; could not be made ({reason}); nothing was written.</source>
        <comment>analysis_db_write_failed</comment>
        <translation>La base d&apos;analyse « {name} » n&apos;a pas pu être créée ({reason}) ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Say where to write the analysis: -o SUMMARY.xlsx, --db ANALYSIS.db, or both.</source>
        <comment>aggregate_no_output</comment>
        <translation>Indiquez où écrire l&apos;analyse : -o SUMMARY.xlsx, --db ANALYSIS.db, ou les deux.</translation>
    </message>
    <message>
        <source>-o and --db both name &apos;{name}&apos;; give the workbook and the database a name each.</source>
        <comment>aggregate_same_destination</comment>
        <translation>-o et --db désignent tous deux « {name} » ; donnez un nom distinct au classeur et à la base de données.</translation>
    </message>
    <message>
        <source>Give at least one report file to analyse.</source>
        <comment>aggregate_no_files</comment>
        <translation>Indiquez au moins un fichier de rapport à analyser.</translation>
    </message>
    <message>
        <source>None of the files could be read: {reasons}</source>
        <comment>aggregate_nothing_readable</comment>
        <translation>Aucun des fichiers n&apos;a pu être lu : {reasons}</translation>
    </message>
    <message>
        <source>{count} answers cannot be read, first: {first}</source>
        <comment>aggregate_workbook_problems</comment>
        <translation>{count} réponses ne peuvent pas être lues ; la première : {first}</translation>
    </message>
    <message>
        <source>{party} is given in more than one file holding the same answers (&apos;{kept}&apos;, {others}): counted once.</source>
        <comment>aggregate_same_party_copies</comment>
        <translation>{party} figure dans plusieurs fichiers contenant les mêmes réponses (« {kept} », {others}) : compté une seule fois.</translation>
    </message>
    <message>
        <source>{party} is given in more than one file and their answers differ: counted once, from &apos;{kept}&apos;, whose answers were changed last ({when}); set aside: {others}.</source>
        <comment>aggregate_same_party_differs</comment>
        <translation>{party} figure dans plusieurs fichiers dont les réponses diffèrent : compté une seule fois, d&apos;après « {kept} », dont les réponses ont été modifiées en dernier ({when}) ; écartés : {others}.</translation>
    </message>
    <message>
        <source>Reports</source>
        <comment>aggregate_sheet_reports</comment>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>aggregate_col_text</comment>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>aggregate_col_kind</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>aggregate_col_value</comment>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Parties counted</source>
        <comment>aggregate_col_counted</comment>
        <translation>Parties comptées</translation>
    </message>
    <message>
        <source>Parties answered</source>
        <comment>aggregate_col_answered</comment>
        <translation>Parties ayant répondu</translation>
    </message>
    <message>
        <source>Did not answer</source>
        <comment>aggregate_col_not_answered</comment>
        <translation>N&apos;ont pas répondu</translation>
    </message>
    <message>
        <source>Parties behind the figure</source>
        <comment>aggregate_col_behind</comment>
        <translation>Parties à l&apos;origine du chiffre</translation>
    </message>
    <message>
        <source>Party or file</source>
        <comment>aggregate_col_party_or_file</comment>
        <translation>Partie ou fichier</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>aggregate_col_read</comment>
        <translation>Lu</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>aggregate_row_read</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: {reason}</source>
        <comment>aggregate_row_unreadable</comment>
        <translation>non : {reason}</translation>
    </message>
    <message>
        <source>count</source>
        <comment>aggregate_kind_count</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>percentage</source>
        <comment>aggregate_kind_percentage</comment>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>sum</source>
        <comment>aggregate_kind_sum</comment>
        <translation>somme</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <comment>file_reason</comment>
        <translation>{name} : {reason}</translation>
    </message>
    <message>
        <source>no: the same Party as &apos;{kept}&apos;, counted once</source>
        <comment>aggregate_set_aside_row</comment>
        <translation>non : même Partie que « {kept} », comptée une seule fois</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not a PDF; an export replaces only an earlier PDF, so it is kept as it is. To export, choose another file name ending in .pdf.</source>
        <comment>export_over_other_pdf</comment>
        <translation>« {name} » existe déjà et n&apos;est pas un PDF ; une exportation ne remplace qu&apos;un PDF antérieur, il est donc conservé tel quel. Pour exporter, choisissez un autre nom de fichier se terminant par .pdf.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists and is not an XLSX workbook; an export replaces only an earlier workbook, so it is kept as it is. To export, choose another file name ending in .xlsx.</source>
        <comment>export_over_other_xlsx</comment>
        <translation>« {name} » existe déjà et n&apos;est pas un classeur XLSX ; une exportation ne remplace qu&apos;un classeur antérieur, il est donc conservé tel quel. Pour exporter, choisissez un autre nom de fichier se terminant par .xlsx.</translation>
    </message>
    <message>
        <source>The work stopped before it finished: the process doing it in the background ended unexpectedly. No file was written and the report is as it was; try again.</source>
        <comment>background_process_ended</comment>
        <translation>Le travail s&apos;est arrêté avant d&apos;être terminé : le processus qui l&apos;effectuait en arrière-plan s&apos;est terminé de façon inattendue. Aucun fichier n&apos;a été écrit et le rapport est resté tel quel ; réessayez.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; does not exist.</source>
        <comment>source_missing</comment>
        <translation>« {path} » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is protected by a password. Open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect Workbook, or File &gt; Properties &gt; Security) and save it again as .xlsx.</source>
        <comment>xlsx_password</comment>
        <translation>« {name} » est protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, supprimez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur, ou Fichier &gt; Propriétés &gt; Sécurité) et enregistrez-le de nouveau au format .xlsx.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), then import that file.</source>
        <comment>xls_old</comment>
        <translation>« {name} » est un ancien classeur Excel 97-2003 (.xls). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le en tant que classeur Excel (.xlsx), puis importez ce fichier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet this program can read; save it as an Excel Workbook (.xlsx) and try again.</source>
        <comment>not_spreadsheet</comment>
        <translation>« {name} » n&apos;est pas une feuille de calcul que ce programme peut lire ; enregistrez-le en tant que classeur Excel (.xlsx) et réessayez.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an OpenDocument spreadsheet (.ods). In LibreOffice choose File &gt; Save As &gt; Excel 2007-365 (.xlsx), then import that file.</source>
        <comment>ods_spreadsheet</comment>
        <translation>« {name} » est une feuille de calcul OpenDocument (.ods). Dans LibreOffice, choisissez Fichier &gt; Enregistrer sous &gt; Excel 2007-365 (.xlsx), puis importez ce fichier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; would unpack to {size} bytes, far more than any report; it was not opened. Check that this is the right file.</source>
        <comment>zip_bomb</comment>
        <translation>« {name} » occuperait {size} octets une fois décompressé, bien plus que n&apos;importe quel rapport ; il n&apos;a pas été ouvert. Vérifiez qu&apos;il s&apos;agit du bon fichier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an Excel workbook; save it as .xlsx and try again.</source>
        <comment>not_workbook</comment>
        <translation>« {name} » n&apos;est pas un classeur Excel ; enregistrez-le au format .xlsx et réessayez.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (part &apos;{part}&apos; cannot be read); ask for a new copy.</source>
        <comment>damaged_part</comment>
        <translation>« {name} » est endommagé (la partie « {part} » est illisible) ; demandez-en une nouvelle copie.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete (perhaps cut short while copying); ask for a new copy.</source>
        <comment>damaged_incomplete</comment>
        <translation>« {name} » est endommagé ou incomplet (peut-être tronqué lors de la copie) ; demandez-en une nouvelle copie.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of &apos;{name}&apos; has {size}; a report has a few hundred. Remove the extra rows or choose the right file.</source>
        <comment>too_many_rows</comment>
        <translation>La feuille « {sheet} » de « {name} » compte {size} ; un rapport en compte quelques centaines. Supprimez les lignes en trop ou choisissez le bon fichier.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of &apos;{name}&apos; has or spans more than {limit} cells, the most this program reads; a report&apos;s workbook has a few thousand. It was not opened. Delete the rows and columns that are not answers (or copy the answers alone into a new workbook) and import that.</source>
        <comment>too_many_cells</comment>
        <translation>La feuille « {sheet} » de « {name} » contient ou couvre plus de {limit} cellules, le maximum que ce programme lit ; le classeur d&apos;un rapport en compte quelques milliers. Il n&apos;a pas été ouvert. Supprimez les lignes et colonnes qui ne sont pas des réponses (ou copiez les seules réponses dans un nouveau classeur) et importez celui-ci.</translation>
    </message>
    <message>
        <source>The sheets of &apos;{name}&apos; unpack to {size} bytes, more than the {limit} this program reads; a report&apos;s workbook needs well under one megabyte. It was not opened. Copy the answers alone into a new workbook and import that.</source>
        <comment>sheets_too_big</comment>
        <translation>Les feuilles de « {name} » occupent {size} octets une fois décompressées, plus que les {limit} que ce programme lit ; le classeur d&apos;un rapport tient en bien moins d&apos;un mégaoctet. Il n&apos;a pas été ouvert. Copiez les seules réponses dans un nouveau classeur et importez celui-ci.</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <comment>rows_count</comment>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>more than {count} rows</source>
        <comment>rows_more_than</comment>
        <translation>plus de {count} lignes</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; contains XML constructs that spreadsheets never need (entity definitions); it was not read.</source>
        <comment>xml_entities</comment>
        <translation>« {name} » contient des constructions XML dont les feuilles de calcul n&apos;ont jamais besoin (définitions d&apos;entités) ; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a spreadsheet ({kind}); save it again as .xlsx and retry.</source>
        <comment>spreadsheet_unreadable</comment>
        <translation>« {name} » ne peut pas être lu comme une feuille de calcul ({kind}) ; enregistrez-le de nouveau au format .xlsx et réessayez.</translation>
    </message>
    <message>
        <source>That is the report itself; choose the other report.</source>
        <comment>import_from_itself</comment>
        <translation>Il s&apos;agit du rapport lui-même ; choisissez l&apos;autre rapport.</translation>
    </message>
    <message>
        <source>The report to import from cannot be read: {reason}</source>
        <comment>import_report_unreadable</comment>
        <translation>Le rapport à partir duquel importer ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>The mapping cannot be used: {reason}</source>
        <comment>mapping_unusable</comment>
        <translation>La table de correspondance ne peut pas être utilisée : {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, and there is no mapping from it to &apos;{expected}&apos;. Ask for the mapping file and give it with --mapping.</source>
        <comment>no_mapping</comment>
        <translation>« {name} » répond au questionnaire « {found} », et il n&apos;existe aucune table de correspondance de celui-ci vers « {expected} ». Demandez le fichier de correspondance et indiquez-le avec --mapping.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers questionnaire &apos;{found}&apos;, which is not installed, so it cannot be read.</source>
        <comment>questionnaire_not_installed</comment>
        <translation>« {name} » répond au questionnaire « {found} », qui n&apos;est pas installé ; il ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>That is the report itself; choose your colleague&apos;s copy.</source>
        <comment>merge_from_itself</comment>
        <translation>Il s&apos;agit du rapport lui-même ; choisissez la copie de votre collègue.</translation>
    </message>
    <message>
        <source>The contribution cannot be read: {reason}</source>
        <comment>merge_unreadable</comment>
        <translation>La contribution ne peut pas être lue : {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a copy of this report (they share no history); use Import to take answers from another report.</source>
        <comment>merge_not_a_copy</comment>
        <translation>« {name} » n&apos;est pas une copie de ce rapport (ils n&apos;ont aucun historique commun) ; utilisez Importer pour reprendre les réponses d&apos;un autre rapport.</translation>
    </message>
    <message>
        <source>These rows cannot be applied: {rows}; nothing was imported.</source>
        <comment>import_rows_not_applicable</comment>
        <translation>Ces lignes ne peuvent pas être appliquées : {rows} ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The report changed since the preview ({reason}); nothing was imported. Preview again.</source>
        <comment>import_report_changed</comment>
        <translation>Le rapport a changé depuis l&apos;aperçu ({reason}) ; rien n&apos;a été importé. Affichez de nouveau l&apos;aperçu.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} answers that cannot be read: {problems}. Correct them and try again.</source>
        <comment>workbook_problems</comment>
        <translation>« {name} » contient {count} réponses illisibles : {problems}. Corrigez-les et réessayez.</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <comment>workbook_problems_more</comment>
        <translation>et {more} autres</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, cell {cell}: {problem}</source>
        <comment>workbook_cell_problem</comment>
        <translation>feuille « {sheet} », cellule {cell} : {problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not exported by this program: its About sheet with the questionnaire id is missing.</source>
        <comment>workbook_not_exported</comment>
        <translation>« {name} » n&apos;a pas été exporté par ce programme : sa feuille « À propos » portant l&apos;identifiant du questionnaire est absente.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet this program can read (save it as .xlsx); {reason}</source>
        <comment>workbook_unreadable</comment>
        <translation>« {name} » n&apos;est pas un classeur que ce programme sait lire (enregistrez-le au format .xlsx) ; {reason}</translation>
    </message>
    <message>
        <source>unknown question &apos;{reference}&apos;</source>
        <comment>row_unknown_question</comment>
        <translation>question inconnue « {reference} »</translation>
    </message>
    <message>
        <source>the question is also given at {other}; neither row is imported: keep one of them and import again</source>
        <comment>row_twice</comment>
        <translation>la question figure aussi en {other} ; aucune des deux lignes n&apos;est importée : gardez-en une seule et importez de nouveau</translation>
    </message>
    <message>
        <source>the question is also given at {other}; neither row is imported. The sheet &apos;{hidden}&apos; is hidden: unhide it (right-click a sheet tab, Unhide), delete it or one of the two rows, and import again</source>
        <comment>row_twice_hidden</comment>
        <translation>la question figure aussi en {other} ; aucune des deux lignes n&apos;est importée. La feuille « {hidden} » est masquée : affichez-la (clic droit sur un onglet, Afficher), supprimez-la ou l&apos;une des deux lignes, et importez de nouveau</translation>
    </message>
    <message>
        <source>the grey question id of this row was removed (or the row was added), so it is not known which question this answers; put the id back or type the answer in the report</source>
        <comment>row_id_removed</comment>
        <translation>l&apos;identifiant gris de la question de cette ligne a été supprimé (ou la ligne a été ajoutée) : on ne sait pas à quelle question elle répond ; remettez l&apos;identifiant ou saisissez la réponse dans le rapport</translation>
    </message>
    <message>
        <source>the grey column ids of the table sheet (row 3) were removed or changed, so this row cannot be matched to the columns of table {number}; put the ids back (copy them from a new export) or type the row in the report</source>
        <comment>table_ids_removed</comment>
        <translation>les identifiants gris des colonnes de la feuille du tableau (ligne 3) ont été supprimés ou modifiés : cette ligne ne peut pas être rapportée aux colonnes du tableau {number} ; remettez-les (copiez-les d&apos;une nouvelle exportation) ou saisissez la ligne dans le rapport</translation>
    </message>
    <message>
        <source>this cell is not in the Answer column nor in a column of a table, so it is not imported; move the answer into the Answer column (or type it in the report)</source>
        <comment>cell_outside_answers</comment>
        <translation>cette cellule n&apos;est ni dans la colonne Réponse ni dans une colonne d&apos;un tableau : elle n&apos;est pas importée ; déplacez la réponse dans la colonne Réponse (ou saisissez-la dans le rapport)</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is not one the export made (or its headings or grey ids were changed), so its {count} filled cells are not imported; copy the answers into the Report sheet or type them in the report</source>
        <comment>sheet_not_recognised</comment>
        <translation>la feuille « {sheet} » n&apos;a pas été créée par l&apos;exportation (ou ses en-têtes ou identifiants gris ont été modifiés) : ses {count} cellules remplies ne sont pas importées ; copiez les réponses dans la feuille Rapport ou saisissez-les dans le rapport</translation>
    </message>
    <message>
        <source>kept: already answered this cycle; tick the row to replace it with the previous cycle&apos;s answer</source>
        <comment>row_kept</comment>
        <translation>conservée : déjà répondue pour ce cycle ; cochez la ligne pour la remplacer par la réponse du cycle précédent</translation>
    </message>
    <message>
        <source>cleared: the cell is now empty; the answer is kept unless you tick the row to clear it</source>
        <comment>row_cleared</comment>
        <translation>effacée : la cellule est maintenant vide ; la réponse est conservée sauf si vous cochez la ligne pour l&apos;effacer</translation>
    </message>
    <message>
        <source>the Party stays {ours}: it is never taken from another Party&apos;s file</source>
        <comment>row_party_kept</comment>
        <translation>la Partie reste {ours} : elle n&apos;est jamais reprise du fichier d&apos;une autre Partie</translation>
    </message>
    <message>
        <source>Kept</source>
        <comment>row_kind_kept</comment>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>Cleared</source>
        <comment>row_kind_cleared</comment>
        <translation>Effacée</translation>
    </message>
    <message>
        <source>{where}: {readings}, but an answer is carried over from another questionnaire only when it is written as one of its options; correct the cell and import again</source>
        <comment>row_suggestion_not_carried</comment>
        <translation>{where} : {readings}, mais une réponse n&apos;est reprise d&apos;un autre questionnaire que si elle est écrite comme l&apos;une de ses options ; corrigez la cellule et importez de nouveau</translation>
    </message>
    <message>
        <source>Suggested</source>
        <comment>row_kind_suggested</comment>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>{n} suggested (applied only if ticked)</source>
        <comment>rows_suggested_count</comment>
        <translation>{n} suggérées (appliquées seulement si cochées)</translation>
    </message>
    <message>
        <source>{n} kept (already answered this cycle)</source>
        <comment>rows_kept_count</comment>
        <translation>{n} conservées (déjà répondues pour ce cycle)</translation>
    </message>
    <message>
        <source>{n} emptied in the file (kept unless ticked)</source>
        <comment>rows_cleared_count</comment>
        <translation>{n} vidées dans le fichier (conservées sauf si cochées)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report of {theirs}, but this report is {ours}&apos;s; nothing was imported. Take its answers only if you mean to (the Party stays {ours}).</source>
        <comment>other_party</comment>
        <translation>« {name} » est le rapport de {theirs}, mais ce rapport est celui de {ours} ; rien n&apos;a été importé. N&apos;en reprenez les réponses que si c&apos;est bien votre intention (la Partie reste {ours}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the report of {theirs}, but this report is {ours}&apos;s. Take answers from {theirs}&apos;s file into {ours}&apos;s report? The Party stays {ours}, and you choose each row in the preview.</source>
        <comment>other_party_question</comment>
        <translation>« {name} » est le rapport de {theirs}, mais ce rapport est celui de {ours}. Reprendre des réponses du fichier de {theirs} dans le rapport de {ours} ? La Partie reste {ours}, et vous choisirez chaque ligne dans l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Take Its Answers</source>
        <comment>other_party_take</comment>
        <translation>Reprendre ses réponses</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>other_party_cancel</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>not relevant: an earlier answer makes this question not asked</source>
        <comment>row_not_relevant</comment>
        <translation>sans objet : une réponse précédente fait que cette question n&apos;est pas posée</translation>
    </message>
    <message>
        <source>not asked yet: it follows question {number}, whose answer in this file is not taken; import it again once question {number} is answered</source>
        <comment>row_not_relevant_after</comment>
        <translation>pas encore posée : elle dépend de la question {number}, dont la réponse dans ce fichier n&apos;est pas reprise ; importez-la de nouveau une fois la question {number} renseignée</translation>
    </message>
    <message>
        <source>question {reference} of the {form} is not carried over (it has no counterpart in this questionnaire)</source>
        <comment>row_not_carried_over</comment>
        <translation>la question {reference} du « {form} » n&apos;est pas reprise (elle n&apos;a pas d&apos;équivalent dans ce questionnaire)</translation>
    </message>
    <message>
        <source>the answer “{answer}” to question {reference} of the {form} has no counterpart among this question&apos;s options, and the mapping does not say what it becomes; choose this answer yourself</source>
        <comment>row_value_not_carried</comment>
        <translation>la réponse « {answer} » à la question {reference} du « {form} » n&apos;a pas d&apos;équivalent parmi les options de cette question, et la table de correspondance ne dit pas ce qu&apos;elle devient ; choisissez vous-même cette réponse</translation>
    </message>
    <message>
        <source>this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit this report&apos;s; nothing is imported as if its numbers were this report&apos;s. Import it through the mapping: on the command line --mapping {mapping}; in the window, choose the format the sheet is numbered in</source>
        <comment>row_other_format</comment>
        <translation>cette feuille semble numérotée selon un autre format, {other} : {fit} de ses {rows} lignes correspondent à ce format, {ours} à celui de ce rapport ; rien n&apos;est importé comme si ses numéros étaient ceux de ce rapport. Importez-la au moyen de la table de correspondance : en ligne de commande, --mapping {mapping} ; dans la fenêtre, choisissez le format selon lequel la feuille est numérotée</translation>
    </message>
    <message>
        <source>this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit this report&apos;s; nothing is imported as if its numbers were this report&apos;s, and there is no mapping from that format to this report&apos;s, so its answers cannot be carried</source>
        <comment>row_other_format_no_mapping</comment>
        <translation>cette feuille semble numérotée selon un autre format, {other} : {fit} de ses {rows} lignes correspondent à ce format, {ours} à celui de ce rapport ; rien n&apos;est importé comme si ses numéros étaient ceux de ce rapport, et aucune table de correspondance ne mène de ce format à celui de ce rapport : ses réponses ne peuvent pas être reprises</translation>
    </message>
    <message>
        <source>The mapping &apos;{name}&apos; reads answers of questionnaire &apos;{found}&apos;, which is not installed, so the sheet&apos;s question numbers cannot be read in it; nothing was imported.</source>
        <comment>sheet_mapping_not_installed</comment>
        <translation>La table de correspondance « {name} » lit les réponses du questionnaire « {found} », qui n&apos;est pas installé : les numéros de questions de la feuille ne peuvent pas y être lus ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The mapping &apos;{name}&apos; carries answers into questionnaire &apos;{target}&apos;, not into this report&apos;s questionnaire &apos;{form}&apos;; give a mapping from forms/{form}/mappings/. Nothing was imported.</source>
        <comment>sheet_mapping_other_target</comment>
        <translation>La table de correspondance « {name} » reporte les réponses vers le questionnaire « {target} », non vers celui de ce rapport, « {form} » ; indiquez une table de forms/{form}/mappings/. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no sheet &apos;{sheet}&apos;; its sheets are {sheets}.</source>
        <comment>sheet_missing</comment>
        <translation>« {name} » n&apos;a pas de feuille « {sheet} » ; ses feuilles sont {sheets}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has no column &apos;{column}&apos; in row {row}; give a column letter (e.g. B) or the exact heading.</source>
        <comment>sheet_column_missing</comment>
        <translation>La feuille « {sheet} » n&apos;a pas de colonne « {column} » à la ligne {row} ; indiquez une lettre de colonne (par exemple B) ou l&apos;en-tête exact.</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}) without a saved result; open the file in Excel or LibreOffice, save it, and import again (or type the value)</source>
        <comment>row_formula</comment>
        <translation>la cellule contient une formule ({formula}) sans résultat enregistré ; ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le et importez-le de nouveau (ou saisissez la valeur)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a question of this questionnaire; do not change the grey ids.</source>
        <comment>row_not_a_question</comment>
        <translation>« {id} » n&apos;est pas une question de ce questionnaire ; ne modifiez pas les identifiants gris.</translation>
    </message>
    <message>
        <source>the grey ids of this sheet name two tables.</source>
        <comment>sheet_two_tables</comment>
        <translation>les identifiants gris de cette feuille désignent deux tableaux.</translation>
    </message>
    <message>
        <source>table {number} has no column &apos;{column}&apos;; do not change the grey ids.</source>
        <comment>table_column_unknown</comment>
        <translation>le tableau {number} n&apos;a pas de colonne « {column} » ; ne modifiez pas les identifiants gris.</translation>
    </message>
    <message>
        <source>tables cannot be read from a single cell; fill them in the exported workbook&apos;s table sheet</source>
        <comment>row_table_in_cell</comment>
        <translation>un tableau ne peut pas être lu dans une seule cellule ; remplissez-le dans la feuille du tableau du classeur exporté</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Party</source>
        <comment>party</comment>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <comment>cycle</comment>
        <translation>Cycle de présentation des rapports</translation>
    </message>
    <message>
        <source>Period covered</source>
        <comment>period</comment>
        <translation>Période considérée</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <comment>period_range</comment>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>National focal point</source>
        <comment>focal_point</comment>
        <translation>Correspondant national</translation>
    </message>
    <message>
        <source>Date of this document</source>
        <comment>document_date</comment>
        <translation>Date du présent document</translation>
    </message>
    <message>
        <source>Completeness</source>
        <comment>completeness</comment>
        <translation>État d&apos;avancement</translation>
    </message>
    <message>
        <source>{done} of {required} required answers given ({percent})</source>
        <comment>completeness_value</comment>
        <translation>Réponses obligatoires données : {done} sur {required} ({percent})</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>complete</comment>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Not asked in this report</source>
        <comment>measured_elsewhere</comment>
        <translation>Non demandé dans ce rapport</translation>
    </message>
    <message>
        <source>Questions: {numbers}</source>
        <comment>informed_by</comment>
        <translation>Questions : {numbers}</translation>
    </message>
    <message>
        <source>Indicators: {ids}</source>
        <comment>question_indicators</comment>
        <translation>Indicateurs : {ids}</translation>
    </message>
    <message>
        <source>Answer if the answer to {number} is: {answers}</source>
        <comment>answer_if</comment>
        <translation>À remplir si la réponse à {number} est : {answers}</translation>
    </message>
    <message>
        <source>Answer if {number} is answered</source>
        <comment>answer_if_answered</comment>
        <translation>À remplir si {number} a reçu une réponse</translation>
    </message>
    <message>
        <source>{number} (continued)</source>
        <comment>continued</comment>
        <translation>{number} (suite)</translation>
    </message>
    <message>
        <source>Blank form, to be filled in by hand</source>
        <comment>blank_form</comment>
        <translation>Formulaire vierge, à remplir à la main</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>incomplete</comment>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Incomplete: {count} questions still need an answer or a correction</source>
        <comment>incomplete_blockers</comment>
        <translation>Incomplet ; questions nécessitant encore une réponse ou une correction : {count}</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <comment>questionnaire</comment>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <comment>questionnaire_version</comment>
        <translation>Version du questionnaire</translation>
    </message>
    <message>
        <source>Content fingerprint (SHA-256)</source>
        <comment>fingerprint</comment>
        <translation>Empreinte du contenu (SHA-256)</translation>
    </message>
    <message>
        <source>Place in the report&apos;s history (do not change)</source>
        <comment>history_mark</comment>
        <translation>Position dans l&apos;historique du rapport (ne pas modifier)</translation>
    </message>
    <message>
        <source>The same fingerprint appears on every page and in the spreadsheet export of these answers; it changes when any answer changes.</source>
        <comment>fingerprint_note</comment>
        <translation>La même empreinte figure sur chaque page et dans l&apos;exportation de ces réponses sous forme de classeur ; elle change dès qu&apos;une réponse est modifiée.</translation>
    </message>
    <message>
        <source>Validated</source>
        <comment>validated</comment>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Validated on {date} at {time} UTC by {author}</source>
        <comment>validated_on_by</comment>
        <translation>Validé le {date} à {time} UTC par {author}</translation>
    </message>
    <message>
        <source>Fingerprint frozen at validation (SHA-256)</source>
        <comment>frozen_fingerprint</comment>
        <translation>Empreinte figée lors de la validation (SHA-256)</translation>
    </message>
    <message>
        <source>The answers have changed since the report was validated; this is not the validated report.</source>
        <comment>validated_mismatch</comment>
        <translation>Les réponses ont été modifiées depuis la validation du rapport ; ce document n&apos;est pas le rapport validé.</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>contents</comment>
        <translation>Table des matières</translation>
    </message>
    <message>
        <source>Focal area {number}: {title}</source>
        <comment>focal_area</comment>
        <translation>Domaine prioritaire {number} : {title}</translation>
    </message>
    <message>
        <source>Operational objective {number}: {title}</source>
        <comment>objective</comment>
        <translation>Objectif opérationnel {number} : {title}</translation>
    </message>
    <message>
        <source>Indicator summary</source>
        <comment>indicator_summary</comment>
        <translation>Récapitulatif des indicateurs</translation>
    </message>
    <message>
        <source>Signature of the national focal point</source>
        <comment>signature</comment>
        <translation>Signature du correspondant national</translation>
    </message>
    <message>
        <source>Annex: changes since the previous report</source>
        <comment>changes_annex</comment>
        <translation>Annexe : changements depuis le rapport précédent</translation>
    </message>
    <message>
        <source>Questions whose answer differs from the answer given in the previous report ({source}).</source>
        <comment>changes_intro</comment>
        <translation>Questions dont la réponse diffère de celle donnée dans le rapport précédent ({source}).</translation>
    </message>
    <message>
        <source>No answer differs from the previous report.</source>
        <comment>no_changes</comment>
        <translation>Aucune réponse ne diffère du rapport précédent.</translation>
    </message>
    <message>
        <source>Previous report</source>
        <comment>col_previous_answer</comment>
        <translation>Rapport précédent</translation>
    </message>
    <message>
        <source>This report</source>
        <comment>col_current_answer</comment>
        <translation>Ce rapport</translation>
    </message>
    <message>
        <source>No answer given</source>
        <comment>no_answer</comment>
        <translation>Aucune réponse donnée</translation>
    </message>
    <message>
        <source>Carried over from the previous report; not yet reviewed.</source>
        <comment>needs_review</comment>
        <translation>Reprise du rapport précédent ; pas encore vérifiée.</translation>
    </message>
    <message>
        <source>This answer does not meet the question&apos;s rules.</source>
        <comment>invalid</comment>
        <translation>Cette réponse ne respecte pas les règles de la question.</translation>
    </message>
    <message>
        <source>No rows</source>
        <comment>no_rows</comment>
        <translation>Aucune ligne</translation>
    </message>
    <message>
        <source>Indicator</source>
        <comment>indicator</comment>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Required answers given</source>
        <comment>answers_given</comment>
        <translation>Réponses obligatoires données</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>name</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>title</comment>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Place and date</source>
        <comment>place_date</comment>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Submitting authority</source>
        <comment>submitting_authority</comment>
        <translation>Autorité qui présente le rapport</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <comment>submission_date</comment>
        <translation>Date de présentation</translation>
    </message>
    <message>
        <source>Place of submission</source>
        <comment>submission_place</comment>
        <translation>Lieu de présentation</translation>
    </message>
    <message>
        <source>Printed on</source>
        <comment>printed_on</comment>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>place</comment>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>date</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <comment>official_stamp</comment>
        <translation>Cachet officiel</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>signature_line</comment>
        <translation>Signature</translation>
    </message>
    <message>
        <source>I confirm that this report gives the information available to the national focal point for the period it covers.</source>
        <comment>certify</comment>
        <translation>Je confirme que le présent rapport contient les informations dont dispose le correspondant national pour la période considérée.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>page_of</comment>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>DRAFT - incomplete</source>
        <comment>draft</comment>
        <translation>PROJET - incomplet</translation>
    </message>
    <message>
        <source>About</source>
        <comment>sheet_about</comment>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>sheet_report</comment>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Indicators</source>
        <comment>indicators</comment>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Lists</source>
        <comment>sheet_lists</comment>
        <translation>Listes</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>col_number</comment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Focal area</source>
        <comment>col_focal_area</comment>
        <translation>Domaine prioritaire</translation>
    </message>
    <message>
        <source>Operational objective</source>
        <comment>col_objective</comment>
        <translation>Objectif opérationnel</translation>
    </message>
    <message>
        <source>Section</source>
        <comment>col_section</comment>
        <translation>Section</translation>
    </message>
    <message>
        <source>Operational objectives informed</source>
        <comment>col_objectives</comment>
        <translation>Objectifs opérationnels renseignés</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>col_question</comment>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>col_answer</comment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <comment>col_allowed</comment>
        <translation>Valeurs admises</translation>
    </message>
    <message>
        <source>Question id</source>
        <comment>col_question_id</comment>
        <translation>Identifiant de la question</translation>
    </message>
    <message>
        <source>Objective</source>
        <comment>col_objective_number</comment>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Indicator text</source>
        <comment>col_indicator_text</comment>
        <translation>Libellé de l&apos;indicateur</translation>
    </message>
    <message>
        <source>Answers given</source>
        <comment>col_done</comment>
        <translation>Réponses données</translation>
    </message>
    <message>
        <source>Answers required</source>
        <comment>col_required</comment>
        <translation>Réponses requises</translation>
    </message>
    <message>
        <source>Percent</source>
        <comment>col_percent</comment>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>General information</source>
        <comment>general_information</comment>
        <translation>Renseignements généraux</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>language</comment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Exported at</source>
        <comment>exported_at</comment>
        <translation>Date de l&apos;exportation</translation>
    </message>
    <message>
        <source>Answers as of (UTC)</source>
        <comment>answers_as_of</comment>
        <translation>État des réponses au (UTC)</translation>
    </message>
    <message>
        <source>Program version</source>
        <comment>program_version</comment>
        <translation>Version du programme</translation>
    </message>
    <message>
        <source>Report file</source>
        <comment>report_file</comment>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <source>Fill in or correct the Answer column of the Report sheet and the rows of the table sheets, then import this workbook into the report. Do not change the grey id columns and rows.</source>
        <comment>about_note</comment>
        <translation>Remplissez ou corrigez la colonne « Réponse » de la feuille « Rapport » et les lignes des feuilles de tableaux, puis importez ce classeur dans le rapport. Ne modifiez pas les colonnes et lignes grises d&apos;identifiants.</translation>
    </message>
    <message>
        <source>See sheet &apos;{sheet}&apos; ({rows})</source>
        <comment>see_sheet</comment>
        <translation>Voir la feuille « {sheet} » ({rows})</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>allowed_text</comment>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Text (several lines allowed)</source>
        <comment>allowed_multiline</comment>
        <translation>Texte (plusieurs lignes possibles)</translation>
    </message>
    <message>
        <source>Whole number</source>
        <comment>allowed_integer</comment>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>allowed_decimal</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Percentage (number from 0 to 100)</source>
        <comment>allowed_percent</comment>
        <translation>Pourcentage (nombre de 0 à 100)</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <comment>allowed_date</comment>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Web address starting with http:// or https://</source>
        <comment>allowed_url</comment>
        <translation>Adresse Web commençant par http:// ou https://</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <comment>allowed_email</comment>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>One of: {labels}</source>
        <comment>allowed_one</comment>
        <translation>L&apos;une des valeurs suivantes : {labels}</translation>
    </message>
    <message>
        <source>One or more of: {labels} (separate them with &apos;{separator}&apos;)</source>
        <comment>allowed_many</comment>
        <translation>Une ou plusieurs des valeurs suivantes : {labels} (séparées par « {separator} »)</translation>
    </message>
    <message>
        <source>Table (see its sheet)</source>
        <comment>allowed_table</comment>
        <translation>Tableau (voir sa feuille)</translation>
    </message>
    <message>
        <source>{allowed}; or: {specials}</source>
        <comment>allowed_or</comment>
        <translation>{allowed} ; ou : {specials}</translation>
    </message>
    <message>
        <source>A whole number</source>
        <comment>valid_whole</comment>
        <translation>Un nombre entier</translation>
    </message>
    <message>
        <source>A number</source>
        <comment>valid_decimal</comment>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>A year</source>
        <comment>valid_year</comment>
        <translation>Une année</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD)</source>
        <comment>valid_date</comment>
        <translation>Une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{kind} from {low} to {high}</source>
        <comment>valid_between</comment>
        <translation>{kind} de {low} à {high}</translation>
    </message>
    <message>
        <source>{kind} of at least {low}</source>
        <comment>valid_at_least</comment>
        <translation>{kind} supérieur ou égal à {low}</translation>
    </message>
    <message>
        <source>{kind} of at most {high}</source>
        <comment>valid_at_most</comment>
        <translation>{kind} inférieur ou égal à {high}</translation>
    </message>
    <message>
        <source>{kind}, not after today</source>
        <comment>valid_not_after_today</comment>
        <translation>{kind}, au plus tard aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <comment>valid_choose</comment>
        <translation>Choisissez une valeur dans la liste</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <comment>valid_refused</comment>
        <translation>Valeur non acceptée</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>Answered</source>
        <comment>status_answered</comment>
        <translation>Réponse donnée</translation>
    </message>
    <message>
        <source>Not answered</source>
        <comment>status_missing</comment>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Not valid</source>
        <comment>status_invalid</comment>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Not asked (follows from other answers)</source>
        <comment>status_not_relevant</comment>
        <translation>Sans objet compte tenu des autres réponses</translation>
    </message>
    <message>
        <source>Carried over, to be reviewed</source>
        <comment>status_needs_review</comment>
        <translation>Reprise, à vérifier</translation>
    </message>
    <message>
        <source>Not valid: {raw}</source>
        <comment>invalid_value</comment>
        <translation>Non valide : {raw}</translation>
    </message>
    <message numerus="yes">
        <source>{n} rows</source>
        <comment>rows</comment>
        <translation>
            <numerusform>{n} ligne</numerusform>
            <numerusform>{n} lignes</numerusform>
        </translation>
    </message>
</context>
</TS>
