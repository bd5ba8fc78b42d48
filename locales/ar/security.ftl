# Lock, PIN and security settings.

lock-now = قفل
shortcut-lock = Ctrl+L
lock-title = Escale مقفل
lock-pin = رمز PIN
lock-no-pin = لم يتم اختيار أي رمز PIN: هذا القفل يخفي الشاشة فقط. يُرجى اختيار رمز PIN في «الأمان».
lock-wrong-pin = { $attemptsLeft ->
    [zero] هذا ليس رمز PIN الصحيح. لم تبقَ أي محاولة.
    [one] هذا ليس رمز PIN الصحيح. بقيت محاولة واحدة.
    [two] هذا ليس رمز PIN الصحيح. بقيت محاولتان.
    [few] هذا ليس رمز PIN الصحيح. بقيت { $attemptsLeft } محاولات.
    [many] هذا ليس رمز PIN الصحيح. بقيت { $attemptsLeft } محاولة.
   *[other] هذا ليس رمز PIN الصحيح. بقيت { $attemptsLeft } محاولة.
}
lock-locked-out-passphrase = محاولات كثيرة جدًا. يُرجى الآن كتابة العبارة السرية.
lock-locked-out-recovery = محاولات كثيرة جدًا. يُرجى الآن كتابة مفتاح الاستعادة.
security-title = الأمان
security-lock-title = القفل
security-pin-is-set = تم اختيار رمز PIN. وهو يفتح قفل Escale عند عودتك.
security-pin-not-set = لم يتم اختيار أي رمز PIN. يُرجى اختيار رمز: سيُطلب عندما يُقفَل Escale.
security-new-pin = رمز PIN جديد (من 4 إلى 12 رقمًا)
security-new-pin-repeat = رمز PIN الجديد، مرة ثانية
security-save-pin = حفظ رمز PIN
security-pin-saved = تم حفظ رمز PIN.
security-idle = القفل بعد
security-idle-minutes = { $minutes ->
    [zero] { $minutes } دقيقة بدون نشاط
    [one] دقيقة واحدة بدون نشاط
    [two] دقيقتين بدون نشاط
    [few] { $minutes } دقائق بدون نشاط
    [many] { $minutes } دقيقة بدون نشاط
   *[other] { $minutes } دقيقة بدون نشاط
}
security-idle-saved = { $minutes ->
    [zero] سيُقفَل Escale بعد { $minutes } دقيقة بدون نشاط.
    [one] سيُقفَل Escale بعد دقيقة واحدة بدون نشاط.
    [two] سيُقفَل Escale بعد دقيقتين بدون نشاط.
    [few] سيُقفَل Escale بعد { $minutes } دقائق بدون نشاط.
    [many] سيُقفَل Escale بعد { $minutes } دقيقة بدون نشاط.
   *[other] سيُقفَل Escale بعد { $minutes } دقيقة بدون نشاط.
}
security-sheet-explanation = ورقة الاستعادة تفتح البيانات من جديد إذا ضاع الحاسوب أو خزنة المفاتيح أو العبارة السرية. يُرجى طباعتها من جديد إذا أضعتها.
security-show-sheet = عرض ورقة الاستعادة
security-hide-sheet = إخفاء الورقة
security-key-title = حماية المفتاح
security-key-is-keyring = المفتاح موجود في خزنة المفاتيح في حسابك على الحاسوب. على حاسوب مشترك، الأفضل حمايته بعبارة سرية.
security-key-is-passphrase = المفتاح محمي بعبارة سرية.
security-current-passphrase = العبارة السرية الحالية
security-change-passphrase = تغيير العبارة السرية
security-move-to-passphrase = الحماية بهذه العبارة السرية
security-move-to-keyring = استعمال خزنة المفاتيح بدلًا من ذلك
security-passphrase-saved = العبارة السرية الجديدة تحمي المفتاح الآن.
security-moved-to-keyring = المفتاح موجود الآن في خزنة المفاتيح في حساب المستخدم.
security-no-reencryption = لا يُعاد تشفير البيانات، وتبقى ورقة الاستعادة صالحة.
error-ui-pins-differ = رمزا PIN غير متطابقين.
setup-pin = رمز PIN لفتح قفل Escale (من 4 إلى 12 رقمًا)
setup-pin-help = يُقفَل Escale تلقائيًا عند الابتعاد عن الحاسوب، وهذا الرمز يفتحه من جديد.

