# The desktop app's interface (ui/). Persian for Dari and Iranian readers: plain and direct,
# for mediators who record quickly, often in front of the person. Same ids as locales/fr/ui.ftl.

app-name = Escale
loading = لطفاً صبر کنید…
saving = در حال ذخیره…
retry = دوباره امتحان کنید
cancel = لغو
yes = بلی
no = نه
skip-to-content = رفتن به محتوای اصلی

## Header and navigation

nav-label = منوی اصلی
nav-home-title = بازگشت به فهرست افراد (Ctrl+K)
nav-back = بازگشت
language-select-label = زبان
# A language in a picker: its own name, then its name in Persian.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## First start

setup-title = به Escale خوش آمدید
setup-intro = Escale جلسه‌های کمک شما را ثبت و نگهداری می‌کند، حتی بدون انترنت.
setup-point-encrypted = اطلاعات روی همین کمپیوتر می‌ماند و رمزگذاری شده است: بدون کلید، هیچ‌کس نمی‌تواند آن را بخواند، حتی اگر کمپیوتر گم یا دزدیده شود.
setup-point-offline = همه‌چیز بدون انترنت کار می‌کند، چه در اتوبوس و چه در دفتر.
setup-point-nothing-sent = هیچ چیزی به انترنت فرستاده نمی‌شود.
setup-keyring-explanation = کلید رمزگذاری در دسته‌کلید امن حساب کاربری شما نگهداری می‌شود: لازم نیست چیزی را به خاطر بسپارید.
setup-passphrase-legend = یک جملهٔ رمز انتخاب کنید
setup-passphrase-explanation = این کمپیوتر دسته‌کلید امن ندارد: یک جملهٔ رمز از اطلاعات شما محافظت می‌کند. هر بار که Escale را باز می‌کنید، این جمله از شما پرسیده می‌شود. دست‌کم { $min } حرف؛ یک جملهٔ کوتاه که آسان به یاد بماند بسیار خوب است.
setup-passphrase-warning = اگر این جملهٔ رمز را فراموش کنید، فقط کلید بازیابی (که کمی بعد آن را چاپ می‌کنید) می‌تواند اطلاعات را دوباره باز کند.
setup-passphrase = جملهٔ رمز
setup-passphrase-repeat = جملهٔ رمز، یک بار دیگر
setup-shared-laptop = افراد دیگری هم از این کمپیوتر استفاده می‌کنند
setup-shared-laptop-help = در این صورت، اطلاعات با یک جملهٔ رمز محافظت می‌شود که هر بار هنگام باز کردن پرسیده می‌شود، نه با دسته‌کلید حساب کاربری.
setup-passphrase-shared-explanation = یک جملهٔ رمز از اطلاعات شما محافظت می‌کند. هر بار که Escale را باز می‌کنید، این جمله از شما پرسیده می‌شود. دست‌کم { $min } حرف؛ یک جملهٔ کوتاه که آسان به یاد بماند بسیار خوب است.
setup-demo = افزودن اطلاعات نمونه
setup-demo-help = افراد و جلسه‌های کمک ساختگی، برای آشنا شدن با Escale یا آموزش دادن به یک همکار. برای کار واقعی این گزینه را انتخاب نکنید.
setup-create = ساختن پایگاه اطلاعات رمزگذاری‌شدهٔ من
setup-working = در حال ساختن پایگاه اطلاعات رمزگذاری‌شده…
setup-working-demo = در حال ساختن پایگاه اطلاعات رمزگذاری‌شده و اطلاعات نمونه… این کار چند ثانیه طول می‌کشد.
setup-demo-skip = شروع بدون اطلاعات نمونه
setup-data-dir = پوشهٔ اطلاعات:

## Unlocking

unlock-title = Escale قفل است
unlock-intro = جملهٔ رمز را بنویسید تا اطلاعات این کمپیوتر باز شود.
unlock-keyring-intro = Escale نتوانست اطلاعات را با دسته‌کلید حساب کاربری باز کند.
unlock-retry = دوباره امتحان کنید
unlock-use-recovery = برگهٔ بازیابی را دارم
unlock-passphrase = جملهٔ رمز
unlock-submit = باز کردن قفل
unlock-working = در حال باز کردن…
passphrase-deriving-key = در حال محاسبهٔ کلید از جملهٔ رمز… این کار چند ثانیه طول می‌کشد.

## List of people

