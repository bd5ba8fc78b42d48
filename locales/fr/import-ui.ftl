# Écran « Importer des personnes » de la fenêtre : le fichier, les colonnes, l’aperçu, l’import.

import-ui-open = Importer des personnes
import-ui-title = Importer des personnes
import-ui-intro = Depuis le modèle d’import de La Coop de la médiation numérique ou depuis n’importe quel tableur (XLSX ou CSV). Rien n’est enregistré avant la dernière étape.

## 1. Le fichier

import-ui-step-file = 1. Le fichier
import-ui-found-files = Tableurs trouvés dans vos documents et sur les clés USB
import-ui-found-files-choose = { $count ->
    [one] Choisir parmi { $count } fichier trouvé…
   *[other] Choisir parmi { $count } fichiers trouvés…
}
import-ui-found-in-documents = { $name } (documents)
import-ui-found-on-key = { $name } (clé USB)
import-ui-path = Chemin du fichier à importer (XLSX ou CSV)
import-ui-path-help = Tapez le chemin complet du fichier, ou choisissez-le dans la liste ci-dessus.
import-ui-path-help-typed = Tapez le chemin complet du fichier (aucun tableur n’a été trouvé dans vos documents ni sur une clé USB).
import-ui-read = Lire le fichier
import-ui-read-again = Relire le fichier
import-ui-reading = Lecture du fichier…
import-ui-file-read = Fichier lu : { $name }
import-ui-sheet = Feuille du classeur à lire
error-import-ui-path-required = Indiquez le fichier à importer.
error-import-file-not-read = Le fichier n’est plus en mémoire : lisez-le à nouveau.

## 2. Les colonnes

import-ui-step-columns = 2. Les colonnes
import-ui-national-template = Modèle d’import de La Coop de la médiation numérique reconnu : ses colonnes sont connues, rien à choisir.
import-ui-columns-intro = Pour chaque information, la colonne du fichier qui la contient. Escale l’a devinée d’après les titres des colonnes : vérifiez, et changez-la si besoin.
import-ui-header-line = Ligne des titres des colonnes
import-ui-header-line-help = Les personnes sont sur les lignes suivantes. Changez-la si Escale s’est trompé de ligne.
import-ui-column-none = Ne pas importer
import-ui-column-option = Colonne { $letter } : { $header }
import-ui-column-option-untitled = Colonne { $letter } (sans titre)
import-ui-column-example = Exemple : { $example }
import-ui-name-column-needed = Choisissez la colonne du nom ou du prénom : sans elle, aucune personne ne peut être importée.

## 3. L’aperçu

import-ui-step-preview = 3. Ce qui sera importé
import-ui-previewing = Mise à jour de l’aperçu…
import-ui-accepted = { $count ->
    [one] { $count } personne sera importée
   *[other] { $count } personnes seront importées
} (sur { $lines ->
    [one] { $lines } ligne lue
   *[other] { $lines } lignes lues
}).
import-ui-duplicates = { $count ->
    [one] { $count } doublon probable (même nom et même année de naissance).
   *[other] { $count } doublons probables (même nom et même année de naissance).
}
import-ui-rejected = { $count ->
    [one] { $count } ligne refusée.
   *[other] { $count } lignes refusées.
}
import-ui-duplicates-title = Doublons probables
import-ui-duplicate-of-existing = Ligne { $line } : { $name } ressemble à { $count ->
    [one] une personne déjà enregistrée
   *[other] { $count } personnes déjà enregistrées
} : { $existing }.
import-ui-duplicate-of-line = Ligne { $line } : { $name }, même nom et même année de naissance que la ligne { $earlier } du fichier.
import-ui-skip-duplicates = Ne pas importer les doublons probables
import-ui-rejected-title = Lignes refusées
import-ui-remarks-title = Lignes importées avec une remarque
import-ui-table-line = Ligne
import-ui-table-field = Champ
import-ui-table-reason = Motif
import-ui-more-issues = { $count ->
    [one] … et { $count } autre : le rapport les donne toutes.
   *[other] … et { $count } autres : le rapport les donne toutes.
}

## Le rapport

import-ui-report-title = Rapport des lignes refusées
import-ui-report-help = Un fichier CSV avec chaque ligne refusée et son motif, chaque remarque et chaque doublon probable. Il ne contient que des numéros de ligne et des motifs, aucun nom.
import-ui-report-folder = Dossier où enregistrer le rapport
import-ui-save-report = Enregistrer le rapport
import-ui-report-saved = Rapport « { $name } » enregistré :
error-import-ui-folder-required = Indiquez le dossier où enregistrer le rapport.

## 4. L’import

import-ui-step-import = 4. Importer
import-ui-all-or-nothing = Tout ou rien : si l’import est annulé ou s’arrête, aucune personne n’est enregistrée.
import-ui-run = { $count ->
    [one] Importer { $count } personne
   *[other] Importer { $count } personnes
}
import-ui-nothing-to-import = Aucune personne à importer : corrigez le fichier ou les colonnes choisies.
import-ui-importing = Import des personnes
import-ui-cancel = Annuler l’import
import-ui-cancelled = Import annulé : aucune personne n’a été enregistrée.
import-ui-done-title = Import terminé
import-ui-done = { $count ->
    [one] { $count } personne importée.
   *[other] { $count } personnes importées.
}
import-ui-done-skipped = { $count ->
    [one] { $count } doublon probable laissé de côté.
   *[other] { $count } doublons probables laissés de côté.
}
import-ui-done-rejected = { $count ->
    [one] { $count } ligne refusée n’a pas été importée.
   *[other] { $count } lignes refusées n’ont pas été importées.
}
import-ui-back-to-list = Retour à la liste des personnes
import-ui-import-another = Importer un autre fichier
