# Organisation settings: the organisation (name, SIRET, contact details), its activity venues
# and the directory of local partners people are referred to.

## Audit log
audit-action-archive = archiving
audit-entity-partner = partner

## Command line: the organisation
cli-about-escale-structure = The organisation: name, SIRET, address and contact details.
cli-about-escale-structure-show = Shows the organisation.
cli-arg-escale-structure-show-json = Output as JSON.
cli-about-escale-structure-set = Sets the organisation’s details; only the options given change.
cli-arg-escale-structure-set-name = Name of the organisation.
cli-arg-escale-structure-set-siret = SIRET number (14 digits, spaces allowed; "" to clear it).
cli-arg-escale-structure-set-address = Address.
cli-arg-escale-structure-set-insee = INSEE code of the municipality ("" to clear it).
cli-arg-escale-structure-set-postal_code = Postcode.
cli-arg-escale-structure-set-commune = Name of the municipality (from the INSEE code when missing).
cli-arg-escale-structure-set-phone = Phone.
cli-arg-escale-structure-set-email = Email address.
cli-arg-escale-structure-set-json = Output as JSON.
cli-structure-none = No organisation is set yet (escale structure set --name …).
cli-structure-details =
    SIRET: { $siret }
    Address: { $address }
    Municipality: { $commune }
    Phone: { $phone }
    Email: { $email }

## Command line: activity venues
cli-about-escale-place = Activity venues (post office, bus stops…): add, edit, list, archive.
cli-about-escale-place-add = Adds an activity venue.
cli-arg-escale-place-add-name = Name of the venue.
cli-arg-escale-place-add-address = Address.
cli-arg-escale-place-add-insee = INSEE code of the municipality.
cli-arg-escale-place-add-postal_code = Postcode.
cli-arg-escale-place-add-commune = Name of the municipality.
cli-arg-escale-place-add-json = Output as JSON.
cli-about-escale-place-edit = Edits an activity venue; only the options given change.
cli-arg-escale-place-edit-id = ID of the venue.
cli-arg-escale-place-edit-name = New name.
cli-arg-escale-place-edit-address = New address.
cli-arg-escale-place-edit-insee = INSEE code of the municipality ("" to clear it).
cli-arg-escale-place-edit-postal_code = Postcode.
cli-arg-escale-place-edit-commune = Name of the municipality.
cli-arg-escale-place-edit-json = Output as JSON.
cli-about-escale-place-list = Lists the activity venues on offer.
cli-arg-escale-place-list-json = Output as JSON.
cli-about-escale-place-archive = Archives a venue: it is no longer offered, past support sessions keep its name.
cli-arg-escale-place-archive-id = ID of the venue.
cli-arg-escale-place-archive-json = Output as JSON.
cli-place-none = No activity venue.
cli-place-archived = Venue archived: { $name } ({ $id }). It is no longer offered; past support sessions keep its name.

