## Imprimer ou enregistrer un document à remettre (fenêtre)

print-summary = Imprimer le résumé
print-procedure-sheet = Imprimer la fiche
print-consent-form = Imprimer le formulaire de consentement
print-title-summary = Résumé de l’accompagnement à remettre
print-title-procedure-sheet = Fiche de la démarche à remettre
print-title-consent-form = Formulaire de consentement à faire signer
print-explanation = Escale enregistre le document en PDF, puis vous l’ouvrez pour l’imprimer. Vous pouvez aussi le garder sur une clé USB.
print-language = Langue du document
print-language-french-only = Français seulement
# $language : le nom de la langue (« العربية (arabe) »).
print-language-both = Français et { $language }
print-folder = Dossier où enregistrer (clé USB ou Documents)
print-file-name = Nom du fichier
print-file-name-help = Évitez d’y mettre le nom de la personne : d’autres peuvent voir les noms des fichiers.
print-save = Enregistrer le PDF
print-saving = Fabrication du document…
print-saved = { $pages ->
    [one] Document enregistré ({ $pages } page) : { $path }
   *[other] Document enregistré ({ $pages } pages) : { $path }
}
print-open = Ouvrir pour imprimer
print-opened = Le document s’ouvre dans le lecteur de PDF : imprimez-le depuis sa fenêtre (Ctrl+P).
print-close = Fermer
print-replace-question = Un fichier « { $name } » existe déjà dans ce dossier. Le remplacer par le nouveau document ?
print-replace = Remplacer
print-other-name = Choisir un autre nom

# Erreurs en enregistrant un document.
error-save-file-exists = Un fichier « { $name } » existe déjà dans { $path }. Rien n’a été enregistré.
error-file-name-invalid = Ce nom de fichier ne convient pas : il faut au moins un caractère, pas de point au début, et aucun de ces signes : / \ : * ? " < > |
error-viewer-not-started = Le document est bien enregistré, mais aucun lecteur de PDF n’a pu s’ouvrir. Ouvrez le fichier depuis le gestionnaire de fichiers pour l’imprimer.
