# The "escale" command line: help (cli-about-<command>, cli-arg-<command>-<option>) and messages.
# Commands, options, codes and variable names stay in Latin letters.

cli-about-escale = Escale در خط فرمان: همان اطلاعات رمزگذاری‌شدهٔ برنامه، برای مدیریت و اسکریپت‌ها.
cli-arg-escale-data_dir = پوشهٔ اطلاعات (به‌طور پیش‌فرض پوشهٔ برنامه؛ متغیر ESCALE_DATA_DIR).
cli-arg-escale-lang = زبان پیام‌ها (به‌طور پیش‌فرض fr؛ متغیر ESCALE_LANG).
cli-arg-escale-json = نتیجه به صورت JSON، برای اسکریپت‌ها.

cli-about-escale-init = پایگاه اطلاعات رمزگذاری‌شده را می‌سازد و کلید بازیابی آن را نشان می‌دهد. کلید در دسته‌کلید سیستم نگهداری می‌شود؛ اگر دسته‌کلید نباشد، یک جملهٔ رمز از آن محافظت می‌کند (تایپ‌شده، یا متغیر ESCALE_PASSPHRASE).
cli-arg-escale-init-passphrase = محافظت از پایگاه اطلاعات با یک جملهٔ رمز، به جای دسته‌کلید.
cli-arg-escale-init-json = نتیجه به صورت JSON.

cli-about-escale-recover = پایگاه اطلاعات را با کلید بازیابی دوباره باز می‌کند (کمپیوتر جدید، دسته‌کلید پاک‌شده، تنظیمات کلید گم‌شده، جملهٔ رمز فراموش‌شده)، سپس دوباره از کلید محافظت می‌کند. کلید تایپ‌شده، یا متغیر ESCALE_RECOVERY_KEY.
cli-arg-escale-recover-passphrase = پس از آن، محافظت از کلید با یک جملهٔ رمز جدید (تایپ‌شده، یا متغیر ESCALE_NEW_PASSPHRASE) به جای دسته‌کلید.
cli-about-escale-recovery-sheet = برگهٔ بازیابی را می‌نویسد (یک صفحه برای چاپ کردن و نگه داشتن در جای قفل‌دار).
cli-arg-escale-recovery-sheet-out = فایلی که نوشته می‌شود (صفحهٔ HTML).
cli-about-escale-key = محافظت از کلید پایگاه اطلاعات.
cli-about-escale-key-protect = کلید را در دسته‌کلید سیستم یا زیر یک جملهٔ رمز (جدید) قرار می‌دهد. اطلاعات دوباره رمزگذاری نمی‌شود.
cli-arg-escale-key-protect-keyring = نگه داشتن کلید در دسته‌کلید سیستم.
cli-arg-escale-key-protect-passphrase = محافظت از کلید با یک جملهٔ رمز جدید (تایپ‌شده، یا متغیر ESCALE_NEW_PASSPHRASE).
cli-prompt-recovery-key = کلید بازیابی (۱۴ گروه ۴ حرفی):
cli-recovery-key-intro = این کلید بازیابی است. اگر کمپیوتر، دسته‌کلید یا جملهٔ رمز گم شود، فقط همین کلید اطلاعات را دوباره باز می‌کند:
cli-recovery-key-sheet = برگهٔ بازیابی را چاپ کنید («escale recovery-sheet --out fiche.html») و آن را در جای قفل‌دار و دور از کمپیوتر نگه دارید.
cli-recovered-keyring = پایگاه اطلاعات با کلید بازیابی دوباره باز شد. حالا کلید آن در دسته‌کلید سیستم است.
cli-recovered-passphrase = پایگاه اطلاعات با کلید بازیابی دوباره باز شد. حالا با جملهٔ رمز جدید شما محافظت می‌شود.
cli-recovery-sheet-written = برگهٔ بازیابی در { $path } نوشته شد. آن را چاپ کنید، در جای قفل‌دار نگه دارید، سپس این فایل را حذف کنید.
cli-key-moved-to-keyring = حالا کلید در دسته‌کلید سیستم است. اطلاعات تغییر نکرده است.
cli-key-moved-to-passphrase = حالا کلید با جملهٔ رمز جدید محافظت می‌شود. اطلاعات تغییر نکرده است.
cli-file-not-written = فایل { $path } نوشته نشد. هیچ چیزی نوشته نشد.
cli-use-recover = برای باز کردن دوبارهٔ اطلاعات خود: escale recover.

