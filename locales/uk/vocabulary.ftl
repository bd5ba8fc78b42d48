# Labels of the national vocabulary (La Coop de la médiation numérique), translated by meaning,
# and Escale's own lists. One id per stored code: <prefix>-<code>.

activity-kind-individuel = Індивідуальна консультація
activity-kind-collectif = Групове заняття

place-type-lieu_activite = Місце прийому
place-type-domicile = Вдома
place-type-a_distance = Дистанційно
place-type-autre = Інше місце

equipment-ordinateur = Комп’ютер
equipment-telephone = Телефон
equipment-tablette = Планшет
equipment-autre = Інше
equipment-aucun = Без пристроїв

theme-diagnostic_numerique = Оцінка цифрових навичок
theme-prendre_en_main_du_materiel = Освоєння пристроїв
theme-maintenance_de_materiel = Обслуговування пристроїв
theme-gere_ses_contenus_numeriques = Керування своїми файлами й даними
theme-navigation_sur_internet = Користування інтернетом
theme-email = Електронна пошта
theme-bureautique = Офісні програми
theme-reseaux_sociaux = Соцмережі та спілкування
theme-sante = Здоров’я
theme-banque_et_achats_en_ligne = Банк і покупки онлайн
theme-entrepreneuriat = Допомога підприємцю
theme-insertion_professionnelle = Працевлаштування
theme-securite_numerique = Безпека в інтернеті
theme-parentalite = Батьківство
theme-scolarite_et_numerique = Школа і цифрові технології
theme-creer_avec_le_numerique = Творчість із цифровими технологіями
theme-culture_numerique = Цифрова культура
theme-intelligence_artificielle = Штучний інтелект (ШІ)
theme-aide_aux_demarches_administratives = Допомога з адміністративними процедурами
theme-papiers_elections_citoyennete = Документи - Вибори - Громадянство
theme-famille_scolarite = Сім’я - Навчання
theme-social_sante = Соціальна допомога - Здоров’я
theme-travail_formation = Робота - Навчання - Підприємництво
theme-logement = Житло
theme-transports_mobilite = Транспорт - Пересування
theme-argent_impots = Гроші - Податки
theme-justice = Правосуддя
theme-etrangers_europe = Іноземці - Європа
theme-loisirs_sports_culture = Дозвілля - Спорт - Культура
theme-associations = Асоціації (громадські організації)

autonomy-entierement_accompagne = Потрібна повна допомога
autonomy-partiellement_autonome = Самостійно, з допомогою за потреби
autonomy-autonome = Самостійно

workshop-level-debutant = Початковий
workshop-level-intermediaire = Середній
workshop-level-avance = Поглиблений

redirection-administration = Державна установа (мерія, префектура…)
redirection-mediation_numerique = Інша організація цифрової допомоги
redirection-operateur_ou_organisme_en_charge = Установа, що відповідає за адміністративну процедуру
redirection-aide_sociale = Організація соціальної допомоги (maison des solidarités, соціальний центр…)
redirection-insertion_professionnelle = Організація з працевлаштування (France Travail, mission locale, торгова палата…)
redirection-aide_aux_demarches_administratives = Організація допомоги з адміністративними процедурами (France Services…)
redirection-autre = Інше

gender-masculin = Чоловіча
gender-feminin = Жіноча
gender-non_communique = Не вказано

age-band-moins_de_douze = До 12 років
age-band-douze_dix_huit = 12–17 років
age-band-dix_huit_vingt_quatre = 18–24 роки
age-band-vingt_cinq_trente_neuf = 25–39 років
age-band-quarante_cinquante_neuf = 40–59 років
age-band-soixante_soixante_neuf = 60–69 років
age-band-soixante_dix_plus = 70 років і більше
age-band-non_communique = Не вказано

duration-band-moins_de_30_min = Менше 30 хв
duration-band-de_30_min_a_1_h = Від 30 хв до 1 год
duration-band-de_1_h_a_2_h = Від 1 до 2 год
duration-band-2_h_et_plus = 2 год і більше

social-status-scolarise = Навчається
social-status-sans_emploi = Без роботи
social-status-en_emploi = Працює
social-status-retraite = На пенсії
social-status-non_communique = Не вказано або різне

procedure-status-a_faire = Треба зробити
procedure-status-en_attente_de_pieces = Чекаємо документи
procedure-status-deposee = Подано
procedure-status-en_instruction = На розгляді
procedure-status-acceptee = Схвалено
procedure-status-refusee = Відмовлено
procedure-status-abandonnee = Припинено

procedure-event-status_change = Зміна статусу
procedure-event-reopening = Повторне відкриття
procedure-event-recurrence_done = Декларацію подано або продовження зроблено

recurrence-kind-renewal = Продовження
recurrence-kind-declaration = Регулярна декларація

document-state-brought = Принесено
document-state-missing = Бракує
document-state-not_needed = Не потрібно

follow-up-reason-deadline = Кінцевий термін
follow-up-reason-renewal = Треба продовжити
follow-up-reason-declaration = Треба подати декларацію
follow-up-reason-stuck = Надто довго без змін
follow-up-reason-call_back = Передзвонити людині

# Consent (Escale's own list).
consent-method-oral = Усно
consent-method-signed_form = Підписана форма
consent-purpose-file_follow_up = Вести картку, щоб стежити за консультаціями
consent-purpose-administrative_procedures = Зберігати відомості про адміністративні процедури (номери, нотатки, терміни)
consent-purpose-contact_reminders = Отримувати дзвінок або повідомлення про термін чи зустріч
consent-purpose-partner_referral = Передати контакти організації, до якої людину направляють

# What says who the person is or how to reach them: what an erasure empties.
personal-field-first_name = Ім’я
personal-field-last_name = Прізвище
personal-field-latin_first_name = Ім’я латиницею
personal-field-latin_last_name = Прізвище латиницею
personal-field-phone = Телефон
personal-field-email = Адреса електронної пошти
personal-field-languages = Мови, якими людина розмовляє
personal-field-document_language = Мова документів
personal-field-notes = Нотатки

# Languages (interface, documents handed out, languages spoken).
language-fr = Французька
language-en = Англійська
language-ar = Арабська
language-fa = Перська (дарі)
language-ps = Пушту
language-ti = Тигринья
language-uk = Українська
language-ru = Російська
language-ro = Румунська
language-tr = Турецька
language-es = Іспанська
language-pt = Португальська
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
    [60] 1 год
    [90] 1 год 30 хв
    [120] 2 год
   *[other] { $minutes } хв
}
