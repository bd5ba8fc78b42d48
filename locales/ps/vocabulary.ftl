# Labels of the national vocabulary (La Coop de la médiation numérique), translated plainly,
# and Escale's own lists. One id per stored code: <prefix>-<code>.

activity-kind-individuel = انفرادي مرسته
activity-kind-collectif = ډله‌ییز ورکشاپ

place-type-lieu_activite = د کار ځای
place-type-domicile = په کور کې
place-type-a_distance = له لرې (ټیلیفون یا انټرنیټ)
place-type-autre = بل ځای

equipment-ordinateur = کمپیوټر
equipment-telephone = ټیلیفون
equipment-tablette = ټابلېټ
equipment-autre = نور
equipment-aucun = هېڅ وسیله نه

theme-diagnostic_numerique = د ډیجیټل مهارتونو ارزونه
theme-prendre_en_main_du_materiel = د وسایلو کارول زده کول
theme-maintenance_de_materiel = د وسایلو ساتنه او ترمیم
theme-gere_ses_contenus_numeriques = د خپلو ډیجیټل فایلونو تنظیمول
theme-navigation_sur_internet = په انټرنیټ کې ګرځېدل
theme-email = ایمیل
theme-bureautique = دفتري پروګرامونه
theme-reseaux_sociaux = ټولنیزې رسنۍ او اړیکې
theme-sante = روغتیا
theme-banque_et_achats_en_ligne = بانک او انلاین پېرود
theme-entrepreneuriat = له یو کاروباري کس سره مرسته
theme-insertion_professionnelle = کار موندل او کار ته ننوتل
theme-securite_numerique = د ډیجیټل خطرونو مخنیوی (امنیت)
theme-parentalite = د ماشومانو روزنه (مور او پلار)
theme-scolarite_et_numerique = ښوونځی او ډیجیټل وسایل
theme-creer_avec_le_numerique = په ډیجیټل وسایلو څه جوړول
theme-culture_numerique = ډیجیټل پوهه
theme-intelligence_artificielle = مصنوعي ځیرکتیا (AI)
theme-aide_aux_demarches_administratives = په اداري کارونو کې مرسته
theme-papiers_elections_citoyennete = اسناد - ټاکنې - تابعیت
theme-famille_scolarite = کورنۍ - ښوونځی
theme-social_sante = ټولنیزې چارې - روغتیا
theme-travail_formation = کار - زده کړه - کاروبار
theme-logement = کور
theme-transports_mobilite = ترانسپورت - تګ راتګ
theme-argent_impots = پیسې - مالیات
theme-justice = عدلیه
theme-etrangers_europe = بهرنیان - اروپا
theme-loisirs_sports_culture = تفریح - سپورټ - کلتور
theme-associations = ټولنې

autonomy-entierement_accompagne = له لارښوونې سره
autonomy-partiellement_autonome = پخپله، خو د اړتیا پر وخت له لارښوونې سره
autonomy-autonome = پخپله (بې له مرستې)

workshop-level-debutant = پیل کوونکی
workshop-level-intermediaire = منځنی
workshop-level-avance = پرمختللی

redirection-administration = دولتي اداره (ښاروالي، ولایت…)
redirection-mediation_numerique = د ډیجیټل مرستې بله اداره
redirection-operateur_ou_organisme_en_charge = هغه اداره چې اداري کار یې په غاړه دی
redirection-aide_sociale = د ټولنیزې مرستې اداره (maison des solidarités، centre social…)
redirection-insertion_professionnelle = د کار موندنې اداره (France Travail، mission locale، chambre de commerce…)
redirection-aide_aux_demarches_administratives = په اداري کارونو کې د مرستې اداره (France Services…)
redirection-autre = بله

gender-masculin = نارینه
gender-feminin = ښځینه
gender-non_communique = نه دی ویل شوی

