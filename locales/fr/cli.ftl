# Ligne de commande « escale » : aide (cli-about-<commande>, cli-arg-<commande>-<option>) et messages.

cli-about-escale = Escale en ligne de commande : les mêmes données chiffrées que l’application, pour l’administration et les scripts.
cli-arg-escale-data_dir = Dossier des données (par défaut celui de l’application ; variable ESCALE_DATA_DIR).
cli-arg-escale-lang = Langue des messages (fr par défaut ; variable ESCALE_LANG).
cli-arg-escale-json = Résultat en JSON, pour les scripts.

cli-about-escale-init = Crée la base chiffrée et affiche sa clé de récupération. La clé va dans le trousseau du système ; sans trousseau, une phrase secrète la protège (saisie, ou variable ESCALE_PASSPHRASE).
cli-arg-escale-init-passphrase = Protéger la base par une phrase secrète plutôt que par le trousseau.
cli-arg-escale-init-json = Résultat en JSON.

cli-about-escale-recover = Rouvre la base avec la clé de récupération (nouvel ordinateur, trousseau effacé, réglages de clé perdus, phrase secrète oubliée), puis protège la clé à nouveau. Clé saisie, ou variable ESCALE_RECOVERY_KEY.
cli-arg-escale-recover-passphrase = Protéger ensuite la clé par une nouvelle phrase secrète (saisie, ou variable ESCALE_NEW_PASSPHRASE) plutôt que par le trousseau.
cli-about-escale-recovery-sheet = Écrit la fiche de récupération (une page à imprimer et à ranger sous clé).
cli-arg-escale-recovery-sheet-out = Fichier à écrire (page HTML).
cli-about-escale-key = Protection de la clé de la base.
cli-about-escale-key-protect = Met la clé dans le trousseau du système ou sous une (nouvelle) phrase secrète. Les données ne sont pas rechiffrées.
cli-arg-escale-key-protect-keyring = Garder la clé dans le trousseau du système.
cli-arg-escale-key-protect-passphrase = Protéger la clé par une nouvelle phrase secrète (saisie, ou variable ESCALE_NEW_PASSPHRASE).
cli-prompt-recovery-key = Clé de récupération (14 groupes de 4 caractères) :
cli-recovery-key-intro = Voici la clé de récupération. Elle seule rouvre les données si l’ordinateur, le trousseau ou la phrase secrète sont perdus :
cli-recovery-key-sheet = Imprimez la fiche de récupération (« escale recovery-sheet --out fiche.html ») et rangez-la sous clé, loin de l’ordinateur.
cli-recovered-keyring = Base rouverte avec la clé de récupération. Sa clé est maintenant dans le trousseau du système.
cli-recovered-passphrase = Base rouverte avec la clé de récupération. Elle est maintenant protégée par votre nouvelle phrase secrète.
cli-recovery-sheet-written = Fiche de récupération écrite dans { $path }. Imprimez-la, rangez-la sous clé, puis supprimez ce fichier.
cli-key-moved-to-keyring = La clé est maintenant dans le trousseau du système. Les données n’ont pas changé.
cli-key-moved-to-passphrase = La clé est maintenant protégée par la nouvelle phrase secrète. Les données n’ont pas changé.
cli-file-not-written = Impossible d’écrire le fichier { $path }. Rien n’a été écrit.
cli-use-recover = Pour rouvrir vos données : escale recover.

