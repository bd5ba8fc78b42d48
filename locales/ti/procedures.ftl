# The procedures catalogue (assets/procedures/catalogue.toml): name of each procedure,
# of the public bodies and of the documents asked for. A catalogue id without a message here
# is reported by the tests.
# Tigrinya: French names of bodies and benefits are kept in Latin letters (as on letters and websites).

## Procedures

procedure-kind-caf_rsa = CAF — ሓገዝ ንዝተሓተ እቶት (RSA)
procedure-kind-caf_prime_activite = CAF — Prime d’activité
procedure-kind-caf_declaration_trimestrielle = CAF — ናይ ሰለስተ ወርሒ ጸብጻብ እቶት
procedure-kind-caf_aah = CAF — ሓገዝ ንዓበይቲ ሰባት ምስ ስንክልና (AAH)
procedure-kind-ameli_complementaire_sante_solidaire = Ameli — Complémentaire santé solidaire
procedure-kind-ameli_carte_vitale = Ameli — Carte Vitale
procedure-kind-ameli_compte = Ameli — ኣካውንት ምኽፋት
procedure-kind-ameli_affiliation = Ameli — መሰላት ውሕስና ሕክምና ምኽፋት
procedure-kind-ameli_aide_medicale_etat = Ameli — ናይ መንግስቲ ሓገዝ ሕክምና (AME)
procedure-kind-retraite_aspa = ጡረታ — ዝተሓተ እቶት ንኣረጋውያን (ASPA)
procedure-kind-departement_apa = Département — ሓገዝ ንኣረጋውያን ክንክን ዘድልዮም (APA)
procedure-kind-mdph_dossier = MDPH — ፋይል ጠለብ
procedure-kind-cheque_energie = Chèque énergie
procedure-kind-domiciliation = Domiciliation (ምምሕዳራዊ ኣድራሻ)
procedure-kind-ants_carte_identite = ANTS — መንነት ካርድ ወይ ፓስፖርት
procedure-kind-ants_carte_nationale_identite = ANTS — ሃገራዊ መንነት ካርድ
procedure-kind-ants_passeport = ANTS — ፓስፖርት
procedure-kind-mairie_listes_electorales = Mairie — ኣብ ዝርዝር መረጽቲ ምምዝጋብ
procedure-kind-mairie_acte_etat_civil = Mairie — ሰነድ ሲቪላዊ ኩነታት (ልደት፣ መርዓ)
procedure-kind-france_connect = FranceConnect — ኣካውንት ምፍጣር
procedure-kind-autre = ካልእ ጉዳይ
procedure-kind-caf_naissance_paje = CAF — ልደት ውላድ (ሓገዝ ንንኣሽቱ ቆልዑ)
procedure-kind-caf_changement_situation = CAF — ለውጢ ኩነታት ምሕባር
procedure-kind-education_bourse_college = ሓገዝ ገንዘብ ንማእከላይ ቤት ትምህርቲ (collège)
procedure-kind-education_bourse_lycee = ሓገዝ ገንዘብ ንካልኣይ ደረጃ ቤት ትምህርቲ (lycée)
procedure-kind-crous_bourse_etudiant = Crous — ሓገዝ ገንዘብ ንተማሃሮ ዩኒቨርሲቲ (dossier social étudiant)
procedure-kind-mairie_inscription_scolaire = Mairie — ምምዝጋብ ቤት ትምህርቲ
procedure-kind-france_travail_inscription = France Travail — ምምዝጋብ
procedure-kind-france_travail_actualisation = France Travail — ወርሓዊ ምሕዳስ ሓበሬታ (actualisation)
procedure-kind-retraite_demande = ጡረታ — ጠለብ ጡረታ
procedure-kind-retraite_reversion = ጡረታ — ጡረታ ካብ ዝሞተ መጻምዲ (pension de réversion)
procedure-kind-urssaf_micro_entreprise = Urssaf — ንእሽቶ ውልቃዊ ንግዲ ምኽፋት (micro-entreprise)
procedure-kind-caf_aide_logement = CAF — ሓገዝ ገዛ (APL)
procedure-kind-logement_social = ጠለብ ማሕበራዊ ገዛ
procedure-kind-logement_social_renouvellement = ምሕዳስ ጠለብ ማሕበራዊ ገዛ
procedure-kind-fsl_aide = ፈንድ ሓገዝ ገዛ (FSL)
procedure-kind-dalo_recours = ይግባይ ብመሰል ገዛ (DALO)
procedure-kind-ants_permis_conduire = ANTS — መንጃ ፍቓድ
procedure-kind-ants_carte_grise = ANTS — ሰነድ ምዝገባ መኪና (carte grise)
procedure-kind-transport_tarif_solidaire = መጓዓዝያ — ዝተቐነሰ ዋጋ (tarif solidaire)
procedure-kind-impots_declaration_revenus = ግብሪ — ጸብጻብ እቶት
procedure-kind-impots_espace_particulier = ግብሪ — ውልቃዊ ኣካውንት ምኽፋት (espace particulier)
procedure-kind-banque_droit_au_compte = Banque de France — መሰል ኣካውንት ባንክ
procedure-kind-banque_surendettement = Banque de France — ፋይል ብዙሕ ዕዳ (surendettement)
procedure-kind-banque_ouverture_compte = ባንክ — ኣካውንት ምኽፋት
procedure-kind-justice_aide_juridictionnelle = ፍትሒ — ሕጋዊ ሓገዝ (aide juridictionnelle)
procedure-kind-justice_casier_judiciaire = ፍትሒ — ወረቐት ገበናዊ ታሪኽ (casier judiciaire)
procedure-kind-anef_titre_sejour = ANEF — Titre de séjour (ጠለብ ወይ ምሕዳስ)
procedure-kind-anef_premier_titre_sejour = ANEF — ቀዳማይ titre de séjour
procedure-kind-anef_renouvellement_titre_sejour = ANEF — ምሕዳስ titre de séjour
procedure-kind-anef_naturalisation = ANEF — ዜግነት ምሕታት (naturalisation)
procedure-kind-anef_document_circulation_mineur = ANEF — ሰነድ ጉዕዞ ንወጻእተኛ ትሕቲ 18 ዓመት (DCEM)
procedure-kind-pass_sport = Pass’Sport
procedure-kind-association_declaration = ማሕበር — ምምዝጋብ ወይ ምቕያር

