# The desktop app's interface (ui/). Same message ids as locales/fr/ui.ftl, the reference.
# Modern Standard Arabic, kept simple; buttons use the verbal noun (حفظ، إلغاء) so they suit everyone.

app-name = Escale
loading = جارٍ التحميل…
saving = جارٍ الحفظ…
retry = إعادة المحاولة
cancel = إلغاء
yes = نعم
no = لا
skip-to-content = الانتقال إلى المحتوى

## Header and navigation

nav-label = التنقل الرئيسي
nav-home-title = العودة إلى قائمة الأشخاص (Ctrl+K)
nav-back = رجوع
language-select-label = اللغة
# A language in a picker: its own name, then its name in Arabic.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## First start

setup-title = مرحبًا بك في Escale
setup-intro = يحتفظ Escale بسجلّ جلسات المرافقة الخاصة بك، حتى بدون اتصال بالإنترنت.
setup-point-encrypted = تبقى البيانات على هذا الحاسوب، وهي مشفّرة: بدون المفتاح لا يستطيع أحد قراءتها، حتى لو ضاع الحاسوب أو سُرق.
setup-point-offline = كل شيء يعمل بدون إنترنت، في الحافلة كما في المكتب.
setup-point-nothing-sent = لا يُرسَل أي شيء عبر الإنترنت.
setup-keyring-explanation = سيُحفظ مفتاح التشفير في خزنة المفاتيح الآمنة لحسابك على هذا الحاسوب: لا حاجة إلى تذكّر أي شيء.
setup-passphrase-legend = اختيار عبارة سرية
setup-passphrase-explanation = لا توجد خزنة مفاتيح آمنة على هذا الحاسوب: ستحمي عبارة سرية بياناتك. سيطلبها Escale عند كل فتح. يجب ألا يقل عدد أحرفها عن { $min }؛ وجملة قصيرة سهلة التذكّر مناسبة جدًا.
setup-passphrase-warning = إذا نسيت هذه العبارة السرية، فلا شيء يسمح بفتح البيانات من جديد إلا مفتاح الاستعادة (ستتم طباعته بعد قليل).
setup-passphrase = العبارة السرية
setup-passphrase-repeat = العبارة السرية، مرة ثانية
setup-shared-laptop = هذا الحاسوب يستعمله أشخاص آخرون أيضًا
setup-shared-laptop-help = ستكون البيانات عندئذٍ محمية بعبارة سرية تُطلب عند كل فتح، بدلًا من خزنة المفاتيح في حساب المستخدم.
setup-passphrase-shared-explanation = ستحمي عبارة سرية بياناتك. سيطلبها Escale عند كل فتح. يجب ألا يقل عدد أحرفها عن { $min }؛ وجملة قصيرة سهلة التذكّر مناسبة جدًا.
setup-demo = تحميل بيانات تجريبية
setup-demo-help = أشخاص وجلسات مرافقة وهمية، للتعرّف على Escale أو لتدريب زميل. يجب ترك هذه الخانة فارغة عند الاستعمال الحقيقي.
setup-create = إنشاء قاعدة بياناتي المشفّرة
setup-working = جارٍ إنشاء قاعدة البيانات المشفّرة…
setup-working-demo = جارٍ إنشاء قاعدة البيانات المشفّرة والبيانات التجريبية… يستغرق ذلك بضع ثوانٍ.
setup-demo-skip = البدء دون البيانات التجريبية
setup-data-dir = مجلد البيانات:

## Unlocking

unlock-title = Escale مقفل
unlock-intro = يُرجى كتابة العبارة السرية لفتح بيانات هذا الحاسوب.
unlock-keyring-intro = لم يتمكن Escale من فتح البيانات بواسطة خزنة المفاتيح في حساب المستخدم.
unlock-retry = إعادة المحاولة
unlock-use-recovery = لديّ ورقة الاستعادة
unlock-passphrase = العبارة السرية
unlock-submit = فتح القفل
unlock-working = جارٍ الفتح…
passphrase-deriving-key = جارٍ حساب المفتاح من العبارة السرية… يستغرق ذلك بضع ثوانٍ.

## List of people

