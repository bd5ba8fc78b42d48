# The catalogue of procedures (assets/procedures/catalogue.toml): name of each procedure,
# of the bodies and of the documents asked for. A catalogue id without a message here is
# reported by the tests.
# Pashto: plain meaning first, French name (as on letters and websites) kept in Latin letters.

## Procedures

procedure-kind-caf_rsa = CAF — د ژوند لپاره لږ تر لږه عاید (RSA)
procedure-kind-caf_prime_activite = CAF — د کار کوونکو لپاره اضافي مرسته (Prime d’activité)
procedure-kind-caf_declaration_trimestrielle = CAF — د عاید درې میاشتنۍ اظهارنامه
procedure-kind-caf_aah = CAF — د معلولو لویانو لپاره مرسته (AAH)
procedure-kind-ameli_complementaire_sante_solidaire = Ameli — وړیا اضافي روغتیا بیمه (Complémentaire santé solidaire)
procedure-kind-ameli_carte_vitale = Ameli — د روغتیا بیمې کارت (carte Vitale)
procedure-kind-ameli_compte = Ameli — د حساب جوړول
procedure-kind-ameli_affiliation = Ameli — د روغتیا بیمې حقونه پرانیستل (Assurance maladie)
procedure-kind-ameli_aide_medicale_etat = Ameli — د دولت طبي مرسته (AME)
procedure-kind-retraite_aspa = تقاعد — د زړو کسانو لږ تر لږه عاید (ASPA)
procedure-kind-departement_apa = Département — د زړو کسانو د ورځني ژوند مرسته (APA)
procedure-kind-mdph_dossier = MDPH — د غوښتنې دوسیه
procedure-kind-cheque_energie = د انرژۍ چک (chèque énergie)
procedure-kind-domiciliation = د اداري پتې اخیستل (domiciliation)
procedure-kind-ants_carte_identite = ANTS — د هویت کارت یا پاسپورټ
procedure-kind-ants_carte_nationale_identite = ANTS — ملي د هویت کارت (carte nationale d’identité)
procedure-kind-ants_passeport = ANTS — پاسپورټ
procedure-kind-mairie_listes_electorales = ښاروالي (Mairie) — د رایه ورکوونکو په لېست کې نوم لیکنه
procedure-kind-mairie_acte_etat_civil = ښاروالي (Mairie) — د مدني احوالو سند (زېږېدنه، واده)
procedure-kind-france_connect = FranceConnect — د لاسرسي جوړول
procedure-kind-autre = بل اداري کار
procedure-kind-caf_naissance_paje = CAF — د ماشوم زېږېدنه (PAJE، د کوچني ماشوم مرسته)
procedure-kind-caf_changement_situation = CAF — د حالت د بدلون خبرول
procedure-kind-education_bourse_college = د منځني ښوونځي بورس (bourse de collège)
procedure-kind-education_bourse_lycee = د لیسې بورس (bourse de lycée)
procedure-kind-crous_bourse_etudiant = Crous — د ټولنیز حالت له مخې د محصلینو بورس (dossier social étudiant)
procedure-kind-mairie_inscription_scolaire = ښاروالي (Mairie) — په ښوونځي کې نوم لیکنه
procedure-kind-france_travail_inscription = France Travail — نوم لیکنه
procedure-kind-france_travail_actualisation = France Travail — میاشتنی تازه کول (actualisation)
procedure-kind-retraite_demande = تقاعد — د تقاعد غوښتنه
procedure-kind-retraite_reversion = تقاعد — د مړه شوي مېړه یا مېرمنې تقاعد (pension de réversion)
procedure-kind-urssaf_micro_entreprise = Urssaf — د کوچني شخصي کار جوړول (micro-entreprise)
procedure-kind-caf_aide_logement = CAF — د کور د کرایې مرسته (APL)
procedure-kind-logement_social = د ټولنیز کور غوښتنه (logement social)
procedure-kind-logement_social_renouvellement = د ټولنیز کور د غوښتنې تمدید
procedure-kind-fsl_aide = د کور لپاره د همبستګۍ صندوق (FSL)
procedure-kind-dalo_recours = د کور د حق لپاره اعتراض (DALO)
procedure-kind-ants_permis_conduire = ANTS — د موټر چلولو جواز
procedure-kind-ants_carte_grise = ANTS — د موټر د ثبت سند (carte grise)
procedure-kind-transport_tarif_solidaire = ترانسپورت — ارزانه ټکټ (tarif solidaire)
procedure-kind-impots_declaration_revenus = مالیات (Impôts) — د عاید اظهارنامه
procedure-kind-impots_espace_particulier = مالیات (Impôts) — د شخصي حساب جوړول (espace particulier)
procedure-kind-banque_droit_au_compte = Banque de France — د بانکي حساب حق (droit au compte)
procedure-kind-banque_surendettement = Banque de France — د ډېر پور دوسیه (surendettement)
procedure-kind-banque_ouverture_compte = بانک — د حساب پرانیستل
procedure-kind-justice_aide_juridictionnelle = عدلیه — حقوقي مرسته (aide juridictionnelle)
procedure-kind-justice_casier_judiciaire = عدلیه — د جرمي سابقې سند (casier judiciaire)
procedure-kind-anef_titre_sejour = ANEF — اقامه (titre de séjour): غوښتنه یا تمدید
procedure-kind-anef_premier_titre_sejour = ANEF — لومړۍ اقامه (premier titre de séjour)
procedure-kind-anef_renouvellement_titre_sejour = ANEF — د اقامې تمدید (titre de séjour)
procedure-kind-anef_naturalisation = ANEF — تابعیت (naturalisation)
procedure-kind-anef_document_circulation_mineur = ANEF — د بهرني کوچني ماشوم د سفر سند (DCEM)
procedure-kind-pass_sport = Pass’Sport (د سپورت مرسته)
procedure-kind-association_declaration = ټولنه (association) — ثبتول یا بدلول

