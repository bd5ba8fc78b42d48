# Messages d’erreur : error-<code>, où <code> est le code stable de l’erreur (crates/escale-core/src/error.rs).
# Écrits pour la personne qui utilise Escale : ce qui ne va pas, et quoi faire.

error-not-found = { $entity ->
        [mediator] Aucun médiateur de ce poste ne porte cet identifiant (voir la liste des médiateurs).
        [place] Ce lieu d’activité n’existe pas ou a été archivé.
        [partner] Ce partenaire n’existe pas ou a été archivé.
       *[other] Cette fiche n’existe pas ou a été supprimée.
    }
error-wrong-key = La clé ou la phrase secrète ne correspond pas à cette base de données. Rien n’a été modifié.
error-not-initialised = Aucune base Escale dans { $path }. Créez-la d’abord (« escale init »).
error-already-initialised = Une base Escale existe déjà dans { $path }. Rien n’a été modifié.
error-passphrase-required = Une phrase secrète est nécessaire pour ouvrir cette base.
error-passphrase-too-short = La phrase secrète doit compter au moins { $min } caractères.
error-keyring-unavailable = Le trousseau du système ne répond pas. Utilisez une phrase secrète à la place.
error-key-missing-from-keyring = Le trousseau du système ne contient pas la clé de cette base (autre compte ou autre ordinateur ?). Utilisez la fiche de récupération.
error-store-locked = La base est verrouillée. Déverrouillez-la pour continuer.
error-schema-too-new = Cette base a été créée par une version plus récente d’Escale. Mettez Escale à jour.
error-database-busy = La base est occupée par un autre programme. Réessayez dans un instant.
error-disk-full = Le disque est plein : la dernière saisie n’a pas été enregistrée, les précédentes sont intactes. Libérez de la place (corbeille, téléchargements), puis recommencez.
error-database-corrupt = Le fichier de la base est abîmé (erreur du disque ou copie interrompue). Escale n’y a rien écrit. Restaurez une sauvegarde, et gardez ce fichier pour un technicien.
error-read-only = Escale ne peut pas écrire dans le dossier de ses données (clé USB protégée, disque en lecture seule ou droits insuffisants). Rien n’a été enregistré. Vérifiez le dossier ou demandez de l’aide.
error-file-error = Impossible de lire ou d’écrire le fichier { $path }. Vérifiez l’espace disque et les droits.
error-storage-error = Erreur de la base de données. Rien n’a été enregistré.
error-key-settings-damaged = Le fichier des réglages de clé est abîmé, et sa copie aussi. Vos données sont intactes : ouvrez-les avec la clé de récupération.
error-key-settings-missing = Les réglages de clé de cette base ont disparu. Vos données sont intactes : ouvrez-les avec la clé de récupération imprimée sur la fiche de récupération.
error-key-settings-too-new = Les réglages de clé ont été écrits par une version plus récente d’Escale (format { $format }). Mettez Escale à jour. Rien n’a été modifié.
error-wrong-passphrase = Ce n’est pas la bonne phrase secrète. Rien n’a été modifié.
error-recovery-key-mistyped = La clé de récupération contient une faute de frappe. Vérifiez chaque groupe de 4 caractères.
error-no-randomness = Le système n’a pas fourni de nombres aléatoires pour créer une clé. Redémarrez l’ordinateur et réessayez.
error-pin-not-set = Aucun code PIN n’est choisi. Choisissez-en un dans les réglages de sécurité.
error-pin-settings-damaged = Le code PIN enregistré est illisible. Déverrouillez avec la phrase secrète ou la clé de récupération, puis choisissez un nouveau code PIN.
error-already-erased = L’identité, les coordonnées et les notes de cette personne ont déjà été effacées.

