# Labels of the national vocabulary (La Coop de la médiation numérique), translated for meaning,
# and lists specific to Escale. One id per stored code: <prefix>-<code>.

activity-kind-individuel = ውልቃዊ ሓገዝ
activity-kind-collectif = ናይ ጉጅለ ኣውደ ስራሕ

place-type-lieu_activite = ቦታ ንጥፈት
place-type-domicile = ኣብ ገዛ
place-type-a_distance = ብርሑቕ
place-type-autre = ካልእ ቦታ

equipment-ordinateur = ኮምፒዩተር
equipment-telephone = ተሌፎን
equipment-tablette = ታብለት
equipment-autre = ካልእ
equipment-aucun = መሳርሒ የለን

theme-diagnostic_numerique = ምግምጋም ዲጂታላዊ ክእለት
theme-prendre_en_main_du_materiel = ኣጠቓቕማ መሳርሒ ምልማድ
theme-maintenance_de_materiel = ምዕቃብን ምጽጋንን መሳርሒ
theme-gere_ses_contenus_numeriques = ዲጂታላዊ ትሕዝቶ ምምሕዳር
theme-navigation_sur_internet = ኢንተርነት ምጥቃም
theme-email = ኢመይል
theme-bureautique = ስራሕ ቤት ጽሕፈት ብኮምፒዩተር
theme-reseaux_sociaux = ማሕበራዊ መራኸቢታትን ርክብን
theme-sante = ጥዕና
theme-banque_et_achats_en_ligne = ባንክን ብኢንተርነት ምዕዳግን
theme-entrepreneuriat = በዓል ሞያ ወይ ንግዲ ምሕጋዝ
theme-insertion_professionnelle = ናብ ስራሕ ምእታው
theme-securite_numerique = ምክልኻል ኣብ ዲጂታላዊ ድሕንነት
theme-parentalite = ወለድነት
theme-scolarite_et_numerique = ትምህርትን ዲጂታልን
theme-creer_avec_le_numerique = ብዲጂታል ምፍጣር
theme-culture_numerique = ዲጂታላዊ ፍልጠት
theme-intelligence_artificielle = ሰብ ሰርሖ ብልሒ (AI)
theme-aide_aux_demarches_administratives = ሓገዝ ኣብ ምምሕዳራዊ ጉዳያት
theme-papiers_elections_citoyennete = ወረቐታት - ምርጫ - ዜግነት
theme-famille_scolarite = ስድራቤት - ትምህርቲ
theme-social_sante = ማሕበራዊ - ጥዕና
theme-travail_formation = ስራሕ - ስልጠና - ንግዲ
theme-logement = መንበሪ ገዛ
theme-transports_mobilite = መጓዓዝያ - ምንቅስቓስ
theme-argent_impots = ገንዘብ - ግብሪ
theme-justice = ፍትሒ
theme-etrangers_europe = ወጻእተኛታት - ኤውሮጳ
theme-loisirs_sports_culture = ምዝንጋዕ - ስፖርት - ባህሊ
theme-associations = ማሕበራት

autonomy-entierement_accompagne = ብመምርሒ
autonomy-partiellement_autonome = ባዕሉ ይኽእል፣ ኣድላዪ እንተኾይኑ ብመምርሒ
autonomy-autonome = ባዕሉ ይኽእል

workshop-level-debutant = ጀማሪ
workshop-level-intermediaire = ማእከላይ
workshop-level-avance = ላዕለዋይ

redirection-administration = ምምሕዳር (ምምሕዳር ከተማ፣ préfecture…)
redirection-mediation_numerique = ካልእ ትካል ዲጂታላዊ ሓገዝ
redirection-operateur_ou_organisme_en_charge = ነቲ ምምሕዳራዊ ጉዳይ ዝኸታተል ኣካል ወይ ትካል
redirection-aide_sociale = ትካል ማሕበራዊ ሓገዝ (maison des solidarités፣ centre social…)
redirection-insertion_professionnelle = ትካል ምእታው ናብ ስራሕ (France Travail፣ mission locale፣ chambre de commerce…)
redirection-aide_aux_demarches_administratives = ትካል ሓገዝ ኣብ ምምሕዳራዊ ጉዳያት (France Services…)
redirection-autre = ካልእ

gender-masculin = ተባዕታይ
gender-feminin = ኣንስተይቲ
gender-non_communique = ኣይተሓበረን

