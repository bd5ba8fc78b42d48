# Recording an accompaniment or a workshop (ui/src/features/activity).

record-new-accompaniment = Nouvel accompagnement
record-new-workshop = Nouvel atelier
shortcut-new-accompaniment = Ctrl+Maj+N
record-new-accompaniment-title = Enregistrer un accompagnement depuis n’importe quel écran (Ctrl+Maj+N)
record-keys-help = Tab : rubrique suivante · flèches : choisir · Espace : cocher · Ctrl+Entrée : enregistrer

record-person = Personne accompagnée
record-person-placeholder = Quelques lettres du nom…
record-person-help = Entrée choisit la personne en surbrillance ; les flèches changent de choix.
record-person-create = Créer la personne « { $name } »
record-person-anonymous = Personne anonyme (sans nom)
record-person-born = née en { $year }
record-person-last-seen = vue le { $date }
record-person-change = Changer de personne
record-person-new = Nouvelle personne
record-person-search-again = Chercher plutôt une personne connue
record-person-accompanied-before = Déjà accompagnée auparavant (ailleurs ou avant Escale)

date-letter-day = j
date-letter-month = m
date-letter-year = a

record-more-themes = { $count ->
    [one] + 1 autre thématique
   *[other] + { $count } autres thématiques
}
record-place = Lieu
record-place-from-day = Celui du { $date }, votre dernier.
record-orientation-none = Pas d’orientation

record-workshop-title = Nouvel atelier collectif
record-workshop-name = Titre de l’atelier
record-workshop-level = Niveau
record-workshop-save = Enregistrer l’atelier
record-participants = Participants suivis (personnes connues)
record-participants-chosen = Participants choisis
record-participant-remove = Retirer { $name } de l’atelier
record-participant-remove-short = Retirer

record-anonymous-title = Participants anonymes
record-anonymous-total = Nombre total
record-anonymous-already = Dont déjà accompagnés
record-anonymous-gender = Genre
record-anonymous-age-band = Tranche d’âge
record-anonymous-social-status = Statut
record-anonymous-sum = { $sum } sur { $total }

toast-workshop-saved = Atelier enregistré.

error-ui-person-required = Choisissez la personne accompagnée, créez-la, ou choisissez « Personne anonyme ».
error-ui-count-invalid = Indiquez un nombre entier (chiffres seulement).

record-edit-title = Corriger l’accompagnement
record-workshop-edit-title = Corriger l’atelier
record-save-correction = Enregistrer la correction
toast-activity-corrected = Correction enregistrée.