# Sauvegardes
error-not-a-backup = Ce fichier n’est pas une sauvegarde Escale. Choisissez un fichier qui se termine par « .escale-backup ». Rien n’a été modifié.
error-backup-truncated = Cette sauvegarde est incomplète : la copie a été interrompue ou la clé USB retirée trop tôt. Utilisez une autre sauvegarde. Vos données actuelles n’ont pas été modifiées.
error-backup-damaged = Cette sauvegarde est abîmée ou a été modifiée depuis sa création : Escale refuse de l’utiliser. Utilisez une autre sauvegarde. Vos données actuelles n’ont pas été modifiées.
error-backup-too-new = Cette sauvegarde a été faite par une version plus récente d’Escale. Mettez Escale à jour, puis recommencez. Rien n’a été modifié.
error-backup-wrong-secret = Cette clé de récupération ou cette phrase secrète n’ouvre pas cette sauvegarde. Vérifiez-la : c’est celle de la base au moment de la sauvegarde. Rien n’a été modifié.
error-backup-needs-recovery-key = Cette sauvegarde s’ouvre avec la clé de récupération (imprimée sur la fiche de récupération), pas avec une phrase secrète. Rien n’a été modifié.
error-backup-cancelled = Sauvegarde annulée. Aucun fichier de sauvegarde n’a été laissé.
error-work-cancelled = Opération annulée : rien n’a été modifié.
error-restore-over-existing-data = Une base Escale existe déjà dans { $path }. Pour la remplacer par la sauvegarde, demandez-le explicitement : la base actuelle sera mise de côté dans ce dossier, jamais supprimée. Rien n’a été modifié.
error-restore-interrupted = La restauration s’est arrêtée en cours de route. Vos données d’avant sont intactes dans le dossier { $path }. Ne supprimez rien et demandez de l’aide.

error-name-required = Indiquez un nom ou un prénom.
error-birth-year-out-of-range = L’année de naissance doit être comprise entre 1900 et { $max }.
error-insee-code-invalid = Le code INSEE de la commune doit compter 5 caractères.
error-postal-code-invalid = Le code postal doit compter 5 chiffres.
error-commune-unknown = Aucune commune n’a le code INSEE { $code }. Choisissez la commune dans la liste.
error-postal-code-not-of-commune = Le code postal { $postalCode } n’est pas celui de cette commune. Choisissez la commune dans la liste.
error-email-invalid = L’adresse e-mail n’est pas valide.
error-phone-invalid = Le numéro de téléphone n’est pas valide.
error-language-invalid = Code de langue inconnu : { $code }.
error-unknown-code = Valeur inconnue « { $code } » pour le champ { $field }.
error-too-long = Ce texte est trop long ({ $max } caractères au plus).
error-not-in-latin-letters = Écrivez ce nom en lettres latines, comme sur les papiers français.
error-theme-required = Choisissez au moins une thématique.
error-administrative-theme-without-procedure-help = Les thématiques administratives vont avec « Aide aux démarches administratives » : cochez-la aussi.
error-procedure-name-without-procedure-help = Le nom de la démarche va avec la thématique « Aide aux démarches administratives ».
error-place-required = Choisissez le lieu d’activité.
error-commune-required = Indiquez la commune où a eu lieu l’accompagnement.
error-duration-out-of-range = La durée doit être comprise entre 1 minute et 24 heures.
error-date-in-future = La date ne peut pas être dans le futur.
error-individual-needs-one-beneficiary = Un accompagnement individuel concerne exactement une personne.
error-workshop-needs-participants = Un atelier a au moins un participant suivi ou un nombre de participants anonymes.
error-anonymous-count-exceeds-total = { $group ->
    [alreadyAccompanied] Les participants déjà accompagnés sont plus nombreux que le total des participants anonymes.
    [gender] La répartition par genre dépasse le total des participants anonymes.
    [ageBand] La répartition par tranche d’âge dépasse le total des participants anonymes.
    [socialStatus] La répartition par statut dépasse le total des participants anonymes.
   *[other] Les répartitions des participants anonymes dépassent leur total.
}
error-anonymous-total-too-large = Un atelier compte au plus { $max } participants anonymes.
error-field-not-applicable = Ce champ ne s’applique pas à ce type d’activité.
error-duplicate-participant = Cette personne figure deux fois parmi les participants.
error-status-unchanged = La démarche a déjà ce statut.
error-date-invalid = Cette date n’est pas valide.
error-pin-invalid = Le code PIN compte de 4 à 12 chiffres.
error-idle-minutes-out-of-range = Le délai de verrouillage va de 1 à { $max } minutes.
error-consent-purpose-required = Choisissez au moins une finalité à laquelle la personne consent.
error-withdrawal-before-consent = Le retrait ne peut pas dater d’avant le consentement.
error-consent-already-withdrawn = Ce consentement a déjà été retiré.
error-retention-out-of-range = La durée de conservation doit être comprise entre { $min } et { $max } mois.
error-mediator-not-chosen = Plusieurs médiateurs gardent leurs données sur ce poste. Choisissez le vôtre.
error-keyring-shared-by-mediators = Plusieurs médiateurs utilisent ce poste : chacun protège ses données par sa propre phrase secrète. Le trousseau du système ne suffit plus, car toute personne qui utilise cette session de l’ordinateur peut le lire.
error-mediator-name-required = Indiquez le nom du médiateur ou de la médiatrice.
error-control-characters = Ce champ contient des caractères invisibles qui ne peuvent pas être enregistrés. Retapez le texte.
error-status-transition-not-allowed = La démarche ne peut pas passer directement de son statut actuel à celui-ci.
error-procedure-closed = Cette démarche est close : rouvrez-la, avec une note qui dit pourquoi, pour changer son statut.
error-procedure-not-closed = Seule une démarche close (acceptée, refusée ou abandonnée) peut être rouverte.
error-reopen-note-required = Dites en une note pourquoi la démarche est rouverte.
error-date-before-previous-step = Cette étape ne peut pas dater d’avant la précédente ({ $date }).
error-no-recurrence-due = Cette démarche n’a pas de déclaration ni de renouvellement à faire.
error-activity-not-of-this-person = Cet accompagnement ne concerne pas la personne de la démarche.
error-catalogue-label-required = Donnez un nom à la démarche.
error-theme-not-administrative = Choisissez une thématique administrative.
error-delay-out-of-range = Le délai habituel va de 1 à { $max } jours.
error-entity-name-required = { $entity ->
        [structure] Indiquez le nom de la structure.
        [place] Indiquez le nom du lieu d’activité.
       *[partner] Indiquez le nom du partenaire.
    }
