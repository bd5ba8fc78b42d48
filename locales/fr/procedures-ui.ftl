# Écrans des démarches suivies dans la fenêtre (ui/src/features/procedures et follow-up) :
# la fiche d’une personne, commencer une démarche, l’écran d’une démarche, la liste « À suivre »
# et le catalogue de la structure. Phrases courtes, mots de tous les jours.

shortcut-follow-up = Ctrl+U

## Dans la fiche d’une personne

procedures-open-title = { $count ->
    [0] Démarches en cours
   *[other] Démarches en cours ({ $count })
}
procedures-start = Commencer une démarche
procedures-none-open = Aucune démarche en cours.
procedures-closed-title = { $count ->
    [one] { $count } démarche terminée
   *[other] { $count } démarches terminées
}
procedures-deadline = Date limite : { $date }
procedures-next-renewal = Renouvellement : { $date }
procedures-next-declaration = Prochaine déclaration : { $date }
procedures-call-back = Rappeler le { $date }
procedures-documents-missing = { $count ->
    [0] Toutes les pièces sont là
    [one] { $count } pièce manquante
   *[other] { $count } pièces manquantes
}

## Ce qu’on sait d’une démarche du catalogue

procedure-for = Pour :
procedure-own-entry = Propre à la structure
procedure-facts-organisation = Organisme
procedure-facts-theme = Thématique
procedure-facts-delay = Délai habituel
procedure-facts-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
procedure-facts-every = { $months ->
    [one] Tous les mois
   *[other] Tous les { $months } mois
}
procedure-facts-documents = Pièces demandées
procedure-facts-no-document = Aucune pièce dans la liste.

## Commencer une démarche

procedure-start-title = Commencer une démarche
procedure-start-search = Quelle démarche ?
procedure-start-search-help = Tapez quelques lettres du nom ou de l’organisme. Flèches ↑ ↓ pour choisir, Entrée pour valider.
procedure-start-results = { $count ->
    [0] Aucune démarche
    [one] { $count } démarche
   *[other] { $count } démarches
}
procedure-start-no-match = Aucune démarche ne correspond à « { $query } ».
procedure-start-manage-catalogue = La démarche n’est pas dans la liste ? Ajoutez-la au catalogue.
procedure-start-nothing-chosen = Choisissez une démarche dans la liste.
procedure-start-status = Où en est la démarche ?
procedure-start-status-a_faire = À faire
procedure-start-status-deposee = Déjà déposée
procedure-start-status-acceptee = Déjà acceptée : suivre les renouvellements
procedure-started-on = Depuis le
procedure-start-confirm = Commencer le suivi

## L’écran d’une démarche

procedure-screen-since = depuis le { $date }
procedure-change-status = Changer le statut
procedure-next-status = Nouveau statut
procedure-screen-status-on = Date
procedure-screen-status-note = Note (facultative)
procedure-screen-status-save = Enregistrer le statut
procedure-reopen-title = Rouvrir la démarche
procedure-reopen-open = Rouvrir la démarche…
procedure-closed-title = Démarche terminée
procedure-reopen-explanation = Cette démarche est terminée. Pour la reprendre (recours, nouvelle demande, décision retirée), rouvrez-la et dites pourquoi.
procedure-reopen-status = Reprendre au statut
procedure-reopen-note = Pourquoi la rouvrir ? (obligatoire)
procedure-reopen-save = Rouvrir la démarche
procedure-history = Historique
procedure-step-reopened = Rouverte : { $status }

procedure-screen-documents-count = Pièces apportées : { $brought } sur { $total }
procedure-screen-brought-on = Apportée le { $date }
procedure-screen-not-needed = Pas nécessaire
procedure-screen-not-needed-label = { $document } : pas nécessaire, l’enlever de la liste
procedure-screen-add-document = Ajouter une pièce à la liste
procedure-screen-choose-document = Choisir une pièce…
procedure-screen-add-document-button = Ajouter

procedure-next-renewal-on = Renouvellement à faire le { $date }
procedure-next-declaration-on = Déclaration à faire le { $date }
procedure-renewal-done = Renouvellement fait
procedure-declaration-done = Déclaration faite
procedure-recurrence-done-help = Enregistre que c’est fait aujourd’hui. La date suivante est calculée toute seule.

