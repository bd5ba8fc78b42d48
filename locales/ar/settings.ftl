# Organisation settings: the organisation (name, SIRET, contact details), its activity venues and
# the directory of local partners people can be referred to.

## Audit log
audit-action-archive = أرشفة
audit-entity-partner = شريك

## Command line: the organisation
cli-about-escale-structure = المؤسسة: الاسم، ورقم SIRET، والعنوان، وبيانات الاتصال.
cli-about-escale-structure-show = يعرض معلومات المؤسسة.
cli-arg-escale-structure-show-json = النتيجة بصيغة JSON.
cli-about-escale-structure-set = يُدخل معلومات المؤسسة؛ لا يتغير إلا ما في الخيارات المعطاة.
cli-arg-escale-structure-set-name = اسم المؤسسة.
cli-arg-escale-structure-set-siret = رقم SIRET (14 رقمًا، يُسمح بالمسافات؛ "" لمسحه).
cli-arg-escale-structure-set-address = العنوان.
cli-arg-escale-structure-set-insee = رمز INSEE للبلدية ("" لمسحه).
cli-arg-escale-structure-set-postal_code = الرمز البريدي.
cli-arg-escale-structure-set-commune = اسم البلدية (يُستنتج من رمز INSEE إذا لم يُعطَ).
cli-arg-escale-structure-set-phone = الهاتف.
cli-arg-escale-structure-set-email = عنوان البريد الإلكتروني.
cli-arg-escale-structure-set-json = النتيجة بصيغة JSON.
cli-structure-none = لم تُدخل أي معلومات عن المؤسسة بعد (escale structure set --name …).
cli-structure-details =
    SIRET: { $siret }
    العنوان: { $address }
    البلدية: { $commune }
    الهاتف: { $phone }
    البريد الإلكتروني: { $email }

## Command line: activity venues
cli-about-escale-place = أماكن النشاط (مكتب البريد، مواقف الحافلة…): إضافة، تعديل، عرض القائمة، أرشفة.
cli-about-escale-place-add = يضيف مكان نشاط.
cli-arg-escale-place-add-name = اسم المكان.
cli-arg-escale-place-add-address = العنوان.
cli-arg-escale-place-add-insee = رمز INSEE للبلدية.
cli-arg-escale-place-add-postal_code = الرمز البريدي.
cli-arg-escale-place-add-commune = اسم البلدية.
cli-arg-escale-place-add-json = النتيجة بصيغة JSON.
cli-about-escale-place-edit = يعدّل مكان نشاط؛ لا يتغير إلا ما في الخيارات المعطاة.
cli-arg-escale-place-edit-id = معرّف المكان.
cli-arg-escale-place-edit-name = الاسم الجديد.
cli-arg-escale-place-edit-address = العنوان الجديد.
cli-arg-escale-place-edit-insee = رمز INSEE للبلدية ("" لمسحه).
cli-arg-escale-place-edit-postal_code = الرمز البريدي.
cli-arg-escale-place-edit-commune = اسم البلدية.
cli-arg-escale-place-edit-json = النتيجة بصيغة JSON.
cli-about-escale-place-list = يعرض قائمة أماكن النشاط المقترحة.
cli-arg-escale-place-list-json = النتيجة بصيغة JSON.
cli-about-escale-place-archive = يؤرشف مكانًا: لا يُقترح بعد ذلك، وتحتفظ جلسات المرافقة السابقة باسمه.
cli-arg-escale-place-archive-id = معرّف المكان.
cli-arg-escale-place-archive-json = النتيجة بصيغة JSON.
cli-place-none = لا يوجد أي مكان نشاط.
cli-place-archived = تمت أرشفة المكان: { $name } ({ $id }). لم يعد مقترحًا؛ وتحتفظ جلسات المرافقة السابقة باسمه.

## Command line: partners
cli-about-escale-partner = دليل الشركاء المحليين (CAF، CCAS، France Services، mission locale…): إضافة، تعديل، عرض القائمة، أرشفة.
cli-about-escale-partner-add = يضيف شريكًا إلى الدليل.
cli-arg-escale-partner-add-name = اسم الشريك.
cli-arg-escale-partner-add-kind = النوع: administration، mediation_numerique، operateur_ou_organisme_en_charge، aide_sociale، insertion_professionnelle، aide_aux_demarches_administratives أو autre.
cli-arg-escale-partner-add-address = العنوان.
cli-arg-escale-partner-add-insee = رمز INSEE للبلدية.
cli-arg-escale-partner-add-postal_code = الرمز البريدي.
cli-arg-escale-partner-add-commune = اسم البلدية.
cli-arg-escale-partner-add-phone = الهاتف (تُقبل الأرقام القصيرة مثل 3230).
cli-arg-escale-partner-add-email = عنوان البريد الإلكتروني.
cli-arg-escale-partner-add-hours = مواعيد العمل (نص حر، يمكن كتابته في عدة أسطر).
cli-arg-escale-partner-add-notes = ملاحظات (بمن يجب الاتصال، الوثائق التي يجب إحضارها…).
cli-arg-escale-partner-add-json = النتيجة بصيغة JSON.
cli-about-escale-partner-edit = يعدّل شريكًا؛ لا يتغير إلا ما في الخيارات المعطاة.
cli-arg-escale-partner-edit-id = معرّف الشريك.
cli-arg-escale-partner-edit-name = الاسم الجديد.
cli-arg-escale-partner-edit-kind = النوع الجديد (انظر «escale partner add --help»).
cli-arg-escale-partner-edit-address = العنوان الجديد.
cli-arg-escale-partner-edit-insee = رمز INSEE للبلدية ("" لمسحه).
cli-arg-escale-partner-edit-postal_code = الرمز البريدي.
cli-arg-escale-partner-edit-commune = اسم البلدية.
cli-arg-escale-partner-edit-phone = الهاتف.
cli-arg-escale-partner-edit-email = عنوان البريد الإلكتروني.
cli-arg-escale-partner-edit-hours = مواعيد العمل.
cli-arg-escale-partner-edit-notes = ملاحظات.
cli-arg-escale-partner-edit-json = النتيجة بصيغة JSON.
cli-about-escale-partner-list = يعرض الدليل بالترتيب الأبجدي.
cli-arg-escale-partner-list-kind = الشركاء من هذا النوع فقط.
cli-arg-escale-partner-list-json = النتيجة بصيغة JSON.
cli-about-escale-partner-archive = يزيل شريكًا من الدليل.
cli-arg-escale-partner-archive-id = معرّف الشريك.
cli-arg-escale-partner-archive-json = النتيجة بصيغة JSON.
cli-partner-none = لا يوجد أي شريك في الدليل.
cli-partner-archived = أُزيل الشريك من الدليل: { $name } ({ $id }).

