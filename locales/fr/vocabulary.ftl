# Libellés du vocabulaire national (La Coop de la médiation numérique), mot pour mot,
# et des listes propres à Escale. Un identifiant par code stocké : <préfixe>-<code>.

activity-kind-individuel = Accompagnement individuel
activity-kind-collectif = Atelier collectif

place-type-lieu_activite = Lieu d’activité
place-type-domicile = À domicile
place-type-a_distance = À distance
place-type-autre = Autre lieu

equipment-ordinateur = Ordinateur
equipment-telephone = Téléphone
equipment-tablette = Tablette
equipment-autre = Autre
equipment-aucun = Pas de matériel

theme-diagnostic_numerique = Diagnostic numérique
theme-prendre_en_main_du_materiel = Prendre en main du matériel
theme-maintenance_de_materiel = Maintenance de matériel
theme-gere_ses_contenus_numeriques = Gérer ses contenus numériques
theme-navigation_sur_internet = Navigation sur internet
theme-email = E-mail
theme-bureautique = Bureautique
theme-reseaux_sociaux = Réseaux sociaux communication
theme-sante = Santé
theme-banque_et_achats_en_ligne = Banque et achats en ligne
theme-entrepreneuriat = Accompagner un professionnel
theme-insertion_professionnelle = Insertion professionnelle
theme-securite_numerique = Prévention en sécurité numérique
theme-parentalite = Parentalité
theme-scolarite_et_numerique = Scolarité et numérique
theme-creer_avec_le_numerique = Créer avec le numérique
theme-culture_numerique = Culture numérique
theme-intelligence_artificielle = Intelligence artificielle (IA)
theme-aide_aux_demarches_administratives = Aide aux démarches administratives
theme-papiers_elections_citoyennete = Papiers - Élections - Citoyenneté
theme-famille_scolarite = Famille - Scolarité
theme-social_sante = Social - Santé
theme-travail_formation = Travail - Formation - Entreprise
theme-logement = Logement
theme-transports_mobilite = Transports - Mobilité
theme-argent_impots = Argent - Impôts
theme-justice = Justice
theme-etrangers_europe = Étrangers - Europe
theme-loisirs_sports_culture = Loisirs - Sports - Culture
theme-associations = Associations

autonomy-entierement_accompagne = Avec guidage
autonomy-partiellement_autonome = Autonome avec guidage en cas de besoin
autonomy-autonome = Autonome

workshop-level-debutant = Débutant
workshop-level-intermediaire = Intermédiaire
workshop-level-avance = Avancé

redirection-administration = Administration (mairie, préfecture…)
redirection-mediation_numerique = Autre structure de médiation numérique
redirection-operateur_ou_organisme_en_charge = Opérateur ou organisme en charge de la démarche administrative
redirection-aide_sociale = Structure d’aide sociale (maison des solidarités, centre social…)
redirection-insertion_professionnelle = Structure d’insertion professionnelle (France Travail, mission locale, chambre de commerce…)
redirection-aide_aux_demarches_administratives = Structure d’aide aux démarches administratives (France Services…)
redirection-autre = Autre

gender-masculin = Masculin
gender-feminin = Féminin
gender-non_communique = Non communiqué

age-band-moins_de_douze = Moins de 12 ans
age-band-douze_dix_huit = 12 - 17 ans
age-band-dix_huit_vingt_quatre = 18 - 24 ans
age-band-vingt_cinq_trente_neuf = 25 - 39 ans
age-band-quarante_cinquante_neuf = 40 - 59 ans
age-band-soixante_soixante_neuf = 60 - 69 ans
age-band-soixante_dix_plus = 70 ans et plus
age-band-non_communique = Non communiqué

duration-band-moins_de_30_min = Moins de 30 min
duration-band-de_30_min_a_1_h = 30min à 1 h
duration-band-de_1_h_a_2_h = 1 h à 2 h
duration-band-2_h_et_plus = 2 h et plus

social-status-scolarise = Scolarisé
social-status-sans_emploi = Sans emploi
social-status-en_emploi = En emploi
social-status-retraite = Retraité
social-status-non_communique = Non communiqué ou hétérogène

procedure-status-a_faire = À faire
procedure-status-en_attente_de_pieces = En attente de pièces
procedure-status-deposee = Déposée
procedure-status-en_instruction = En cours d’instruction
procedure-status-acceptee = Acceptée
procedure-status-refusee = Refusée
procedure-status-abandonnee = Abandonnée

procedure-event-status_change = Changement de statut
procedure-event-reopening = Réouverture
procedure-event-recurrence_done = Déclaration ou renouvellement fait

recurrence-kind-renewal = Renouvellement
recurrence-kind-declaration = Déclaration périodique

document-state-brought = Apporté
document-state-missing = Manquant
document-state-not_needed = Pas nécessaire

follow-up-reason-deadline = Date limite
follow-up-reason-renewal = Renouvellement à faire
follow-up-reason-declaration = Déclaration à faire
follow-up-reason-stuck = En attente depuis trop longtemps
follow-up-reason-call_back = Rappeler la personne

# Consentement (liste propre à Escale).
consent-method-oral = Oral
consent-method-signed_form = Formulaire signé
consent-purpose-file_follow_up = Garder un dossier pour suivre les accompagnements
consent-purpose-administrative_procedures = Garder les informations des démarches administratives (numéros, notes, échéances)
consent-purpose-contact_reminders = Être appelé ou recevoir un message pour une échéance ou un rendez-vous
consent-purpose-partner_referral = Transmettre ses coordonnées à la structure vers laquelle la personne est orientée

# Ce qui dit qui est la personne ou comment la joindre : ce qu’un effacement vide.
personal-field-first_name = Prénom
personal-field-last_name = Nom
personal-field-latin_first_name = Prénom en lettres latines
personal-field-latin_last_name = Nom en lettres latines
personal-field-phone = Téléphone
personal-field-email = Adresse e-mail
personal-field-languages = Langues parlées
personal-field-document_language = Langue des documents
personal-field-notes = Notes

# Langues (interface, documents remis, langues parlées).
language-fr = Français
language-en = Anglais
language-ar = Arabe
language-fa = Persan (dari)
language-ps = Pachto
language-ti = Tigrigna
language-uk = Ukrainien
language-ru = Russe
language-ro = Roumain
language-tr = Turc
language-es = Espagnol
language-pt = Portugais
# Le nom de chaque langue dans cette langue, pour les sélecteurs.
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

# Durées, comme la plateforme nationale les affiche.
duration-minutes = { $minutes ->
    [60] 1h
    [90] 1h30
    [120] 2h
   *[other] { $minutes }mn
}
