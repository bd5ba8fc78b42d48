# Réglages de la structure : la structure (nom, SIRET, coordonnées), ses lieux d’activité et
# l’annuaire des partenaires locaux vers qui orienter les personnes.

## Journal des accès
audit-action-archive = archivage
audit-entity-partner = partenaire

## Ligne de commande : la structure
cli-about-escale-structure = La structure : nom, SIRET, adresse et coordonnées.
cli-about-escale-structure-show = Affiche la structure.
cli-arg-escale-structure-show-json = Résultat en JSON.
cli-about-escale-structure-set = Renseigne la structure ; seules les options données changent.
cli-arg-escale-structure-set-name = Nom de la structure.
cli-arg-escale-structure-set-siret = Numéro SIRET (14 chiffres, espaces permis ; "" pour l’effacer).
cli-arg-escale-structure-set-address = Adresse.
cli-arg-escale-structure-set-insee = Code INSEE de la commune ("" pour l’effacer).
cli-arg-escale-structure-set-postal_code = Code postal.
cli-arg-escale-structure-set-commune = Nom de la commune (déduit du code INSEE s’il manque).
cli-arg-escale-structure-set-phone = Téléphone.
cli-arg-escale-structure-set-email = Adresse e-mail.
cli-arg-escale-structure-set-json = Résultat en JSON.
cli-structure-none = Aucune structure n’est encore renseignée (escale structure set --name …).
cli-structure-details =
    SIRET : { $siret }
    Adresse : { $address }
    Commune : { $commune }
    Téléphone : { $phone }
    E-mail : { $email }

## Ligne de commande : les lieux d’activité
cli-about-escale-place = Lieux d’activité (bureau de poste, arrêts du bus…) : ajouter, modifier, lister, archiver.
cli-about-escale-place-add = Ajoute un lieu d’activité.
cli-arg-escale-place-add-name = Nom du lieu.
cli-arg-escale-place-add-address = Adresse.
cli-arg-escale-place-add-insee = Code INSEE de la commune.
cli-arg-escale-place-add-postal_code = Code postal.
cli-arg-escale-place-add-commune = Nom de la commune.
cli-arg-escale-place-add-json = Résultat en JSON.
cli-about-escale-place-edit = Modifie un lieu d’activité ; seules les options données changent.
cli-arg-escale-place-edit-id = Identifiant du lieu.
cli-arg-escale-place-edit-name = Nouveau nom.
cli-arg-escale-place-edit-address = Nouvelle adresse.
cli-arg-escale-place-edit-insee = Code INSEE de la commune ("" pour l’effacer).
cli-arg-escale-place-edit-postal_code = Code postal.
cli-arg-escale-place-edit-commune = Nom de la commune.
cli-arg-escale-place-edit-json = Résultat en JSON.
cli-about-escale-place-list = Liste les lieux d’activité proposés.
cli-arg-escale-place-list-json = Résultat en JSON.
cli-about-escale-place-archive = Archive un lieu : il n’est plus proposé, les accompagnements passés gardent son nom.
cli-arg-escale-place-archive-id = Identifiant du lieu.
cli-arg-escale-place-archive-json = Résultat en JSON.
cli-place-none = Aucun lieu d’activité.
cli-place-archived = Lieu archivé : { $name } ({ $id }). Il n’est plus proposé ; les accompagnements passés gardent son nom.

## Ligne de commande : les partenaires
cli-about-escale-partner = Annuaire des partenaires locaux (CAF, CCAS, France Services, mission locale…) : ajouter, modifier, lister, archiver.
cli-about-escale-partner-add = Ajoute un partenaire à l’annuaire.
cli-arg-escale-partner-add-name = Nom du partenaire.
cli-arg-escale-partner-add-kind = Type : administration, mediation_numerique, operateur_ou_organisme_en_charge, aide_sociale, insertion_professionnelle, aide_aux_demarches_administratives ou autre.
cli-arg-escale-partner-add-address = Adresse.
cli-arg-escale-partner-add-insee = Code INSEE de la commune.
cli-arg-escale-partner-add-postal_code = Code postal.
cli-arg-escale-partner-add-commune = Nom de la commune.
cli-arg-escale-partner-add-phone = Téléphone (les numéros courts comme 3230 sont acceptés).
cli-arg-escale-partner-add-email = Adresse e-mail.
cli-arg-escale-partner-add-hours = Horaires d’ouverture (texte libre, plusieurs lignes possibles).
cli-arg-escale-partner-add-notes = Notes (à qui s’adresser, papiers à apporter…).
cli-arg-escale-partner-add-json = Résultat en JSON.
cli-about-escale-partner-edit = Modifie un partenaire ; seules les options données changent.
cli-arg-escale-partner-edit-id = Identifiant du partenaire.
cli-arg-escale-partner-edit-name = Nouveau nom.
cli-arg-escale-partner-edit-kind = Nouveau type (voir « escale partner add --help »).
cli-arg-escale-partner-edit-address = Nouvelle adresse.
cli-arg-escale-partner-edit-insee = Code INSEE de la commune ("" pour l’effacer).
cli-arg-escale-partner-edit-postal_code = Code postal.
cli-arg-escale-partner-edit-commune = Nom de la commune.
cli-arg-escale-partner-edit-phone = Téléphone.
cli-arg-escale-partner-edit-email = Adresse e-mail.
cli-arg-escale-partner-edit-hours = Horaires d’ouverture.
cli-arg-escale-partner-edit-notes = Notes.
cli-arg-escale-partner-edit-json = Résultat en JSON.
cli-about-escale-partner-list = Liste l’annuaire, par ordre alphabétique.
cli-arg-escale-partner-list-kind = Seulement les partenaires de ce type.
cli-arg-escale-partner-list-json = Résultat en JSON.
cli-about-escale-partner-archive = Retire un partenaire de l’annuaire.
cli-arg-escale-partner-archive-id = Identifiant du partenaire.
cli-arg-escale-partner-archive-json = Résultat en JSON.
cli-partner-none = Aucun partenaire dans l’annuaire.
cli-partner-archived = Partenaire retiré de l’annuaire : { $name } ({ $id }).

