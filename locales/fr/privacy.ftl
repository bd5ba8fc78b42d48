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

# Ce sur quoi porte une ligne du journal.
audit-entity-beneficiary = dossier de la personne
audit-entity-activity = accompagnement
audit-entity-procedure = démarche
audit-entity-consent = consentement
audit-entity-place = lieu d’activité
audit-entity-structure = structure
audit-entity-setting = réglage
