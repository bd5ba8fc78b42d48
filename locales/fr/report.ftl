## Le rapport mensuel d’activité (PDF pour la structure et ses financeurs), sa page dans l’écran
## des statistiques et la commande `escale report`.

report-title = Rapport d’activité — { $month }
report-period-all-places = Du { $from } au { $to }, tous lieux d’activité
report-printed-on = Édité le { $date }
report-number = { $value }
report-share = { $count } ({ $percent } %)
report-note-heading = Le mot de la structure
report-months-caption = Accompagnements par mois, sur les douze mois qui finissent avec celui du rapport.
report-procedures = Démarches les plus accompagnées
report-procedures-note = Nombre d’activités qui ont porté sur chaque démarche : démarches suivies, et démarches nommées dans un accompagnement.
report-nothing = Rien d’enregistré pour ce mois.
documents-file-report = rapport-activite-{ $month }.pdf
audit-entity-report-note = texte du rapport mensuel
error-month-invalid = Ce mois n’est pas valide : écrivez-le sous la forme AAAA-MM, par exemple 2026-10.

report-section = Rapport mensuel
report-explanation = Un PDF pour la structure et ses financeurs : les chiffres du mois, les graphiques, les thématiques et démarches, les lieux et communes, et votre texte.
report-month = Mois du rapport
report-note-label = Le mot de la structure pour ce mois
report-note-help = Quelques lignes imprimées dans le rapport : ce qui a marqué le mois, un nouveau lieu, un partenaire. Enregistré dès que vous quittez le champ.
report-note-saved = Texte enregistré.
report-note-count = { $count } / { $max } caractères
report-print = Enregistrer le rapport en PDF…
print-title-monthly-report = Rapport mensuel d’activité

cli-about-escale-report = Le rapport mensuel d’activité pour la structure et ses financeurs, en PDF : chiffres clés, graphiques, thématiques, démarches, lieux et communes.
cli-arg-escale-report-month = Le mois du rapport (AAAA-MM), le mois dernier par défaut.
cli-arg-escale-report-place = Seulement les activités de ce lieu (son identifiant).
cli-arg-escale-report-text = Le mot de la structure pour ce mois, gardé pour les prochaines impressions ("" l’efface).
cli-arg-escale-report-text_file = Le même texte, lu dans un fichier texte (UTF-8).
cli-arg-escale-report-out = Fichier PDF à écrire (remplacé s’il existe) ; sinon le nom du rapport, dans le dossier courant.
cli-report-text-not-read = Le fichier { $path } ne se lit pas comme un texte : vérifiez qu’il existe et qu’il est enregistré en UTF-8.
