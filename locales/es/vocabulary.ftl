# Etiquetas del vocabulario nacional (La Coop de la médiation numérique), traducidas por su sentido,
# y de las listas propias de Escale. Un identificador por código guardado: <prefijo>-<código>.

activity-kind-individuel = Acompañamiento individual
activity-kind-collectif = Taller grupal

place-type-lieu_activite = Lugar de actividad
place-type-domicile = A domicilio
place-type-a_distance = A distancia
place-type-autre = Otro lugar

equipment-ordinateur = Computadora
equipment-telephone = Teléfono
equipment-tablette = Tableta
equipment-autre = Otro
equipment-aucun = Sin equipo

theme-diagnostic_numerique = Diagnóstico de competencias digitales
theme-prendre_en_main_du_materiel = Aprender a usar un aparato
theme-maintenance_de_materiel = Mantenimiento de aparatos
theme-gere_ses_contenus_numeriques = Gestionar sus contenidos digitales
theme-navigation_sur_internet = Navegar por internet
theme-email = Correo electrónico
theme-bureautique = Ofimática
theme-reseaux_sociaux = Redes sociales y comunicación
theme-sante = Salud
theme-banque_et_achats_en_ligne = Banca y compras en línea
theme-entrepreneuriat = Acompañar a un profesional
theme-insertion_professionnelle = Inserción laboral
theme-securite_numerique = Prevención en seguridad digital
theme-parentalite = Crianza de los hijos
theme-scolarite_et_numerique = Escolaridad y herramientas digitales
theme-creer_avec_le_numerique = Crear con herramientas digitales
theme-culture_numerique = Cultura digital
theme-intelligence_artificielle = Inteligencia artificial (IA)
theme-aide_aux_demarches_administratives = Ayuda con trámites administrativos
theme-papiers_elections_citoyennete = Documentos - Elecciones - Ciudadanía
theme-famille_scolarite = Familia - Escolaridad
theme-social_sante = Ayudas sociales - Salud
theme-travail_formation = Trabajo - Formación - Empresa
theme-logement = Vivienda
theme-transports_mobilite = Transporte - Movilidad
theme-argent_impots = Dinero - Impuestos
theme-justice = Justicia
theme-etrangers_europe = Extranjeros - Europa
theme-loisirs_sports_culture = Ocio - Deportes - Cultura
theme-associations = Asociaciones

autonomy-entierement_accompagne = Con guía
autonomy-partiellement_autonome = Autónomo, con guía si lo necesita
autonomy-autonome = Autónomo

workshop-level-debutant = Principiante
workshop-level-intermediaire = Intermedio
workshop-level-avance = Avanzado

redirection-administration = Administración pública (ayuntamiento, prefectura…)
redirection-mediation_numerique = Otra organización de mediación digital
redirection-operateur_ou_organisme_en_charge = Operador u organismo a cargo del trámite administrativo
redirection-aide_sociale = Organización de ayuda social (maison des solidarités, centro social…)
redirection-insertion_professionnelle = Organización de inserción laboral (France Travail, mission locale, cámara de comercio…)
redirection-aide_aux_demarches_administratives = Organización de ayuda con trámites administrativos (France Services…)
redirection-autre = Otra

gender-masculin = Masculino
gender-feminin = Femenino
gender-non_communique = No indicado

age-band-moins_de_douze = Menos de 12 años
age-band-douze_dix_huit = 12 - 17 años
age-band-dix_huit_vingt_quatre = 18 - 24 años
age-band-vingt_cinq_trente_neuf = 25 - 39 años
age-band-quarante_cinquante_neuf = 40 - 59 años
age-band-soixante_soixante_neuf = 60 - 69 años
age-band-soixante_dix_plus = 70 años o más
age-band-non_communique = No indicado

duration-band-moins_de_30_min = Menos de 30 min
duration-band-de_30_min_a_1_h = De 30 min a 1 h
duration-band-de_1_h_a_2_h = De 1 h a 2 h
duration-band-2_h_et_plus = 2 h o más

social-status-scolarise = Estudiante
social-status-sans_emploi = Sin empleo
social-status-en_emploi = Con empleo
social-status-retraite = Jubilado
social-status-non_communique = No indicado o variado

procedure-status-a_faire = Por hacer
procedure-status-en_attente_de_pieces = Faltan documentos
procedure-status-deposee = Presentado
procedure-status-en_instruction = En estudio
procedure-status-acceptee = Aceptado
procedure-status-refusee = Rechazado
procedure-status-abandonnee = Abandonado

procedure-event-status_change = Cambio de estado
procedure-event-reopening = Reapertura
procedure-event-recurrence_done = Declaración o renovación hecha

recurrence-kind-renewal = Renovación
recurrence-kind-declaration = Declaración periódica

document-state-brought = Traído
document-state-missing = Falta
document-state-not_needed = No hace falta

follow-up-reason-deadline = Fecha límite
follow-up-reason-renewal = Renovación que hacer
follow-up-reason-declaration = Declaración que hacer
follow-up-reason-stuck = En espera desde hace demasiado tiempo
follow-up-reason-call_back = Volver a llamar a la persona

# Consentimiento (lista propia de Escale).
consent-method-oral = Oral
consent-method-signed_form = Formulario firmado
consent-purpose-file_follow_up = Conservar una ficha para seguir los acompañamientos
consent-purpose-administrative_procedures = Conservar los datos de los trámites administrativos (números, notas, fechas límite)
consent-purpose-contact_reminders = Recibir una llamada o un mensaje por una fecha límite o una cita
consent-purpose-partner_referral = Pasar sus datos de contacto a la organización a la que se deriva a la persona

# Lo que dice quién es la persona o cómo contactarla: lo que vacía un borrado.
personal-field-first_name = Nombre
personal-field-last_name = Apellidos
personal-field-latin_first_name = Nombre en letras latinas
personal-field-latin_last_name = Apellidos en letras latinas
personal-field-phone = Teléfono
personal-field-email = Dirección de correo electrónico
personal-field-languages = Idiomas que habla
personal-field-document_language = Idioma de los documentos
personal-field-notes = Notas

# Idiomas (interfaz, documentos entregados, idiomas hablados).
language-fr = Francés
language-en = Inglés
language-ar = Árabe
language-fa = Persa (dari)
language-ps = Pastún
language-ti = Tigriña
language-uk = Ucraniano
language-ru = Ruso
language-ro = Rumano
language-tr = Turco
language-es = Español
language-pt = Portugués
# El nombre de cada idioma en ese idioma, para los selectores.
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

# Duraciones, como las muestra la plataforma nacional.
duration-minutes = { $minutes ->
    [60] 1 h
    [90] 1 h 30
    [120] 2 h
   *[other] { $minutes } min
}
