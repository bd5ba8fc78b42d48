## Statistiques d’une période (écran, ligne de commande, exports et rapport mensuel).

stats-title = Statistiques
stats-open = Statistiques
stats-period = Période
stats-period-this-month = Ce mois-ci
stats-period-last-month = Le mois dernier
stats-period-this-year = Cette année
stats-period-custom = Période choisie
stats-from = Du
stats-to = Au
stats-show = Afficher
stats-place = Lieu
stats-place-all = Tous les lieux
stats-subtitle = Du { $from } au { $to }
stats-subtitle-place = Du { $from } au { $to }, à { $place }
stats-empty = Aucune activité enregistrée sur cette période.
stats-key-figures = Chiffres clés
stats-total-accompaniments = Accompagnements
stats-total-people = Personnes accompagnées
stats-total-new-people = Nouvelles personnes
stats-total-followed-people = Personnes suivies
stats-total-anonymous-people = Personnes anonymes
stats-total-individual = Accompagnements individuels
stats-total-workshop-participants = Participations aux ateliers
stats-total-activities = Activités
stats-total-workshops = Ateliers
stats-months = Les 12 derniers mois
stats-months-caption = Accompagnements et personnes accompagnées par mois
stats-column-month = Mois
stats-column-accompaniments = Accompagnements
stats-column-people = Personnes
stats-column-label = Valeur
stats-column-count = Nombre
stats-column-percent = Part
stats-digital-themes = Thématiques de médiation numérique
stats-administrative-themes = Thématiques administratives
stats-equipment = Matériel utilisé
stats-channels = Canaux d’accompagnement
stats-durations = Durées
stats-places = Lieux d’activité
stats-genders = Genre
stats-age-bands = Tranches d’âge
stats-social-statuses = Statut des personnes
stats-communes = Commune de résidence
stats-commune-unknown = Commune non renseignée
stats-activities-note = Part des activités de la période ; une activité peut avoir plusieurs thématiques.
stats-people-note = Part des personnes accompagnées sur la période.
stats-loading = Calcul des statistiques…

error-period-ends-before-start = La fin de la période est avant son début : vérifiez les deux dates.
error-period-too-long = Cette période est trop longue (plus de { $max } jours) : vérifiez l’année des deux dates.

cli-about-escale-stats = Les chiffres d’une période : accompagnements, personnes, thématiques, lieux, par mois (ce mois-ci par défaut).
cli-arg-escale-stats-from = Premier jour de la période (AAAA-MM-JJ), le 1er du mois par défaut.
cli-arg-escale-stats-to = Dernier jour de la période (AAAA-MM-JJ), aujourd’hui par défaut.
cli-arg-escale-stats-month = Un mois entier (AAAA-MM), à la place de --from et --to.
cli-arg-escale-stats-place = Seulement les activités de ce lieu (son identifiant).
cli-arg-escale-stats-json = Résultat en JSON.
cli-stats-period = Statistiques du { $from } au { $to }
cli-stats-accompaniments = { $count ->
    [one] { $count } accompagnement
   *[other] { $count } accompagnements
} ({ $individual } individuels, { $workshop } en atelier)
cli-stats-people = { $count ->
    [one] { $count } personne accompagnée
   *[other] { $count } personnes accompagnées
} ({ $followed } suivies, { $anonymous } anonymes), dont { $new } nouvelles
cli-stats-activities = { $count ->
    [one] { $count } activité
   *[other] { $count } activités
} ({ $individual } accompagnements individuels, { $workshops } ateliers)
cli-stats-share = { "  " }{ $label } : { $count } ({ $percent } %)
cli-stats-month = { "  " }{ $month } : { $accompaniments } accompagnements, { $people } personnes
