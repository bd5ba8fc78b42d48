# O catálogo de processos (assets/procedures/catalogue.toml): nome de cada processo,
# dos organismos e dos documentos pedidos. Um identificador do catálogo sem mensagem aqui
# é assinalado pelos testes. Os nomes franceses dos organismos e das ajudas mantêm-se
# (é o que a pessoa vê nas cartas e nos sites), com uma breve explicação.

## Processos

procedure-kind-caf_rsa = CAF — RSA (Revenu de solidarité active, rendimento mínimo)
procedure-kind-caf_prime_activite = CAF — Prime d’activité (complemento para quem trabalha e ganha pouco)
procedure-kind-caf_declaration_trimestrielle = CAF — Declaração trimestral de rendimentos
procedure-kind-caf_aah = CAF — AAH (Allocation aux adultes handicapés, subsídio para adultos com deficiência)
procedure-kind-ameli_complementaire_sante_solidaire = Ameli — Complémentaire santé solidaire (seguro de saúde complementar gratuito ou barato)
procedure-kind-ameli_carte_vitale = Ameli — Carte Vitale (cartão do seguro de saúde)
procedure-kind-ameli_compte = Ameli — Criar a conta
procedure-kind-ameli_affiliation = Ameli — Abertura de direitos ao seguro de saúde (Assurance maladie)
procedure-kind-ameli_aide_medicale_etat = Ameli — AME (Aide médicale de l’État, cuidados de saúde para estrangeiros sem autorização de residência)
procedure-kind-retraite_aspa = Reforma — ASPA (Minimum vieillesse, rendimento mínimo para idosos)
procedure-kind-departement_apa = Departamento — APA (Allocation personnalisée d’autonomie, apoio a idosos dependentes)
procedure-kind-mdph_dossier = MDPH — Pedido por deficiência
procedure-kind-cheque_energie = Chèque énergie (ajuda para pagar a energia)
procedure-kind-domiciliation = Domiciliation (endereço administrativo para receber o correio)
procedure-kind-ants_carte_identite = ANTS — Cartão de identidade ou passaporte
procedure-kind-ants_carte_nationale_identite = ANTS — Cartão nacional de identidade (carte nationale d’identité)
procedure-kind-ants_passeport = ANTS — Passaporte
procedure-kind-mairie_listes_electorales = Mairie — Inscrição nas listas eleitorais
procedure-kind-mairie_acte_etat_civil = Mairie — Certidão do registo civil (nascimento, casamento)
procedure-kind-france_connect = FranceConnect — Criar um acesso
procedure-kind-autre = Outro processo
procedure-kind-caf_naissance_paje = CAF — Nascimento (PAJE, apoio para filhos pequenos)
procedure-kind-caf_changement_situation = CAF — Declarar uma mudança de situação
procedure-kind-education_bourse_college = Bolsa do collège (ensino básico, dos 11 aos 15 anos)
procedure-kind-education_bourse_lycee = Bolsa do lycée (ensino secundário, dos 15 aos 18 anos)
procedure-kind-crous_bourse_etudiant = Crous — Bolsa de estudo universitária segundo os rendimentos (dossier social étudiant)
procedure-kind-mairie_inscription_scolaire = Mairie — Inscrição na escola
procedure-kind-france_travail_inscription = France Travail — Inscrição como candidato a emprego
procedure-kind-france_travail_actualisation = France Travail — Atualização mensal (actualisation)
procedure-kind-retraite_demande = Reforma — Pedido da pensão de reforma
procedure-kind-retraite_reversion = Reforma — Pensão de viuvez (pension de réversion)
procedure-kind-urssaf_micro_entreprise = Urssaf — Criar uma microempresa (micro-entreprise)
procedure-kind-caf_aide_logement = CAF — Apoio à habitação (APL)
procedure-kind-logement_social = Pedido de habitação social
procedure-kind-logement_social_renouvellement = Renovação do pedido de habitação social
procedure-kind-fsl_aide = FSL (Fonds de solidarité pour le logement, ajuda para despesas de habitação)
procedure-kind-dalo_recours = Recurso DALO (direito à habitação que pode ser exigido)
procedure-kind-ants_permis_conduire = ANTS — Carta de condução
procedure-kind-ants_carte_grise = ANTS — Certificado de matrícula do veículo (carte grise)
procedure-kind-transport_tarif_solidaire = Transportes — Tarifa reduzida para rendimentos baixos (tarif solidaire)
procedure-kind-impots_declaration_revenus = Impostos — Declaração de rendimentos
procedure-kind-impots_espace_particulier = Impostos — Criar a área pessoal (espace particulier)
procedure-kind-banque_droit_au_compte = Banque de France — Direito a ter uma conta bancária (droit au compte)
procedure-kind-banque_surendettement = Banque de France — Processo de sobre-endividamento
procedure-kind-banque_ouverture_compte = Banco — Abrir uma conta
procedure-kind-justice_aide_juridictionnelle = Justiça — Apoio judiciário (aide juridictionnelle)
procedure-kind-justice_casier_judiciaire = Justiça — Certificado de registo criminal (casier judiciaire)
procedure-kind-anef_titre_sejour = ANEF — Titre de séjour (autorização de residência): pedido ou renovação
procedure-kind-anef_premier_titre_sejour = ANEF — Primeiro titre de séjour (autorização de residência)
procedure-kind-anef_renouvellement_titre_sejour = ANEF — Renovação do titre de séjour (autorização de residência)
procedure-kind-anef_naturalisation = ANEF — Nacionalidade francesa (naturalisation)
procedure-kind-anef_document_circulation_mineur = ANEF — DCEM (documento de viagem para menores estrangeiros)
procedure-kind-pass_sport = Pass’Sport (ajuda para o desporto dos jovens)
procedure-kind-association_declaration = Associação — Declaração ou alteração

