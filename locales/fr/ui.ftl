# Interface de l’application de bureau (ui/). Français de référence : simple et direct,
# pour des médiatrices et médiateurs qui enregistrent vite, souvent devant la personne.

app-name = Escale
loading = Chargement…
saving = Enregistrement…
retry = Réessayer
cancel = Annuler
yes = Oui
no = Non
skip-to-content = Aller au contenu

## En-tête et navigation

nav-label = Navigation principale
nav-home-title = Retour à la liste des personnes (Ctrl+K)
nav-back = Retour
language-select-label = Langue
# Une langue dans un sélecteur : son nom dans cette langue, puis en français.
language-choice = { $native } ({ $name })

shortcut-back = Échap
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Entrée

## Premier démarrage

setup-title = Bienvenue dans Escale
setup-intro = Escale garde la trace de vos accompagnements, même sans connexion internet.
setup-point-encrypted = Les données restent sur cet ordinateur, chiffrées : sans la clé, personne ne peut les lire, même si l’ordinateur est perdu ou volé.
setup-point-offline = Tout fonctionne hors ligne, dans le bus comme au bureau.
setup-point-nothing-sent = Rien n’est envoyé sur internet.
setup-keyring-explanation = La clé de chiffrement sera rangée dans le trousseau sécurisé de votre session : vous n’avez rien à retenir.
setup-passphrase-legend = Choisissez une phrase secrète
setup-passphrase-explanation = Cet ordinateur n’a pas de trousseau sécurisé : une phrase secrète protégera vos données. Elle vous sera demandée à chaque ouverture d’Escale. Au moins { $min } caractères ; une petite phrase facile à retenir convient très bien.
setup-passphrase-warning = Si vous oubliez cette phrase secrète, seule la clé de récupération (vous allez l’imprimer juste après) permettra de rouvrir les données.
setup-passphrase = Phrase secrète
setup-passphrase-repeat = Phrase secrète, une deuxième fois
setup-shared-laptop = Cet ordinateur est partagé avec d’autres personnes
setup-shared-laptop-help = Les données seront alors protégées par une phrase secrète, demandée à chaque ouverture, plutôt que par le trousseau de la session.
setup-passphrase-shared-explanation = Une phrase secrète protégera vos données. Elle vous sera demandée à chaque ouverture d’Escale. Au moins { $min } caractères ; une petite phrase facile à retenir convient très bien.
setup-demo = Charger des données de démonstration
setup-demo-help = Des personnes et des accompagnements fictifs, pour découvrir Escale ou former un collègue. À ne pas cocher pour un usage réel.
setup-create = Créer ma base chiffrée
setup-working = Création de la base chiffrée…
setup-working-demo = Création de la base chiffrée et des données de démonstration… Cela prend quelques secondes.
setup-demo-skip = Commencer sans données de démonstration
setup-data-dir = Dossier des données :

## Déverrouillage

unlock-title = Escale est verrouillé
unlock-intro = Saisissez la phrase secrète pour ouvrir les données de cet ordinateur.
unlock-keyring-intro = Escale n’a pas pu ouvrir les données avec le trousseau de la session.
unlock-retry = Réessayer
unlock-use-recovery = J’ai ma fiche de récupération
unlock-passphrase = Phrase secrète
unlock-submit = Déverrouiller
unlock-working = Ouverture…
passphrase-deriving-key = Calcul de la clé à partir de la phrase secrète… Cela prend quelques secondes.

## Liste des personnes

list-title = Personnes accompagnées
list-new-beneficiary = Nouvelle personne
list-search-label = Rechercher une personne
list-search-placeholder = Nom ou prénom…
list-search-help = Tapez le début du nom ou du prénom. Flèches ↑ ↓ pour choisir, Entrée pour ouvrir la fiche.
list-results-label = { $count ->
    [0] Aucun résultat
    [one] { $count } résultat
   *[other] { $count } résultats
}
list-empty = Aucune personne enregistrée pour l’instant. Commencez par « Nouvelle personne ».
list-no-match = Personne ne correspond à « { $query } ». Vérifiez l’orthographe ou créez une nouvelle fiche.
list-last-activity = Dernier passage : { $date }
list-never-accompanied = Pas encore d’accompagnement
list-activity-count = { $count ->
    [one] { $count } accompagnement
   *[other] { $count } accompagnements
}
list-limit = Seules les { $limit } premières personnes sont affichées : précisez la recherche.
person-anonymous = Personne anonyme

## Fiche d’une personne : formulaire

