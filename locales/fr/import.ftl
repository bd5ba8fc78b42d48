# Import de personnes depuis un fichier (modèle d’import de La Coop de la médiation numérique, tableur, CSV) :
# erreurs de lecture (error-import-*), remarques sur les lignes, rapport des lignes refusées, ligne de commande.

## Fichiers illisibles (codes de crates/escale-exchange/src/error.rs)

error-import-file-empty = Le fichier est vide : aucune cellule remplie.
error-import-file-too-large = Le fichier est trop volumineux (plus de { $max } Mo). Découpez-le en plusieurs fichiers.
error-import-not-a-spreadsheet = Ce fichier n’est pas un tableur lisible (XLSX ou CSV). Il est peut-être abîmé ou incomplet : enregistrez-le à nouveau depuis votre tableur, au format XLSX ou CSV.
error-import-sheet-missing = Le classeur n’a pas de feuille « { $sheet } ». Ses feuilles : { $sheets }.
error-import-too-many-rows = Le fichier a trop de lignes (la limite est { $max }). Découpez-le en plusieurs fichiers.
error-import-too-many-columns = Le fichier a trop de colonnes (la limite est { $max }).
error-import-cell-too-long = La cellule { $column }{ $line } est trop longue (la limite est { $max } caractères par cellule).
error-import-header-row-missing = La ligne { $line } du fichier est vide ou n’existe pas : elle ne peut pas porter les titres des colonnes.
error-import-column-unknown = Aucune colonne « { $column } » dans le fichier : donnez sa lettre (A, B, C…) ou son titre.
error-import-field-unknown = « { $field } » n’est pas un champ d’une personne. Champs : { $fields }.
error-import-name-column-missing = Aucune colonne du fichier n’a été reconnue pour le nom ou le prénom. Indiquez-la (par exemple --column last-name=A).

## Remarques sur une ligne importée

error-import-commune-not-found = Commune introuvable dans la liste officielle : la personne est importée sans commune.
error-import-commune-ambiguous = Plusieurs communes portent ce nom : la personne est importée sans commune. Ajoutez le code postal pour choisir.
import-duplicate-of-line = Même nom et même année de naissance que la ligne { $line } du fichier.
import-duplicate-of-existing = { $count ->
    [one] Même nom et même année de naissance qu’une personne déjà enregistrée.
   *[other] Même nom et même année de naissance que { $count } personnes déjà enregistrées.
}

## Champs, tels que le rapport les nomme

import-field-name = Nom et prénom
import-field-lastName = Nom
import-field-firstName = Prénom
import-field-birthYear = Année de naissance
import-field-gender = Genre
import-field-socialStatus = Situation
import-field-commune = Commune
import-field-communeInseeCode = Code INSEE
import-field-communePostalCode = Code postal
import-field-phone = Téléphone
import-field-email = Adresse e-mail
import-field-notes = Notes

## Rapport des lignes refusées (fichier CSV)

import-report-line = Ligne
import-report-field = Champ
import-report-reason = Motif
import-report-outcome = Suite donnée
import-report-refused = Ligne refusée
import-report-kept = Importée
import-report-likely-duplicate = Doublon probable

## Ligne de commande

cli-about-escale-import = Importe des données d’un autre outil.
cli-about-escale-import-people = Importe des personnes depuis un fichier XLSX ou CSV (le modèle d’import de La Coop de la médiation numérique est reconnu tel quel). Montre d’abord ce qui sera importé, les doublons probables et les lignes refusées ; tout ou rien.
cli-arg-escale-import-people-file = Le fichier à importer (XLSX ou CSV).
cli-arg-escale-import-people-sheet = La feuille du classeur à lire (la première par défaut).
cli-arg-escale-import-people-header_row = La ligne qui porte les titres des colonnes (trouvée toute seule par défaut) ; les personnes sont sur les lignes suivantes.
cli-arg-escale-import-people-column = Où lire un champ : CHAMP=COLONNE, la colonne par sa lettre ou son titre (par exemple phone=G, notes="Remarques") ; CHAMP=- pour ne pas le lire. Champs : last-name, first-name, birth-year, commune, insee-code, postal-code, phone, email, gender, social-status, notes.
cli-arg-escale-import-people-dry_run = Montrer ce qui serait importé, sans rien enregistrer.
cli-arg-escale-import-people-skip_duplicates = Ne pas importer les doublons probables.
cli-arg-escale-import-people-rejects = Enregistrer le rapport des lignes refusées et des remarques dans ce fichier CSV.
cli-arg-escale-import-people-json = Résultat en JSON.

cli-import-national-template = Modèle d’import de La Coop de la médiation numérique reconnu : feuille « { $sheet } », personnes à partir de la ligne { $line }.
cli-import-column = { $field } : colonne { $column }
cli-import-summary = { $lines ->
    [one] { $lines } ligne lue
   *[other] { $lines } lignes lues
} : { $accepted ->
    [one] { $accepted } personne à importer
   *[other] { $accepted } personnes à importer
}, { $rejected ->
    [one] { $rejected } ligne refusée
   *[other] { $rejected } lignes refusées
}.
cli-import-duplicates = { $count ->
    [one] { $count } doublon probable (même nom et même année de naissance).
   *[other] { $count } doublons probables (même nom et même année de naissance).
}
cli-import-issue = Ligne { $line } ({ $field }) : { $reason }
cli-import-more-issues = { $count ->
    [one] … et { $count } autre remarque (le rapport --rejects les donne toutes).
   *[other] … et { $count } autres remarques (le rapport --rejects les donne toutes).
}
cli-import-report-written = Rapport enregistré dans { $path }.
cli-import-dry-run = Essai à blanc : rien n’a été enregistré.
cli-import-progress = Import des personnes
cli-import-done = { $imported ->
    [one] { $imported } personne importée.
   *[other] { $imported } personnes importées.
}
cli-import-skipped-duplicates = { $count ->
    [one] { $count } doublon probable laissé de côté.
   *[other] { $count } doublons probables laissés de côté.
}
