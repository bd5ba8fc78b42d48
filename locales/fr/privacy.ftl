# Droits de la personne : la copie lisible de ses données (droit d’accès) et le journal des accès.

access-document-title = Vos données personnelles dans Escale
access-document-intro = Ce document contient tout ce que la structure qui vous accompagne enregistre sur vous dans Escale, au { $date }.
# Une ligne « libellé : valeur ».
access-line = { $label } : { $value }
access-list-separator = {", "}
access-value-missing = non renseigné
access-none = Aucun.
access-erased = Votre identité, vos coordonnées et les notes vous concernant ont été effacées le { $date }.

access-section-identity = Identité et coordonnées
access-section-consents = Consentements
access-section-accompaniments = Accompagnements
access-section-procedures = Démarches administratives
access-section-audit = Qui a consulté ou modifié votre dossier, et quand

access-label-id = Identifiant du dossier
access-label-birth-year = Année de naissance
access-label-gender = Genre
access-label-social-status = Statut
access-label-commune = Commune
access-commune = { $name } ({ $postalCode }, code INSEE { $inseeCode })
access-consent = Consentement donné le { $date } ({ $method }) pour : { $purposes }.
access-consent-withdrawn = Retiré le { $date }.
access-accompaniment = { $date } — { $kind }, { $duration }, { $place }
access-label-themes = Thématiques
access-label-workshop = Atelier
access-label-autonomy = Autonomie
access-label-orientation = Orientation
access-label-procedure-name = Démarche
access-label-next-steps = Prochaines étapes
access-procedure = { $kind } — { $status }
access-label-reference = Numéro de dossier
access-label-deadline = Échéance
access-status-change = { $date } : { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Actions du journal des accès (codes de crates/escale-core/src/privacy/audit.rs).
audit-action-create = création
audit-action-update = modification
audit-action-status-change = changement de statut
audit-action-delete = suppression
audit-action-view = consultation
audit-action-export = export des données
audit-action-erase = effacement
audit-action-anonymise = anonymisation (durée de conservation dépassée)
audit-action-withdraw = retrait du consentement
audit-action-restore = restauration (suppression ou fusion annulée)
audit-action-merge = fusion de deux fiches

# Ce sur quoi porte une ligne du journal.
audit-entity-beneficiary = dossier de la personne
audit-entity-activity = accompagnement
audit-entity-procedure = démarche
audit-entity-consent = consentement
audit-entity-place = lieu d’activité
audit-entity-structure = structure
audit-entity-setting = réglage
audit-entity-catalogue-entry = démarche du catalogue

privacy-title = Données personnelles et droits de la personne
privacy-consents = Consentement
privacy-no-consent = Aucun consentement enregistré.
privacy-consent-line = Donné le { $date } ({ $method })
privacy-consent-withdrawn-on = Retiré le { $date }
privacy-withdraw = Retirer ce consentement aujourd’hui
privacy-consent-date = Date du consentement
privacy-consent-method = Comment
privacy-consent-purposes = Pour quoi
privacy-record-consent = Enregistrer le consentement
privacy-consent-recorded = Consentement enregistré.
privacy-consent-withdrawn = Retrait du consentement enregistré.
privacy-access = Copie des données (droit d’accès)
privacy-access-explanation = Deux fichiers : un texte lisible dans la langue de la personne, et toutes les données en JSON. Le nom des fichiers ne contient aucun nom de personne.
privacy-export-folder = Dossier où enregistrer
privacy-usb-key = Clé USB
privacy-documents = Documents
privacy-export = Enregistrer la copie des données
privacy-exported = Copie enregistrée :
privacy-erasure = Effacement
privacy-erasure-explanation = Efface pour de bon l’identité, les coordonnées et les notes de cette personne. Les accompagnements restent comptés, sans nom, pour les statistiques.
privacy-erase = Effacer les données de cette personne…
privacy-erasure-question = Effacer pour de bon les données de cette personne ?
privacy-erasure-goes = Ce qui sera effacé :
privacy-erasure-accompaniment-notes = { $count ->
    [one] les notes et prochaines étapes d’un accompagnement
   *[other] les notes et prochaines étapes de { $count } accompagnements
}
privacy-erasure-procedure-texts = { $count ->
    [one] le numéro de dossier et les notes d’une démarche
   *[other] les numéros de dossier et les notes de { $count } démarches
}
privacy-erasure-status-notes = { $count ->
    [one] une note de suivi de démarche
   *[other] { $count } notes de suivi de démarches
}
privacy-erasure-keeps = Restent, sans nom, pour les statistiques : { $accompaniments ->
    [0] aucun accompagnement
    [one] un accompagnement
   *[other] { $accompaniments } accompagnements
} et { $procedures ->
    [0] aucune démarche
    [one] une démarche
   *[other] { $procedures } démarches
}. Cet effacement ne peut pas être annulé.
privacy-erasure-cancel = Ne pas effacer
privacy-erasure-confirm = Effacer pour de bon
privacy-erased = Les données de la personne ont été effacées.
audit-title = Journal des consultations et modifications
audit-when = Quand
audit-what = Action
audit-which = Quoi
audit-open-file = Ouvrir le dossier
audit-more = Afficher plus
audit-empty = Rien dans le journal.
retention-title = Durée de conservation
retention-explanation = Les dossiers sans accompagnement depuis cette durée sont anonymisés à l’ouverture d’Escale. Les statistiques ne changent pas.
retention-months = Conserver les dossiers inactifs pendant (mois)
retention-save = Enregistrer la durée
retention-saved = Durée de conservation enregistrée.
retention-preview-title = Dossiers anonymisés d’ici 30 jours
retention-preview-none = Aucun dossier ne sera anonymisé d’ici 30 jours.
retention-preview-line = { $name } — dernier accompagnement le { $last }, anonymisé le { $on }
retention-preview-more = Et { $count } de plus.
