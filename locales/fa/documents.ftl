# Printed documents (PDF) the person takes home: summary of the appointment, follow-up of a
# procedure, agreement on their data. Read by people who read little: short sentences, common
# words, "you". Each document is printed in French and in the person's language, side by side.
# Vocabulary words (themes, statuses, documents) and the screen turned toward the person
# (person-view-*) are reused as they are from their own files.

## On every page
documents-page = صفحهٔ { $page } از { $pages }
documents-for-person = برای: { $name }
# The file name offered: never the person's name.
documents-file-summary = خلاصه-ملاقات-{ $date }.pdf
documents-file-procedure = پیگیری-کار-اداری-{ $date }.pdf
documents-file-consent = رضایت-اطلاعات-{ $date }.pdf

## Summary of the appointment
documents-summary-title = خلاصهٔ ملاقات شما
documents-summary-with-mediator = با { $mediator }، { $structure }
documents-summary-with-structure = با { $structure }
documents-summary-when-where = در تاریخ { $date } — { $place }
documents-summary-done = کارهایی که انجام دادیم
documents-summary-procedure-typed = کار اداری: { $procedure }
documents-summary-procedure-followed = کار اداری در حال پیگیری: { $procedure }
documents-summary-workshop = کارگاه: { $title }
documents-column-procedure = کار اداری
documents-column-status = وضعیت کار
documents-column-reference = شمارهٔ پرونده
documents-column-deadline = مهلت
documents-summary-next-steps = کارهایی که حالا باید بکنید
documents-summary-typed-by-mediator = میانجی شما نوشته است:
documents-summary-next-steps-none = فعلاً کار دیگری نیست.
documents-summary-bring = مدارکی که دفعهٔ بعد باید بیاورید
documents-summary-bring-hint = وقتی مدرک را دارید، مربع کنار آن را تیک بزنید.
documents-summary-bring-none = لازم نیست مدرکی بیاورید.
documents-summary-next-date = ملاقات بعدی
documents-summary-call-back = میانجی شما در تاریخ { $date } به شما زنگ می‌زند.
documents-summary-no-date = هنوز تاریخی گذاشته نشده است. آن را این‌جا بنویسید:
documents-summary-write-date = تاریخ: ____________    ساعت: ________
documents-date-line = { $date }: { $what }
documents-contacts = اطلاعات تماس مفید
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = ساعت‌های کار: { $hours }

## Follow-up of a procedure
documents-procedure-title = پیگیری کار اداری شما
documents-procedure-organisation = اداره یا سازمان: { $organisation }
documents-procedure-since = از تاریخ { $date }
documents-procedure-no-reference = هنوز شمارهٔ پرونده‌ای داده نشده است.
documents-procedure-dates = تاریخ‌هایی که باید یادتان بماند
documents-procedure-renewal = تمدید، پیش از { $date }
documents-procedure-declaration = اظهارنامهٔ بعدی در تاریخ { $date }
documents-procedure-call-back = میانجی شما در تاریخ { $date } به شما زنگ می‌زند.
documents-procedure-no-dates = فعلاً تاریخی نیست که باید یادتان بماند.
documents-procedure-documents = مدارک
documents-procedure-documents-count = { $missing ->
    [0] همهٔ مدارک هست.
    [one] هنوز یک مدرک کم است.
   *[other] هنوز { $missing } مدرک کم است.
}
documents-procedure-brought = { $document } (آورده‌شده در تاریخ { $date })
documents-procedure-no-documents = هیچ مدرکی خواسته نشده است.
documents-procedure-history = مرحله‌ها
documents-column-date = تاریخ
documents-column-step = مرحله
documents-column-note = یادداشت
documents-step-reopened = دوباره باز شد: { $status }