## Bodies

procedure-organisation-caf = CAF (Caisse d’allocations familiales، د کورنۍ د مرستو اداره)
procedure-organisation-assurance_maladie = روغتیا بیمه (Assurance maladie: CPAM، Ameli)
procedure-organisation-assurance_retraite = د تقاعد بیمه (Assurance retraite: Carsat، CNAV)
procedure-organisation-france_travail = France Travail (د کار موندنې اداره)
procedure-organisation-impots = عامه مالیه (impots.gouv)
procedure-organisation-ants = ANTS (د خوندي اسنادو ملي اداره)
procedure-organisation-mairie = ښاروالي (Mairie)
procedure-organisation-prefecture = ولایت (Préfecture، ANEF)
procedure-organisation-mdph = MDPH (د معلولینو د چارو ولایتي اداره)
procedure-organisation-departement = ولایتي شورا (Conseil départemental)
procedure-organisation-ccas = CCAS (د ښاروالۍ ټولنیزه اداره)
procedure-organisation-asp = ASP — د تادیاتو اداره (chèque énergie)
procedure-organisation-banque_de_france = Banque de France
procedure-organisation-banque = بانک
procedure-organisation-education_nationale = ښوونځی (Éducation nationale)
procedure-organisation-crous = Crous (د محصلینو ټولنیزه اداره)
procedure-organisation-logement_social = د ټولنیز کور د غوښتنو ملي ثبت (logement social)
procedure-organisation-commission_dalo = د DALO منځګړی کمېسیون
procedure-organisation-urssaf = Urssaf
procedure-organisation-tribunal = محکمه (Tribunal، د حقوقي مرستې دفتر)
procedure-organisation-casier_judiciaire = د جرمي سابقې ملي دفتر (Casier judiciaire national)
procedure-organisation-reseau_transport = د سیمې ترانسپورت
procedure-organisation-pass_sport = Pass’Sport (د سپورت وزارت)
procedure-organisation-france_connect = FranceConnect

## Documents