cli-about-escale-backup = نسخه‌های پشتیبان رمزگذاری‌شده: ساختن، بررسی، بازگرداندن.
cli-about-escale-backup-create = یک نسخهٔ پشتیبان رمزگذاری‌شده از کل پایگاه اطلاعات در یک پوشه (یک فلش USB) می‌نویسد. نام فایل فقط تاریخ را دارد و هیچ چیز شخصی ندارد؛ با کلید بازیابی باز می‌شود، یا اگر پایگاه اطلاعات با جملهٔ رمز محافظت می‌شود، با جملهٔ رمزِ همان روز.
cli-arg-escale-backup-create-to = پوشه‌ای که نسخهٔ پشتیبان در آن نوشته می‌شود (مثلاً فلش USB).
cli-arg-escale-backup-create-json = نتیجه به صورت JSON.
cli-about-escale-backup-verify = یک نسخهٔ پشتیبان را بررسی می‌کند: ساختار و checksum آن را، سپس با کلید بازیابی (ESCALE_RECOVERY_KEY) یا جملهٔ رمز (ESCALE_PASSPHRASE) محتوای آن را، که Escale باز می‌کند و می‌شمارد.
cli-arg-escale-backup-verify-file = فایل نسخهٔ پشتیبان (.escale-backup).
cli-arg-escale-backup-verify-without_secret = فقط بررسی‌هایی که به هیچ رمزی نیاز ندارند.
cli-arg-escale-backup-verify-json = نتیجه به صورت JSON.
cli-about-escale-backup-restore = یک نسخهٔ پشتیبان را پس از بررسی کامل، در پوشهٔ اطلاعات بازمی‌گرداند (کمپیوتر جدید). کلید بازیابی (ESCALE_RECOVERY_KEY) یا جملهٔ رمزِ نسخهٔ پشتیبان (ESCALE_PASSPHRASE)، وگرنه تایپ‌شده.
cli-arg-escale-backup-restore-file = فایل نسخهٔ پشتیبان (.escale-backup).
cli-arg-escale-backup-restore-replace = جایگزین کردن پایگاه اطلاعات موجود: در پوشهٔ اطلاعات کنار گذاشته می‌شود و هرگز حذف نمی‌شود.
cli-arg-escale-backup-restore-passphrase = محافظت از کلید بازگردانده‌شده با یک جملهٔ رمز (ESCALE_NEW_PASSPHRASE، یا جملهٔ رمزِ نسخهٔ پشتیبان) به جای دسته‌کلید.
cli-arg-escale-backup-restore-json = نتیجه به صورت JSON.
cli-prompt-backup-passphrase = جملهٔ رمز پایگاه اطلاعات در زمان گرفتن نسخهٔ پشتیبان:
cli-backup-progress = نسخهٔ پشتیبان
cli-restore-progress = بازگرداندن
cli-demo-progress = اطلاعات نمونه
cli-deriving-key = باز کردن پایگاه دادهٔ رمزگذاری‌شده (استخراج کلید)…
cli-backup-written = نسخهٔ پشتیبان نوشته و بررسی شد: { $path } ({ $size }).
cli-backup-verified = نسخهٔ پشتیبان سالم است، گرفته‌شده در تاریخ { $made }: { $people ->
    [one] { $people } شخص
   *[other] { $people } شخص
}، { $activities ->
    [one] { $activities } فعالیت
   *[other] { $activities } فعالیت
}، { $procedures ->
    [one] { $procedures } کار اداری
   *[other] { $procedures } کار اداری
}.
cli-backup-structure-verified = نسخهٔ پشتیبانِ گرفته‌شده در تاریخ { $made }: ساختار و checksum سالم است. محتوای آن بررسی نشد (کلید بازیابی یا جملهٔ رمز لازم است).
cli-backup-restored = نسخهٔ پشتیبانِ تاریخ { $made } بازگردانده شد: { $people ->
    [one] { $people } شخص
   *[other] { $people } شخص
}، { $activities ->
    [one] { $activities } فعالیت
   *[other] { $activities } فعالیت
}، { $procedures ->
    [one] { $procedures } کار اداری
   *[other] { $procedures } کار اداری
}.
cli-backup-set-aside = اطلاعات قبلی سالم است و در { $path } کنار گذاشته شده است.
cli-backup-secret-needed = کلید بازیابی (ESCALE_RECOVERY_KEY) یا جملهٔ رمزِ نسخهٔ پشتیبان (ESCALE_PASSPHRASE) لازم است. هیچ چیزی تغییر نکرد.

cli-about-escale-demo = اطلاعات نمونهٔ واقع‌گرایانه اضافه می‌کند.
cli-arg-escale-demo-people = تعداد افرادی که ساخته می‌شوند.
cli-arg-escale-demo-json = نتیجه به صورت JSON.

