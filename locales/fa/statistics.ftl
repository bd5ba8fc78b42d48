## Statistics of a period (screen, command line, exports and monthly report).

stats-title = آمار
stats-open = آمار
stats-period = دوره
stats-period-this-month = این ماه
stats-period-last-month = ماه گذشته
stats-period-this-year = امسال
stats-period-custom = دورهٔ انتخاب‌شده
stats-from = از
stats-to = تا
stats-show = نشان دادن
stats-place = محل
stats-place-all = همهٔ محل‌ها
stats-subtitle = از { $from } تا { $to }
stats-subtitle-place = از { $from } تا { $to }، در { $place }
stats-empty = در این دوره هیچ فعالیتی ثبت نشده است.
stats-key-figures = ارقام اصلی
stats-total-accompaniments = جلسه‌های کمک
stats-total-people = افرادی که کمک گرفتند
stats-total-new-people = افراد جدید
stats-total-followed-people = افراد ثبت‌شده
stats-total-anonymous-people = افراد بی‌نام
stats-total-individual = جلسه‌های کمک فردی
stats-total-workshop-participants = شرکت در کارگاه‌ها
stats-total-activities = فعالیت‌ها
stats-total-workshops = کارگاه‌ها
stats-months = ۱۲ ماه گذشته
stats-months-caption = جلسه‌های کمک و افرادی که کمک گرفتند، به تفکیک ماه
stats-column-month = ماه
stats-column-accompaniments = جلسه‌های کمک
stats-column-people = افراد
stats-column-label = مقدار
stats-column-count = تعداد
stats-column-percent = سهم
stats-digital-themes = موضوع‌های کمک دیجیتال
stats-administrative-themes = موضوع‌های اداری
stats-equipment = دستگاه‌های استفاده‌شده
stats-channels = شیوه‌های کمک
stats-durations = مدت‌ها
stats-places = محل‌های فعالیت
stats-genders = جنسیت
stats-age-bands = گروه‌های سنی
stats-social-statuses = وضعیت افراد
stats-communes = شهر محل زندگی
stats-commune-unknown = شهر ثبت نشده
stats-activities-note = سهم از فعالیت‌های این دوره؛ یک فعالیت می‌تواند چند موضوع داشته باشد.
stats-people-note = سهم از افرادی که در این دوره کمک گرفتند.
stats-loading = در حال محاسبهٔ آمار…

error-period-ends-before-start = پایان دوره پیش از آغاز آن است: هر دو تاریخ را بررسی کنید.
error-period-too-long = این دوره خیلی طولانی است (بیشتر از { $max } روز): سال هر دو تاریخ را بررسی کنید.

cli-about-escale-stats = ارقام یک دوره: جلسه‌های کمک، افراد، موضوع‌ها، محل‌ها، به تفکیک ماه (به‌طور پیش‌فرض این ماه).
cli-arg-escale-stats-from = روز اول دوره (YYYY-MM-DD)، به‌طور پیش‌فرض روز ۱ ماه.
cli-arg-escale-stats-to = روز آخر دوره (YYYY-MM-DD)، به‌طور پیش‌فرض امروز.
cli-arg-escale-stats-month = یک ماه کامل (YYYY-MM)، به جای --from و --to.
cli-arg-escale-stats-place = فقط فعالیت‌های این محل (شناسهٔ آن).
cli-arg-escale-stats-json = نتیجه به صورت JSON.
cli-stats-period = آمار از { $from } تا { $to }
cli-stats-accompaniments = { $count ->
    [one] { $count } جلسهٔ کمک
   *[other] { $count } جلسهٔ کمک
} ({ $individual } فردی، { $workshop } در کارگاه)
cli-stats-people = { $count ->
    [one] { $count } نفر کمک گرفت
   *[other] { $count } نفر کمک گرفتند
}، { $new } نفر از آن‌ها جدید ({ $followed } ثبت‌شده، { $anonymous } بی‌نام)
cli-stats-activities = { $count ->
    [one] { $count } فعالیت
   *[other] { $count } فعالیت
} ({ $individual } جلسهٔ کمک فردی، { $workshops } کارگاه)
cli-stats-share = { "  " }{ $label }: { $count } ({ $percent }٪)
cli-stats-month = { "  " }{ $month }: { $accompaniments } جلسهٔ کمک، { $people } نفر