## Agreement on personal data
documents-consent-title = اطلاعات شما و رضایت شما
documents-consent-intro = { $structure ->
    [none] ما در کارهای اداری به شما کمک می‌کنیم.
   *[other] { $structure } در کارهای اداری به شما کمک می‌کند.
} برای این‌که کار شما را خوب پیگیری کنیم، کمی اطلاعات دربارهٔ شما نگه می‌داریم. این اطلاعات روی کمپیوتر میانجی شما می‌ماند و با یک رمز محافظت می‌شود. این اطلاعات در انترنت نیست.
documents-consent-what = آنچه نگه می‌داریم
documents-consent-what-identity = نام شما، سال تولد، شهر، شمارهٔ تیلفون، ایمیل و زبان‌هایی که با آن‌ها حرف می‌زنید.
documents-consent-what-visits = ملاقات‌های شما: تاریخ، موضوع، مدت و کارهایی که مانده است.
documents-consent-what-procedures = کارهای اداری شما: شمارهٔ پرونده، تاریخ‌ها، مدارکی که آورده‌اید یا کم است.
documents-consent-why = چرا
documents-consent-tick = چیزهایی را که با آن موافق هستید تیک بزنید:
documents-consent-statistics = ملاقات‌های شما، بدون نام شما، در آمار کمک دیجیتال شمرده می‌شود.
documents-consent-how-long = تا چه مدت
documents-consent-retention = { $months ->
    [one] اطلاعات شما را تا { $months } ماه پس از آخرین ملاقات‌تان نگه می‌داریم. پس از آن، نام و اطلاعات تماس شما را پاک می‌کنیم.
   *[other] اطلاعات شما را تا { $months } ماه پس از آخرین ملاقات‌تان نگه می‌داریم. پس از آن، نام و اطلاعات تماس شما را پاک می‌کنیم.
}
documents-consent-rights = حقوق شما
documents-consent-right-access = می‌توانید یک نسخه از همهٔ اطلاعات خود بگیرید.
documents-consent-right-correct = می‌توانید بخواهید که اطلاعات نادرست اصلاح شود.
documents-consent-right-erase = می‌توانید بخواهید که اطلاعات شما پاک شود.
documents-consent-right-withdraw = هر وقت بخواهید، می‌توانید رضایت خود را پس بگیرید. کمکی که می‌گیرید تغییر نمی‌کند.
documents-consent-how = { $structure ->
    [none] برای این کار، با میانجی خود صحبت کنید.
   *[other] برای این کار، با میانجی خود صحبت کنید یا با { $structure } تماس بگیرید.
}
documents-consent-complaint = اگر از جواب ما راضی نیستید، می‌توانید به CNIL، ادارهٔ فرانسوی حفاظت از اطلاعات شخصی، نامه بنویسید (www.cnil.fr).
documents-consent-sign = رضایت شما
documents-consent-sign-text = این سند را خواندم، یا کسی آن را برایم خواند. چیزهایی را که تیک زده‌ام قبول دارم.
documents-signature-person = تاریخ و امضای شخص
documents-signature-mediator = تاریخ و امضای میانجی

## Command line
cli-about-escale-pdf = یک سند برای شخص چاپ می‌کند، به صورت PDF، به فرانسوی و به زبان خودش. با --lang، به زبان داده‌شده در کنار فرانسوی («fr»: فقط فرانسوی).
cli-about-escale-pdf-summary = خلاصهٔ یک ملاقات: کارهایی که انجام شد، کارهای اداری در جریان، کارهایی که باید کرد، مدارکی که باید آورد، اطلاعات تماس.
cli-about-escale-pdf-procedure = پیگیری یک کار اداری: مرحله‌ها، مدارک آورده‌شده و مدارکی که کم است، شمارهٔ پرونده، تاریخ‌ها.
cli-about-escale-pdf-consent = رضایت دربارهٔ اطلاعات: آنچه Escale نگه می‌دارد، چرا، تا چه مدت، حقوق شخص، جایی برای امضا.
cli-arg-escale-pdf-summary-id = شناسهٔ جلسهٔ کمک.
cli-arg-escale-pdf-procedure-id = شناسهٔ کار اداری.
cli-arg-escale-pdf-consent-id = شناسهٔ شخص.
cli-arg-escale-pdf-summary-out = فایل PDF که نوشته می‌شود (اگر از قبل باشد، جایگزین می‌شود).
cli-arg-escale-pdf-procedure-out = فایل PDF که نوشته می‌شود (اگر از قبل باشد، جایگزین می‌شود).
cli-arg-escale-pdf-consent-out = فایل PDF که نوشته می‌شود (اگر از قبل باشد، جایگزین می‌شود).
cli-pdf-written = { $pages ->
    [one] سند ذخیره شد: { $path } ({ $pages } صفحه).
   *[other] سند ذخیره شد: { $path } ({ $pages } صفحه).
}
