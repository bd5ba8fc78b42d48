# La fiche d’une personne : corriger, supprimer et rétablir un accompagnement, l’historique,
# les doublons probables, la fusion de deux fiches et son annulation.

## Ligne de commande
cli-about-escale-activity-edit = Corrige un accompagnement ou un atelier : seules les options données changent.
cli-arg-escale-activity-edit-id = Identifiant de l’activité.
cli-arg-escale-activity-edit-date = Nouvelle date (AAAA-MM-JJ).
cli-arg-escale-activity-edit-duration = Nouvelle durée en minutes.
cli-arg-escale-activity-edit-themes = Thématique (code national ; répétable ; remplace toutes les thématiques).
cli-arg-escale-activity-edit-notes = Nouvelles notes.
cli-arg-escale-activity-edit-next_steps = Nouvelles prochaines étapes.
cli-arg-escale-activity-edit-json = Résultat en JSON.
cli-about-escale-activity-delete = Supprime une activité. Elle peut être rétablie ensuite.
cli-arg-escale-activity-delete-id = Identifiant de l’activité.
cli-arg-escale-activity-delete-json = Résultat en JSON.
cli-about-escale-activity-restore = Rétablit une activité supprimée.
cli-arg-escale-activity-restore-id = Identifiant de l’activité.
cli-arg-escale-activity-restore-json = Résultat en JSON.
cli-activity-deleted = Activité { $id } supprimée. Pour la rétablir : escale activity restore { $id }
cli-about-escale-beneficiary-timeline = Affiche l’historique d’une personne : accompagnements, ateliers, étapes des démarches, du plus récent au plus ancien.
cli-arg-escale-beneficiary-timeline-id = Identifiant de la personne.
cli-arg-escale-beneficiary-timeline-limit = Nombre maximum de lignes.
cli-arg-escale-beneficiary-timeline-json = Résultat en JSON.
cli-timeline-empty = Rien n’est encore enregistré pour cette personne.
cli-about-escale-beneficiary-merge = Fusionne deux fiches de la même personne. Sans --yes, montre seulement ce que la fusion ferait.
cli-arg-escale-beneficiary-merge-kept = Identifiant de la fiche gardée.
cli-arg-escale-beneficiary-merge-other = Identifiant de la fiche en double, qui sera fusionnée dans la fiche gardée.
cli-arg-escale-beneficiary-merge-yes = Fusionner vraiment.
cli-arg-escale-beneficiary-merge-json = Résultat en JSON.
cli-merge-preview = La fiche gardée recevra { $accompaniments ->
        [one] { $accompaniments } accompagnement
       *[other] { $accompaniments } accompagnements
    }, { $procedures ->
        [one] { $procedures } démarche
       *[other] { $procedures } démarches
    } et { $consents ->
        [one] { $consents } consentement
       *[other] { $consents } consentements
    }. Champs complétés : { $fields }. Ajoutez --yes pour fusionner.
cli-merged = Fiches fusionnées. Pour annuler : escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = Annule une fusion : les deux fiches redeviennent comme avant.
cli-arg-escale-beneficiary-unmerge-merge = Identifiant de la fusion (donné quand elle a été faite).
cli-arg-escale-beneficiary-unmerge-json = Résultat en JSON.
cli-unmerged = Fusion annulée. La fiche { $id } est de retour.
cli-likely-duplicate = Attention : une personne avec le même nom et la même année de naissance existe déjà ({ $id }). Si c’est la même personne, fusionnez les fiches : escale beneficiary merge