age-band-moins_de_douze = ትሕቲ 12 ዓመት
age-band-douze_dix_huit = 12 - 17 ዓመት
age-band-dix_huit_vingt_quatre = 18 - 24 ዓመት
age-band-vingt_cinq_trente_neuf = 25 - 39 ዓመት
age-band-quarante_cinquante_neuf = 40 - 59 ዓመት
age-band-soixante_soixante_neuf = 60 - 69 ዓመት
age-band-soixante_dix_plus = 70 ዓመትን ልዕሊኡን
age-band-non_communique = ኣይተሓበረን

duration-band-moins_de_30_min = ካብ 30 ደቒቕ ዝሓጸረ
duration-band-de_30_min_a_1_h = ካብ 30 ደቒቕ ክሳብ 1 ሰዓት
duration-band-de_1_h_a_2_h = ካብ 1 ክሳብ 2 ሰዓት
duration-band-2_h_et_plus = 2 ሰዓትን ልዕሊኡን

social-status-scolarise = ተምሃራይ
social-status-sans_emploi = ስራሕ የብሉን
social-status-en_emploi = ስራሕ ኣለዎ
social-status-retraite = ጡረተኛ
social-status-non_communique = ኣይተሓበረን ወይ ዝተፈላለየ

procedure-status-a_faire = ክግበር ዘለዎ
procedure-status-en_attente_de_pieces = ሰነዳት ይጽበ ኣሎ
procedure-status-deposee = ቀሪቡ
procedure-status-en_instruction = ይረአ ኣሎ
procedure-status-acceptee = ተቐቢሉ
procedure-status-refusee = ተነጺጉ
procedure-status-abandonnee = ተሓዲጉ

procedure-event-status_change = ምቕያር ኩነታት
procedure-event-reopening = እንደገና ምኽፋት
procedure-event-recurrence_done = ጸብጻብ ወይ ምሕዳስ ተገይሩ

recurrence-kind-renewal = ምሕዳስ
recurrence-kind-declaration = ስሩዕ ጸብጻብ

document-state-brought = መጺኡ
document-state-missing = ጎዲሉ
document-state-not_needed = ኣየድልን

follow-up-reason-deadline = ናይ መወዳእታ ዕለት
follow-up-reason-renewal = ክሕደስ ዘለዎ
follow-up-reason-declaration = ክግበር ዘለዎ ጸብጻብ
follow-up-reason-stuck = ነዊሕ ግዜ ይጽበ ኣሎ
follow-up-reason-call_back = ናብቲ ሰብ ደጊምኩም ደውሉ

# Consent (list specific to Escale).
consent-method-oral = ብቓል
consent-method-signed_form = ዝተፈረመ ቅጥዒ
consent-purpose-file_follow_up = ሓገዛት ንምክትታል ፋይል ምዕቃብ
consent-purpose-administrative_procedures = ሓበሬታ ምምሕዳራዊ ጉዳያት ምዕቃብ (ቁጽርታት፣ መዘኻኸሪ፣ ናይ መወዳእታ ዕለታት)
consent-purpose-contact_reminders = ንናይ መወዳእታ ዕለት ወይ ቆጸራ ብተሌፎን ወይ ብመልእኽቲ ምዝካር
consent-purpose-partner_referral = ሓበሬታ ርክብ ናብቲ እቲ ሰብ ዝለኣኸሉ ትካል ምሃብ

# What says who the person is or how to reach them: what an erasure empties.
personal-field-first_name = ቀዳማይ ስም
personal-field-last_name = ስም ስድራ
personal-field-latin_first_name = ቀዳማይ ስም ብላቲን ፊደላት
personal-field-latin_last_name = ስም ስድራ ብላቲን ፊደላት
personal-field-phone = ተሌፎን
personal-field-email = ኣድራሻ ኢመይል
personal-field-languages = ዝዛረቦም ቋንቋታት
personal-field-document_language = ቋንቋ ሰነዳት
personal-field-notes = መዘኻኸሪ

# Languages (interface, documents given, languages spoken).
language-fr = ፈረንሳይኛ
language-en = እንግሊዝኛ
language-ar = ዓረብኛ
language-fa = ፋርስኛ (ዳሪ)
language-ps = ፓሽቶ
language-ti = ትግርኛ
language-uk = ዩክሬንኛ
language-ru = ሩስኛ
language-ro = ሮማንኛ
language-tr = ቱርክኛ
language-es = ስጳንኛ
language-pt = ፖርቱጊዝኛ
# Each language's name in that language, for the selectors.
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
    [60] 1 ሰዓት
    [90] 1 ሰዓት ፍርቂ
    [120] 2 ሰዓት
   *[other] { $minutes } ደቒቕ
}