cli-about-escale-backup = Sauvegardes chiffrées : créer, vérifier, restaurer.
cli-about-escale-backup-create = Écrit une sauvegarde chiffrée de toute la base dans un dossier (une clé USB). Le fichier porte la date, rien de personnel ; il s’ouvre avec la clé de récupération ou, pour une base protégée par phrase secrète, avec la phrase secrète du jour.
cli-arg-escale-backup-create-to = Dossier où écrire la sauvegarde (par exemple la clé USB).
cli-arg-escale-backup-create-json = Résultat en JSON.
cli-about-escale-backup-verify = Vérifie une sauvegarde : sa structure et sa somme de contrôle, puis, avec la clé de récupération (ESCALE_RECOVERY_KEY) ou la phrase secrète (ESCALE_PASSPHRASE), son contenu, qu’Escale ouvre et compte.
cli-arg-escale-backup-verify-file = Fichier de sauvegarde (.escale-backup).
cli-arg-escale-backup-verify-without_secret = Seulement les vérifications qui ne demandent aucun secret.
cli-arg-escale-backup-verify-json = Résultat en JSON.
cli-about-escale-backup-restore = Restaure une sauvegarde dans le dossier des données (nouvel ordinateur), après l’avoir entièrement vérifiée. Clé de récupération (ESCALE_RECOVERY_KEY) ou phrase secrète de la sauvegarde (ESCALE_PASSPHRASE), sinon saisie.
cli-arg-escale-backup-restore-file = Fichier de sauvegarde (.escale-backup).
cli-arg-escale-backup-restore-replace = Remplacer la base existante : elle est mise de côté dans le dossier des données, jamais supprimée.
cli-arg-escale-backup-restore-passphrase = Protéger la clé restaurée par une phrase secrète (ESCALE_NEW_PASSPHRASE, ou celle de la sauvegarde) plutôt que par le trousseau.
cli-arg-escale-backup-restore-json = Résultat en JSON.
cli-prompt-backup-passphrase = Phrase secrète de la base au moment de la sauvegarde :
cli-backup-progress = Sauvegarde
cli-restore-progress = Restauration
cli-demo-progress = Données de démonstration
cli-deriving-key = Ouverture de la base chiffrée (dérivation de la clé)…
cli-backup-written = Sauvegarde écrite et vérifiée : { $path } ({ $size }).
cli-backup-verified = Sauvegarde intacte, faite le { $made } : { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}, { $activities ->
    [one] { $activities } activité
   *[other] { $activities } activités
}, { $procedures ->
    [one] { $procedures } démarche
   *[other] { $procedures } démarches
}.
cli-backup-structure-verified = Sauvegarde faite le { $made } : structure et somme de contrôle intactes. Son contenu n’a pas été vérifié (il faut la clé de récupération ou la phrase secrète).
cli-backup-restored = Sauvegarde du { $made } restaurée : { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}, { $activities ->
    [one] { $activities } activité
   *[other] { $activities } activités
}, { $procedures ->
    [one] { $procedures } démarche
   *[other] { $procedures } démarches
}.
cli-backup-set-aside = Les données d’avant sont intactes, mises de côté dans { $path }.
cli-backup-secret-needed = Il faut la clé de récupération (ESCALE_RECOVERY_KEY) ou la phrase secrète de la sauvegarde (ESCALE_PASSPHRASE). Rien n’a été modifié.

cli-about-escale-demo = Ajoute des données de démonstration réalistes.
cli-arg-escale-demo-people = Nombre de personnes à créer.
cli-arg-escale-demo-json = Résultat en JSON.

cli-about-escale-beneficiary = Personnes accompagnées : ajouter, lister, chercher, afficher.
cli-about-escale-beneficiary-add = Ajoute une personne.
cli-arg-escale-beneficiary-add-first_name = Prénom.
cli-arg-escale-beneficiary-add-last_name = Nom.
cli-arg-escale-beneficiary-add-latin_first_name = Prénom en lettres latines, comme sur les papiers français, quand le prénom est écrit dans une autre écriture.
cli-arg-escale-beneficiary-add-latin_last_name = Nom en lettres latines, comme sur les papiers français, quand le nom est écrit dans une autre écriture.
cli-arg-escale-beneficiary-add-anonymous = Personne anonyme (sans nom, pour les statistiques).
cli-arg-escale-beneficiary-add-accompanied_before = Déjà accompagnée auparavant (ailleurs ou avant Escale) : aucun de ses accompagnements ici n’est le premier.
cli-arg-escale-beneficiary-add-birth_year = Année de naissance (la tranche d’âge en est déduite).
cli-arg-escale-beneficiary-add-gender = Genre : masculin, feminin ou non_communique.
cli-arg-escale-beneficiary-add-social_status = Statut : scolarise, sans_emploi, en_emploi, retraite ou non_communique.
cli-arg-escale-beneficiary-add-insee = Code INSEE de la commune.
cli-arg-escale-beneficiary-add-postal_code = Code postal (déduit du code INSEE s’il manque).
cli-arg-escale-beneficiary-add-commune = Nom de la commune (déduit du code INSEE s’il manque).
cli-arg-escale-beneficiary-add-phone = Téléphone.
cli-arg-escale-beneficiary-add-email = Adresse e-mail.
cli-arg-escale-beneficiary-add-languages = Langue parlée (code à 2 ou 3 lettres ; option répétable).
cli-arg-escale-beneficiary-add-document_language = Langue des documents remis (fr, en, ar, fa, ps, ti, uk, ru, ro, tr, es, pt).
cli-arg-escale-beneficiary-add-notes = Notes.
cli-arg-escale-beneficiary-add-json = Résultat en JSON.
cli-about-escale-beneficiary-list = Liste les personnes par ordre alphabétique.
cli-arg-escale-beneficiary-list-limit = Nombre maximum de lignes.
cli-arg-escale-beneficiary-list-json = Résultat en JSON.
cli-about-escale-beneficiary-search = Cherche par n’importe quelle partie du nom, sans tenir compte des accents ni des majuscules.
cli-arg-escale-beneficiary-search-query = Début du prénom et/ou du nom.
cli-arg-escale-beneficiary-search-limit = Nombre maximum de lignes.
cli-arg-escale-beneficiary-search-json = Résultat en JSON.
cli-about-escale-beneficiary-show = Affiche la fiche d’une personne, ses accompagnements et ses démarches.
cli-arg-escale-beneficiary-show-id = Identifiant de la personne.
cli-arg-escale-beneficiary-show-json = Résultat en JSON.