## Fenêtre : l’écran des réglages de la structure
settings-title = Structure
settings-sections = Parties de l’écran
settings-saved = Enregistré.
settings-edit = Modifier
settings-edit-named = Modifier { $name }
settings-archive = Archiver
settings-archive-named = Archiver { $name }
settings-save-changes = Enregistrer les modifications
settings-address = Adresse
settings-commune = Commune
settings-phone = Téléphone
settings-email = Adresse e-mail

settings-structure-title = La structure
settings-structure-help = Ces informations figurent sur les documents remis aux personnes.
settings-structure-name = Nom de la structure
settings-structure-siret = Numéro SIRET
settings-structure-siret-help = 14 chiffres, sur l’avis de situation Insee ou une fiche de paie. Facultatif.
settings-structure-save = Enregistrer la structure
settings-structure-saved = Les informations de la structure sont enregistrées.
settings-mediators-title = Médiateurs et médiatrices de ce poste
settings-mediators-help = Chacun garde ses données sous sa propre phrase secrète.
settings-mediators-manage = Ajouter un médiateur ou changer votre nom (écran Sécurité)

settings-places-title = Lieux d’activité
settings-places-help = Les lieux proposés quand on enregistre un accompagnement (bureau de poste, arrêts du bus, salle d’une association…). Un lieu archivé n’est plus proposé ; les accompagnements passés gardent son nom.
settings-places-empty = Aucun lieu d’activité pour l’instant.
settings-place-add-open = Ajouter un lieu
settings-place-add = Ajouter ce lieu
settings-place-new-title = Nouveau lieu d’activité
settings-place-edit-title = Modifier le lieu d’activité
settings-place-name = Nom du lieu
settings-place-added = Lieu ajouté : { $name }.
settings-place-saved = Lieu enregistré : { $name }.
settings-place-archived = Lieu archivé : { $name }.
settings-place-archive-title = Archiver « { $name } » ?
settings-place-archive-text = Il ne sera plus proposé pour les nouveaux accompagnements. Les accompagnements déjà enregistrés gardent son nom.

settings-partners-title = Partenaires
settings-partners-help = L’annuaire des structures vers qui orienter les personnes (CAF, CCAS, France Services, mission locale…) : leurs coordonnées et horaires pourront figurer sur les documents remis.
settings-partners-empty = Aucun partenaire dans l’annuaire pour l’instant.
settings-partners-empty-kind = Aucun partenaire de ce type.
settings-partner-filter = Afficher
settings-partner-filter-all = Tous les partenaires
settings-partner-add-open = Ajouter un partenaire
settings-partner-add = Ajouter ce partenaire
settings-partner-new-title = Nouveau partenaire
settings-partner-edit-title = Modifier le partenaire
settings-partner-name = Nom du partenaire
settings-partner-kind = Type de structure
settings-partner-hours = Horaires d’ouverture
settings-partner-hours-help = Comme on les dirait à la personne, sur plusieurs lignes si besoin : « Lundi au vendredi 8 h 30 – 12 h ».
settings-partner-notes = Notes
settings-partner-notes-help = Pour vous : à qui s’adresser, papiers à apporter… Elles ne figurent pas sur les documents remis.
settings-partner-added = Partenaire ajouté : { $name }.
settings-partner-saved = Partenaire enregistré : { $name }.
settings-partner-archived = Partenaire retiré de l’annuaire : { $name }.
settings-partner-archive-title = Retirer « { $name } » de l’annuaire ?
settings-partner-archive-text = Il ne sera plus proposé. Vous pourrez l’ajouter de nouveau si besoin.