backup-title = النسخ الاحتياطي
backup-never = لم تُنشأ أي نسخة احتياطية على هذا الحاسوب حتى الآن.
backup-too-old = { $days ->
    [zero] أُنشئت آخر نسخة احتياطية اليوم.
    [one] أُنشئت آخر نسخة احتياطية أمس.
    [two] أُنشئت آخر نسخة احتياطية قبل يومين.
    [few] أُنشئت آخر نسخة احتياطية قبل { $days } أيام.
    [many] أُنشئت آخر نسخة احتياطية قبل { $days } يومًا.
   *[other] أُنشئت آخر نسخة احتياطية قبل { $days } يوم.
}
backup-explanation = يُرجى توصيل ذاكرة USB وحفظ نسخة احتياطية مرة واحدة في الأسبوع على الأقل. النسخة الاحتياطية مشفّرة مثل بياناتك: تُفتح من جديد بمفتاح الاستعادة.
backup-folder = مكان حفظ النسخة الاحتياطية
backup-now = حفظ نسخة احتياطية الآن
backup-working = جارٍ حفظ النسخة الاحتياطية… ثم التحقق من الملف.
backup-done = تم حفظ النسخة الاحتياطية والتحقق منها ({ $megabytes } ميغابايت):
work-cancel = إلغاء
work-cancelling = جارٍ الإلغاء…

## Restoring a backup at first start
setup-restore-offer = هل سبق لك استعمال Escale على حاسوب آخر؟
setup-restore = استرجاع نسخة احتياطية
restore-title = استرجاع نسخة احتياطية
restore-intro = يُرجى توصيل ذاكرة USB التي فيها النسخة الاحتياطية. يتحقق Escale من الملف كاملًا قبل استعماله، ولا يُثبَّت أي شيء قبل التحقق من كل شيء.
restore-file = ملف النسخة الاحتياطية
restore-file-help = يُرجى كتابة مسار الملف (ينتهي بـ.escale-backup).
restore-file-found = { $count ->
        [zero] لم يُعثر على أي نسخة احتياطية. يُرجى كتابة مسار الملف.
        [one] تم العثور على نسخة احتياطية في ذاكرة USB أو في مستنداتك؛ ويمكنك أيضًا كتابة مسار آخر.
        [two] تم العثور على نسختين احتياطيتين؛ والمقترحة هي الأحدث. ويمكنك اختيار نسخة أخرى.
        [few] تم العثور على { $count } نسخ احتياطية؛ والمقترحة هي الأحدث. ويمكنك اختيار نسخة أخرى.
        [many] تم العثور على { $count } نسخة احتياطية؛ والمقترحة هي الأحدث. ويمكنك اختيار نسخة أخرى.
       *[other] تم العثور على { $count } نسخة احتياطية؛ والمقترحة هي الأحدث. ويمكنك اختيار نسخة أخرى.
    }
restore-inspect = التحقق من هذا الملف
restore-inspecting = جارٍ التحقق من الملف…
restore-summary = النسخة الاحتياطية سليمة، أُنشئت في { $made }:
restore-use-recovery-key = نسيتُ العبارة السرية: سأستعمل ورقة الاستعادة
restore-passphrase-of-the-time = العبارة السرية وقت إنشاء النسخة الاحتياطية
restore-passphrase-help = العبارة التي كانت تُكتب لفتح Escale يوم إنشاء النسخة الاحتياطية.
restore-new-passphrase-needed = يُرجى اختيار عبارة سرية لحماية البيانات على هذا الحاسوب
restore-new-passphrase-optional = عبارة سرية جديدة (اختيارية: وإلا يُحتفظ بالعبارة السرية الخاصة بالنسخة الاحتياطية)
restore-new-passphrase-optional-keyring = عبارة سرية جديدة (اختيارية: وإلا يُحفظ المفتاح في خزنة المفاتيح في حساب المستخدم)
restore-other-file = اختيار ملف آخر
restore-submit = استرجاع بياناتي
restore-working = جارٍ قراءة النسخة الاحتياطية والتحقق منها…
error-ui-backup-file-required = يُرجى تحديد ملف النسخة الاحتياطية.
error-ui-restore-cancelled = أُلغي الاسترجاع. لم يُثبَّت أي شيء على هذا الحاسوب.
