# Labels of the national vocabulary (La Coop de la médiation numérique) — word for word in the
# French reference file, translated here — and of Escale’s own lists. One id per stored code: <prefix>-<code>.

activity-kind-individuel = Individual support
activity-kind-collectif = Group workshop

place-type-lieu_activite = Activity venue
place-type-domicile = At home
place-type-a_distance = Remotely
place-type-autre = Other place

equipment-ordinateur = Computer
equipment-telephone = Phone
equipment-tablette = Tablet
equipment-autre = Other
equipment-aucun = No device

theme-diagnostic_numerique = Digital skills assessment
theme-prendre_en_main_du_materiel = Getting started with a device
theme-maintenance_de_materiel = Device maintenance
theme-gere_ses_contenus_numeriques = Managing your digital content
theme-navigation_sur_internet = Browsing the internet
theme-email = Email
theme-bureautique = Office software
theme-reseaux_sociaux = Social media and communication
theme-sante = Health
theme-banque_et_achats_en_ligne = Online banking and shopping
theme-entrepreneuriat = Supporting a professional
theme-insertion_professionnelle = Getting into work
theme-securite_numerique = Online safety and security
theme-parentalite = Parenting
theme-scolarite_et_numerique = School and digital life
theme-creer_avec_le_numerique = Creating with digital tools
theme-culture_numerique = Digital culture
theme-intelligence_artificielle = Artificial intelligence (AI)
theme-aide_aux_demarches_administratives = Help with administrative procedures
theme-papiers_elections_citoyennete = Identity papers - Elections - Citizenship
theme-famille_scolarite = Family - Schooling
theme-social_sante = Social welfare - Health
theme-travail_formation = Work - Training - Business
theme-logement = Housing
theme-transports_mobilite = Transport - Mobility
theme-argent_impots = Money - Taxes
theme-justice = Justice
theme-etrangers_europe = Foreign nationals - Europe
theme-loisirs_sports_culture = Leisure - Sports - Culture
theme-associations = Associations

autonomy-entierement_accompagne = With guidance
autonomy-partiellement_autonome = Independent, with guidance when needed
autonomy-autonome = Independent

workshop-level-debutant = Beginner
workshop-level-intermediaire = Intermediate
workshop-level-avance = Advanced

redirection-administration = Public administration (town hall, prefecture…)
redirection-mediation_numerique = Another digital mediation organisation
redirection-operateur_ou_organisme_en_charge = Agency or body in charge of the administrative procedure
redirection-aide_sociale = Social support organisation (maison des solidarités, social centre…)
redirection-insertion_professionnelle = Employment support organisation (France Travail, mission locale, chamber of commerce…)
redirection-aide_aux_demarches_administratives = Organisation helping with administrative procedures (France Services…)
redirection-autre = Other

gender-masculin = Male
gender-feminin = Female
gender-non_communique = Not stated

age-band-moins_de_douze = Under 12
age-band-douze_dix_huit = 12 - 17 years
age-band-dix_huit_vingt_quatre = 18 - 24 years
age-band-vingt_cinq_trente_neuf = 25 - 39 years
age-band-quarante_cinquante_neuf = 40 - 59 years
age-band-soixante_soixante_neuf = 60 - 69 years
age-band-soixante_dix_plus = 70 and over
age-band-non_communique = Not stated

duration-band-moins_de_30_min = Under 30 min
duration-band-de_30_min_a_1_h = 30 min to 1 h
duration-band-de_1_h_a_2_h = 1 h to 2 h
duration-band-2_h_et_plus = 2 h or more

social-status-scolarise = In education
social-status-sans_emploi = Unemployed
social-status-en_emploi = Employed
social-status-retraite = Retired
social-status-non_communique = Not stated or mixed

procedure-status-a_faire = To do
procedure-status-en_attente_de_pieces = Waiting for documents
procedure-status-deposee = Submitted
procedure-status-en_instruction = In review
procedure-status-acceptee = Accepted
procedure-status-refusee = Refused
procedure-status-abandonnee = Abandoned

procedure-event-status_change = Status change
procedure-event-reopening = Reopened
procedure-event-recurrence_done = Declaration or renewal done

recurrence-kind-renewal = Renewal
recurrence-kind-declaration = Periodic declaration

document-state-brought = Brought
document-state-missing = Missing
document-state-not_needed = Not needed

follow-up-reason-deadline = Deadline
follow-up-reason-renewal = Renewal to do
follow-up-reason-declaration = Declaration to make
follow-up-reason-stuck = Waiting too long
follow-up-reason-call_back = Call the person back

# Consent (Escale’s own list).
consent-method-oral = Oral
consent-method-signed_form = Signed form
consent-purpose-file_follow_up = Keep a record to follow up the support sessions
consent-purpose-administrative_procedures = Keep the details of administrative procedures (numbers, notes, deadlines)
consent-purpose-contact_reminders = Be called or sent a message about a deadline or an appointment
consent-purpose-partner_referral = Pass their details on to the organisation they are referred to

# What says who the person is or how to reach them: what an erasure empties.
personal-field-first_name = First name
personal-field-last_name = Last name
personal-field-latin_first_name = First name in Latin letters
personal-field-latin_last_name = Last name in Latin letters
personal-field-phone = Phone
personal-field-email = Email address
personal-field-languages = Languages spoken
personal-field-document_language = Language of documents
personal-field-notes = Notes

# Languages (interface, documents handed out, languages spoken).
language-fr = French
language-en = English
language-ar = Arabic
language-fa = Persian (Dari)
language-ps = Pashto
language-ti = Tigrinya
language-uk = Ukrainian
language-ru = Russian
language-ro = Romanian
language-tr = Turkish
language-es = Spanish
language-pt = Portuguese
# Each language’s name in that language, for language pickers.
language-native-fr = Français
language-native-en = English
language-native-ar = العربية
language-native-fa = دری / فارسی
language-native-ps = پښتو
language-native-ti = ትግርኛ
language-native-uk = Українська
language-native-ru = Русский
language-native-ro = Română
language-native-tr = Türkçe
language-native-es = Español
language-native-pt = Português

# Durations, as the national platform displays them.
duration-minutes = { $minutes ->
    [60] 1 h
    [90] 1 h 30
    [120] 2 h
   *[other] { $minutes } min
}
