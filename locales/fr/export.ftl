## Exports aux formats de la plateforme nationale (La Coop de la médiation numérique).
## Les en-têtes des colonnes des fichiers sont ceux de la plateforme, en français, et ne sont pas ici :
## ce sont un format de fichier, pas du texte de l’interface.

export-title = Exports
export-intro = Escale écrit vos accompagnements ou vos bénéficiaires dans le format de la Coop de la médiation numérique, pour les déclarer sans les saisir une deuxième fois. Le fichier est en français, comme la plateforme l’attend.
export-what = Que voulez-vous exporter ?
export-what-activities = Les accompagnements (une ligne par personne accompagnée)
export-what-people = Les bénéficiaires (les personnes avec un nom)
export-what-statistics = Les statistiques de la période (chiffres clés, thématiques, lieux, publics)
export-period = Période
export-period-this-month = Ce mois-ci
export-period-last-month = Le mois dernier
export-period-this-year = Cette année
export-period-custom = Autres dates
export-from = Du
export-to = Au
export-period-reversed = La date de début est après la date de fin.
export-place = Lieu
export-place-all = Tous les lieux
export-format = Format du fichier
export-format-xlsx = Tableur XLSX (pour la Coop de la médiation numérique)
export-format-csv = CSV (pour d’autres outils)
export-folder = Dossier où enregistrer (clé USB ou Documents)
export-now = Exporter
export-working = Export en cours
export-cancel = Arrêter l’export
# $rows : le nombre de lignes du fichier ; $name : le nom du fichier.
export-done = { $rows ->
    [0] Fichier enregistré, sans aucune ligne pour cette période : { $name }
    [one] Fichier enregistré avec { $rows } ligne : { $name }
   *[other] Fichier enregistré avec { $rows } lignes : { $name }
}
export-done-folder = Dans le dossier : { $folder }

# Ligne de commande.
cli-about-escale-export = Exporte aux formats de la plateforme nationale (La Coop de la médiation numérique), en XLSX ou en CSV.
cli-about-escale-export-activities = Exporte les accompagnements : une ligne par personne accompagnée.
cli-about-escale-export-people = Exporte les bénéficiaires qui ont un nom.
cli-arg-escale-export-activities-from = À partir de cette date, incluse (AAAA-MM-JJ).
cli-arg-escale-export-activities-to = Jusqu’à cette date, incluse (AAAA-MM-JJ).
cli-arg-escale-export-activities-place = Seulement les accompagnements de ce lieu (son identifiant).
cli-arg-escale-export-activities-format = Format du fichier : xlsx (la plateforme nationale) ou csv (d’autres outils).
cli-arg-escale-export-activities-output = Fichier à écrire, ou dossier où il prend le nom donné par la plateforme (le dossier courant par défaut).
cli-arg-escale-export-activities-json = Résultat en JSON.
cli-arg-escale-export-people-from = Seulement les personnes accompagnées à partir de cette date, incluse (AAAA-MM-JJ).
cli-arg-escale-export-people-to = Seulement les personnes accompagnées jusqu’à cette date, incluse (AAAA-MM-JJ).
cli-arg-escale-export-people-place = Seulement les personnes accompagnées dans ce lieu (son identifiant).
cli-arg-escale-export-people-format = Format du fichier : xlsx (la plateforme nationale) ou csv (d’autres outils).
cli-arg-escale-export-people-output = Fichier à écrire, ou dossier où il prend le nom donné par la plateforme (le dossier courant par défaut).
cli-arg-escale-export-people-json = Résultat en JSON.
cli-about-escale-export-statistics = Exporte les statistiques d’une période : chiffres généraux, 12 derniers mois, et chaque répartition en nombre et en pourcentage.
cli-arg-escale-export-statistics-from = Premier jour de la période (AAAA-MM-JJ), le 1er du mois par défaut.
cli-arg-escale-export-statistics-to = Dernier jour de la période (AAAA-MM-JJ), aujourd’hui par défaut.
cli-arg-escale-export-statistics-place = Seulement les activités de ce lieu (son identifiant).
cli-arg-escale-export-statistics-format = Format du fichier : xlsx (la plateforme nationale) ou csv (d’autres outils).
cli-arg-escale-export-statistics-output = Fichier à écrire, ou dossier où il prend le nom donné par la plateforme (le dossier courant par défaut).
cli-arg-escale-export-statistics-json = Résultat en JSON.
cli-national-export-progress = Export
# $rows : le nombre de lignes ; $path : le fichier écrit.
cli-national-export-written = { $rows ->
    [one] { $rows } ligne exportée dans { $path }
   *[other] { $rows } lignes exportées dans { $path }
}

# Erreur.
error-export-not-written = Escale n’a pas pu écrire ce fichier d’export (erreur interne). Aucun fichier n’a été laissé. Réessayez, ou signalez-le.
