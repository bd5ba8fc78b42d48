# The organisation's settings: the organisation (name, SIRET, contact details), its places of
# activity and the directory of local partners to refer people to.

## Access log
audit-action-archive = بایگانی
audit-entity-partner = سازمان همکار

## Command line: the organisation
cli-about-escale-structure = سازمان: نام، SIRET، آدرس و اطلاعات تماس.
cli-about-escale-structure-show = مشخصات سازمان را نشان می‌دهد.
cli-arg-escale-structure-show-json = نتیجه به صورت JSON.
cli-about-escale-structure-set = مشخصات سازمان را ثبت می‌کند؛ فقط گزینه‌هایی که داده شده‌اند تغییر می‌کنند.
cli-arg-escale-structure-set-name = نام سازمان.
cli-arg-escale-structure-set-siret = شمارهٔ SIRET (۱۴ رقم، فاصله مجاز است؛ "" برای پاک کردن آن).
cli-arg-escale-structure-set-address = آدرس.
cli-arg-escale-structure-set-insee = کد INSEE شهر ("" برای پاک کردن آن).
cli-arg-escale-structure-set-postal_code = کد پستی.
cli-arg-escale-structure-set-commune = نام شهر (اگر نباشد، از روی کد INSEE پیدا می‌شود).
cli-arg-escale-structure-set-phone = تیلفون.
cli-arg-escale-structure-set-email = آدرس ایمیل.
cli-arg-escale-structure-set-json = نتیجه به صورت JSON.
cli-structure-none = هنوز مشخصات هیچ سازمانی ثبت نشده است (escale structure set --name …).
cli-structure-details =
    SIRET: { $siret }
    آدرس: { $address }
    شهر: { $commune }
    تیلفون: { $phone }
    ایمیل: { $email }

## Command line: places of activity
cli-about-escale-place = محل‌های فعالیت (دفتر پست، ایستگاه‌های اتوبوس…): افزودن، تغییر، فهرست، بایگانی.
cli-about-escale-place-add = یک محل فعالیت اضافه می‌کند.
cli-arg-escale-place-add-name = نام محل.
cli-arg-escale-place-add-address = آدرس.
cli-arg-escale-place-add-insee = کد INSEE شهر.
cli-arg-escale-place-add-postal_code = کد پستی.
cli-arg-escale-place-add-commune = نام شهر.
cli-arg-escale-place-add-json = نتیجه به صورت JSON.
cli-about-escale-place-edit = یک محل فعالیت را تغییر می‌دهد؛ فقط گزینه‌هایی که داده شده‌اند تغییر می‌کنند.
cli-arg-escale-place-edit-id = شناسهٔ محل.
cli-arg-escale-place-edit-name = نام جدید.
cli-arg-escale-place-edit-address = آدرس جدید.
cli-arg-escale-place-edit-insee = کد INSEE شهر ("" برای پاک کردن آن).
cli-arg-escale-place-edit-postal_code = کد پستی.
cli-arg-escale-place-edit-commune = نام شهر.
cli-arg-escale-place-edit-json = نتیجه به صورت JSON.
cli-about-escale-place-list = فهرست محل‌های فعالیتی را که پیشنهاد می‌شوند نشان می‌دهد.
cli-arg-escale-place-list-json = نتیجه به صورت JSON.
cli-about-escale-place-archive = یک محل را بایگانی می‌کند: دیگر پیشنهاد نمی‌شود، اما جلسه‌های کمکِ گذشته نام آن را نگه می‌دارند.
cli-arg-escale-place-archive-id = شناسهٔ محل.
cli-arg-escale-place-archive-json = نتیجه به صورت JSON.
cli-place-none = هیچ محل فعالیتی نیست.
cli-place-archived = محل بایگانی شد: { $name } ({ $id }). دیگر پیشنهاد نمی‌شود؛ جلسه‌های کمکِ گذشته نام آن را نگه می‌دارند.

## Command line: partners
cli-about-escale-partner = فهرست سازمان‌های همکارِ محلی (CAF، CCAS، France Services، mission locale…): افزودن، تغییر، فهرست، بایگانی.
cli-about-escale-partner-add = یک سازمان همکار را به فهرست اضافه می‌کند.
cli-arg-escale-partner-add-name = نام سازمان همکار.
cli-arg-escale-partner-add-kind = نوع: administration، mediation_numerique، operateur_ou_organisme_en_charge، aide_sociale، insertion_professionnelle، aide_aux_demarches_administratives یا autre.
cli-arg-escale-partner-add-address = آدرس.
cli-arg-escale-partner-add-insee = کد INSEE شهر.
cli-arg-escale-partner-add-postal_code = کد پستی.
cli-arg-escale-partner-add-commune = نام شهر.
cli-arg-escale-partner-add-phone = تیلفون (شماره‌های کوتاه مانند 3230 هم قبول می‌شوند).
cli-arg-escale-partner-add-email = آدرس ایمیل.
cli-arg-escale-partner-add-hours = ساعت‌های کاری (متن آزاد، چند سطر هم ممکن است).
cli-arg-escale-partner-add-notes = یادداشت‌ها (با چه کسی صحبت شود، چه مدارکی آورده شود…).
cli-arg-escale-partner-add-json = نتیجه به صورت JSON.
cli-about-escale-partner-edit = یک سازمان همکار را تغییر می‌دهد؛ فقط گزینه‌هایی که داده شده‌اند تغییر می‌کنند.
cli-arg-escale-partner-edit-id = شناسهٔ سازمان همکار.
cli-arg-escale-partner-edit-name = نام جدید.
cli-arg-escale-partner-edit-kind = نوع جدید («escale partner add --help» را ببینید).
cli-arg-escale-partner-edit-address = آدرس جدید.
cli-arg-escale-partner-edit-insee = کد INSEE شهر ("" برای پاک کردن آن).
cli-arg-escale-partner-edit-postal_code = کد پستی.
cli-arg-escale-partner-edit-commune = نام شهر.
cli-arg-escale-partner-edit-phone = تیلفون.
cli-arg-escale-partner-edit-email = آدرس ایمیل.
cli-arg-escale-partner-edit-hours = ساعت‌های کاری.
cli-arg-escale-partner-edit-notes = یادداشت‌ها.
cli-arg-escale-partner-edit-json = نتیجه به صورت JSON.
cli-about-escale-partner-list = فهرست را به ترتیب الفبا نشان می‌دهد.
cli-arg-escale-partner-list-kind = فقط سازمان‌های همکارِ این نوع.
cli-arg-escale-partner-list-json = نتیجه به صورت JSON.
cli-about-escale-partner-archive = یک سازمان همکار را از فهرست برمی‌دارد.
cli-arg-escale-partner-archive-id = شناسهٔ سازمان همکار.
cli-arg-escale-partner-archive-json = نتیجه به صورت JSON.
cli-partner-none = هیچ سازمان همکاری در فهرست نیست.
cli-partner-archived = سازمان همکار از فهرست برداشته شد: { $name } ({ $id }).