error-siret-invalid = Un numéro SIRET compte 14 chiffres (les espaces entre les groupes sont permis).
error-siret-mistyped = Ce numéro SIRET n’existe pas : un chiffre est sans doute mal recopié. Vérifiez-le sur un document de la structure (avis de situation Insee, fiche de paie, facture).
error-stored-value-unreadable = Une donnée enregistrée ne peut pas être relue ({ $entity } { $id }) : elle a été abîmée ou écrite par une version plus récente d’Escale.

# Enregistrer un fichier (un document imprimé) dans le dossier choisi.
error-save-folder-not-writable = Impossible d’enregistrer dans le dossier { $path } : il n’existe pas, il est protégé en écriture (clé USB verrouillée) ou il ne vous appartient pas. Rien n’a été enregistré. Choisissez un autre dossier.
error-save-disk-full = Plus de place sur le disque ou la clé USB du dossier { $path } : le fichier n’a pas été enregistré, rien n’y a été laissé. Libérez de la place ou choisissez un autre dossier.
error-document-not-rendered = Escale n’a pas pu fabriquer ce document (erreur interne). Rien n’a été enregistré. Réessayez, ou signalez-le.

# Erreurs qui ne viennent pas du cœur.
error-unexpected = Une erreur inattendue est survenue. Rien n’a été enregistré.
error-command-failed = L’opération s’est arrêtée de façon inattendue. Rien n’a été enregistré. Réessayez.
error-merge-with-itself = Une fiche ne peut pas être fusionnée avec elle-même. Choisissez une autre fiche.
error-value-not-understood = { $fieldId ->
    [gender] Genre non reconnu : écrivez F, M ou N (Féminin, Masculin, Non communiqué).
    [birthYear] Année de naissance non reconnue : écrivez une année sur quatre chiffres (1970) ou une date (12/03/1970).
   *[other] Valeur non reconnue.
}