cli-about-escale-activity = Accompagnements et ateliers : enregistrer, lister.
cli-about-escale-activity-add = Enregistre un accompagnement individuel ou un atelier collectif.
cli-arg-escale-activity-add-beneficiaries = Identifiant d’une personne accompagnée (répétable pour un atelier).
cli-arg-escale-activity-add-kind = Type : individuel ou collectif.
cli-arg-escale-activity-add-date = Date (AAAA-MM-JJ ; aujourd’hui par défaut).
cli-arg-escale-activity-add-duration = Durée en minutes.
cli-arg-escale-activity-add-place_type = Canal : lieu_activite, domicile, a_distance ou autre.
cli-arg-escale-activity-add-place = Identifiant du lieu d’activité (pour lieu_activite).
cli-arg-escale-activity-add-insee = Code INSEE de la commune (pour domicile et autre).
cli-arg-escale-activity-add-postal_code = Code postal.
cli-arg-escale-activity-add-commune = Nom de la commune.
cli-arg-escale-activity-add-themes = Thématique (code national ; répétable).
cli-arg-escale-activity-add-equipment = Matériel utilisé (répétable).
cli-arg-escale-activity-add-autonomy = Autonomie : entierement_accompagne, partiellement_autonome ou autonome.
cli-arg-escale-activity-add-orientation = Structure vers laquelle la personne est orientée.
cli-arg-escale-activity-add-procedure_name = Nom de la démarche administrative.
cli-arg-escale-activity-add-workshop_title = Titre de l’atelier.
cli-arg-escale-activity-add-workshop_level = Niveau de l’atelier : debutant, intermediaire ou avance.
cli-arg-escale-activity-add-anonymous_total = Nombre de participants anonymes (atelier).
cli-arg-escale-activity-add-notes = Notes.
cli-arg-escale-activity-add-next_steps = Prochaines étapes.
cli-arg-escale-activity-add-json = Résultat en JSON.
cli-about-escale-activity-defaults = Ce qu’un nouvel enregistrement propose d’abord : le lieu du jour, les thématiques et durées les plus utilisées récemment.
cli-arg-escale-activity-defaults-kind = Type : individuel ou collectif.
cli-arg-escale-activity-defaults-json = Résultat en JSON.
cli-defaults-place = Lieu proposé : { $place }
cli-defaults-place-of-day = { $place } (le { $date })
cli-defaults-themes = Thématiques, les plus utilisées d’abord : { $themes }
cli-defaults-durations = Durées, les plus utilisées d’abord : { $durations }
cli-about-escale-activity-list = Liste les activités, les plus récentes d’abord.
cli-arg-escale-activity-list-from = À partir de cette date (AAAA-MM-JJ).
cli-arg-escale-activity-list-to = Jusqu’à cette date (AAAA-MM-JJ).
cli-arg-escale-activity-list-beneficiary = Seulement celles de cette personne.
cli-arg-escale-activity-list-limit = Nombre maximum de lignes.
cli-arg-escale-activity-list-json = Résultat en JSON.

