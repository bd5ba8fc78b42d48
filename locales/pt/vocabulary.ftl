# Etiquetas do vocabulário nacional (La Coop de la médiation numérique), traduzidas pelo sentido,
# e das listas próprias do Escale. Um identificador por código guardado: <prefixo>-<código>.

activity-kind-individuel = Acompanhamento individual
activity-kind-collectif = Sessão de grupo

place-type-lieu_activite = Local de atividade
place-type-domicile = Em casa da pessoa
place-type-a_distance = À distância
place-type-autre = Outro local

equipment-ordinateur = Computador
equipment-telephone = Telefone
equipment-tablette = Tablet
equipment-autre = Outro
equipment-aucun = Sem equipamento

theme-diagnostic_numerique = Diagnóstico das competências digitais
theme-prendre_en_main_du_materiel = Aprender a usar um aparelho
theme-maintenance_de_materiel = Manutenção de aparelhos
theme-gere_ses_contenus_numeriques = Gerir os seus conteúdos digitais
theme-navigation_sur_internet = Navegar na internet
theme-email = E-mail
theme-bureautique = Programas de escritório
theme-reseaux_sociaux = Redes sociais e comunicação
theme-sante = Saúde
theme-banque_et_achats_en_ligne = Banco e compras pela internet
theme-entrepreneuriat = Acompanhar um profissional
theme-insertion_professionnelle = Inserção profissional
theme-securite_numerique = Prevenção em segurança digital
theme-parentalite = Parentalidade
theme-scolarite_et_numerique = Escola e ferramentas digitais
theme-creer_avec_le_numerique = Criar com ferramentas digitais
theme-culture_numerique = Cultura digital
theme-intelligence_artificielle = Inteligência artificial (IA)
theme-aide_aux_demarches_administratives = Ajuda com processos administrativos
theme-papiers_elections_citoyennete = Documentos - Eleições - Cidadania
theme-famille_scolarite = Família - Escola
theme-social_sante = Apoio social - Saúde
theme-travail_formation = Trabalho - Formação - Empresa
theme-logement = Habitação
theme-transports_mobilite = Transportes - Mobilidade
theme-argent_impots = Dinheiro - Impostos
theme-justice = Justiça
theme-etrangers_europe = Estrangeiros - Europa
theme-loisirs_sports_culture = Lazer - Desporto - Cultura
theme-associations = Associações

autonomy-entierement_accompagne = Com orientação
autonomy-partiellement_autonome = Autónomo, com orientação se for preciso
autonomy-autonome = Autónomo

workshop-level-debutant = Iniciante
workshop-level-intermediaire = Intermédio
workshop-level-avance = Avançado

redirection-administration = Administração pública (câmara municipal, préfecture…)
redirection-mediation_numerique = Outra organização de mediação digital
redirection-operateur_ou_organisme_en_charge = Operador ou organismo responsável pelo processo administrativo
redirection-aide_sociale = Organização de apoio social (maison des solidarités, centro social…)
redirection-insertion_professionnelle = Organização de inserção profissional (France Travail, mission locale, câmara de comércio…)
redirection-aide_aux_demarches_administratives = Organização de ajuda com processos administrativos (France Services…)
redirection-autre = Outra

gender-masculin = Masculino
gender-feminin = Feminino
gender-non_communique = Não indicado

age-band-moins_de_douze = Menos de 12 anos
age-band-douze_dix_huit = 12 - 17 anos
age-band-dix_huit_vingt_quatre = 18 - 24 anos
age-band-vingt_cinq_trente_neuf = 25 - 39 anos
age-band-quarante_cinquante_neuf = 40 - 59 anos
age-band-soixante_soixante_neuf = 60 - 69 anos
age-band-soixante_dix_plus = 70 anos ou mais
age-band-non_communique = Não indicado

duration-band-moins_de_30_min = Menos de 30 min
duration-band-de_30_min_a_1_h = De 30 min a 1 h
duration-band-de_1_h_a_2_h = De 1 h a 2 h
duration-band-2_h_et_plus = 2 h ou mais

social-status-scolarise = Estudante
social-status-sans_emploi = Sem emprego
social-status-en_emploi = Com emprego
social-status-retraite = Reformado
social-status-non_communique = Não indicado ou variado

procedure-status-a_faire = Por fazer
procedure-status-en_attente_de_pieces = À espera de documentos
procedure-status-deposee = Entregue
procedure-status-en_instruction = Em análise
procedure-status-acceptee = Aprovado
procedure-status-refusee = Recusado
procedure-status-abandonnee = Abandonado

procedure-event-status_change = Mudança de estado
procedure-event-reopening = Reabertura
procedure-event-recurrence_done = Declaração ou renovação feita

recurrence-kind-renewal = Renovação
recurrence-kind-declaration = Declaração periódica

document-state-brought = Trazido
document-state-missing = Em falta
document-state-not_needed = Não é preciso

follow-up-reason-deadline = Prazo
follow-up-reason-renewal = Renovação a fazer
follow-up-reason-declaration = Declaração a fazer
follow-up-reason-stuck = À espera há demasiado tempo
follow-up-reason-call_back = Voltar a ligar à pessoa

# Consentimento (lista própria do Escale).
consent-method-oral = Oral
consent-method-signed_form = Formulário assinado
consent-purpose-file_follow_up = Manter uma ficha para o seguimento dos acompanhamentos
consent-purpose-administrative_procedures = Guardar as informações dos processos administrativos (números, notas, prazos)
consent-purpose-contact_reminders = Receber uma chamada ou uma mensagem por causa de um prazo ou de um encontro marcado
consent-purpose-partner_referral = Passar os seus contactos à organização para onde a pessoa é encaminhada

# O que diz quem é a pessoa ou como a contactar: o que um apagamento esvazia.
personal-field-first_name = Nome próprio
personal-field-last_name = Nome de família
personal-field-latin_first_name = Nome próprio em letras latinas
personal-field-latin_last_name = Nome de família em letras latinas
personal-field-phone = Telefone
personal-field-email = Endereço de e-mail
personal-field-languages = Línguas faladas
personal-field-document_language = Língua dos documentos
personal-field-notes = Notas

# Línguas (interface, documentos entregues, línguas faladas).
language-fr = Francês
language-en = Inglês
language-ar = Árabe
language-fa = Persa (dari)
language-ps = Pastó
language-ti = Tigrínia
language-uk = Ucraniano
language-ru = Russo
language-ro = Romeno
language-tr = Turco
language-es = Espanhol
language-pt = Português
# O nome de cada língua nessa língua, para os seletores.
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

# Durações, como a plataforma nacional as mostra.
duration-minutes = { $minutes ->
    [60] 1 h
    [90] 1 h 30
    [120] 2 h
   *[other] { $minutes } min
}