cli-about-escale-beneficiary = افرادی که کمک می‌گیرند: افزودن، فهرست، جستجو، نشان دادن.
cli-about-escale-beneficiary-add = یک شخص اضافه می‌کند.
cli-arg-escale-beneficiary-add-first_name = نام.
cli-arg-escale-beneficiary-add-last_name = نام خانوادگی.
cli-arg-escale-beneficiary-add-latin_first_name = نام با حروف لاتین، همان‌طور که در مدارک فرانسوی آمده است، وقتی نام با خط دیگری نوشته شده است.
cli-arg-escale-beneficiary-add-latin_last_name = نام خانوادگی با حروف لاتین، همان‌طور که در مدارک فرانسوی آمده است، وقتی نام خانوادگی با خط دیگری نوشته شده است.
cli-arg-escale-beneficiary-add-anonymous = شخص بی‌نام (بدون نام، برای آمار).
cli-arg-escale-beneficiary-add-accompanied_before = قبلاً هم کمک گرفته است (در جای دیگر یا پیش از Escale): هیچ‌کدام از جلسه‌های کمکِ او در اینجا اولین جلسه نیست.
cli-arg-escale-beneficiary-add-birth_year = سال تولد (گروه سنی از روی آن حساب می‌شود).
cli-arg-escale-beneficiary-add-gender = جنسیت: masculin، feminin یا non_communique.
cli-arg-escale-beneficiary-add-social_status = وضعیت: scolarise، sans_emploi، en_emploi، retraite یا non_communique.
cli-arg-escale-beneficiary-add-insee = کد INSEE شهر.
cli-arg-escale-beneficiary-add-postal_code = کد پستی (اگر نباشد، از روی کد INSEE پیدا می‌شود).
cli-arg-escale-beneficiary-add-commune = نام شهر (اگر نباشد، از روی کد INSEE پیدا می‌شود).
cli-arg-escale-beneficiary-add-phone = تیلفون.
cli-arg-escale-beneficiary-add-email = آدرس ایمیل.
cli-arg-escale-beneficiary-add-languages = زبانی که صحبت می‌کند (کد ۲ یا ۳ حرفی؛ گزینهٔ قابل تکرار).
cli-arg-escale-beneficiary-add-document_language = زبان مدارکی که به شخص داده می‌شود (fr، en، ar، fa، ps، ti، uk، ru، ro، tr، es، pt).
cli-arg-escale-beneficiary-add-notes = یادداشت‌ها.
cli-arg-escale-beneficiary-add-json = نتیجه به صورت JSON.
cli-about-escale-beneficiary-list = فهرست افراد را به ترتیب الفبا نشان می‌دهد.
cli-arg-escale-beneficiary-list-limit = حداکثر تعداد سطرها.
cli-arg-escale-beneficiary-list-json = نتیجه به صورت JSON.
cli-about-escale-beneficiary-search = با هر بخشی از نام جستجو می‌کند، بدون توجه به اعراب و حروف بزرگ و کوچک.
cli-arg-escale-beneficiary-search-query = آغاز نام و/یا نام خانوادگی.
cli-arg-escale-beneficiary-search-limit = حداکثر تعداد سطرها.
cli-arg-escale-beneficiary-search-json = نتیجه به صورت JSON.
cli-about-escale-beneficiary-show = پروندهٔ یک شخص، جلسه‌های کمک و کارهای اداری او را نشان می‌دهد.
cli-arg-escale-beneficiary-show-id = شناسهٔ شخص.
cli-arg-escale-beneficiary-show-json = نتیجه به صورت JSON.