cli-about-escale-procedure = Démarches administratives suivies : commencer, changer le statut, cocher les pièces, rouvrir, lister.
cli-about-escale-procedure-start = Commence le suivi d’une démarche du catalogue, avec sa liste de pièces.
cli-arg-escale-procedure-start-beneficiary = Identifiant de la personne.
cli-arg-escale-procedure-start-kind = Démarche du catalogue (par exemple caf_rsa, anef_renouvellement_titre_sejour ; voir escale catalogue list).
cli-arg-escale-procedure-start-status = Statut de départ (acceptee pour suivre le renouvellement d’un droit déjà obtenu).
cli-arg-escale-procedure-start-on = Jour du statut de départ (AAAA-MM-JJ), aujourd’hui par défaut.
cli-arg-escale-procedure-start-reference = Numéro de dossier.
cli-arg-escale-procedure-start-deadline = Date limite (AAAA-MM-JJ).
cli-arg-escale-procedure-start-call_back = Jour où rappeler la personne (AAAA-MM-JJ).
cli-arg-escale-procedure-start-notes = Notes.
cli-arg-escale-procedure-start-json = Résultat en JSON.
cli-about-escale-procedure-status = Change le statut d’une démarche, si le tableau des transitions le permet (l’ancien reste dans l’historique).
cli-arg-escale-procedure-status-id = Identifiant de la démarche.
cli-arg-escale-procedure-status-status = Nouveau statut : a_faire, en_attente_de_pieces, deposee, en_instruction, acceptee, refusee ou abandonnee.
cli-arg-escale-procedure-status-note = Note sur ce changement.
cli-arg-escale-procedure-status-on = Jour du changement (AAAA-MM-JJ), aujourd’hui par défaut.
cli-arg-escale-procedure-status-json = Résultat en JSON.
cli-about-escale-procedure-reopen = Rouvre une démarche close (acceptée, refusée ou abandonnée), avec une note qui dit pourquoi.
cli-arg-escale-procedure-reopen-id = Identifiant de la démarche.
cli-arg-escale-procedure-reopen-note = Pourquoi la démarche est rouverte (obligatoire).
cli-arg-escale-procedure-reopen-status = Statut après la réouverture.
cli-arg-escale-procedure-reopen-on = Jour de la réouverture (AAAA-MM-JJ), aujourd’hui par défaut.
cli-arg-escale-procedure-reopen-json = Résultat en JSON.
cli-about-escale-procedure-check = Coche une pièce de la démarche : apportée, manquante ou pas nécessaire.
cli-arg-escale-procedure-check-id = Identifiant de la démarche.
cli-arg-escale-procedure-check-document = Pièce du catalogue (par exemple rib, avis_imposition).
cli-arg-escale-procedure-check-state = État de la pièce : brought, missing ou not_needed.
cli-arg-escale-procedure-check-json = Résultat en JSON.
cli-about-escale-procedure-recurrence-done = Note que la déclaration ou le renouvellement attendu est fait ; le suivant est calculé.
cli-arg-escale-procedure-recurrence-done-id = Identifiant de la démarche.
cli-arg-escale-procedure-recurrence-done-on = Jour où il a été fait (AAAA-MM-JJ), aujourd’hui par défaut.
cli-arg-escale-procedure-recurrence-done-json = Résultat en JSON.
cli-about-escale-procedure-edit = Modifie le numéro de dossier, les dates ou les notes d’une démarche.
cli-arg-escale-procedure-edit-id = Identifiant de la démarche.
cli-arg-escale-procedure-edit-reference = Numéro de dossier.
cli-arg-escale-procedure-edit-deadline = Date limite (AAAA-MM-JJ).
cli-arg-escale-procedure-edit-renewal = Date du prochain renouvellement ou de la prochaine déclaration (AAAA-MM-JJ).
cli-arg-escale-procedure-edit-call_back = Jour où rappeler la personne (AAAA-MM-JJ).
cli-arg-escale-procedure-edit-clear = Date à effacer (répétable) : deadline, renewal ou call-back.
cli-arg-escale-procedure-edit-notes = Notes.
cli-arg-escale-procedure-edit-json = Résultat en JSON.
cli-about-escale-procedure-link = Relie un accompagnement de la personne à la démarche.
cli-arg-escale-procedure-link-id = Identifiant de la démarche.
cli-arg-escale-procedure-link-activity = Identifiant de l’accompagnement.
cli-arg-escale-procedure-link-unlink = Défait le lien au lieu de le faire.
cli-arg-escale-procedure-link-json = Résultat en JSON.
cli-about-escale-procedure-show = Affiche une démarche : statut, dates, pièces, historique, accompagnements liés.
cli-arg-escale-procedure-show-id = Identifiant de la démarche.
cli-arg-escale-procedure-show-json = Résultat en JSON.
cli-about-escale-procedure-list = Liste les démarches, échéance la plus proche d’abord.
cli-arg-escale-procedure-list-beneficiary = Seulement celles de cette personne.
cli-arg-escale-procedure-list-json = Résultat en JSON.
cli-about-escale-catalogue = Le catalogue des démarches : lister, ajouter celles de la structure, masquer celles qui ne servent pas.
cli-about-escale-catalogue-list = Liste les démarches proposées.
cli-arg-escale-catalogue-list-all = Aussi les démarches masquées et retirées.
cli-arg-escale-catalogue-list-json = Résultat en JSON.
cli-about-escale-catalogue-add = Ajoute une démarche propre à la structure.
cli-arg-escale-catalogue-add-label = Nom de la démarche.
cli-arg-escale-catalogue-add-theme = Thématique administrative (par exemple social_sante, logement).
cli-arg-escale-catalogue-add-organisation = Organisme qui traite la démarche, de la liste du catalogue (par exemple caf, mairie).
cli-arg-escale-catalogue-add-documents = Pièce demandée, du catalogue (répétable).
cli-arg-escale-catalogue-add-delay = Délai habituel de réponse, en jours.
cli-arg-escale-catalogue-add-json = Résultat en JSON.
cli-about-escale-catalogue-hide = Masque une démarche du catalogue (les démarches déjà commencées restent).
cli-arg-escale-catalogue-hide-id = Identifiant de la démarche du catalogue.
cli-arg-escale-catalogue-hide-json = Résultat en JSON.
cli-about-escale-catalogue-show = Propose de nouveau une démarche masquée.
cli-arg-escale-catalogue-show-id = Identifiant de la démarche du catalogue.
cli-arg-escale-catalogue-show-json = Résultat en JSON.
cli-about-escale-follow-up = À suivre : en retard, aujourd’hui et dans les 7 jours (échéances, renouvellements, déclarations, démarches bloquées, rappels).
cli-arg-escale-follow-up-on = Le jour à considérer (AAAA-MM-JJ), aujourd’hui par défaut.
cli-arg-escale-follow-up-count = Seulement le nombre d’éléments.
cli-arg-escale-follow-up-json = Résultat en JSON.