list-title = الأشخاص المستفيدون
list-new-beneficiary = شخص جديد
list-search-label = البحث عن شخص
list-search-placeholder = اسم العائلة أو الاسم الشخصي…
list-search-help = يُرجى كتابة بداية اسم العائلة أو الاسم الشخصي. الأسهم ↑ ↓ للاختيار، وEnter لفتح الملف.
list-results-label = { $count ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
list-empty = لا يوجد أي شخص مسجَّل حتى الآن. يمكنك البدء بـ«شخص جديد».
list-no-match = لا يوجد أحد يطابق «{ $query }». يُرجى التحقق من الإملاء أو إنشاء ملف جديد.
list-last-activity = آخر زيارة: { $date }
list-never-accompanied = لا توجد جلسة مرافقة بعد
list-activity-count = { $count ->
    [zero] لا توجد جلسات مرافقة
    [one] جلسة مرافقة واحدة
    [two] جلستا مرافقة
    [few] { $count } جلسات مرافقة
    [many] { $count } جلسة مرافقة
   *[other] { $count } جلسة مرافقة
}
list-limit = عدد الأشخاص المعروضين محدود ({ $limit }): يُرجى تدقيق البحث.
person-anonymous = شخص مجهول الهوية

## A person’s file: form

beneficiary-form-new-title = شخص جديد
beneficiary-form-edit-title = تعديل الملف
beneficiary-anonymous = التسجيل بدون اسم (شخص مجهول الهوية)
beneficiary-anonymous-help = للإحصائيات فقط: لا يُحتفظ بالاسم ولا بالهاتف ولا بالبريد الإلكتروني.
beneficiary-first-name = الاسم الشخصي
beneficiary-last-name = اسم العائلة
beneficiary-latin-first-name = الاسم الشخصي بالحروف اللاتينية
beneficiary-latin-last-name = اسم العائلة بالحروف اللاتينية
beneficiary-latin-name-help = كما هو مكتوب في الوثائق الفرنسية، إذا كان الاسم مكتوبًا بحروف أخرى (عربية، سيريلية…). يمكن العثور على الشخص بأيٍّ من الكتابتين.
beneficiary-birth-year = سنة الميلاد
beneficiary-birth-year-help = تُحسب منها الفئة العمرية.
beneficiary-gender = الجنس
beneficiary-social-status = الوضع الاجتماعي
beneficiary-commune = بلدية الإقامة
beneficiary-phone = الهاتف
beneficiary-email = البريد الإلكتروني
beneficiary-languages = اللغات المتحدَّث بها
beneficiary-languages-help = يُرجى تحديد اللغة الأكثر استعمالًا أولًا.
beneficiary-document-language = لغة الوثائق المسلَّمة
beneficiary-document-language-help = لغة الملخصات المطبوعة، إلى جانب الفرنسية.
beneficiary-notes = ملاحظات
beneficiary-notes-help = فقط ما يفيد في مرافقة الشخص. لا معلومات صحية غير ضرورية.
beneficiary-save = حفظ الملف

commune-placeholder = اسم البلدية أو الرمز البريدي…
commune-help = يُرجى كتابة حرفين أو رقمين على الأقل، ثم الاختيار من القائمة.
commune-clear = مسح البلدية
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## A person’s file: reading

file-record-activity = تسجيل جلسة مرافقة
file-edit = تعديل الملف
file-born = { $gender ->
    [feminin] مولودة سنة { $year }
    [masculin] مولود سنة { $year }
   *[other] من مواليد سنة { $year }
}
file-identity = الهوية
file-latin-name = بالحروف اللاتينية:
file-not-given = غير مذكور
file-activities = جلسات المرافقة ({ $count })
file-no-activity = لا توجد أي جلسة مرافقة مسجَّلة لهذا الشخص.
procedure-reference = المرجع:
procedure-deadline = الموعد النهائي: { $date }

## Recording an accompaniment

activity-form-title = جلسة مرافقة فردية جديدة
activity-form-for = لفائدة:
activity-section-when = متى وكم من الوقت
activity-section-where = أين
activity-section-what = ما الذي تم القيام به
activity-section-how = كيف جرت الجلسة
activity-section-notes = ملاحظات والخطوات القادمة
activity-date = التاريخ
activity-duration = المدة
activity-duration-custom = مدة أخرى
activity-minutes-unit = دقيقة
activity-place-type = مكان المرافقة
activity-place = مكان النشاط
activity-place-choose = اختيار مكان…
activity-place-option = { $name } ({ $commune })
activity-no-place = لم يُسجَّل أي مكان نشاط حتى الآن.
activity-place-add = + إضافة مكان نشاط
activity-place-new-name = اسم المكان (مثلًا «موقف الحافلة في Felletin» أو «مكتب البريد»)
activity-place-new-commune = بلدية المكان
activity-place-create = إضافة هذا المكان
activity-place-cancel = إلغاء
activity-place-in-commune = { $place } ({ $commune })
activity-commune = البلدية
activity-themes = المواضيع
activity-administrative-themes = الإجراءات الإدارية: المجالات
activity-procedure-name = اسم الإجراء
activity-procedure-name-placeholder = مثلًا: تجديد titre de séjour (بطاقة الإقامة)
activity-equipment = الجهاز المستعمل
activity-autonomy = استقلالية الشخص
activity-oriented = هل وُجِّه الشخص إلى جهة أخرى؟
activity-orientation = التوجيه
activity-orientation-choose = اختيار الجهة…
activity-notes = ملاحظات
activity-next-steps = الخطوات القادمة
activity-next-steps-help = ما يجب على الشخص فعله أو إحضاره في المرة القادمة.
activity-save = حفظ جلسة المرافقة

## Leaving without saving

leave-title = المغادرة بدون حفظ؟
leave-text = لقد بدأت ملء هذا النموذج. إذا غادرت الآن، فسيضيع كل ما كتبته.
leave-stay = البقاء في النموذج
leave-discard = المغادرة بدون حفظ

## Confirmations

toast-activity-saved = تم حفظ جلسة المرافقة.
toast-beneficiary-created = تم إنشاء الملف.
toast-beneficiary-saved = تم حفظ الملف.

## Errors checked by the interface before calling the core

error-ui-passphrases-differ = العبارتان السريتان غير متطابقتين.
error-ui-commune-not-chosen = يُرجى اختيار البلدية من القائمة المقترحة، وإلا فلن تُحفظ.
error-ui-duration-required = يُرجى اختيار المدة.
error-ui-orientation-required = يُرجى اختيار الجهة التي وُجِّه إليها الشخص.
