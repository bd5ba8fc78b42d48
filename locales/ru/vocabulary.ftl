# Labels of the national vocabulary (La Coop de la médiation numérique), translated by meaning,
# and Escale's own lists. One id per stored code: <prefix>-<code>.

activity-kind-individuel = Индивидуальная консультация
activity-kind-collectif = Групповое занятие

place-type-lieu_activite = Место приёма
place-type-domicile = На дому
place-type-a_distance = Дистанционно
place-type-autre = Другое место

equipment-ordinateur = Компьютер
equipment-telephone = Телефон
equipment-tablette = Планшет
equipment-autre = Другое
equipment-aucun = Без устройств

theme-diagnostic_numerique = Оценка цифровых навыков
theme-prendre_en_main_du_materiel = Освоение устройств
theme-maintenance_de_materiel = Обслуживание устройств
theme-gere_ses_contenus_numeriques = Управление своими файлами и данными
theme-navigation_sur_internet = Пользование интернетом
theme-email = Электронная почта
theme-bureautique = Офисные программы
theme-reseaux_sociaux = Соцсети и общение
theme-sante = Здоровье
theme-banque_et_achats_en_ligne = Банк и покупки онлайн
theme-entrepreneuriat = Помощь предпринимателю
theme-insertion_professionnelle = Трудоустройство
theme-securite_numerique = Безопасность в интернете
theme-parentalite = Родительство
theme-scolarite_et_numerique = Школа и цифровые технологии
theme-creer_avec_le_numerique = Творчество с цифровыми технологиями
theme-culture_numerique = Цифровая культура
theme-intelligence_artificielle = Искусственный интеллект (ИИ)
theme-aide_aux_demarches_administratives = Помощь с административными процедурами
theme-papiers_elections_citoyennete = Документы - Выборы - Гражданство
theme-famille_scolarite = Семья - Учёба
theme-social_sante = Социальная помощь - Здоровье
theme-travail_formation = Работа - Обучение - Предпринимательство
theme-logement = Жильё
theme-transports_mobilite = Транспорт - Передвижение
theme-argent_impots = Деньги - Налоги
theme-justice = Правосудие
theme-etrangers_europe = Иностранцы - Европа
theme-loisirs_sports_culture = Досуг - Спорт - Культура
theme-associations = Ассоциации (общественные организации)

autonomy-entierement_accompagne = Нужна полная помощь
autonomy-partiellement_autonome = Самостоятельно, с помощью при необходимости
autonomy-autonome = Самостоятельно

workshop-level-debutant = Начальный
workshop-level-intermediaire = Средний
workshop-level-avance = Продвинутый

redirection-administration = Государственное учреждение (мэрия, префектура…)
redirection-mediation_numerique = Другая организация цифровой помощи
redirection-operateur_ou_organisme_en_charge = Учреждение, которое ведёт административную процедуру
redirection-aide_sociale = Организация социальной помощи (maison des solidarités, социальный центр…)
redirection-insertion_professionnelle = Организация по трудоустройству (France Travail, mission locale, торговая палата…)
redirection-aide_aux_demarches_administratives = Организация помощи с административными процедурами (France Services…)
redirection-autre = Другое

gender-masculin = Мужской
gender-feminin = Женский
gender-non_communique = Не указан

age-band-moins_de_douze = До 12 лет
age-band-douze_dix_huit = 12–17 лет
age-band-dix_huit_vingt_quatre = 18–24 года
age-band-vingt_cinq_trente_neuf = 25–39 лет
age-band-quarante_cinquante_neuf = 40–59 лет
age-band-soixante_soixante_neuf = 60–69 лет
age-band-soixante_dix_plus = 70 лет и старше
age-band-non_communique = Не указано

duration-band-moins_de_30_min = Менее 30 мин
duration-band-de_30_min_a_1_h = От 30 мин до 1 ч
duration-band-de_1_h_a_2_h = От 1 до 2 ч
duration-band-2_h_et_plus = 2 ч и более

social-status-scolarise = Учится
social-status-sans_emploi = Без работы
social-status-en_emploi = Работает
social-status-retraite = На пенсии
social-status-non_communique = Не указано или разное

procedure-status-a_faire = Нужно сделать
procedure-status-en_attente_de_pieces = Ждём документы
procedure-status-deposee = Подано
procedure-status-en_instruction = На рассмотрении
procedure-status-acceptee = Одобрено
procedure-status-refusee = Отказано
procedure-status-abandonnee = Прекращено

procedure-event-status_change = Смена статуса
procedure-event-reopening = Повторное открытие
procedure-event-recurrence_done = Декларация подана или продление сделано

recurrence-kind-renewal = Продление
recurrence-kind-declaration = Регулярная декларация

document-state-brought = Принесён
document-state-missing = Не хватает
document-state-not_needed = Не нужен

follow-up-reason-deadline = Крайний срок
follow-up-reason-renewal = Нужно продлить
follow-up-reason-declaration = Нужно подать декларацию
follow-up-reason-stuck = Слишком долго без изменений
follow-up-reason-call_back = Перезвонить человеку

# Consent (Escale's own list).
consent-method-oral = Устно
consent-method-signed_form = Подписанная форма
consent-purpose-file_follow_up = Вести карточку, чтобы следить за консультациями
consent-purpose-administrative_procedures = Хранить сведения об административных процедурах (номера, заметки, сроки)
consent-purpose-contact_reminders = Получать звонок или сообщение о сроке или встрече
consent-purpose-partner_referral = Передать контакты организации, куда человека направляют

# What says who the person is or how to reach them: what an erasure empties.
personal-field-first_name = Имя
personal-field-last_name = Фамилия
personal-field-latin_first_name = Имя латиницей
personal-field-latin_last_name = Фамилия латиницей
personal-field-phone = Телефон
personal-field-email = Адрес электронной почты
personal-field-languages = Языки, на которых человек говорит
personal-field-document_language = Язык документов
personal-field-notes = Заметки

# Languages (interface, documents handed out, languages spoken).
language-fr = Французский
language-en = Английский
language-ar = Арабский
language-fa = Персидский (дари)
language-ps = Пушту
language-ti = Тигринья
language-uk = Украинский
language-ru = Русский
language-ro = Румынский
language-tr = Турецкий
language-es = Испанский
language-pt = Португальский
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

# Durations, as the national platform shows them.
duration-minutes = { $minutes ->
    [60] 1 ч
    [90] 1 ч 30 мин
    [120] 2 ч
   *[other] { $minutes } мин
}
