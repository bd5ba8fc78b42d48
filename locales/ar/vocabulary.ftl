# Labels of the national vocabulary (La Coop de la médiation numérique), word for word in the
# French reference file, translated here, and of Escale’s own lists. One id per stored code: <prefix>-<code>.

activity-kind-individuel = مرافقة فردية
activity-kind-collectif = ورشة جماعية

place-type-lieu_activite = مكان النشاط
place-type-domicile = في المنزل
place-type-a_distance = عن بُعد
place-type-autre = مكان آخر

equipment-ordinateur = حاسوب
equipment-telephone = هاتف
equipment-tablette = جهاز لوحي
equipment-autre = جهاز آخر
equipment-aucun = بدون جهاز

theme-diagnostic_numerique = تقييم المهارات الرقمية
theme-prendre_en_main_du_materiel = تعلّم استعمال الجهاز
theme-maintenance_de_materiel = صيانة الأجهزة
theme-gere_ses_contenus_numeriques = تنظيم الملفات والمحتوى الرقمي
theme-navigation_sur_internet = تصفّح الإنترنت
theme-email = البريد الإلكتروني
theme-bureautique = برامج المكتب (النصوص والجداول)
theme-reseaux_sociaux = شبكات التواصل الاجتماعي والتواصل
theme-sante = الصحة
theme-banque_et_achats_en_ligne = البنك والشراء عبر الإنترنت
theme-entrepreneuriat = مرافقة صاحب مهنة أو مشروع
theme-insertion_professionnelle = الإدماج المهني
theme-securite_numerique = الوقاية والأمان الرقمي
theme-parentalite = الأبوّة والأمومة
theme-scolarite_et_numerique = الدراسة والأدوات الرقمية
theme-creer_avec_le_numerique = الإبداع بالأدوات الرقمية
theme-culture_numerique = الثقافة الرقمية
theme-intelligence_artificielle = الذكاء الاصطناعي
theme-aide_aux_demarches_administratives = المساعدة في الإجراءات الإدارية
theme-papiers_elections_citoyennete = الوثائق - الانتخابات - المواطنة
theme-famille_scolarite = الأسرة - الدراسة
theme-social_sante = الشؤون الاجتماعية - الصحة
theme-travail_formation = العمل - التدريب - المؤسسات
theme-logement = السكن
theme-transports_mobilite = النقل - التنقّل
theme-argent_impots = المال - الضرائب
theme-justice = القضاء
theme-etrangers_europe = الأجانب - أوروبا
theme-loisirs_sports_culture = الترفيه - الرياضة - الثقافة
theme-associations = الجمعيات

autonomy-entierement_accompagne = مع التوجيه
autonomy-partiellement_autonome = مستقل مع التوجيه عند الحاجة
autonomy-autonome = مستقل

workshop-level-debutant = مبتدئ
workshop-level-intermediaire = متوسط
workshop-level-avance = متقدّم

redirection-administration = إدارة عمومية (البلدية، préfecture…)
redirection-mediation_numerique = جهة أخرى للوساطة الرقمية
redirection-operateur_ou_organisme_en_charge = الهيئة أو الجهة المسؤولة عن الإجراء الإداري
redirection-aide_sociale = جهة للمساعدة الاجتماعية (maison des solidarités، مركز اجتماعي…)
redirection-insertion_professionnelle = جهة للإدماج المهني (France Travail، mission locale، غرفة التجارة…)
redirection-aide_aux_demarches_administratives = جهة للمساعدة في الإجراءات الإدارية (France Services…)
redirection-autre = غير ذلك

gender-masculin = ذكر
gender-feminin = أنثى
gender-non_communique = لم يُذكر

age-band-moins_de_douze = أقل من 12 سنة
age-band-douze_dix_huit = 12 - 17 سنة
age-band-dix_huit_vingt_quatre = 18 - 24 سنة
age-band-vingt_cinq_trente_neuf = 25 - 39 سنة
age-band-quarante_cinquante_neuf = 40 - 59 سنة
age-band-soixante_soixante_neuf = 60 - 69 سنة
age-band-soixante_dix_plus = 70 سنة فأكثر
age-band-non_communique = لم يُذكر

duration-band-moins_de_30_min = أقل من 30 دقيقة
duration-band-de_30_min_a_1_h = من 30 دقيقة إلى ساعة
duration-band-de_1_h_a_2_h = من ساعة إلى ساعتين
duration-band-2_h_et_plus = ساعتان أو أكثر

social-status-scolarise = تلميذ أو طالب
social-status-sans_emploi = بدون عمل
social-status-en_emploi = يعمل
social-status-retraite = متقاعد
social-status-non_communique = لم يُذكر أو مختلط

procedure-status-a_faire = للإنجاز
procedure-status-en_attente_de_pieces = في انتظار الوثائق
procedure-status-deposee = تم الإيداع
procedure-status-en_instruction = قيد الدراسة
procedure-status-acceptee = مقبول
procedure-status-refusee = مرفوض
procedure-status-abandonnee = متروك

procedure-event-status_change = تغيير الحالة
procedure-event-reopening = إعادة الفتح
procedure-event-recurrence_done = تم التصريح أو التجديد

recurrence-kind-renewal = تجديد
recurrence-kind-declaration = تصريح دوري

document-state-brought = تم إحضارها
document-state-missing = ناقصة
document-state-not_needed = غير ضرورية

follow-up-reason-deadline = الموعد النهائي
follow-up-reason-renewal = تجديد يجب القيام به
follow-up-reason-declaration = تصريح يجب القيام به
follow-up-reason-stuck = في الانتظار منذ مدة طويلة
follow-up-reason-call_back = معاودة الاتصال بالشخص

# Consent (Escale’s own list).
consent-method-oral = شفهيًا
consent-method-signed_form = استمارة موقّعة
consent-purpose-file_follow_up = الاحتفاظ بملف لمتابعة جلسات المرافقة
consent-purpose-administrative_procedures = الاحتفاظ بمعلومات الإجراءات الإدارية (الأرقام، الملاحظات، المواعيد النهائية)
consent-purpose-contact_reminders = تلقّي مكالمة أو رسالة للتذكير بموعد نهائي أو بموعد لقاء
consent-purpose-partner_referral = إرسال بيانات الاتصال بالشخص إلى الجهة التي يُوجَّه إليها

# What says who the person is or how to reach them: what an erasure empties.
personal-field-first_name = الاسم الشخصي
personal-field-last_name = اسم العائلة
personal-field-latin_first_name = الاسم الشخصي بالحروف اللاتينية
personal-field-latin_last_name = اسم العائلة بالحروف اللاتينية
personal-field-phone = الهاتف
personal-field-email = البريد الإلكتروني
personal-field-languages = اللغات المتحدَّث بها
personal-field-document_language = لغة الوثائق
personal-field-notes = ملاحظات

# Languages (interface, documents handed out, languages spoken).
language-fr = الفرنسية
language-en = الإنجليزية
language-ar = العربية
language-fa = الفارسية (الدَّرية)
language-ps = البشتو
language-ti = التغرينية
language-uk = الأوكرانية
language-ru = الروسية
language-ro = الرومانية
language-tr = التركية
language-es = الإسبانية
language-pt = البرتغالية
# Each language’s name in that language, for language pickers (not translated).
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

# Durations, as the national platform displays them (written out in Arabic, with plural forms).
duration-minutes = { $minutes ->
    [60] ساعة
    [90] ساعة ونصف
    [120] ساعتان
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