cli-about-escale-consent = Consentements d’une personne : enregistrer, retirer, lister.
cli-about-escale-consent-record = Enregistre le consentement d’une personne.
cli-arg-escale-consent-record-beneficiary = Identifiant de la personne.
cli-arg-escale-consent-record-method = Comment elle a consenti : oral ou signed_form (formulaire signé).
cli-arg-escale-consent-record-purposes = Finalité acceptée (répétable) : file_follow_up, administrative_procedures, contact_reminders ou partner_referral.
cli-arg-escale-consent-record-date = Date du consentement (AAAA-MM-JJ ; aujourd’hui par défaut).
cli-arg-escale-consent-record-json = Résultat en JSON.
cli-about-escale-consent-withdraw = Enregistre le retrait d’un consentement (le consentement reste comme preuve).
cli-arg-escale-consent-withdraw-id = Identifiant du consentement.
cli-arg-escale-consent-withdraw-date = Date du retrait (AAAA-MM-JJ ; aujourd’hui par défaut).
cli-arg-escale-consent-withdraw-json = Résultat en JSON.
cli-about-escale-consent-list = Liste les consentements d’une personne, le plus récent d’abord.
cli-arg-escale-consent-list-beneficiary = Identifiant de la personne.
cli-arg-escale-consent-list-json = Résultat en JSON.

