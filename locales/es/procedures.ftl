# El catálogo de trámites (assets/procedures/catalogue.toml): nombre de cada trámite,
# de los organismos y de los documentos que se piden. Un identificador del catálogo sin mensaje
# aquí lo señalan las pruebas. Los nombres franceses de organismos y ayudas se conservan
# (es lo que la persona ve en las cartas y los sitios web), con una breve explicación.

## Trámites

procedure-kind-caf_rsa = CAF — RSA (Revenu de solidarité active, ingreso mínimo)
procedure-kind-caf_prime_activite = CAF — Prime d’activité (complemento para personas con ingresos bajos del trabajo)
procedure-kind-caf_declaration_trimestrielle = CAF — Declaración trimestral de ingresos
procedure-kind-caf_aah = CAF — AAH (Allocation aux adultes handicapés, ayuda para adultos con discapacidad)
procedure-kind-ameli_complementaire_sante_solidaire = Ameli — Complémentaire santé solidaire (seguro médico complementario gratuito o barato)
procedure-kind-ameli_carte_vitale = Ameli — Carte Vitale (tarjeta del seguro de salud)
procedure-kind-ameli_compte = Ameli — Crear la cuenta
procedure-kind-ameli_affiliation = Ameli — Apertura de derechos al seguro de salud (Assurance maladie)
procedure-kind-ameli_aide_medicale_etat = Ameli — AME (Aide médicale de l’État, atención médica para extranjeros sin permiso de residencia)
procedure-kind-retraite_aspa = Jubilación — ASPA (Minimum vieillesse, ingreso mínimo para personas mayores)
procedure-kind-departement_apa = Departamento — APA (Allocation personnalisée d’autonomie, ayuda para personas mayores dependientes)
procedure-kind-mdph_dossier = MDPH — Solicitud por discapacidad
procedure-kind-cheque_energie = Chèque énergie (ayuda para pagar la energía)
procedure-kind-domiciliation = Domiciliation (dirección administrativa para recibir el correo)
procedure-kind-ants_carte_identite = ANTS — Documento de identidad o pasaporte
procedure-kind-ants_carte_nationale_identite = ANTS — Documento nacional de identidad (carte nationale d’identité)
procedure-kind-ants_passeport = ANTS — Pasaporte
procedure-kind-mairie_listes_electorales = Mairie — Inscripción en las listas electorales
procedure-kind-mairie_acte_etat_civil = Mairie — Acta del registro civil (nacimiento, matrimonio)
procedure-kind-france_connect = FranceConnect — Crear un acceso
procedure-kind-autre = Otro trámite
procedure-kind-caf_naissance_paje = CAF — Nacimiento (PAJE, ayuda por hijo pequeño)
procedure-kind-caf_changement_situation = CAF — Declarar un cambio de situación
procedure-kind-education_bourse_college = Beca de collège (secundaria, de 11 a 15 años)
procedure-kind-education_bourse_lycee = Beca de lycée (bachillerato, de 15 a 18 años)
procedure-kind-crous_bourse_etudiant = Crous — Beca universitaria según ingresos (dossier social étudiant)
procedure-kind-mairie_inscription_scolaire = Mairie — Inscripción escolar
procedure-kind-france_travail_inscription = France Travail — Inscripción como demandante de empleo
procedure-kind-france_travail_actualisation = France Travail — Actualización mensual (actualisation)
procedure-kind-retraite_demande = Jubilación — Solicitud de la pensión de jubilación
procedure-kind-retraite_reversion = Jubilación — Pensión para el viudo o la viuda (pension de réversion)
procedure-kind-urssaf_micro_entreprise = Urssaf — Crear una microempresa (micro-entreprise)
procedure-kind-caf_aide_logement = CAF — Ayuda para la vivienda (APL)
procedure-kind-logement_social = Solicitud de vivienda social
procedure-kind-logement_social_renouvellement = Renovación de la solicitud de vivienda social
procedure-kind-fsl_aide = FSL (Fonds de solidarité pour le logement, ayuda para gastos de vivienda)
procedure-kind-dalo_recours = Recurso DALO (derecho a la vivienda exigible)
procedure-kind-ants_permis_conduire = ANTS — Permiso de conducir
procedure-kind-ants_carte_grise = ANTS — Certificado de matriculación del vehículo (carte grise)
procedure-kind-transport_tarif_solidaire = Transporte — Tarifa reducida por ingresos bajos (tarif solidaire)
procedure-kind-impots_declaration_revenus = Impuestos — Declaración de ingresos (impuesto sobre la renta)
procedure-kind-impots_espace_particulier = Impuestos — Crear el espacio personal (espace particulier)
procedure-kind-banque_droit_au_compte = Banque de France — Derecho a tener una cuenta bancaria (droit au compte)
procedure-kind-banque_surendettement = Banque de France — Expediente de sobreendeudamiento
procedure-kind-banque_ouverture_compte = Banco — Abrir una cuenta
procedure-kind-justice_aide_juridictionnelle = Justicia — Asistencia jurídica gratuita (aide juridictionnelle)
procedure-kind-justice_casier_judiciaire = Justicia — Certificado de antecedentes penales (casier judiciaire)
procedure-kind-anef_titre_sejour = ANEF — Titre de séjour (permiso de residencia): solicitud o renovación
procedure-kind-anef_premier_titre_sejour = ANEF — Primer titre de séjour (permiso de residencia)
procedure-kind-anef_renouvellement_titre_sejour = ANEF — Renovación del titre de séjour (permiso de residencia)
procedure-kind-anef_naturalisation = ANEF — Nacionalidad francesa (naturalisation)
procedure-kind-anef_document_circulation_mineur = ANEF — DCEM (documento de viaje para menores extranjeros)
procedure-kind-pass_sport = Pass’Sport (ayuda para el deporte de los jóvenes)
procedure-kind-association_declaration = Asociación — Declaración o modificación