## Window: the organisation settings screen
settings-title = سازمان
settings-sections = بخش‌های این صفحه
settings-saved = ذخیره شد.
settings-edit = تغییر
settings-edit-named = تغییر { $name }
settings-archive = بایگانی
settings-archive-named = بایگانی { $name }
settings-save-changes = ذخیرهٔ تغییرها
settings-address = آدرس
settings-commune = شهر
settings-phone = تیلفون
settings-email = آدرس ایمیل

settings-structure-title = سازمان
settings-structure-help = این اطلاعات روی مدارکی که به افراد داده می‌شود، چاپ می‌شود.
settings-structure-name = نام سازمان
settings-structure-siret = شمارهٔ SIRET
settings-structure-siret-help = ۱۴ رقم، روی avis de situation Insee یا فیش معاش. اختیاری.
settings-structure-save = ذخیرهٔ مشخصات سازمان
settings-structure-saved = اطلاعات سازمان ذخیره شد.
settings-mediators-title = میانجی‌های این کمپیوتر
settings-mediators-help = هر کدام اطلاعات خود را با جملهٔ رمز خودش نگه می‌دارد.
settings-mediators-manage = افزودن میانجی یا تغییر نام شما (صفحهٔ امنیت)

settings-places-title = محل‌های فعالیت
settings-places-help = محل‌هایی که هنگام ثبت جلسهٔ کمک پیشنهاد می‌شوند (دفتر پست، ایستگاه‌های اتوبوس، اتاق یک انجمن…). محل بایگانی‌شده دیگر پیشنهاد نمی‌شود؛ جلسه‌های کمکِ گذشته نام آن را نگه می‌دارند.
settings-places-empty = هنوز هیچ محل فعالیتی نیست.
settings-place-add-open = افزودن یک محل
settings-place-add = افزودن این محل
settings-place-new-title = محل فعالیت جدید
settings-place-edit-title = تغییر محل فعالیت
settings-place-name = نام محل
settings-place-added = محل اضافه شد: { $name }.
settings-place-saved = محل ذخیره شد: { $name }.
settings-place-archived = محل بایگانی شد: { $name }.
settings-place-archive-title = «{ $name }» بایگانی شود؟
settings-place-archive-text = دیگر برای جلسه‌های کمکِ جدید پیشنهاد نمی‌شود. جلسه‌های کمکی که قبلاً ثبت شده‌اند نام آن را نگه می‌دارند.

settings-partners-title = سازمان‌های همکار
settings-partners-help = فهرست سازمان‌هایی که می‌توانید افراد را به آن‌ها معرفی کنید (CAF، CCAS، France Services، mission locale…): اطلاعات تماس و ساعت‌های کاری آن‌ها می‌تواند روی مدارکی که به افراد داده می‌شود بیاید.
settings-partners-empty = هنوز هیچ سازمان همکاری در فهرست نیست.
settings-partners-empty-kind = هیچ سازمان همکاری از این نوع نیست.
settings-partner-filter = نشان دادن
settings-partner-filter-all = همهٔ سازمان‌های همکار
settings-partner-add-open = افزودن یک سازمان همکار
settings-partner-add = افزودن این سازمان همکار
settings-partner-new-title = سازمان همکار جدید
settings-partner-edit-title = تغییر سازمان همکار
settings-partner-name = نام سازمان همکار
settings-partner-kind = نوع سازمان
settings-partner-hours = ساعت‌های کاری
settings-partner-hours-help = همان‌طور که به شخص می‌گویید، در صورت نیاز در چند سطر: «دوشنبه تا جمعه، ۸:۳۰ تا ۱۲».
settings-partner-notes = یادداشت‌ها
settings-partner-notes-help = برای خودتان: با چه کسی صحبت شود، چه مدارکی آورده شود… این یادداشت‌ها روی مدارکی که به افراد داده می‌شود نمی‌آیند.
settings-partner-added = سازمان همکار اضافه شد: { $name }.
settings-partner-saved = سازمان همکار ذخیره شد: { $name }.
settings-partner-archived = سازمان همکار از فهرست برداشته شد: { $name }.
settings-partner-archive-title = «{ $name }» از فهرست برداشته شود؟
settings-partner-archive-text = دیگر پیشنهاد نمی‌شود. در صورت نیاز می‌توانید دوباره آن را اضافه کنید.