cli-about-escale-person = Droits d’une personne : copie de ses données, effacement.
cli-about-escale-person-export = Écrit tout ce qu’Escale contient sur une personne : un document lisible dans sa langue, ou du JSON.
cli-arg-escale-person-export-id = Identifiant de la personne.
cli-arg-escale-person-export-out = Fichier à écrire (lisible par votre seul compte).
cli-arg-escale-person-export-json = Écrire le fichier en JSON plutôt qu’en texte lisible.
cli-about-escale-person-erase = Efface pour de bon l’identité, les coordonnées et les notes d’une personne ; ses accompagnements restent, anonymes, pour les statistiques.
cli-arg-escale-person-erase-id = Identifiant de la personne.
cli-arg-escale-person-erase-yes = Effacer sans demander de confirmation (pour les scripts).
cli-arg-escale-person-erase-preview = Montrer seulement ce qui serait effacé, sans rien changer.
cli-arg-escale-person-erase-json = Résultat en JSON.

cli-about-escale-retention = Durée de conservation des dossiers : voir, changer, prévisualiser, appliquer.
cli-about-escale-retention-show = Affiche la durée de conservation.
cli-arg-escale-retention-show-json = Résultat en JSON.
cli-about-escale-retention-set = Change la durée de conservation (de 1 à 120 mois après le dernier accompagnement).
cli-arg-escale-retention-set-months = Nombre de mois.
cli-arg-escale-retention-set-json = Résultat en JSON.
cli-about-escale-retention-preview = Liste les dossiers qui seraient anonymisés à une date, et depuis quand ils le doivent.
cli-arg-escale-retention-preview-on = Date (AAAA-MM-JJ ; aujourd’hui par défaut).
cli-arg-escale-retention-preview-json = Résultat en JSON.
cli-about-escale-retention-apply = Anonymise maintenant les dossiers dont la durée de conservation est dépassée.
cli-arg-escale-retention-apply-json = Résultat en JSON.

cli-about-escale-audit = Journal des accès : qui a consulté ou modifié quel dossier, et quand.
cli-about-escale-audit-list = Liste le journal, le plus récent d’abord.
cli-arg-escale-audit-list-person = Seulement ce qui concerne le dossier de cette personne.
cli-arg-escale-audit-list-limit = Nombre maximum de lignes.
cli-arg-escale-audit-list-offset = Lignes à sauter (pour lire la page suivante).
cli-arg-escale-audit-list-json = Résultat en JSON.