procedure-details = Référence, dates et notes
procedure-reference-label = Numéro de dossier ou de demande
procedure-deadline-label = Date limite
procedure-renewal-label = Date du renouvellement
procedure-declaration-label = Date de la prochaine déclaration
procedure-call-back-label = Rappeler la personne le
procedure-notes-label = Notes
procedure-details-save = Enregistrer
procedure-details-unsaved = Modifications pas encore enregistrées

procedure-activities = { $count ->
    [0] Accompagnements liés
   *[other] Accompagnements liés ({ $count })
}
procedure-no-activity = Aucun accompagnement lié à cette démarche.
procedure-activity-line = { $date } : { $themes }
procedure-link = Lier un accompagnement de la personne
procedure-link-choose = Choisir un accompagnement…
procedure-link-button = Lier
procedure-unlink = Délier
procedure-unlink-label = Délier l’accompagnement du { $date }

## Confirmations

procedure-toast-started = Démarche commencée.
procedure-toast-status = Statut enregistré : { $status }.
procedure-toast-reopened = Démarche rouverte : { $status }.
procedure-toast-document-brought = Pièce apportée : { $document }.
procedure-toast-document-missing = Pièce manquante : { $document }.
procedure-toast-document-not_needed = Pièce enlevée de la liste : { $document }.
procedure-toast-document-added = Pièce ajoutée à la liste : { $document }.
procedure-toast-saved = Enregistré.
procedure-toast-recurrence-done = C’est noté.
procedure-toast-recurrence-done-next = C’est noté. Prochaine fois : { $date }.
procedure-toast-linked = Accompagnement lié.
procedure-toast-unlinked = Accompagnement délié.

## À suivre

follow-up-title = À suivre
follow-up-subtitle = Aujourd’hui, { $date }, et les 7 jours qui suivent
follow-up-help = Entrée ou clic : ouvrir la démarche. Flèches ↑ ↓ pour passer d’une ligne à l’autre.
follow-up-empty = Rien à suivre cette semaine.
follow-up-overdue = En retard ({ $count })
follow-up-today = Aujourd’hui ({ $count })
follow-up-week = Cette semaine ({ $count })
follow-up-more = Afficher la suite ({ $count } de plus)
follow-up-why-deadline = Date limite le { $date }
follow-up-why-renewal = Renouvellement le { $date }
follow-up-why-renewal-prepare = Renouvellement le { $date }, à préparer dès le { $start }
follow-up-why-declaration = Déclaration le { $date }
follow-up-why-declaration-prepare = Déclaration le { $date }, à préparer dès le { $start }
follow-up-why-stuck = { $status } depuis le { $date } : c’est long
follow-up-why-call-back = Rappeler le { $date }
follow-up-open-file = Fiche
follow-up-open-title = Ouvrir la liste « À suivre » (Ctrl+U)
follow-up-count = À suivre cette semaine : { $count }
follow-up-count-overdue = dont { $count } en retard
follow-up-count-none = Rien à suivre cette semaine

## Catalogue des démarches de la structure

catalogue-title = Catalogue des démarches
catalogue-intro = Décochez les démarches que votre structure ne fait jamais : elles ne sont plus proposées. Les démarches déjà commencées ne changent pas.
catalogue-filter = Chercher dans le catalogue
catalogue-hidden-count = { $count ->
    [one] { $count } démarche masquée
   *[other] { $count } démarches masquées
}
catalogue-no-match = Aucune démarche ne correspond à « { $query } ».
catalogue-state-offered = Proposée
catalogue-state-hidden = Masquée
catalogue-add-open = Ajouter une démarche de la structure
catalogue-add-title = Nouvelle démarche de la structure
catalogue-new-label = Nom de la démarche
catalogue-new-label-help = Tel que vos collègues le cherchent. Il n’est pas traduit.
catalogue-choose-theme = Choisir une thématique…
catalogue-no-organisation = Pas précisé
catalogue-new-delay = Délai habituel (jours)
catalogue-new-documents = { $count ->
    [0] Pièces demandées
    [one] Pièces demandées ({ $count } choisie)
   *[other] Pièces demandées ({ $count } choisies)
}
catalogue-document-search = Chercher une pièce…
catalogue-add-save = Ajouter au catalogue
catalogue-toast-added = Démarche ajoutée au catalogue : { $procedure }.
catalogue-toast-hidden = Démarche masquée : { $procedure }.
catalogue-toast-offered = Démarche proposée de nouveau : { $procedure }.

## Erreurs vérifiées par l’interface avant d’appeler le cœur

error-ui-procedure-status-required = Choisissez le nouveau statut.
error-ui-procedure-theme-required = Choisissez une thématique administrative.