## Window: the organisation settings screen
settings-title = المؤسسة
settings-sections = أقسام الشاشة
settings-saved = تم الحفظ.
settings-edit = تعديل
settings-edit-named = تعديل { $name }
settings-archive = أرشفة
settings-archive-named = أرشفة { $name }
settings-save-changes = حفظ التعديلات
settings-address = العنوان
settings-commune = البلدية
settings-phone = الهاتف
settings-email = عنوان البريد الإلكتروني

settings-structure-title = المؤسسة
settings-structure-help = تظهر هذه المعلومات في الوثائق التي تُسلَّم للأشخاص.
settings-structure-name = اسم المؤسسة
settings-structure-siret = رقم SIRET
settings-structure-siret-help = 14 رقمًا، موجود في avis de situation Insee أو في ورقة الأجر. اختياري.
settings-structure-save = حفظ معلومات المؤسسة
settings-structure-saved = تم حفظ معلومات المؤسسة.
settings-mediators-title = الوسطاء والوسيطات على هذا الحاسوب
settings-mediators-help = كل واحد يحتفظ ببياناته بعبارته السرية الخاصة.
settings-mediators-manage = إضافة وسيط أو تغيير اسمك (شاشة الأمان)

settings-places-title = أماكن النشاط
settings-places-help = الأماكن المقترحة عند تسجيل جلسة مرافقة (مكتب البريد، مواقف الحافلة، قاعة جمعية…). المكان المؤرشف لا يُقترح بعد ذلك؛ وتحتفظ جلسات المرافقة السابقة باسمه.
settings-places-empty = لا يوجد أي مكان نشاط حاليًا.
settings-place-add-open = إضافة مكان
settings-place-add = إضافة هذا المكان
settings-place-new-title = مكان نشاط جديد
settings-place-edit-title = تعديل مكان النشاط
settings-place-name = اسم المكان
settings-place-added = تمت إضافة المكان: { $name }.
settings-place-saved = تم حفظ المكان: { $name }.
settings-place-archived = تمت أرشفة المكان: { $name }.
settings-place-archive-title = أرشفة «{ $name }»؟
settings-place-archive-text = لن يُقترح بعد الآن لجلسات المرافقة الجديدة. وتحتفظ جلسات المرافقة المسجَّلة من قبل باسمه.

settings-partners-title = الشركاء
settings-partners-help = دليل الجهات التي يمكن توجيه الأشخاص إليها (CAF، CCAS، France Services، mission locale…): يمكن أن تظهر بيانات الاتصال بها ومواعيد عملها في الوثائق المسلَّمة.
settings-partners-empty = لا يوجد أي شريك في الدليل حاليًا.
settings-partners-empty-kind = لا يوجد أي شريك من هذا النوع.
settings-partner-filter = عرض
settings-partner-filter-all = كل الشركاء
settings-partner-add-open = إضافة شريك
settings-partner-add = إضافة هذا الشريك
settings-partner-new-title = شريك جديد
settings-partner-edit-title = تعديل الشريك
settings-partner-name = اسم الشريك
settings-partner-kind = نوع الجهة
settings-partner-hours = مواعيد العمل
settings-partner-hours-help = كما تُقال للشخص، في عدة أسطر إذا لزم الأمر: «من الاثنين إلى الجمعة 8:30 – 12:00».
settings-partner-notes = ملاحظات
settings-partner-notes-help = لك أنت: بمن يجب الاتصال، الوثائق التي يجب إحضارها… لا تظهر في الوثائق المسلَّمة.
settings-partner-added = تمت إضافة الشريك: { $name }.
settings-partner-saved = تم حفظ الشريك: { $name }.
settings-partner-archived = أُزيل الشريك من الدليل: { $name }.
settings-partner-archive-title = إزالة «{ $name }» من الدليل؟
settings-partner-archive-text = لن يُقترح بعد الآن. ويمكنك إضافته من جديد إذا لزم الأمر.