cli-prompt-passphrase = Phrase secrète :
cli-prompt-new-passphrase = Nouvelle phrase secrète (10 caractères au moins) :
cli-prompt-repeat-passphrase = Répétez la phrase secrète :
cli-passphrases-differ = Les deux phrases secrètes sont différentes. Rien n’a été créé.
cli-initialised-keyring = Base chiffrée créée dans { $path }. Sa clé est dans le trousseau du système.
cli-initialised-passphrase = Base chiffrée créée dans { $path }. Elle est protégée par votre phrase secrète : sans elle, les données sont perdues.
cli-demo-done = Données de démonstration ajoutées : { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}, { $activities ->
    [one] { $activities } activité
   *[other] { $activities } activités
} dont { $workshops ->
    [one] { $workshops } atelier
   *[other] { $workshops } ateliers
}, { $procedures ->
    [one] { $procedures } démarche
   *[other] { $procedures } démarches
}.
cli-nobody-found = Personne ne correspond.
cli-procedure-dates = Dossier : { $reference } · date limite : { $deadline } · renouvellement : { $renewal } · rappel : { $callBack }
cli-procedure-linked-activity = Accompagnement lié : { $id } ({ $date })
cli-catalogue-hidden = (masquée)
cli-catalogue-retired = (retirée)
cli-follow-up-overdue = En retard ({ $count })
cli-follow-up-today = Aujourd’hui ({ $count })
cli-follow-up-week = Dans les 7 jours ({ $count })
cli-follow-up-nothing = Rien à suivre pour le moment.
cli-follow-up-count = À suivre : { $overdue } en retard, { $today } aujourd’hui, { $week } dans les 7 jours.
cli-anonymous-person = Personne anonyme
cli-beneficiary-details = { $birthYear ->
    [none] Année de naissance inconnue
   *[other] Né·e en { $birthYear } ({ $ageBand })
} · { $gender } · { $commune } · documents en { $documentLanguage }
cli-output-failed = Impossible d’écrire le résultat.
cli-consent-withdrawn-on = retiré le { $date }
cli-export-written = Données de la personne écrites dans { $path }. Ce fichier n’est pas chiffré : remettez-le à la personne puis supprimez-le.
cli-erase-preview-title = Effacement du dossier { $name } ({ $id }) :
cli-erase-preview-fields = seront effacés : { $fields } ;
cli-erase-preview-no-fields = aucun champ d’identité ou de coordonnées n’est rempli ;
cli-erase-preview-texts = seront vidées : { $accompaniments ->
    [0] aucune note d’accompagnement
    [one] les notes d’un accompagnement
   *[other] les notes de { $accompaniments } accompagnements
}, { $procedures ->
    [0] aucun numéro ni note de démarche
    [one] le numéro et les notes d’une démarche
   *[other] les numéros et notes de { $procedures } démarches
}, { $statusNotes ->
    [0] aucune note de changement de statut
    [one] une note de changement de statut
   *[other] { $statusNotes } notes de changement de statut
} ;
cli-erase-preview-kept = resteront, sans nom, pour les statistiques : { $accompaniments ->
    [0] aucun accompagnement
    [one] un accompagnement
   *[other] { $accompaniments } accompagnements
}, { $procedures ->
    [0] aucune démarche
    [one] une démarche (type, statut, échéance)
   *[other] { $procedures } démarches (type, statut, échéance)
}, { $consents ->
    [0] aucun consentement
    [one] un consentement
   *[other] { $consents } consentements
}, ainsi que l’année de naissance, le genre, le statut et la commune.
cli-erase-confirm = Cet effacement est définitif. Tapez « { $word } » pour confirmer :
cli-erase-confirm-word = effacer
cli-erase-cancelled = Rien n’a été effacé.
cli-erase-needs-confirmation = L’effacement est définitif et rien n’a été effacé : lancez la commande dans un terminal pour voir ce qui partira et confirmer, ou ajoutez --yes.
cli-erase-done = L’identité, les coordonnées et les notes du dossier { $id } ont été effacées.
cli-erase-log-busy = Un autre programme lit la base : d’anciennes copies restent dans son journal d’écriture jusqu’à ce que le dernier programme la ferme.
cli-retention-months = Durée de conservation : { $months } mois après le dernier accompagnement.
cli-retention-nobody-due = Aucun dossier à anonymiser à cette date.
cli-retention-applied = { $anonymised ->
    [0] Aucun dossier anonymisé
    [one] Un dossier anonymisé
   *[other] { $anonymised } dossiers anonymisés
} (conservation : { $months } mois) ; { $pruned ->
    [0] aucune ancienne ligne du journal supprimée
    [one] une ancienne ligne du journal supprimée
   *[other] { $pruned } anciennes lignes du journal supprimées
}.
cli-audit-empty = Le journal est vide.
cli-audit-more = D’autres lignes suivent : --offset { $offset }.

## Plusieurs médiateurs sur un même poste
cli-arg-escale-mediator = Le médiateur dont on ouvre les données, quand plusieurs en gardent sur ce poste (voir « escale mediator list »).
cli-about-escale-mediator = Les médiateurs qui gardent leurs données sur ce poste, chacun dans sa base, sous sa propre phrase secrète.
cli-about-escale-mediator-list = Liste les médiateurs de ce poste.
cli-arg-escale-mediator-list-json = Résultat en JSON.
cli-about-escale-mediator-add = Ajoute un médiateur : une nouvelle base, protégée par sa phrase secrète (saisie, ou variable ESCALE_NEW_PASSPHRASE).
cli-arg-escale-mediator-add-name = Le nom affiché dans la liste des médiateurs.
cli-arg-escale-mediator-add-json = Résultat en JSON.
cli-about-escale-mediator-rename = Change le nom d’un médiateur dans la liste.
cli-arg-escale-mediator-rename-id = L’identifiant du médiateur (voir « escale mediator list »).
cli-arg-escale-mediator-rename-name = Le nouveau nom.
cli-arg-escale-mediator-rename-json = Résultat en JSON.
cli-mediator-none = Aucun médiateur n’a encore de données sur ce poste.
cli-mediator-unnamed = (sans nom)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] trousseau du système
        [passphrase] phrase secrète
       *[other] protection inconnue : utilisez la clé de récupération
    }
cli-mediator-added = Médiateur ajouté. Ouvrez ses données avec « --mediator { $id } ».
cli-mediator-choose = Plusieurs médiateurs gardent leurs données sur ce poste. Choisissez le vôtre avec « --mediator ID » (la liste : « escale mediator list »).