## Public bodies

procedure-organisation-caf = ትካል ሓገዝ ስድራቤት (CAF)
procedure-organisation-assurance_maladie = ውሕስና ሕክምና (CPAM፣ Ameli)
procedure-organisation-assurance_retraite = ውሕስና ጡረታ (Carsat፣ CNAV)
procedure-organisation-france_travail = France Travail
procedure-organisation-impots = ቤት ጽሕፈት ግብሪ (impots.gouv)
procedure-organisation-ants = ሃገራዊ ኤጀንሲ ውሑሳት ሰነዳት (ANTS)
procedure-organisation-mairie = ምምሕዳር ከተማ (Mairie)
procedure-organisation-prefecture = ምምሕዳር ዞባ (Préfecture፣ ANEF)
procedure-organisation-mdph = ቤት ሰባት ምስ ስንክልና ናይ Département (MDPH)
procedure-organisation-departement = ቤት ምኽሪ ዞባ (Conseil départemental)
procedure-organisation-ccas = ናይ ከተማ ማእከል ማሕበራዊ ሓገዝ (CCAS)
procedure-organisation-asp = ኤጀንሲ ኣገልግሎትን ክፍሊትን (chèque énergie)
procedure-organisation-banque_de_france = Banque de France
procedure-organisation-banque = ባንክ
procedure-organisation-education_nationale = ሃገራዊ ትምህርቲ (ቤት ትምህርቲ)
procedure-organisation-crous = Crous
procedure-organisation-logement_social = ሃገራዊ ኣገልግሎት ምዝገባ ጠለብ ማሕበራዊ ገዛ
procedure-organisation-commission_dalo = ኮሚሽን ምትዕራቕ DALO
procedure-organisation-urssaf = Urssaf
procedure-organisation-tribunal = ቤት ፍርዲ (ቤት ጽሕፈት ሕጋዊ ሓገዝ)
procedure-organisation-casier_judiciaire = ሃገራዊ መዝገብ ገበን
procedure-organisation-reseau_transport = ከባቢያዊ መጓዓዝያ
procedure-organisation-pass_sport = Pass’Sport (ሚኒስትሪ ስፖርት)
procedure-organisation-france_connect = FranceConnect

## Documents

