# Etichetele vocabularului național (La Coop de la médiation numérique), traduse după sens,
# și listele proprii Escale. Un identificator pentru fiecare cod salvat: <prefix>-<cod>.

activity-kind-individuel = Sprijin individual
activity-kind-collectif = Atelier de grup

place-type-lieu_activite = Loc de activitate
place-type-domicile = La domiciliu
place-type-a_distance = La distanță
place-type-autre = Alt loc

equipment-ordinateur = Calculator
equipment-telephone = Telefon
equipment-tablette = Tabletă
equipment-autre = Altul
equipment-aucun = Fără echipament

theme-diagnostic_numerique = Evaluarea competențelor digitale
theme-prendre_en_main_du_materiel = Învățarea folosirii unui dispozitiv
theme-maintenance_de_materiel = Întreținerea dispozitivelor
theme-gere_ses_contenus_numeriques = Gestionarea propriilor fișiere și conținuturi digitale
theme-navigation_sur_internet = Navigarea pe internet
theme-email = E-mail
theme-bureautique = Aplicații de birou (texte, tabele)
theme-reseaux_sociaux = Rețele sociale și comunicare
theme-sante = Sănătate
theme-banque_et_achats_en_ligne = Bancă și cumpărături online
theme-entrepreneuriat = Sprijin pentru un profesionist
theme-insertion_professionnelle = Integrare profesională
theme-securite_numerique = Prevenire în siguranța digitală
theme-parentalite = Rolul de părinte
theme-scolarite_et_numerique = Școala și tehnologia digitală
theme-creer_avec_le_numerique = Creație cu instrumente digitale
theme-culture_numerique = Cultură digitală
theme-intelligence_artificielle = Inteligență artificială (IA)
theme-aide_aux_demarches_administratives = Ajutor pentru demersuri administrative
theme-papiers_elections_citoyennete = Acte - Alegeri - Cetățenie
theme-famille_scolarite = Familie - Școală
theme-social_sante = Social - Sănătate
theme-travail_formation = Muncă - Formare - Întreprindere
theme-logement = Locuință
theme-transports_mobilite = Transport - Mobilitate
theme-argent_impots = Bani - Impozite
theme-justice = Justiție
theme-etrangers_europe = Străini - Europa
theme-loisirs_sports_culture = Timp liber - Sport - Cultură
theme-associations = Asociații

autonomy-entierement_accompagne = Cu îndrumare
autonomy-partiellement_autonome = Autonom(ă), cu îndrumare la nevoie
autonomy-autonome = Autonom(ă)

workshop-level-debutant = Începător
workshop-level-intermediaire = Intermediar
workshop-level-avance = Avansat

redirection-administration = Administrație (primărie, prefectură…)
redirection-mediation_numerique = Altă organizație de mediere digitală
redirection-operateur_ou_organisme_en_charge = Operatorul sau instituția care se ocupă de demersul administrativ
redirection-aide_sociale = Organizație de ajutor social (maison des solidarités, centru social…)
redirection-insertion_professionnelle = Organizație de integrare profesională (France Travail, mission locale, camera de comerț…)
redirection-aide_aux_demarches_administratives = Organizație de ajutor pentru demersuri administrative (France Services…)
redirection-autre = Altele

gender-masculin = Masculin
gender-feminin = Feminin
gender-non_communique = Nespecificat

age-band-moins_de_douze = Sub 12 ani
age-band-douze_dix_huit = 12 - 17 ani
age-band-dix_huit_vingt_quatre = 18 - 24 de ani
age-band-vingt_cinq_trente_neuf = 25 - 39 de ani
age-band-quarante_cinquante_neuf = 40 - 59 de ani
age-band-soixante_soixante_neuf = 60 - 69 de ani
age-band-soixante_dix_plus = 70 de ani și peste
age-band-non_communique = Nespecificat

duration-band-moins_de_30_min = Sub 30 min
duration-band-de_30_min_a_1_h = Între 30 min și 1 h
duration-band-de_1_h_a_2_h = Între 1 h și 2 h
duration-band-2_h_et_plus = 2 h sau mai mult

social-status-scolarise = Elev sau student
social-status-sans_emploi = Fără loc de muncă
social-status-en_emploi = Angajat(ă)
social-status-retraite = Pensionar(ă)
social-status-non_communique = Nespecificat sau diferit de la o persoană la alta

procedure-status-a_faire = De făcut
procedure-status-en_attente_de_pieces = Se așteaptă acte
procedure-status-deposee = Depus
procedure-status-en_instruction = În curs de analiză
procedure-status-acceptee = Acceptat
procedure-status-refusee = Refuzat
procedure-status-abandonnee = Abandonat

procedure-event-status_change = Schimbare de stare
procedure-event-reopening = Redeschidere
procedure-event-recurrence_done = Declarație sau reînnoire făcută

recurrence-kind-renewal = Reînnoire
recurrence-kind-declaration = Declarație periodică

document-state-brought = Adus
document-state-missing = Lipsă
document-state-not_needed = Nu este necesar

follow-up-reason-deadline = Termen-limită
follow-up-reason-renewal = Reînnoire de făcut
follow-up-reason-declaration = Declarație de făcut
follow-up-reason-stuck = În așteptare de prea mult timp
follow-up-reason-call_back = Sunați din nou persoana

# Consimțământ (listă proprie Escale).
consent-method-oral = Oral
consent-method-signed_form = Formular semnat
consent-purpose-file_follow_up = Păstrarea unui dosar pentru urmărirea sesiunilor de sprijin
consent-purpose-administrative_procedures = Păstrarea informațiilor despre demersurile administrative (numere, note, termene)
consent-purpose-contact_reminders = Primirea unui apel sau a unui mesaj pentru un termen sau o programare
consent-purpose-partner_referral = Transmiterea datelor de contact ale persoanei către organizația la care este îndrumată

# Ce spune cine este persoana sau cum poate fi contactată: ce golește o ștergere definitivă.
personal-field-first_name = Prenume
personal-field-last_name = Nume
personal-field-latin_first_name = Prenume cu litere latine
personal-field-latin_last_name = Nume cu litere latine
personal-field-phone = Telefon
personal-field-email = Adresă de e-mail
personal-field-languages = Limbi vorbite
personal-field-document_language = Limba documentelor
personal-field-notes = Note

# Limbi (interfață, documente înmânate, limbi vorbite).
language-fr = Franceză
language-en = Engleză
language-ar = Arabă
language-fa = Persană (dari)
language-ps = Paștună
language-ti = Tigrină
language-uk = Ucraineană
language-ru = Rusă
language-ro = Română
language-tr = Turcă
language-es = Spaniolă
language-pt = Portugheză
# Numele fiecărei limbi în acea limbă, pentru liste.
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

# Durate, așa cum le afișează platforma națională.
duration-minutes = { $minutes ->
    [60] 1 h
    [90] 1 h 30
    [120] 2 h
   *[other] { $minutes } min
}