procedure-document-piece_identite = د هویت سند
procedure-document-passeport = پاسپورټ
procedure-document-titre_sejour = د اعتبار لرونکې اقامه (titre de séjour)
procedure-document-acte_naissance = د زېږېدنې سند (بشپړه کاپي)
procedure-document-livret_famille = د کورنۍ کتابچه (livret de famille)
procedure-document-acte_mariage = د واده سند
procedure-document-acte_deces = د مېړه یا مېرمنې د مړینې سند
procedure-document-justificatif_domicile = د اوسېدو د ځای ثبوت، له ۳ میاشتو زوړ نه وي
procedure-document-attestation_hebergement = د کوربه تصدیق چې تاسو ورسره اوسېږئ، او د کوربه د هویت سند (attestation d’hébergement)
procedure-document-attestation_domiciliation = د اداري پتې تصدیق (attestation d’élection de domicile)
procedure-document-photo_identite = د اصولو سره سم د هویت عکس (یا e-photo کوډ)
procedure-document-timbre_fiscal = مالیاتي ټکټ (timbre fiscal)
procedure-document-rib = د بانکي حساب معلومات (RIB)
procedure-document-avis_imposition = د عاید د مالیې وروستۍ خبرتیا (avis d’imposition)
procedure-document-justificatifs_ressources = د وروستیو ۳ میاشتو د عاید ثبوتونه
procedure-document-bulletins_salaire = د معاش پاڼې
procedure-document-attestations_employeurs = د کار ورکوونکو تصدیقونه یا د کار قراردادونه
procedure-document-releve_carriere = د کاري سابقې لنډیز (relevé de carrière)
procedure-document-attestation_droits_assurance_maladie = د روغتیا بیمې د حقونو تصدیق (د ټولنیز امنیت شمېره)
procedure-document-attestation_caf = د CAF د تادیې تصدیق (quotient familial)
procedure-document-notification_droits = د حقونو خبرتیا (CAF، MDPH…)
procedure-document-adresse_email = د ایمیل پته چې کس ورته لاسرسی لري
procedure-document-telephone_portable = د کوډ ترلاسه کولو لپاره موبایل
procedure-document-identifiants_compte = د انلاین حساب د ننوتلو معلومات
procedure-document-formulaire_cerfa = ډک او لاسلیک شوی Cerfa فورم
procedure-document-certificat_medical = طبي تصدیق (د MDPH فورم)
procedure-document-cv = CV (خلص سوانح)
procedure-document-bail = د کرایې قرارداد (bail)
procedure-document-quittance_loyer = د کرایې وروستۍ رسید
procedure-document-numero_demande_logement = د ټولنیز کور د غوښتنې ځانګړې شمېره
procedure-document-certificat_immatriculation = د موټر د ثبت سند (carte grise)، کرښه پرې راښکل شوې او لاسلیک شوی
procedure-document-certificat_cession = د موټر د پلورلو سند (certificat de cession)
procedure-document-controle_technique = د موټر د تخنیکي معاینې راپور (contrôle technique)
procedure-document-attestation_assurance = د موټر د بیمې تصدیق
procedure-document-permis_conduire = اوسنی د موټر چلولو جواز
procedure-document-declaration_perte_vol = د ورکېدو یا غلا راپور
procedure-document-certificat_scolarite = د ښوونځي تصدیق (certificat de scolarité)
procedure-document-carnet_vaccination = د روغتیا کتابچه (واکسینونه)
procedure-document-diplome_francais = د فرانسوي ژبې د کچې ډیپلوم یا تصدیق
procedure-document-releves_compte = د بانکي حساب صورت‌حسابونه
procedure-document-attestation_refus_bancaire = د بانک لیک چې حساب یې نه دی پرانیستی
procedure-document-declaration_sur_honneur = تعهدنامه (déclaration sur l’honneur)
procedure-document-statuts_association = د ټولنې اساسنامه
procedure-document-proces_verbal = د عمومي غونډې صورت‌جلسه
