## Statistics of a period (screen, command line, exports and monthly report).

stats-title = الإحصائيات
stats-open = الإحصائيات
stats-period = الفترة
stats-period-this-month = هذا الشهر
stats-period-last-month = الشهر الماضي
stats-period-this-year = هذه السنة
stats-period-custom = فترة مختارة
stats-from = من
stats-to = إلى
stats-show = عرض
stats-place = المكان
stats-place-all = كل الأماكن
stats-subtitle = من { $from } إلى { $to }
stats-subtitle-place = من { $from } إلى { $to }، في { $place }
stats-empty = لا يوجد أي نشاط مسجَّل في هذه الفترة.
stats-key-figures = الأرقام الأساسية
stats-total-accompaniments = جلسات المرافقة
stats-total-people = الأشخاص المستفيدون
stats-total-new-people = الأشخاص الجدد
stats-total-followed-people = الأشخاص المتابَعون
stats-total-anonymous-people = الأشخاص مجهولو الهوية
stats-total-individual = جلسات المرافقة الفردية
stats-total-workshop-participants = المشاركات في الورشات
stats-total-activities = الأنشطة
stats-total-workshops = الورشات
stats-months = آخر 12 شهرًا
stats-months-caption = جلسات المرافقة والأشخاص المستفيدون حسب الشهر
stats-column-month = الشهر
stats-column-accompaniments = جلسات المرافقة
stats-column-people = الأشخاص
stats-column-label = القيمة
stats-column-count = العدد
stats-column-percent = النسبة
stats-digital-themes = مواضيع الوساطة الرقمية
stats-administrative-themes = المواضيع الإدارية
stats-equipment = الأجهزة المستعملة
stats-channels = قنوات المرافقة
stats-durations = المدد
stats-places = أماكن النشاط
stats-genders = الجنس
stats-age-bands = الفئات العمرية
stats-social-statuses = الوضع الاجتماعي للأشخاص
stats-communes = بلدية الإقامة
stats-commune-unknown = البلدية غير مذكورة
stats-activities-note = النسبة من أنشطة الفترة؛ يمكن أن يكون للنشاط الواحد عدة مواضيع.
stats-people-note = النسبة من الأشخاص المستفيدين خلال الفترة.
stats-loading = جارٍ حساب الإحصائيات…

error-period-ends-before-start = تنتهي الفترة قبل أن تبدأ: يُرجى التحقق من التاريخين.
error-period-too-long = { $max ->
    [zero] هذه الفترة طويلة جدًا (أكثر من { $max } يوم): يُرجى التحقق من سنة التاريخين.
    [one] هذه الفترة طويلة جدًا (أكثر من { $max } يوم): يُرجى التحقق من سنة التاريخين.
    [two] هذه الفترة طويلة جدًا (أكثر من { $max } يوم): يُرجى التحقق من سنة التاريخين.
    [few] هذه الفترة طويلة جدًا (أكثر من { $max } أيام): يُرجى التحقق من سنة التاريخين.
    [many] هذه الفترة طويلة جدًا (أكثر من { $max } يومًا): يُرجى التحقق من سنة التاريخين.
   *[other] هذه الفترة طويلة جدًا (أكثر من { $max } يوم): يُرجى التحقق من سنة التاريخين.
}

cli-about-escale-stats = أرقام فترة ما: جلسات المرافقة، الأشخاص، المواضيع، الأماكن، حسب الشهر (الشهر الحالي افتراضيًا).
cli-arg-escale-stats-from = اليوم الأول من الفترة (YYYY-MM-DD)، أول يوم في الشهر افتراضيًا.
cli-arg-escale-stats-to = اليوم الأخير من الفترة (YYYY-MM-DD)، اليوم افتراضيًا.
cli-arg-escale-stats-month = شهر كامل (YYYY-MM)، بدلًا من الخيارين --from و --to.
cli-arg-escale-stats-place = أنشطة هذا المكان فقط (معرّفه).
cli-arg-escale-stats-json = النتيجة بصيغة JSON.
cli-stats-period = الإحصائيات من { $from } إلى { $to }
cli-stats-accompaniments = { $count ->
    [zero] { $count } جلسة مرافقة
    [one] { $count } جلسة مرافقة
    [two] { $count } جلسة مرافقة
    [few] { $count } جلسات مرافقة
    [many] { $count } جلسة مرافقة
   *[other] { $count } جلسة مرافقة
} (فردية: { $individual }، في الورشات: { $workshop })
cli-stats-people = { $count ->
    [zero] { $count } شخص مستفيد
    [one] { $count } شخص مستفيد
    [two] { $count } شخص مستفيد
    [few] { $count } أشخاص مستفيدين
    [many] { $count } شخصًا مستفيدًا
   *[other] { $count } شخص مستفيد
}، منهم جدد: { $new } (متابَعون: { $followed }، مجهولو الهوية: { $anonymous })
cli-stats-activities = { $count ->
    [zero] { $count } نشاط
    [one] { $count } نشاط
    [two] { $count } نشاط
    [few] { $count } أنشطة
    [many] { $count } نشاطًا
   *[other] { $count } نشاط
} (جلسات مرافقة فردية: { $individual }، ورشات: { $workshops })
cli-stats-share = { "  " }{ $label }: { $count } ({ $percent }%)
cli-stats-month = { "  " }{ $month }: جلسات المرافقة { $accompaniments }، الأشخاص { $people }