age-band-moins_de_douze = له ۱۲ کالو کم
age-band-douze_dix_huit = ۱۲ - ۱۷ کاله
age-band-dix_huit_vingt_quatre = ۱۸ - ۲۴ کاله
age-band-vingt_cinq_trente_neuf = ۲۵ - ۳۹ کاله
age-band-quarante_cinquante_neuf = ۴۰ - ۵۹ کاله
age-band-soixante_soixante_neuf = ۶۰ - ۶۹ کاله
age-band-soixante_dix_plus = ۷۰ کاله او زیات
age-band-non_communique = نه دی ویل شوی

duration-band-moins_de_30_min = له ۳۰ دقیقو کم
duration-band-de_30_min_a_1_h = له ۳۰ دقیقو تر ۱ ساعت
duration-band-de_1_h_a_2_h = له ۱ تر ۲ ساعتونو
duration-band-2_h_et_plus = ۲ ساعته او ډېر

social-status-scolarise = زده کوونکی
social-status-sans_emploi = بې روزګاره
social-status-en_emploi = په کار بوخت
social-status-retraite = متقاعد
social-status-non_communique = نه دی ویل شوی یا ګډ

procedure-status-a_faire = باید وشي
procedure-status-en_attente_de_pieces = د اسنادو په تمه
procedure-status-deposee = سپارل شوی
procedure-status-en_instruction = تر غور لاندې
procedure-status-acceptee = منل شوی
procedure-status-refusee = رد شوی
procedure-status-abandonnee = پرېښودل شوی

procedure-event-status_change = د حالت بدلون
procedure-event-reopening = بیا پرانیستل
procedure-event-recurrence_done = اظهارنامه یا تمدید وشو

recurrence-kind-renewal = تمدید
recurrence-kind-declaration = منظمه اظهارنامه

document-state-brought = راوړل شوی
document-state-missing = نشته
document-state-not_needed = اړین نه دی

follow-up-reason-deadline = وروستۍ نېټه
follow-up-reason-renewal = تمدید باید وشي
follow-up-reason-declaration = اظهارنامه باید وشي
follow-up-reason-stuck = ډېر وخت په تمه دی
follow-up-reason-call_back = کس ته بیا زنګ ووهئ

# Consent (Escale's own list).
consent-method-oral = شفاهي (په خوله)
consent-method-signed_form = لاسلیک شوی فورم
consent-purpose-file_follow_up = د مرستو د تعقیب لپاره د دوسیې ساتل
consent-purpose-administrative_procedures = د اداري کارونو معلومات ساتل (شمېرې، یادښتونه، وروستۍ نېټې)
consent-purpose-contact_reminders = د یوې وروستۍ نېټې یا ملاقات لپاره زنګ یا پیغام ترلاسه کول
consent-purpose-partner_referral = د اړیکې معلومات هغې ادارې ته لېږل چې کس ورته معرفي کېږي

# What says who the person is or how to reach them: what an erasure empties.
personal-field-first_name = نوم
personal-field-last_name = تخلص
personal-field-latin_first_name = نوم په لاتیني تورو
personal-field-latin_last_name = تخلص په لاتیني تورو
personal-field-phone = ټیلیفون
personal-field-email = د ایمیل پته
personal-field-languages = هغه ژبې چې خبرې پرې کوي
personal-field-document_language = د اسنادو ژبه
personal-field-notes = یادښتونه

# Languages (interface, documents handed out, languages spoken).
language-fr = فرانسوي
language-en = انګرېزي
language-ar = عربي
language-fa = فارسي (دري)
language-ps = پښتو
language-ti = تیګرینیا
language-uk = اوکرایني
language-ru = روسي
language-ro = رومانیایي
language-tr = ترکي
language-es = هسپانوي
language-pt = پرتګالي
# Each language's name in that language, for pickers.
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
    [60] یو ساعت
    [90] یو نیم ساعت
    [120] دوه ساعته
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقې
}