beneficiary-form-new-title = Nouvelle personne
beneficiary-form-edit-title = Modifier la fiche
beneficiary-anonymous = Enregistrer sans nom (personne anonyme)
beneficiary-anonymous-help = Pour les statistiques seulement : le nom, le téléphone et l’e-mail ne sont pas gardés.
beneficiary-first-name = Prénom
beneficiary-last-name = Nom
beneficiary-latin-first-name = Prénom en lettres latines
beneficiary-latin-last-name = Nom en lettres latines
beneficiary-latin-name-help = Comme sur les papiers français, si le nom est écrit dans une autre écriture (arabe, cyrillique…). On retrouve la personne par l’un ou l’autre.
beneficiary-birth-year = Année de naissance
beneficiary-birth-year-help = La tranche d’âge en est déduite.
beneficiary-gender = Genre
beneficiary-social-status = Situation
beneficiary-commune = Commune de résidence
beneficiary-phone = Téléphone
beneficiary-email = E-mail
beneficiary-languages = Langues parlées
beneficiary-languages-help = Cochez d’abord la langue la plus utilisée.
beneficiary-document-language = Langue des documents remis
beneficiary-document-language-help = La langue des récapitulatifs imprimés, à côté du français.
beneficiary-notes = Notes
beneficiary-notes-help = Seulement ce qui est utile pour l’accompagner. Pas d’informations de santé inutiles.
beneficiary-save = Enregistrer la fiche

commune-placeholder = Nom de la commune ou code postal…
commune-help = Tapez au moins 2 lettres ou chiffres, puis choisissez dans la liste.
commune-clear = Effacer la commune
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## Fiche d’une personne : consultation

file-record-activity = Enregistrer un accompagnement
file-edit = Modifier la fiche
file-born = { $gender ->
    [feminin] Née en { $year }
    [masculin] Né en { $year }
   *[other] Née ou né en { $year }
}
file-identity = Identité
file-latin-name = En lettres latines :
file-not-given = Non renseigné
file-activities = Accompagnements ({ $count })
file-no-activity = Aucun accompagnement enregistré pour cette personne.
procedure-reference = Référence :
procedure-deadline = Échéance : { $date }

## Enregistrer un accompagnement

activity-form-title = Nouvel accompagnement individuel
activity-form-for = Pour :
activity-section-when = Quand et combien de temps
activity-section-where = Où
activity-section-what = Ce qui a été fait
activity-section-how = Comment ça s’est passé
activity-section-notes = Notes et suite
activity-date = Date
activity-duration = Durée
activity-duration-custom = Autre durée
activity-minutes-unit = minutes
activity-place-type = Lieu de l’accompagnement
activity-place = Lieu d’activité
activity-place-choose = Choisir un lieu…
activity-place-option = { $name } ({ $commune })
activity-no-place = Aucun lieu d’activité n’est encore enregistré.
activity-place-add = + Ajouter un lieu d’activité
activity-place-new-name = Nom du lieu (par exemple « Arrêt de Felletin » ou « Bureau de poste »)
activity-place-new-commune = Commune du lieu
activity-place-create = Ajouter ce lieu
activity-place-cancel = Annuler
activity-place-in-commune = { $place } ({ $commune })
activity-commune = Commune
activity-themes = Thématiques
activity-administrative-themes = Démarches administratives : domaines
activity-procedure-name = Nom de la démarche
activity-procedure-name-placeholder = Par exemple : renouvellement du titre de séjour
activity-equipment = Matériel utilisé
activity-autonomy = Autonomie de la personne
activity-oriented = Orientée vers une autre structure ?
activity-orientation = Orientation
activity-orientation-choose = Choisir la structure…
activity-notes = Notes
activity-next-steps = Prochaines étapes
activity-next-steps-help = Ce que la personne doit faire ou apporter la prochaine fois.
activity-save = Enregistrer l’accompagnement

## Quitter sans enregistrer

leave-title = Quitter sans enregistrer ?
leave-text = Vous avez commencé à remplir ce formulaire. Si vous quittez maintenant, ce que vous avez saisi sera perdu.
leave-stay = Rester sur le formulaire
leave-discard = Quitter sans enregistrer

## Confirmations

toast-activity-saved = Accompagnement enregistré.
toast-beneficiary-created = Fiche créée.
toast-beneficiary-saved = Fiche enregistrée.

## Erreurs vérifiées par l’interface avant d’appeler le cœur

error-ui-passphrases-differ = Les deux phrases secrètes ne sont pas identiques.
error-ui-commune-not-chosen = Choisissez la commune dans la liste proposée, sinon elle ne sera pas enregistrée.
error-ui-duration-required = Choisissez une durée.
error-ui-orientation-required = Choisissez la structure vers laquelle la personne est orientée.