cli-about-escale-activity = جلسه‌های کمک و کارگاه‌ها: ثبت، فهرست.
cli-about-escale-activity-add = یک جلسهٔ کمک فردی یا یک کارگاه گروهی را ثبت می‌کند.
cli-arg-escale-activity-add-beneficiaries = شناسهٔ شخصی که کمک گرفت (برای کارگاه قابل تکرار).
cli-arg-escale-activity-add-kind = نوع: individuel یا collectif.
cli-arg-escale-activity-add-date = تاریخ (YYYY-MM-DD؛ به‌طور پیش‌فرض امروز).
cli-arg-escale-activity-add-duration = مدت به دقیقه.
cli-arg-escale-activity-add-place_type = شیوه: lieu_activite، domicile، a_distance یا autre.
cli-arg-escale-activity-add-place = شناسهٔ محل فعالیت (برای lieu_activite).
cli-arg-escale-activity-add-insee = کد INSEE شهر (برای domicile و autre).
cli-arg-escale-activity-add-postal_code = کد پستی.
cli-arg-escale-activity-add-commune = نام شهر.
cli-arg-escale-activity-add-themes = موضوع (کد ملی؛ قابل تکرار).
cli-arg-escale-activity-add-equipment = دستگاه استفاده‌شده (قابل تکرار).
cli-arg-escale-activity-add-autonomy = استقلال: entierement_accompagne، partiellement_autonome یا autonome.
cli-arg-escale-activity-add-orientation = سازمانی که شخص به آن معرفی می‌شود.
cli-arg-escale-activity-add-procedure_name = نام کار اداری.
cli-arg-escale-activity-add-workshop_title = عنوان کارگاه.
cli-arg-escale-activity-add-workshop_level = سطح کارگاه: debutant، intermediaire یا avance.
cli-arg-escale-activity-add-anonymous_total = تعداد شرکت‌کنندگان بی‌نام (کارگاه).
cli-arg-escale-activity-add-notes = یادداشت‌ها.
cli-arg-escale-activity-add-next_steps = قدم‌های بعدی.
cli-arg-escale-activity-add-json = نتیجه به صورت JSON.
cli-about-escale-activity-defaults = آنچه یک ثبت جدید اول پیشنهاد می‌کند: محلِ امروز، و موضوع‌ها و مدت‌هایی که اخیراً بیشتر استفاده شده‌اند.
cli-arg-escale-activity-defaults-kind = نوع: individuel یا collectif.
cli-arg-escale-activity-defaults-json = نتیجه به صورت JSON.
cli-defaults-place = محل پیشنهادی: { $place }
cli-defaults-place-of-day = { $place } (تاریخ { $date })
cli-defaults-themes = موضوع‌ها، پراستفاده‌ترین‌ها اول: { $themes }
cli-defaults-durations = مدت‌ها، پراستفاده‌ترین‌ها اول: { $durations }
cli-about-escale-activity-list = فهرست فعالیت‌ها را نشان می‌دهد، تازه‌ترین‌ها اول.
cli-arg-escale-activity-list-from = از این تاریخ (YYYY-MM-DD).
cli-arg-escale-activity-list-to = تا این تاریخ (YYYY-MM-DD).
cli-arg-escale-activity-list-beneficiary = فقط فعالیت‌های این شخص.
cli-arg-escale-activity-list-limit = حداکثر تعداد سطرها.
cli-arg-escale-activity-list-json = نتیجه به صورت JSON.