## Command line: partners
cli-about-escale-partner = Directory of local partners (CAF, CCAS, France Services, mission locale…): add, edit, list, archive.
cli-about-escale-partner-add = Adds a partner to the directory.
cli-arg-escale-partner-add-name = Name of the partner.
cli-arg-escale-partner-add-kind = Kind: administration, mediation_numerique, operateur_ou_organisme_en_charge, aide_sociale, insertion_professionnelle, aide_aux_demarches_administratives or autre.
cli-arg-escale-partner-add-address = Address.
cli-arg-escale-partner-add-insee = INSEE code of the municipality.
cli-arg-escale-partner-add-postal_code = Postcode.
cli-arg-escale-partner-add-commune = Name of the municipality.
cli-arg-escale-partner-add-phone = Phone (short numbers such as 3230 are accepted).
cli-arg-escale-partner-add-email = Email address.
cli-arg-escale-partner-add-hours = Opening hours (free text, several lines allowed).
cli-arg-escale-partner-add-notes = Notes (whom to ask for, documents to bring…).
cli-arg-escale-partner-add-json = Output as JSON.
cli-about-escale-partner-edit = Edits a partner; only the options given change.
cli-arg-escale-partner-edit-id = ID of the partner.
cli-arg-escale-partner-edit-name = New name.
cli-arg-escale-partner-edit-kind = New kind (see “escale partner add --help”).
cli-arg-escale-partner-edit-address = New address.
cli-arg-escale-partner-edit-insee = INSEE code of the municipality ("" to clear it).
cli-arg-escale-partner-edit-postal_code = Postcode.
cli-arg-escale-partner-edit-commune = Name of the municipality.
cli-arg-escale-partner-edit-phone = Phone.
cli-arg-escale-partner-edit-email = Email address.
cli-arg-escale-partner-edit-hours = Opening hours.
cli-arg-escale-partner-edit-notes = Notes.
cli-arg-escale-partner-edit-json = Output as JSON.
cli-about-escale-partner-list = Lists the directory, alphabetically.
cli-arg-escale-partner-list-kind = Only the partners of this kind.
cli-arg-escale-partner-list-json = Output as JSON.
cli-about-escale-partner-archive = Removes a partner from the directory.
cli-arg-escale-partner-archive-id = ID of the partner.
cli-arg-escale-partner-archive-json = Output as JSON.
cli-partner-none = No partner in the directory.
cli-partner-archived = Partner removed from the directory: { $name } ({ $id }).

## Window: the organisation settings screen
settings-title = Organisation
settings-sections = Parts of the screen
settings-saved = Saved.
settings-edit = Edit
settings-edit-named = Edit { $name }
settings-archive = Archive
settings-archive-named = Archive { $name }
settings-save-changes = Save changes
settings-address = Address
settings-commune = Municipality
settings-phone = Phone
settings-email = Email address

settings-structure-title = The organisation
settings-structure-help = These details appear on the documents given to people.
settings-structure-name = Name of the organisation
settings-structure-siret = SIRET number
settings-structure-siret-help = 14 digits, on the INSEE registration notice or a payslip. Optional.
settings-structure-save = Save the organisation
settings-structure-saved = The organisation’s details are saved.
settings-mediators-title = Mediators of this laptop
settings-mediators-help = Each one keeps their data under their own passphrase.
settings-mediators-manage = Add a mediator or change your name (Security screen)

settings-places-title = Activity venues
settings-places-help = The venues offered when a support session is recorded (post office, bus stops, an association’s room…). An archived venue is no longer offered; past support sessions keep its name.
settings-places-empty = No activity venue yet.
settings-place-add-open = Add a venue
settings-place-add = Add this venue
settings-place-new-title = New activity venue
settings-place-edit-title = Edit the activity venue
settings-place-name = Name of the venue
settings-place-added = Venue added: { $name }.
settings-place-saved = Venue saved: { $name }.
settings-place-archived = Venue archived: { $name }.
settings-place-archive-title = Archive “{ $name }”?
settings-place-archive-text = It will no longer be offered for new support sessions. Support sessions already recorded keep its name.

settings-partners-title = Partners
settings-partners-help = The directory of organisations people are referred to (CAF, CCAS, France Services, mission locale…): their contact details and opening hours can appear on the documents given to people.
settings-partners-empty = No partner in the directory yet.
settings-partners-empty-kind = No partner of this kind.
settings-partner-filter = Show
settings-partner-filter-all = All partners
settings-partner-add-open = Add a partner
settings-partner-add = Add this partner
settings-partner-new-title = New partner
settings-partner-edit-title = Edit the partner
settings-partner-name = Name of the partner
settings-partner-kind = Kind of organisation
settings-partner-hours = Opening hours
settings-partner-hours-help = As you would tell the person, on several lines if needed: “Monday to Friday 8:30 – 12:00”.
settings-partner-notes = Notes
settings-partner-notes-help = For you: whom to ask for, documents to bring… They do not appear on the documents given to people.
settings-partner-added = Partner added: { $name }.
settings-partner-saved = Partner saved: { $name }.
settings-partner-archived = Partner removed from the directory: { $name }.
settings-partner-archive-title = Remove “{ $name }” from the directory?
settings-partner-archive-text = It will no longer be offered. You can add it again if needed.
