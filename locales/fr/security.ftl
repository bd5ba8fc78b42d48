# Verrouillage, code PIN et réglages de sécurité.

lock-now = Verrouiller
shortcut-lock = Ctrl+L
lock-title = Escale est verrouillé
lock-pin = Code PIN
lock-no-pin = Aucun code PIN n’est choisi : ce verrou cache seulement l’écran. Choisissez un code PIN dans « Sécurité ».
lock-wrong-pin = { $attemptsLeft ->
    [one] Ce n’est pas le bon code PIN. Encore 1 essai.
   *[other] Ce n’est pas le bon code PIN. Encore { $attemptsLeft } essais.
}
lock-locked-out-passphrase = Trop d’essais. Saisissez maintenant la phrase secrète.
lock-locked-out-recovery = Trop d’essais. Saisissez maintenant la clé de récupération.
security-title = Sécurité
security-lock-title = Verrouillage
security-pin-is-set = Un code PIN est choisi. Il déverrouille Escale quand vous revenez.
security-pin-not-set = Aucun code PIN n’est choisi. Choisissez-en un : il sera demandé quand Escale se verrouille.
security-new-pin = Nouveau code PIN (4 à 12 chiffres)
security-new-pin-repeat = Nouveau code PIN, une deuxième fois
security-save-pin = Enregistrer le code PIN
security-pin-saved = Code PIN enregistré.
security-idle = Verrouiller après
security-idle-minutes = { $minutes ->
    [one] 1 minute sans activité
   *[other] { $minutes } minutes sans activité
}
security-idle-saved = { $minutes ->
    [one] Escale se verrouillera après { $minutes } minute sans activité.
   *[other] Escale se verrouillera après { $minutes } minutes sans activité.
}
security-sheet-explanation = La fiche de récupération rouvre les données si l’ordinateur, le trousseau ou la phrase secrète sont perdus. Réimprimez-la si vous l’avez égarée.
security-show-sheet = Afficher la fiche de récupération
security-hide-sheet = Cacher la fiche
security-key-title = Protection de la clé
security-key-is-keyring = La clé est dans le trousseau de votre session. Sur un ordinateur partagé, protégez-la plutôt par une phrase secrète.
security-key-is-passphrase = La clé est protégée par une phrase secrète.
security-current-passphrase = Phrase secrète actuelle
security-change-passphrase = Changer la phrase secrète
security-move-to-passphrase = Protéger par cette phrase secrète
security-move-to-keyring = Utiliser le trousseau à la place
security-passphrase-saved = La nouvelle phrase secrète protège maintenant la clé.
security-moved-to-keyring = La clé est maintenant dans le trousseau de la session.
security-no-reencryption = Les données ne sont pas rechiffrées et la fiche de récupération reste valable.
error-ui-pins-differ = Les deux codes PIN sont différents.
setup-pin = Code PIN pour déverrouiller Escale (4 à 12 chiffres)
setup-pin-help = Escale se verrouille quand vous vous absentez ; ce code le rouvre.

backup-title = Sauvegarde
backup-never = Aucune sauvegarde n’a encore été faite sur cet ordinateur.
backup-too-old = { $days ->
    [one] La dernière sauvegarde date d’hier.
   *[other] La dernière sauvegarde date de { $days } jours.
}
backup-explanation = Branchez une clé USB et sauvegardez au moins une fois par semaine. La sauvegarde est chiffrée comme vos données : elle se rouvre avec la clé de récupération.
backup-folder = Où sauvegarder
backup-now = Sauvegarder maintenant
backup-working = Sauvegarde en cours… puis vérification du fichier.
backup-done = Sauvegarde faite et vérifiée ({ $megabytes } Mo) :
work-cancel = Annuler
work-cancelling = Annulation…

## Restaurer une sauvegarde au premier démarrage
setup-restore-offer = Vous aviez déjà Escale sur un autre ordinateur ?
setup-restore = Restaurer une sauvegarde
restore-title = Restaurer une sauvegarde
restore-intro = Branchez la clé USB qui contient la sauvegarde. Escale vérifie le fichier en entier avant de l’utiliser ; rien n’est installé tant que tout n’est pas vérifié.
restore-file = Fichier de sauvegarde
restore-file-help = Tapez le chemin du fichier (il se termine par .escale-backup).
restore-file-found = { $count ->
        [one] Une sauvegarde a été trouvée sur la clé USB ou dans vos documents ; vous pouvez aussi taper un autre chemin.
       *[other] { $count } sauvegardes ont été trouvées ; la plus récente est proposée. Vous pouvez en choisir une autre.
    }
restore-inspect = Vérifier ce fichier
restore-inspecting = Vérification du fichier…
restore-summary = Sauvegarde intacte, faite le { $made } :
restore-use-recovery-key = J’ai oublié la phrase secrète : j’utilise la fiche de récupération
restore-passphrase-of-the-time = Phrase secrète au moment de la sauvegarde
restore-passphrase-help = Celle que vous tapiez pour ouvrir Escale le jour de la sauvegarde.
restore-new-passphrase-needed = Choisissez une phrase secrète pour protéger les données sur cet ordinateur
restore-new-passphrase-optional = Nouvelle phrase secrète (facultatif : sinon, la phrase secrète de la sauvegarde est gardée)
restore-new-passphrase-optional-keyring = Nouvelle phrase secrète (facultatif : sinon, la clé est rangée dans le trousseau de la session)
restore-other-file = Choisir un autre fichier
restore-submit = Restaurer mes données
restore-working = Lecture et vérification de la sauvegarde…
error-ui-backup-file-required = Indiquez le fichier de sauvegarde.
error-ui-restore-cancelled = Restauration annulée. Rien n’a été installé sur cet ordinateur.