cli-about-escale-procedure = کارهای اداریِ در حال پیگیری: شروع، تغییر وضعیت، تیک زدن مدارک، باز کردن دوباره، فهرست.
cli-about-escale-procedure-start = پیگیری یک کار اداری از فهرست را همراه با فهرست مدارک آن شروع می‌کند.
cli-arg-escale-procedure-start-beneficiary = شناسهٔ شخص.
cli-arg-escale-procedure-start-kind = کار اداری از فهرست (مثلاً caf_rsa، anef_renouvellement_titre_sejour؛ escale catalogue list را ببینید).
cli-arg-escale-procedure-start-status = وضعیت آغاز (acceptee برای پیگیری تمدیدِ حقی که قبلاً گرفته شده است).
cli-arg-escale-procedure-start-on = روزِ وضعیت آغاز (YYYY-MM-DD)، به‌طور پیش‌فرض امروز.
cli-arg-escale-procedure-start-reference = شمارهٔ پرونده.
cli-arg-escale-procedure-start-deadline = آخرین مهلت (YYYY-MM-DD).
cli-arg-escale-procedure-start-call_back = روزی که باید دوباره با شخص تماس گرفت (YYYY-MM-DD).
cli-arg-escale-procedure-start-notes = یادداشت‌ها.
cli-arg-escale-procedure-start-json = نتیجه به صورت JSON.
cli-about-escale-procedure-status = وضعیت یک کار اداری را تغییر می‌دهد، اگر جدول تغییر وضعیت‌ها اجازه دهد (وضعیت قبلی در تاریخچه می‌ماند).
cli-arg-escale-procedure-status-id = شناسهٔ کار اداری.
cli-arg-escale-procedure-status-status = وضعیت جدید: a_faire، en_attente_de_pieces، deposee، en_instruction، acceptee، refusee یا abandonnee.
cli-arg-escale-procedure-status-note = یادداشت دربارهٔ این تغییر.
cli-arg-escale-procedure-status-on = روز تغییر (YYYY-MM-DD)، به‌طور پیش‌فرض امروز.
cli-arg-escale-procedure-status-json = نتیجه به صورت JSON.
cli-about-escale-procedure-reopen = یک کار اداریِ بسته‌شده (پذیرفته‌شده، ردشده یا رهاشده) را همراه با یادداشتی که دلیل را می‌گوید، دوباره باز می‌کند.
cli-arg-escale-procedure-reopen-id = شناسهٔ کار اداری.
cli-arg-escale-procedure-reopen-note = چرا کار اداری دوباره باز می‌شود (لازم).
cli-arg-escale-procedure-reopen-status = وضعیت پس از باز شدن دوباره.
cli-arg-escale-procedure-reopen-on = روز باز شدن دوباره (YYYY-MM-DD)، به‌طور پیش‌فرض امروز.
cli-arg-escale-procedure-reopen-json = نتیجه به صورت JSON.
cli-about-escale-procedure-check = وضعیت یک مدرکِ کار اداری را تیک می‌زند: آورده‌شده، کم است یا لازم نیست.
cli-arg-escale-procedure-check-id = شناسهٔ کار اداری.
cli-arg-escale-procedure-check-document = مدرک از فهرست (مثلاً rib، avis_imposition).
cli-arg-escale-procedure-check-state = وضعیت مدرک: brought، missing یا not_needed.
cli-arg-escale-procedure-check-json = نتیجه به صورت JSON.
cli-about-escale-procedure-recurrence-done = ثبت می‌کند که اعلام یا تمدیدِ مورد انتظار انجام شد؛ دفعهٔ بعدی حساب می‌شود.
cli-arg-escale-procedure-recurrence-done-id = شناسهٔ کار اداری.
cli-arg-escale-procedure-recurrence-done-on = روزی که انجام شد (YYYY-MM-DD)، به‌طور پیش‌فرض امروز.
cli-arg-escale-procedure-recurrence-done-json = نتیجه به صورت JSON.
cli-about-escale-procedure-edit = شمارهٔ پرونده، تاریخ‌ها یا یادداشت‌های یک کار اداری را تغییر می‌دهد.
cli-arg-escale-procedure-edit-id = شناسهٔ کار اداری.
cli-arg-escale-procedure-edit-reference = شمارهٔ پرونده.
cli-arg-escale-procedure-edit-deadline = آخرین مهلت (YYYY-MM-DD).
cli-arg-escale-procedure-edit-renewal = تاریخ تمدید بعدی یا اعلام بعدی (YYYY-MM-DD).
cli-arg-escale-procedure-edit-call_back = روزی که باید دوباره با شخص تماس گرفت (YYYY-MM-DD).
cli-arg-escale-procedure-edit-clear = تاریخی که پاک می‌شود (قابل تکرار): deadline، renewal یا call-back.
cli-arg-escale-procedure-edit-notes = یادداشت‌ها.
cli-arg-escale-procedure-edit-json = نتیجه به صورت JSON.
cli-about-escale-procedure-link = یک جلسهٔ کمکِ شخص را به کار اداری وصل می‌کند.
cli-arg-escale-procedure-link-id = شناسهٔ کار اداری.
cli-arg-escale-procedure-link-activity = شناسهٔ جلسهٔ کمک.
cli-arg-escale-procedure-link-unlink = به جای وصل کردن، جدا می‌کند.
cli-arg-escale-procedure-link-json = نتیجه به صورت JSON.
cli-about-escale-procedure-show = یک کار اداری را نشان می‌دهد: وضعیت، تاریخ‌ها، مدارک، تاریخچه، جلسه‌های کمکِ وصل‌شده.
cli-arg-escale-procedure-show-id = شناسهٔ کار اداری.
cli-arg-escale-procedure-show-json = نتیجه به صورت JSON.
cli-about-escale-procedure-list = فهرست کارهای اداری را نشان می‌دهد، نزدیک‌ترین مهلت اول.
cli-arg-escale-procedure-list-beneficiary = فقط کارهای اداریِ این شخص.
cli-arg-escale-procedure-list-json = نتیجه به صورت JSON.
cli-about-escale-catalogue = فهرست کارهای اداری: نشان دادن فهرست، افزودن کارهای مخصوص سازمان، پنهان کردن کارهایی که به کار نمی‌آیند.
cli-about-escale-catalogue-list = فهرست کارهای اداریِ پیشنهادی را نشان می‌دهد.
cli-arg-escale-catalogue-list-all = کارهای اداریِ پنهان‌شده و کنارگذاشته‌شده هم.
cli-arg-escale-catalogue-list-json = نتیجه به صورت JSON.
cli-about-escale-catalogue-add = یک کار اداریِ مخصوص سازمان اضافه می‌کند.
cli-arg-escale-catalogue-add-label = نام کار اداری.
cli-arg-escale-catalogue-add-theme = موضوع اداری (مثلاً social_sante، logement).
cli-arg-escale-catalogue-add-organisation = اداره‌ای که کار را انجام می‌دهد، یکی از اداره‌های فهرست (مثلاً caf، mairie).
cli-arg-escale-catalogue-add-documents = مدرک لازم، از فهرست (قابل تکرار).
cli-arg-escale-catalogue-add-delay = مدت معمولِ جواب، به روز.
cli-arg-escale-catalogue-add-json = نتیجه به صورت JSON.
cli-about-escale-catalogue-hide = یک کار اداری را در فهرست پنهان می‌کند (کارهای اداری که قبلاً شروع شده‌اند می‌مانند).
cli-arg-escale-catalogue-hide-id = شناسهٔ کار اداری در فهرست.
cli-arg-escale-catalogue-hide-json = نتیجه به صورت JSON.
cli-about-escale-catalogue-show = یک کار اداریِ پنهان‌شده را دوباره پیشنهاد می‌کند.
cli-arg-escale-catalogue-show-id = شناسهٔ کار اداری در فهرست.
cli-arg-escale-catalogue-show-json = نتیجه به صورت JSON.
cli-about-escale-follow-up = برای پیگیری: دیرشده‌ها، امروز و ۷ روز آینده (مهلت‌ها، تمدیدها، اعلام‌ها، کارهای متوقف‌مانده، تماس‌های دوباره).
cli-arg-escale-follow-up-on = روزی که در نظر گرفته می‌شود (YYYY-MM-DD)، به‌طور پیش‌فرض امروز.
cli-arg-escale-follow-up-count = فقط تعداد موارد.
cli-arg-escale-follow-up-json = نتیجه به صورت JSON.

