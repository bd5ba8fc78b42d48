# Labels of the national vocabulary (La Coop de la médiation numérique), word for word in the
# French reference file and translated here for their meaning, and of Escale's own lists.
# One id per stored code: <prefix>-<code>.

activity-kind-individuel = کمک فردی
activity-kind-collectif = کارگاه گروهی

place-type-lieu_activite = محل فعالیت
place-type-domicile = در خانهٔ شخص
place-type-a_distance = از راه دور (تیلفون یا انترنت)
place-type-autre = جای دیگر

equipment-ordinateur = کمپیوتر
equipment-telephone = تیلفون
equipment-tablette = تبلت
equipment-autre = دیگر
equipment-aucun = بدون دستگاه

theme-diagnostic_numerique = سنجش مهارت‌های دیجیتال
theme-prendre_en_main_du_materiel = یاد گرفتن کار با دستگاه
theme-maintenance_de_materiel = نگهداری و رفع مشکل دستگاه
theme-gere_ses_contenus_numeriques = مرتب کردن فایل‌ها و محتوای دیجیتال خود
theme-navigation_sur_internet = استفاده از انترنت
theme-email = ایمیل
theme-bureautique = برنامه‌های دفتری (متن، جدول…)
theme-reseaux_sociaux = شبکه‌های اجتماعی و ارتباط
theme-sante = صحت و سلامتی
theme-banque_et_achats_en_ligne = بانک و خرید آنلاین
theme-entrepreneuriat = کمک به یک صاحب کسب‌وکار
theme-insertion_professionnelle = پیدا کردن کار
theme-securite_numerique = امنیت دیجیتال (پیشگیری از خطرها)
theme-parentalite = پدری و مادری
theme-scolarite_et_numerique = مکتب و درس با ابزار دیجیتال
theme-creer_avec_le_numerique = ساختن و آفریدن با ابزار دیجیتال
theme-culture_numerique = فرهنگ دیجیتال
theme-intelligence_artificielle = هوش مصنوعی (AI)
theme-aide_aux_demarches_administratives = کمک در کارهای اداری
theme-papiers_elections_citoyennete = مدارک - انتخابات - تابعیت
theme-famille_scolarite = خانواده - مکتب
theme-social_sante = امور اجتماعی - صحت
theme-travail_formation = کار - آموزش - کسب‌وکار
theme-logement = مسکن
theme-transports_mobilite = وسایل نقلیه - رفت‌وآمد
theme-argent_impots = پول - مالیات
theme-justice = امور حقوقی و محکمه
theme-etrangers_europe = خارجیان - اروپا
theme-loisirs_sports_culture = تفریح - ورزش - فرهنگ
theme-associations = انجمن‌ها

autonomy-entierement_accompagne = با راهنمایی کامل
autonomy-partiellement_autonome = خودش انجام می‌دهد، با راهنمایی در صورت نیاز
autonomy-autonome = کاملاً خودش انجام می‌دهد

workshop-level-debutant = مبتدی
workshop-level-intermediaire = متوسط
workshop-level-avance = پیشرفته

redirection-administration = ادارهٔ دولتی (Mairie، Préfecture…)
redirection-mediation_numerique = سازمان دیگری برای کمک دیجیتال
redirection-operateur_ou_organisme_en_charge = اداره یا سازمانی که مسئول همان کار اداری است
redirection-aide_sociale = سازمان کمک اجتماعی (maison des solidarités، centre social…)
redirection-insertion_professionnelle = سازمان کمک برای پیدا کردن کار (France Travail، mission locale، اتاق تجارت…)
redirection-aide_aux_demarches_administratives = سازمان کمک در کارهای اداری (France Services…)
redirection-autre = دیگر

gender-masculin = مرد
gender-feminin = زن
gender-non_communique = گفته نشده

