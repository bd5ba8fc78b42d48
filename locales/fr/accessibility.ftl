# Accessibilité : le panneau des raccourcis clavier (F1 ou ?). Les touches s’écrivent comme sur
# le clavier du pays ; chaque raccourci est défini une seule fois dans ui/src/lib/shortcuts.svelte.ts.

shortcuts-open = Raccourcis clavier
shortcuts-title = Raccourcis clavier
shortcuts-intro = Ces touches font le travail sans la souris.
shortcuts-close = Fermer
# Deux touches qui font la même chose.
shortcuts-keys-either = { $first } ou { $second }
shortcuts-place-everywhere = Partout
shortcuts-place-forms = Dans les formulaires
shortcuts-place-lists = Dans les listes et les recherches

## Touches

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = Flèches
shortcut-space = Espace
shortcut-up-down = ↑ ↓
shortcut-page = Page préc. / Page suiv.
shortcut-enter = Entrée

## Actions

shortcuts-action-help = Afficher cette liste des raccourcis
shortcuts-action-search = Chercher une personne
shortcuts-action-new-person = Nouvelle personne
shortcuts-action-new-accompaniment = Enregistrer un accompagnement
shortcuts-action-follow-up = Ouvrir la liste « À suivre »
shortcuts-action-lock = Verrouiller l’écran
shortcuts-action-undo = Annuler la dernière action, quand le message du bas propose « Annuler »
shortcuts-action-back = Revenir à l’écran précédent
shortcuts-action-save = Enregistrer le formulaire
shortcuts-action-next-field = Passer à la rubrique suivante (Maj+Tab : la précédente)
shortcuts-action-choices = Passer d’un choix à l’autre dans un groupe de choix
shortcuts-action-tick = Cocher ou décocher le choix
shortcuts-action-date-step = Dans une date : jour suivant ou jour précédent
shortcuts-action-list-move = Passer d’une ligne à l’autre
shortcuts-action-list-page = Descendre ou monter d’une page
shortcuts-action-list-open = Ouvrir la ligne choisie
shortcuts-action-search-clear = Dans une recherche : effacer ce qui est tapé