## Organismos

procedure-organisation-caf = CAF (Caisse d’allocations familiales: prestações familiares e sociais)
procedure-organisation-assurance_maladie = Assurance maladie (seguro de saúde: CPAM, Ameli)
procedure-organisation-assurance_retraite = Assurance retraite (pensões de reforma: Carsat, CNAV)
procedure-organisation-france_travail = France Travail (serviço público de emprego)
procedure-organisation-impots = Finances publiques (impostos, impots.gouv)
procedure-organisation-ants = ANTS (Agence nationale des titres sécurisés: documentos de identidade, cartas de condução)
procedure-organisation-mairie = Mairie (câmara municipal)
procedure-organisation-prefecture = Préfecture (representação do Estado no departamento: estrangeiros, ANEF)
procedure-organisation-mdph = MDPH (Maison départementale des personnes handicapées: deficiência)
procedure-organisation-departement = Conseil départemental (administração do departamento)
procedure-organisation-ccas = CCAS (Centre communal d’action sociale: serviço social do município)
procedure-organisation-asp = ASP (Agence de services et de paiement: chèque énergie)
procedure-organisation-banque_de_france = Banque de France
procedure-organisation-banque = Banco
procedure-organisation-education_nationale = Éducation nationale (escola)
procedure-organisation-crous = Crous (serviços para estudantes)
procedure-organisation-logement_social = Registo nacional dos pedidos de habitação social
procedure-organisation-commission_dalo = Comissão de mediação DALO
procedure-organisation-urssaf = Urssaf (contribuições sociais)
procedure-organisation-tribunal = Tribunal (gabinete de apoio judiciário)
procedure-organisation-casier_judiciaire = Casier judiciaire national (registo criminal)
procedure-organisation-reseau_transport = Rede de transportes local
procedure-organisation-pass_sport = Pass’Sport (Ministério do Desporto)
procedure-organisation-france_connect = FranceConnect

## Documentos

procedure-document-piece_identite = Documento de identificação
procedure-document-passeport = Passaporte
procedure-document-titre_sejour = Titre de séjour (autorização de residência) válido
procedure-document-acte_naissance = Certidão de nascimento (cópia integral)
procedure-document-livret_famille = Livret de famille (caderneta de família)
procedure-document-acte_mariage = Certidão de casamento
procedure-document-acte_deces = Certidão de óbito do cônjuge
procedure-document-justificatif_domicile = Comprovativo de endereço com menos de 3 meses
procedure-document-attestation_hebergement = Declaração de alojamento da pessoa que aloja e o documento de identificação dela
procedure-document-attestation_domiciliation = Certificado de domiciliation (endereço administrativo)
procedure-document-photo_identite = Fotografia tipo passe conforme às normas (ou código e-photo)
procedure-document-timbre_fiscal = Timbre fiscal (selo fiscal)
procedure-document-rib = RIB (dados da conta bancária)
procedure-document-avis_imposition = Último aviso do imposto sobre o rendimento (avis d’imposition)
procedure-document-justificatifs_ressources = Comprovativos de rendimentos dos últimos 3 meses
procedure-document-bulletins_salaire = Recibos de salário
procedure-document-attestations_employeurs = Declarações dos empregadores ou contratos de trabalho
procedure-document-releve_carriere = Histórico da carreira profissional (relevé de carrière)
procedure-document-attestation_droits_assurance_maladie = Declaração de direitos ao seguro de saúde (número da segurança social)
procedure-document-attestation_caf = Declaração de pagamentos da CAF (quotient familial)
procedure-document-notification_droits = Notificação de direitos (CAF, MDPH…)
procedure-document-adresse_email = Endereço de e-mail a que a pessoa tenha acesso
procedure-document-telephone_portable = Telemóvel para receber um código
procedure-document-identifiants_compte = Dados de acesso à conta na internet
procedure-document-formulaire_cerfa = Formulário Cerfa preenchido e assinado
procedure-document-certificat_medical = Atestado médico (formulário da MDPH)
procedure-document-cv = Currículo (CV)
procedure-document-bail = Contrato de arrendamento
procedure-document-quittance_loyer = Último recibo da renda
procedure-document-numero_demande_logement = Número único do pedido de habitação social
procedure-document-certificat_immatriculation = Certificado de matrícula (carte grise) riscado e assinado
procedure-document-certificat_cession = Certificado de venda do veículo (certificat de cession)
procedure-document-controle_technique = Relatório da inspeção técnica do veículo (contrôle technique)
procedure-document-attestation_assurance = Certificado do seguro do veículo
procedure-document-permis_conduire = Carta de condução atual
procedure-document-declaration_perte_vol = Declaração de perda ou de roubo
procedure-document-certificat_scolarite = Certificado de matrícula escolar
procedure-document-carnet_vaccination = Boletim de saúde (vacinas)
procedure-document-diplome_francais = Diploma ou certificado de nível de francês
procedure-document-releves_compte = Extratos da conta bancária
procedure-document-attestation_refus_bancaire = Carta do banco a recusar abrir a conta
procedure-document-declaration_sur_honneur = Declaração sob compromisso de honra (déclaration sur l’honneur)
procedure-document-statuts_association = Estatutos da associação
procedure-document-proces_verbal = Ata da assembleia