list-title = افرادی که کمک می‌گیرند
list-new-beneficiary = شخص جدید
list-search-label = جستجوی یک شخص
list-search-placeholder = نام یا نام خانوادگی…
list-search-help = آغاز نام یا نام خانوادگی را بنویسید. با کلیدهای ↑ ↓ انتخاب کنید و با Enter پرونده را باز کنید.
list-results-label = { $count ->
    [0] هیچ نتیجه‌ای نیست
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
list-empty = هنوز هیچ شخصی ثبت نشده است. با «شخص جدید» شروع کنید.
list-no-match = هیچ شخصی با «{ $query }» پیدا نشد. املای نام را بررسی کنید یا یک پروندهٔ جدید بسازید.
list-last-activity = آخرین مراجعه: { $date }
list-never-accompanied = هنوز جلسهٔ کمکی ثبت نشده است
list-activity-count = { $count ->
    [one] { $count } جلسهٔ کمک
   *[other] { $count } جلسهٔ کمک
}
list-limit = فقط { $limit } شخص اول نشان داده شده‌اند: جستجو را دقیق‌تر کنید.
person-anonymous = شخص بی‌نام

## A person's file: form

beneficiary-form-new-title = شخص جدید
beneficiary-form-edit-title = تغییر پرونده
beneficiary-anonymous = ثبت بدون نام (شخص بی‌نام)
beneficiary-anonymous-help = فقط برای آمار: نام، تیلفون و ایمیل نگهداری نمی‌شود.
beneficiary-first-name = نام
beneficiary-last-name = نام خانوادگی
beneficiary-latin-first-name = نام با حروف لاتین
beneficiary-latin-last-name = نام خانوادگی با حروف لاتین
beneficiary-latin-name-help = همان‌طور که در مدارک فرانسوی آمده است، اگر نام با خط دیگری (عربی، سیریلیک…) نوشته شده باشد. شخص را با هر دو نام می‌توان پیدا کرد.
beneficiary-birth-year = سال تولد
beneficiary-birth-year-help = گروه سنی از روی آن حساب می‌شود.
beneficiary-gender = جنسیت
beneficiary-social-status = وضعیت
beneficiary-commune = شهر محل زندگی
beneficiary-phone = تیلفون
beneficiary-email = ایمیل
beneficiary-languages = زبان‌هایی که صحبت می‌کند
beneficiary-languages-help = اول زبانی را انتخاب کنید که بیشتر از همه استفاده می‌کند.
beneficiary-document-language = زبان مدارکی که به شخص داده می‌شود
beneficiary-document-language-help = زبان خلاصه‌های چاپی، در کنار فرانسوی.
beneficiary-notes = یادداشت‌ها
beneficiary-notes-help = فقط چیزهایی که برای کمک به او لازم است. اطلاعات غیرضروری دربارهٔ سلامتی او ننویسید.
beneficiary-save = ذخیرهٔ پرونده

commune-placeholder = نام شهر یا کد پستی…
commune-help = دست‌کم ۲ حرف یا رقم بنویسید، سپس از فهرست انتخاب کنید.
commune-clear = پاک کردن شهر
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## A person's file: reading

file-record-activity = ثبت یک جلسهٔ کمک
file-edit = تغییر پرونده
file-born = { $gender ->
    [feminin] متولد سال { $year }
    [masculin] متولد سال { $year }
   *[other] متولد سال { $year }
}
file-identity = مشخصات
file-latin-name = با حروف لاتین:
file-not-given = ثبت نشده
file-activities = جلسه‌های کمک ({ $count })
file-no-activity = هیچ جلسهٔ کمکی برای این شخص ثبت نشده است.
procedure-reference = شمارهٔ پرونده:
procedure-deadline = مهلت: { $date }

## Recording an accompaniment

activity-form-title = جلسهٔ کمک فردی جدید
activity-form-for = برای:
activity-section-when = چه وقت و چه مدت
activity-section-where = کجا
activity-section-what = چه کاری انجام شد
activity-section-how = چطور گذشت
activity-section-notes = یادداشت‌ها و قدم‌های بعدی
activity-date = تاریخ
activity-duration = مدت
activity-duration-custom = مدت دیگر
activity-minutes-unit = دقیقه
activity-place-type = محل جلسهٔ کمک
activity-place = محل فعالیت
activity-place-choose = یک محل انتخاب کنید…
activity-place-option = { $name } ({ $commune })
activity-no-place = هنوز هیچ محل فعالیتی ثبت نشده است.
activity-place-add = + افزودن یک محل فعالیت
activity-place-new-name = نام محل (مثلاً «ایستگاه Felletin» یا «دفتر پست»)
activity-place-new-commune = شهر محل
activity-place-create = افزودن این محل
activity-place-cancel = لغو
activity-place-in-commune = { $place } ({ $commune })
activity-commune = شهر
activity-themes = موضوع‌ها
activity-administrative-themes = کارهای اداری: بخش‌ها
activity-procedure-name = نام کار اداری
activity-procedure-name-placeholder = مثلاً: تمدید titre de séjour (کارت اقامت)
activity-equipment = دستگاه استفاده‌شده
activity-autonomy = استقلال شخص
activity-oriented = به سازمان دیگری معرفی شد؟
activity-orientation = معرفی به سازمان دیگر
activity-orientation-choose = سازمان را انتخاب کنید…
activity-notes = یادداشت‌ها
activity-next-steps = قدم‌های بعدی
activity-next-steps-help = کاری که شخص باید دفعهٔ بعد انجام دهد یا با خود بیاورد.
activity-save = ذخیرهٔ جلسهٔ کمک

## Leaving without saving

leave-title = بدون ذخیره بیرون می‌روید؟
leave-text = شما پر کردن این فورم را شروع کرده‌اید. اگر حالا بیرون بروید، آنچه نوشته‌اید از بین می‌رود.
leave-stay = ماندن در فورم
leave-discard = بیرون رفتن بدون ذخیره

## Confirmations

toast-activity-saved = جلسهٔ کمک ذخیره شد.
toast-beneficiary-created = پرونده ساخته شد.
toast-beneficiary-saved = پرونده ذخیره شد.

## Errors checked by the interface before calling the core

error-ui-passphrases-differ = دو جملهٔ رمز یکسان نیستند.
error-ui-commune-not-chosen = شهر را از فهرست پیشنهادی انتخاب کنید، وگرنه ذخیره نمی‌شود.
error-ui-duration-required = مدت را انتخاب کنید.
error-ui-orientation-required = سازمانی را انتخاب کنید که شخص به آن معرفی شده است.
