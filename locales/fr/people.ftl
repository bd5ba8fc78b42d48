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

## Fiche de la personne
undo = Annuler
file-timeline = Historique
file-timeline-older = Voir les plus anciens
file-workshop-participants = { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
file-activity-edit = Corriger
file-activity-delete = Supprimer
file-activity-restore = Rétablir
file-activity-deleted = Accompagnement du { $date } supprimé.
file-activity-restored = Accompagnement rétabli.
file-deleted-activities = { $count ->
        [one] { $count } accompagnement supprimé
       *[other] { $count } accompagnements supprimés
    }

## Fusion de deux fiches
merge-open = Fusionner avec une autre fiche
merge-title = Fusionner une autre fiche dans celle de { $name }
merge-explanation = Si cette personne a deux fiches, cherchez l’autre. Cette fiche-ci est gardée ; elle reçoit les accompagnements, les démarches et les consentements de l’autre, et les informations qui lui manquent.
merge-search = Chercher l’autre fiche (nom ou prénom)
merge-preview-into = La fiche de { $other } sera fusionnée dans celle de { $kept }.
merge-preview-no-field = Aucune information n’est ajoutée à la fiche gardée.
merge-preview-fields = Informations ajoutées à la fiche gardée : { $fields }.
merge-preview-accompaniments = { $count ->
        [0] Aucun accompagnement à déplacer.
        [one] { $count } accompagnement déplacé.
       *[other] { $count } accompagnements déplacés.
    }
merge-preview-procedures = { $count ->
        [0] Aucune démarche à déplacer.
        [one] { $count } démarche déplacée.
       *[other] { $count } démarches déplacées.
    }
merge-preview-consents = { $count ->
        [0] Aucun consentement à déplacer.
        [one] { $count } consentement déplacé.
       *[other] { $count } consentements déplacés.
    }
merge-preview-undo = Vous pourrez annuler la fusion depuis cette fiche.
merge-field-name = Nom de la personne
merge-confirm = Fusionner les deux fiches
merge-done = Fiches fusionnées.
merge-undone = Fusion annulée : les deux fiches sont revenues.
merge-history = Fusions
merge-made-on = Fiche fusionnée le { $date }
merge-undo = Annuler la fusion

## Doublons probables
duplicate-warning = Cette personne est peut-être déjà enregistrée (même nom, même année de naissance) :
duplicate-open = Ouvrir sa fiche