cli-about-escale-consent = رضایت‌های یک شخص: ثبت، پس گرفتن، فهرست.
cli-about-escale-consent-record = رضایت یک شخص را ثبت می‌کند.
cli-arg-escale-consent-record-beneficiary = شناسهٔ شخص.
cli-arg-escale-consent-record-method = شخص چگونه رضایت داد: oral (شفاهی) یا signed_form (فورم امضاشده).
cli-arg-escale-consent-record-purposes = هدفی که شخص پذیرفته است (قابل تکرار): file_follow_up، administrative_procedures، contact_reminders یا partner_referral.
cli-arg-escale-consent-record-date = تاریخ رضایت (YYYY-MM-DD؛ به‌طور پیش‌فرض امروز).
cli-arg-escale-consent-record-json = نتیجه به صورت JSON.
cli-about-escale-consent-withdraw = پس گرفتن یک رضایت را ثبت می‌کند (خودِ رضایت به عنوان سند می‌ماند).
cli-arg-escale-consent-withdraw-id = شناسهٔ رضایت.
cli-arg-escale-consent-withdraw-date = تاریخ پس گرفتن (YYYY-MM-DD؛ به‌طور پیش‌فرض امروز).
cli-arg-escale-consent-withdraw-json = نتیجه به صورت JSON.
cli-about-escale-consent-list = فهرست رضایت‌های یک شخص را نشان می‌دهد، تازه‌ترین اول.
cli-arg-escale-consent-list-beneficiary = شناسهٔ شخص.
cli-arg-escale-consent-list-json = نتیجه به صورت JSON.

cli-about-escale-person = حقوق یک شخص: کاپی اطلاعات او، پاک کردن.
cli-about-escale-person-export = هر آنچه Escale دربارهٔ یک شخص دارد می‌نویسد: یک سند خوانا به زبان او، یا JSON.
cli-arg-escale-person-export-id = شناسهٔ شخص.
cli-arg-escale-person-export-out = فایلی که نوشته می‌شود (فقط حساب کاربری شما می‌تواند آن را بخواند).
cli-arg-escale-person-export-json = نوشتن فایل به صورت JSON به جای متن خوانا.
cli-about-escale-person-erase = هویت، اطلاعات تماس و یادداشت‌های یک شخص را برای همیشه پاک می‌کند؛ جلسه‌های کمکِ او بی‌نام برای آمار می‌مانند.
cli-arg-escale-person-erase-id = شناسهٔ شخص.
cli-arg-escale-person-erase-yes = پاک کردن بدون پرسیدن تأیید (برای اسکریپت‌ها).
cli-arg-escale-person-erase-preview = فقط نشان دادن آنچه پاک می‌شود، بدون تغییر دادن چیزی.
cli-arg-escale-person-erase-json = نتیجه به صورت JSON.

