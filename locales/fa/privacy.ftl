# The person's rights: the readable copy of their data (right of access) and the access log.

access-document-title = اطلاعات شخصی شما در Escale
access-document-intro = این سند همهٔ چیزهایی را نشان می‌دهد که سازمانِ کمک‌کننده به شما تا تاریخ { $date } دربارهٔ شما در Escale ثبت کرده است.
# A "label: value" line.
access-line = { $label }: { $value }
access-list-separator = {"، "}
access-value-missing = ثبت نشده
access-none = هیچ.
access-erased = هویت، اطلاعات تماس و یادداشت‌های مربوط به شما در تاریخ { $date } پاک شده است.

access-section-identity = هویت و اطلاعات تماس
access-section-consents = رضایت‌ها
access-section-accompaniments = جلسه‌های کمک
access-section-procedures = کارهای اداری
access-section-audit = چه کسی و چه وقت پروندهٔ شما را دیده یا تغییر داده است

access-label-id = شناسهٔ پرونده
access-label-birth-year = سال تولد
access-label-gender = جنسیت
access-label-social-status = وضعیت
access-label-commune = شهر
access-commune = { $name } ({ $postalCode }، کد INSEE { $inseeCode })
access-consent = رضایت داده‌شده در تاریخ { $date } ({ $method }) برای: { $purposes }.
access-consent-withdrawn = پس گرفته‌شده در تاریخ { $date }.
access-accompaniment = { $date } — { $kind }، { $duration }، { $place }
access-label-themes = موضوع‌ها
access-label-workshop = کارگاه
access-label-autonomy = استقلال
access-label-orientation = معرفی به سازمان دیگر
access-label-procedure-name = کار اداری
access-label-next-steps = قدم‌های بعدی
access-procedure = { $kind } — { $status }
access-label-reference = شمارهٔ پرونده
access-label-deadline = مهلت
access-status-change = { $date }: { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Actions in the access log (codes from crates/escale-core/src/privacy/audit.rs).
audit-action-create = ساختن
audit-action-update = تغییر
audit-action-status-change = تغییر وضعیت
audit-action-delete = حذف
audit-action-view = دیدن
audit-action-export = گرفتن کاپی اطلاعات
audit-action-erase = پاک کردن
audit-action-anonymise = بی‌نام کردن (مدت نگهداری تمام شده بود)
audit-action-withdraw = پس گرفتن رضایت
audit-action-restore = برگرداندن (لغو حذف یا لغو یکی کردن)
audit-action-merge = یکی کردن دو پرونده

# What a log line is about.
audit-entity-beneficiary = پروندهٔ شخص
audit-entity-activity = جلسهٔ کمک
audit-entity-procedure = کار اداری
audit-entity-consent = رضایت
audit-entity-place = محل فعالیت
audit-entity-structure = سازمان
audit-entity-setting = تنظیمات
audit-entity-catalogue-entry = کار اداری در فهرست

privacy-title = اطلاعات شخصی و حقوق شخص
privacy-consents = رضایت
privacy-no-consent = هیچ رضایتی ثبت نشده است.
privacy-consent-line = داده‌شده در تاریخ { $date } ({ $method })
privacy-consent-withdrawn-on = پس گرفته‌شده در تاریخ { $date }
privacy-withdraw = پس گرفتن این رضایت با تاریخ امروز
privacy-consent-date = تاریخ رضایت
privacy-consent-method = چگونه
privacy-consent-purposes = برای چه
privacy-record-consent = ثبت رضایت
privacy-consent-recorded = رضایت ثبت شد.
privacy-consent-withdrawn = پس گرفتن رضایت ثبت شد.
privacy-access = کاپی اطلاعات (حق دسترسی)
privacy-access-explanation = دو فایل: یک متن خوانا به زبان شخص، و همهٔ اطلاعات به صورت JSON. نام فایل‌ها نام هیچ شخصی را ندارد.
privacy-export-folder = پوشه‌ای که فایل‌ها در آن ذخیره می‌شوند
privacy-usb-key = فلش USB
privacy-documents = اسناد (Documents)
privacy-export = ذخیرهٔ کاپی اطلاعات
privacy-exported = کاپی ذخیره شد:
privacy-erasure = پاک کردن
privacy-erasure-explanation = هویت، اطلاعات تماس و یادداشت‌های این شخص را برای همیشه پاک می‌کند. جلسه‌های کمک، بدون نام، برای آمار شمرده می‌شوند.
privacy-erase = پاک کردن اطلاعات این شخص…
privacy-erasure-question = اطلاعات این شخص برای همیشه پاک شود؟
privacy-erasure-goes = آنچه پاک می‌شود:
privacy-erasure-accompaniment-notes = { $count ->
    [one] یادداشت‌ها و قدم‌های بعدیِ یک جلسهٔ کمک
   *[other] یادداشت‌ها و قدم‌های بعدیِ { $count } جلسهٔ کمک
}
privacy-erasure-procedure-texts = { $count ->
    [one] شمارهٔ پرونده و یادداشت‌های یک کار اداری
   *[other] شماره‌های پرونده و یادداشت‌های { $count } کار اداری
}
privacy-erasure-status-notes = { $count ->
    [one] یک یادداشت پیگیری کار اداری
   *[other] { $count } یادداشت پیگیری کارهای اداری
}
privacy-erasure-keeps = این‌ها بدون نام برای آمار می‌مانند: { $accompaniments } جلسهٔ کمک و { $procedures } کار اداری. این پاک کردن را نمی‌توان لغو کرد.
privacy-erasure-cancel = پاک نکن
privacy-erasure-confirm = برای همیشه پاک کن
privacy-erased = اطلاعات این شخص پاک شد.
audit-title = دفتر ثبتِ دیدن‌ها و تغییرها
audit-when = چه وقت
audit-what = کار
audit-which = چه چیزی
audit-open-file = باز کردن پرونده
audit-more = نشان دادن بیشتر
audit-empty = چیزی در دفتر ثبت نیست.
retention-title = مدت نگهداری
retention-explanation = پرونده‌هایی که در این مدت هیچ جلسهٔ کمکی نداشته‌اند، هنگام باز شدن Escale بی‌نام می‌شوند. آمار تغییر نمی‌کند.
retention-months = نگهداری پرونده‌های غیرفعال به مدت (ماه)
retention-save = ذخیرهٔ مدت
retention-saved = مدت نگهداری ذخیره شد.
retention-preview-title = پرونده‌هایی که تا ۳۰ روز دیگر بی‌نام می‌شوند
retention-preview-none = هیچ پرونده‌ای تا ۳۰ روز دیگر بی‌نام نمی‌شود.
retention-preview-line = { $name } — آخرین جلسهٔ کمک در تاریخ { $last }، بی‌نام شدن در تاریخ { $on }
retention-preview-more = و { $count } مورد دیگر.