## Organismos

procedure-organisation-caf = CAF (Caisse d’allocations familiales: ayudas familiares y sociales)
procedure-organisation-assurance_maladie = Assurance maladie (seguro de salud: CPAM, Ameli)
procedure-organisation-assurance_retraite = Assurance retraite (pensiones de jubilación: Carsat, CNAV)
procedure-organisation-france_travail = France Travail (servicio público de empleo)
procedure-organisation-impots = Finances publiques (impuestos, impots.gouv)
procedure-organisation-ants = ANTS (Agence nationale des titres sécurisés: documentos de identidad, permisos)
procedure-organisation-mairie = Mairie (ayuntamiento)
procedure-organisation-prefecture = Préfecture (prefectura, ANEF)
procedure-organisation-mdph = MDPH (Maison départementale des personnes handicapées: discapacidad)
procedure-organisation-departement = Conseil départemental (administración del departamento)
procedure-organisation-ccas = CCAS (Centre communal d’action sociale: servicios sociales del municipio)
procedure-organisation-asp = ASP (Agence de services et de paiement: chèque énergie)
procedure-organisation-banque_de_france = Banque de France
procedure-organisation-banque = Banco
procedure-organisation-education_nationale = Éducation nationale (centro escolar)
procedure-organisation-crous = Crous (servicios para estudiantes)
procedure-organisation-logement_social = Registro nacional de solicitudes de vivienda social
procedure-organisation-commission_dalo = Comisión de mediación DALO
procedure-organisation-urssaf = Urssaf (cotizaciones sociales)
procedure-organisation-tribunal = Tribunal (oficina de asistencia jurídica gratuita)
procedure-organisation-casier_judiciaire = Casier judiciaire national (registro de antecedentes penales)
procedure-organisation-reseau_transport = Red de transporte local
procedure-organisation-pass_sport = Pass’Sport (Ministerio de Deportes)
procedure-organisation-france_connect = FranceConnect

## Documentos

procedure-document-piece_identite = Documento de identidad
procedure-document-passeport = Pasaporte
procedure-document-titre_sejour = Titre de séjour (permiso de residencia) vigente
procedure-document-acte_naissance = Acta de nacimiento (copia completa)
procedure-document-livret_famille = Livret de famille (libro de familia)
procedure-document-acte_mariage = Acta de matrimonio
procedure-document-acte_deces = Acta de defunción del cónyuge
procedure-document-justificatif_domicile = Comprobante de domicilio de menos de 3 meses
procedure-document-attestation_hebergement = Carta de la persona que da alojamiento y su documento de identidad
procedure-document-attestation_domiciliation = Certificado de domiciliation (dirección administrativa)
procedure-document-photo_identite = Foto de identidad conforme a las normas (o código e-photo)
procedure-document-timbre_fiscal = Timbre fiscal (sello fiscal)
procedure-document-rib = RIB (datos de la cuenta bancaria)
procedure-document-avis_imposition = Último aviso del impuesto sobre la renta (avis d’imposition)
procedure-document-justificatifs_ressources = Comprobantes de ingresos de los 3 últimos meses
procedure-document-bulletins_salaire = Recibos de sueldo (nóminas)
procedure-document-attestations_employeurs = Certificados de los empleadores o contratos de trabajo
procedure-document-releve_carriere = Historial laboral (relevé de carrière)
procedure-document-attestation_droits_assurance_maladie = Certificado de derechos del seguro de salud (número de seguridad social)
procedure-document-attestation_caf = Certificado de pagos de la CAF (quotient familial)
procedure-document-notification_droits = Notificación de derechos (CAF, MDPH…)
procedure-document-adresse_email = Dirección de correo electrónico a la que la persona tenga acceso
procedure-document-telephone_portable = Teléfono móvil (celular) para recibir un código
procedure-document-identifiants_compte = Datos de acceso a la cuenta en línea
procedure-document-formulaire_cerfa = Formulario Cerfa completado y firmado
procedure-document-certificat_medical = Certificado médico (formulario de la MDPH)
procedure-document-cv = Currículum (CV)
procedure-document-bail = Contrato de alquiler
procedure-document-quittance_loyer = Último recibo del alquiler
procedure-document-numero_demande_logement = Número único de la solicitud de vivienda social
procedure-document-certificat_immatriculation = Certificado de matriculación (carte grise) tachado y firmado
procedure-document-certificat_cession = Certificado de venta del vehículo (certificat de cession)
procedure-document-controle_technique = Informe de la inspección técnica del vehículo (contrôle technique)
procedure-document-attestation_assurance = Certificado del seguro del vehículo
procedure-document-permis_conduire = Permiso de conducir actual
procedure-document-declaration_perte_vol = Denuncia de pérdida o robo
procedure-document-certificat_scolarite = Certificado de escolaridad
procedure-document-carnet_vaccination = Carnet de salud (vacunas)
procedure-document-diplome_francais = Diploma o certificado de nivel de francés
procedure-document-releves_compte = Extractos de la cuenta bancaria
procedure-document-attestation_refus_bancaire = Carta del banco que rechaza abrir la cuenta
procedure-document-declaration_sur_honneur = Declaración jurada (déclaration sur l’honneur)
procedure-document-statuts_association = Estatutos de la asociación
procedure-document-proces_verbal = Acta de la asamblea