age-band-moins_de_douze = کمتر از ۱۲ سال
age-band-douze_dix_huit = ۱۲ تا ۱۷ سال
age-band-dix_huit_vingt_quatre = ۱۸ تا ۲۴ سال
age-band-vingt_cinq_trente_neuf = ۲۵ تا ۳۹ سال
age-band-quarante_cinquante_neuf = ۴۰ تا ۵۹ سال
age-band-soixante_soixante_neuf = ۶۰ تا ۶۹ سال
age-band-soixante_dix_plus = ۷۰ سال و بیشتر
age-band-non_communique = گفته نشده

duration-band-moins_de_30_min = کمتر از ۳۰ دقیقه
duration-band-de_30_min_a_1_h = ۳۰ دقیقه تا ۱ ساعت
duration-band-de_1_h_a_2_h = ۱ تا ۲ ساعت
duration-band-2_h_et_plus = ۲ ساعت و بیشتر

social-status-scolarise = در حال درس خواندن
social-status-sans_emploi = بیکار
social-status-en_emploi = دارای کار
social-status-retraite = متقاعد (بازنشسته)
social-status-non_communique = گفته نشده یا مختلف

procedure-status-a_faire = باید انجام شود
procedure-status-en_attente_de_pieces = منتظر مدارک
procedure-status-deposee = فرستاده‌شده
procedure-status-en_instruction = در حال بررسی
procedure-status-acceptee = پذیرفته‌شده
procedure-status-refusee = ردشده
procedure-status-abandonnee = رهاشده

procedure-event-status_change = تغییر وضعیت
procedure-event-reopening = باز شدن دوباره
procedure-event-recurrence_done = اعلام یا تمدید انجام شد

recurrence-kind-renewal = تمدید
recurrence-kind-declaration = اعلام دوره‌ای

document-state-brought = آورده‌شده
document-state-missing = کم است
document-state-not_needed = لازم نیست

follow-up-reason-deadline = آخرین مهلت
follow-up-reason-renewal = تمدید لازم است
follow-up-reason-declaration = اعلام لازم است
follow-up-reason-stuck = خیلی وقت است منتظر است
follow-up-reason-call_back = تماس دوباره با شخص

# Consent (Escale's own list).
consent-method-oral = شفاهی
consent-method-signed_form = فورم امضاشده
consent-purpose-file_follow_up = نگه داشتن یک پرونده برای پیگیری جلسه‌های کمک
consent-purpose-administrative_procedures = نگه داشتن اطلاعات کارهای اداری (شماره‌ها، یادداشت‌ها، مهلت‌ها)
consent-purpose-contact_reminders = تماس تیلفونی یا پیام برای یادآوری یک مهلت یا یک قرار ملاقات
consent-purpose-partner_referral = دادن اطلاعات تماس شخص به سازمانی که شخص به آن معرفی می‌شود

# What says who the person is or how to reach them: what an erasure empties.
personal-field-first_name = نام
personal-field-last_name = نام خانوادگی
personal-field-latin_first_name = نام با حروف لاتین
personal-field-latin_last_name = نام خانوادگی با حروف لاتین
personal-field-phone = تیلفون
personal-field-email = آدرس ایمیل
personal-field-languages = زبان‌هایی که صحبت می‌کند
personal-field-document_language = زبان مدارک
personal-field-notes = یادداشت‌ها

# Languages (interface, documents handed out, languages spoken).
language-fr = فرانسوی
language-en = انگلیسی
language-ar = عربی
language-fa = دری / فارسی
language-ps = پشتو
language-ti = تیگرینیا
language-uk = اوکراینی
language-ru = روسی
language-ro = رومانیایی
language-tr = ترکی
language-es = اسپانیایی
language-pt = پرتگالی
# Each language's name in that language, for the pickers.
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

# Durations, shown in hours and minutes.
duration-minutes = { $minutes ->
    [60] ۱ ساعت
    [90] ۱ ساعت و ۳۰ دقیقه
    [120] ۲ ساعت
   *[other] { $minutes } دقیقه
}