cli-about-escale-retention = مدت نگهداری پرونده‌ها: دیدن، تغییر، پیش‌نمایش، اجرا.
cli-about-escale-retention-show = مدت نگهداری را نشان می‌دهد.
cli-arg-escale-retention-show-json = نتیجه به صورت JSON.
cli-about-escale-retention-set = مدت نگهداری را تغییر می‌دهد (از ۱ تا ۱۲۰ ماه پس از آخرین جلسهٔ کمک).
cli-arg-escale-retention-set-months = تعداد ماه‌ها.
cli-arg-escale-retention-set-json = نتیجه به صورت JSON.
cli-about-escale-retention-preview = فهرست پرونده‌هایی را نشان می‌دهد که در یک تاریخ بی‌نام می‌شوند، و اینکه از چه وقت باید بی‌نام می‌شدند.
cli-arg-escale-retention-preview-on = تاریخ (YYYY-MM-DD؛ به‌طور پیش‌فرض امروز).
cli-arg-escale-retention-preview-json = نتیجه به صورت JSON.
cli-about-escale-retention-apply = همین حالا پرونده‌هایی را که مدت نگهداری‌شان تمام شده است بی‌نام می‌کند.
cli-arg-escale-retention-apply-json = نتیجه به صورت JSON.

cli-about-escale-audit = دفتر ثبت دسترسی‌ها: چه کسی کدام پرونده را دیده یا تغییر داده، و چه وقت.
cli-about-escale-audit-list = دفتر ثبت را نشان می‌دهد، تازه‌ترین اول.
cli-arg-escale-audit-list-person = فقط آنچه به پروندهٔ این شخص مربوط است.
cli-arg-escale-audit-list-limit = حداکثر تعداد سطرها.
cli-arg-escale-audit-list-offset = تعداد سطرهایی که رد می‌شوند (برای خواندن صفحهٔ بعد).
cli-arg-escale-audit-list-json = نتیجه به صورت JSON.

cli-prompt-passphrase = جملهٔ رمز:
cli-prompt-new-passphrase = جملهٔ رمز جدید (دست‌کم ۱۰ حرف):
cli-prompt-repeat-passphrase = جملهٔ رمز را دوباره بنویسید:
cli-passphrases-differ = دو جملهٔ رمز با هم فرق دارند. هیچ چیزی ساخته نشد.
cli-initialised-keyring = پایگاه اطلاعات رمزگذاری‌شده در { $path } ساخته شد. کلید آن در دسته‌کلید سیستم است.
cli-initialised-passphrase = پایگاه اطلاعات رمزگذاری‌شده در { $path } ساخته شد. با جملهٔ رمز شما محافظت می‌شود: بدون آن، اطلاعات از دست می‌رود.
cli-demo-done = اطلاعات نمونه اضافه شد: { $people } شخص، { $activities } فعالیت که { $workshops } مورد آن کارگاه است، { $procedures } کار اداری.
cli-nobody-found = هیچ شخصی پیدا نشد.
cli-procedure-dates = پرونده: { $reference } · آخرین مهلت: { $deadline } · تمدید: { $renewal } · تماس دوباره: { $callBack }
cli-procedure-linked-activity = جلسهٔ کمکِ وصل‌شده: { $id } ({ $date })
cli-catalogue-hidden = (پنهان)
cli-catalogue-retired = (کنارگذاشته‌شده)
cli-follow-up-overdue = دیر شده ({ $count })
cli-follow-up-today = امروز ({ $count })
cli-follow-up-week = در ۷ روز آینده ({ $count })
cli-follow-up-nothing = فعلاً چیزی برای پیگیری نیست.
cli-follow-up-count = برای پیگیری: { $overdue } دیرشده، { $today } امروز، { $week } در ۷ روز آینده.
cli-anonymous-person = شخص بی‌نام
cli-beneficiary-details = { $birthYear ->
    [none] سال تولد نامعلوم
   *[other] متولد { $birthYear } ({ $ageBand })
} · { $gender } · { $commune } · مدارک به زبان { $documentLanguage }
cli-output-failed = نتیجه نوشته نشد.
cli-consent-withdrawn-on = پس گرفته‌شده در تاریخ { $date }
cli-export-written = اطلاعات شخص در { $path } نوشته شد. این فایل رمزگذاری نشده است: آن را به شخص بدهید و سپس حذف کنید.
cli-erase-preview-title = پاک کردن پروندهٔ { $name } ({ $id }):
cli-erase-preview-fields = این‌ها پاک می‌شوند: { $fields }؛
cli-erase-preview-no-fields = هیچ بخشی از هویت یا اطلاعات تماس پر نشده است؛
cli-erase-preview-texts = این‌ها خالی می‌شوند: { $accompaniments ->
    [0] هیچ یادداشتی از جلسه‌های کمک
    [one] یادداشت‌های یک جلسهٔ کمک
   *[other] یادداشت‌های { $accompaniments } جلسهٔ کمک
}، { $procedures ->
    [0] هیچ شماره یا یادداشتی از کارهای اداری
    [one] شماره و یادداشت‌های یک کار اداری
   *[other] شماره‌ها و یادداشت‌های { $procedures } کار اداری
}، { $statusNotes ->
    [0] هیچ یادداشتی از تغییر وضعیت
    [one] یک یادداشت تغییر وضعیت
   *[other] { $statusNotes } یادداشت تغییر وضعیت
}؛
cli-erase-preview-kept = این‌ها بدون نام برای آمار می‌مانند: { $accompaniments ->
    [0] هیچ جلسهٔ کمکی
    [one] یک جلسهٔ کمک
   *[other] { $accompaniments } جلسهٔ کمک
}، { $procedures ->
    [0] هیچ کار اداری‌ای
    [one] یک کار اداری (نوع، وضعیت، مهلت)
   *[other] { $procedures } کار اداری (نوع، وضعیت، مهلت)
}، { $consents ->
    [0] هیچ رضایتی
    [one] یک رضایت
   *[other] { $consents } رضایت
}، و همچنین سال تولد، جنسیت، وضعیت و شهر.
cli-erase-confirm = این پاک کردن برای همیشه است. برای تأیید، «{ $word }» را تایپ کنید:
cli-erase-confirm-word = حذف
cli-erase-cancelled = هیچ چیزی پاک نشد.
cli-erase-needs-confirmation = پاک کردن برای همیشه است و هیچ چیزی پاک نشد: فرمان را در یک ترمینال اجرا کنید تا ببینید چه چیزی پاک می‌شود و آن را تأیید کنید، یا --yes را اضافه کنید.
cli-erase-done = هویت، اطلاعات تماس و یادداشت‌های پروندهٔ { $id } پاک شد.
cli-erase-log-busy = برنامهٔ دیگری پایگاه اطلاعات را می‌خواند: کاپی‌های قدیمی تا وقتی آخرین برنامه آن را ببندد، در فایل ثبت موقتِ آن (write-ahead log) می‌مانند.
cli-retention-months = مدت نگهداری: { $months } ماه پس از آخرین جلسهٔ کمک.
cli-retention-nobody-due = در این تاریخ هیچ پرونده‌ای برای بی‌نام کردن نیست.
cli-retention-applied = { $anonymised ->
    [0] هیچ پرونده‌ای بی‌نام نشد
    [one] یک پرونده بی‌نام شد
   *[other] { $anonymised } پرونده بی‌نام شد
} (نگهداری: { $months } ماه)؛ { $pruned } سطر قدیمی از دفتر ثبت حذف شد.
cli-audit-empty = دفتر ثبت خالی است.
cli-audit-more = سطرهای دیگری هم هست: --offset { $offset }.