procedure-document-piece_identite = ሰነድ መንነት
procedure-document-passeport = ፓስፖርት
procedure-document-titre_sejour = ግዚኡ ዘይሓለፈ titre de séjour
procedure-document-acte_naissance = ምስክር ወረቐት ልደት (ምሉእ ቅዳሕ)
procedure-document-livret_famille = ናይ ስድራቤት መጽሓፍ (livret de famille)
procedure-document-acte_mariage = ምስክር ወረቐት መርዓ
procedure-document-acte_deces = ምስክር ወረቐት ሞት ናይ መጻምዲ
procedure-document-justificatif_domicile = ካብ 3 ኣዋርሕ ዘይበለጸ መረጋገጺ ኣድራሻ
procedure-document-attestation_hebergement = ወረቐት ምስክር ኣብ ገዛ ካልእ ሰብ ምንባር፣ ምስ ሰነድ መንነት ናይቲ ዘቐመጠ ሰብ
procedure-document-attestation_domiciliation = መረጋገጺ ምምሕዳራዊ ኣድራሻ (élection de domicile)
procedure-document-photo_identite = ብመምዘኒ ዝተሳእለ ስእሊ መንነት (ወይ ኮድ e-photo)
procedure-document-timbre_fiscal = ቴምብር ግብሪ (timbre fiscal)
procedure-document-rib = ሰነድ ሓበሬታ ኣካውንት ባንክ (RIB)
procedure-document-avis_imposition = ናይ መወዳእታ ወረቐት ግብሪ እቶት (avis d’impôt)
procedure-document-justificatifs_ressources = መረጋገጺ እቶት ናይ ዝሓለፉ 3 ኣዋርሕ
procedure-document-bulletins_salaire = ወረቐት ደሞዝ
procedure-document-attestations_employeurs = መረጋገጺ ካብ ኣስራሕቲ ወይ ውዕል ስራሕ
procedure-document-releve_carriere = ታሪኽ ስራሕ (relevé de carrière)
procedure-document-attestation_droits_assurance_maladie = መረጋገጺ መሰል ውሕስና ሕክምና (ቁጽሪ sécurité sociale)
procedure-document-attestation_caf = መረጋገጺ ክፍሊት CAF (quotient familial)
procedure-document-notification_droits = ምልክታ መሰላት (CAF፣ MDPH…)
procedure-document-adresse_email = እቲ ሰብ ዝኣትዎ ኣድራሻ ኢመይል
procedure-document-telephone_portable = ኮድ ንምቕባል ሞባይል ተሌፎን
procedure-document-identifiants_compte = ስምን ምስጢራዊ ቃልን ናይ ኢንተርነት ኣካውንት
procedure-document-formulaire_cerfa = ዝተመልአን ዝተፈረመን ቅጥዒ Cerfa
procedure-document-certificat_medical = ምስክር ወረቐት ሓኪም (ቅጥዒ MDPH)
procedure-document-cv = CV
procedure-document-bail = ውዕል ክራይ ገዛ
procedure-document-quittance_loyer = ናይ መወዳእታ ቅብሊት ክራይ
procedure-document-numero_demande_logement = ፍሉይ ቁጽሪ ጠለብ ማሕበራዊ ገዛ
procedure-document-certificat_immatriculation = ብመስመር ዝተሰረዘን ዝተፈረመን ሰነድ ምዝገባ መኪና (carte grise)
procedure-document-certificat_cession = ምስክር ወረቐት ምሻጥ መኪና
procedure-document-controle_technique = ጸብጻብ ቴክኒካዊ ምርመራ መኪና
procedure-document-attestation_assurance = መረጋገጺ ውሕስና መኪና
procedure-document-permis_conduire = ናይ ሕጂ መንጃ ፍቓድ
procedure-document-declaration_perte_vol = ጸብጻብ ምጥፋእ ወይ ስርቂ
procedure-document-certificat_scolarite = ምስክር ወረቐት ትምህርቲ
procedure-document-carnet_vaccination = መጽሓፍ ጥዕና (ክታበታት)
procedure-document-diplome_francais = ዲፕሎማ ወይ መረጋገጺ ደረጃ ፈረንሳይኛ
procedure-document-releves_compte = ጸብጻብ ኣካውንት ባንክ
procedure-document-attestation_refus_bancaire = ደብዳቤ ምንጻግ ምኽፋት ኣካውንት
procedure-document-declaration_sur_honneur = ብክብሪ ዝተፈረመ መግለጺ (déclaration sur l’honneur)
procedure-document-statuts_association = ሕገ ደንቢ ማሕበር
procedure-document-proces_verbal = ቃለ ጉባኤ ናይ ኣኼባ
