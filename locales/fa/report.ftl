## The monthly activity report (a PDF for the structure and its funders), its part of the
## statistics screen and the `escale report` command.

report-title = گزارش فعالیت — { $month }
report-period-all-places = از { $from } تا { $to }، همهٔ محل‌های فعالیت
report-printed-on = تاریخ تهیه: { $date }
report-number = { $value }
report-share = { $count } ({ $percent }٪)
report-note-heading = سخن سازمان
report-months-caption = جلسه‌های کمک به تفکیک ماه، در دوازده ماهی که با ماهِ گزارش تمام می‌شود.
report-procedures = کارهای اداری‌ای که بیشترین کمک را گرفتند
report-procedures-note = تعداد فعالیت‌هایی که به هر کار اداری مربوط بودند: کارهای اداریِ در حال پیگیری، و کارهای اداری‌ای که در یک جلسهٔ کمک نام برده شدند.
report-nothing = برای این ماه چیزی ثبت نشده است.
documents-file-report = activity-report-{ $month }.pdf
audit-entity-report-note = متن گزارش ماهانه
error-month-invalid = این ماه درست نیست: آن را به شکل YYYY-MM بنویسید، مثلاً 2026-10.

report-section = گزارش ماهانه
report-explanation = یک PDF برای سازمان و تأمین‌کنندگان مالی آن: ارقام ماه، نمودارها، موضوع‌ها و کارهای اداری، محل‌ها و شهرها، و متن شما.
report-month = ماهِ گزارش
report-note-label = سخن سازمان برای این ماه
report-note-help = چند سطر که در گزارش چاپ می‌شود: رویداد مهم ماه، یک محل جدید، یک سازمان همکار. به محض اینکه از این فیلد بیرون بروید، ذخیره می‌شود.
report-note-saved = متن ذخیره شد.
report-note-count = { $count } / { $max } حرف
report-print = ذخیرهٔ گزارش به صورت PDF…
print-title-monthly-report = گزارش ماهانهٔ فعالیت

cli-about-escale-report = گزارش ماهانهٔ فعالیت برای سازمان و تأمین‌کنندگان مالی آن، به صورت PDF: ارقام اصلی، نمودارها، موضوع‌ها، کارهای اداری، محل‌ها و شهرها.
cli-arg-escale-report-month = ماهِ گزارش (YYYY-MM)، به‌طور پیش‌فرض ماه گذشته.
cli-arg-escale-report-place = فقط فعالیت‌های این محل (شناسهٔ آن).
cli-arg-escale-report-text = سخن سازمان برای این ماه، که برای چاپ‌های بعدی نگه داشته می‌شود ("" آن را پاک می‌کند).
cli-arg-escale-report-text_file = همان متن، خوانده‌شده از یک فایل متنی (UTF8).
cli-arg-escale-report-out = فایل PDF که نوشته می‌شود (اگر از قبل باشد، جایگزین می‌شود)؛ در غیر این صورت با نام گزارش، در پوشهٔ کنونی.
cli-report-text-not-read = فایل { $path } به صورت متن خوانده نمی‌شود: بررسی کنید که وجود دارد و با کدگذاری UTF8 ذخیره شده است.