## Several mediators on one computer
cli-arg-escale-mediator = میانجی‌ای که اطلاعاتش باز می‌شود، وقتی چند میانجی اطلاعات خود را روی این کمپیوتر دارند («escale mediator list» را ببینید).
cli-about-escale-mediator = میانجی‌هایی که اطلاعات خود را روی این کمپیوتر نگه می‌دارند، هر کدام در پایگاه اطلاعات خودش و با جملهٔ رمز خودش.
cli-about-escale-mediator-list = فهرست میانجی‌های این کمپیوتر را نشان می‌دهد.
cli-arg-escale-mediator-list-json = نتیجه به صورت JSON.
cli-about-escale-mediator-add = یک میانجی اضافه می‌کند: یک پایگاه اطلاعات جدید، محافظت‌شده با جملهٔ رمزِ او (تایپ‌شده، یا متغیر ESCALE_NEW_PASSPHRASE).
cli-arg-escale-mediator-add-name = نامی که در فهرست میانجی‌ها نشان داده می‌شود.
cli-arg-escale-mediator-add-json = نتیجه به صورت JSON.
cli-about-escale-mediator-rename = نام یک میانجی را در فهرست تغییر می‌دهد.
cli-arg-escale-mediator-rename-id = شناسهٔ میانجی («escale mediator list» را ببینید).
cli-arg-escale-mediator-rename-name = نام جدید.
cli-arg-escale-mediator-rename-json = نتیجه به صورت JSON.
cli-mediator-none = هنوز هیچ میانجی‌ای روی این کمپیوتر اطلاعات ندارد.
cli-mediator-unnamed = (بدون نام)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] دسته‌کلید سیستم
        [passphrase] جملهٔ رمز
       *[other] محافظت نامعلوم: از کلید بازیابی استفاده کنید
    }
cli-mediator-added = میانجی اضافه شد. اطلاعات او را با «--mediator { $id }» باز کنید.
cli-mediator-choose = چند میانجی اطلاعات خود را روی این کمپیوتر نگه می‌دارند. میانجی خود را با «--mediator ID» انتخاب کنید (فهرست: «escale mediator list»).
