# Locking, PIN code and security settings.

lock-now = قفل کردن
shortcut-lock = Ctrl+L
lock-title = Escale قفل است
lock-pin = کد PIN
lock-no-pin = هیچ کد PIN انتخاب نشده است: این قفل فقط صفحه را می‌پوشاند. در «امنیت» یک کد PIN انتخاب کنید.
lock-wrong-pin = { $attemptsLeft ->
    [one] این کد PIN درست نیست. { $attemptsLeft } بار دیگر می‌توانید امتحان کنید.
   *[other] این کد PIN درست نیست. { $attemptsLeft } بار دیگر می‌توانید امتحان کنید.
}
lock-locked-out-passphrase = تعداد تلاش‌ها زیاد شد. حالا جملهٔ رمز را بنویسید.
lock-locked-out-recovery = تعداد تلاش‌ها زیاد شد. حالا کلید بازیابی را بنویسید.
security-title = امنیت
security-lock-title = قفل
security-pin-is-set = یک کد PIN انتخاب شده است. وقتی برمی‌گردید، قفل Escale را باز می‌کند.
security-pin-not-set = هیچ کد PIN انتخاب نشده است. یکی انتخاب کنید: وقتی Escale قفل می‌شود، از شما پرسیده می‌شود.
security-new-pin = کد PIN جدید (۴ تا ۱۲ رقم)
security-new-pin-repeat = کد PIN جدید، یک بار دیگر
security-save-pin = ذخیرهٔ کد PIN
security-pin-saved = کد PIN ذخیره شد.
security-idle = قفل شدن پس از
security-idle-minutes = { $minutes ->
    [one] { $minutes } دقیقه بدون فعالیت
   *[other] { $minutes } دقیقه بدون فعالیت
}
security-idle-saved = Escale پس از { $minutes } دقیقه بدون فعالیت قفل می‌شود.
security-sheet-explanation = برگهٔ بازیابی اطلاعات را دوباره باز می‌کند، اگر کمپیوتر، دسته‌کلید یا جملهٔ رمز گم شود. اگر برگه را گم کرده‌اید، آن را دوباره چاپ کنید.
security-show-sheet = نشان دادن برگهٔ بازیابی
security-hide-sheet = پنهان کردن برگه
security-key-title = محافظت از کلید
security-key-is-keyring = کلید در دسته‌کلید حساب کاربری شماست. روی کمپیوتری که دیگران هم از آن استفاده می‌کنند، بهتر است با یک جملهٔ رمز از آن محافظت کنید.
security-key-is-passphrase = کلید با یک جملهٔ رمز محافظت می‌شود.
security-current-passphrase = جملهٔ رمز فعلی
security-change-passphrase = تغییر جملهٔ رمز
security-move-to-passphrase = محافظت با این جملهٔ رمز
security-move-to-keyring = به جای آن از دسته‌کلید استفاده شود
security-passphrase-saved = حالا جملهٔ رمز جدید از کلید محافظت می‌کند.
security-moved-to-keyring = حالا کلید در دسته‌کلید حساب کاربری است.
security-no-reencryption = اطلاعات دوباره رمزگذاری نمی‌شود و برگهٔ بازیابی همچنان معتبر است.
error-ui-pins-differ = دو کد PIN با هم فرق دارند.
setup-pin = کد PIN برای باز کردن قفل Escale (۴ تا ۱۲ رقم)
setup-pin-help = وقتی از کمپیوتر دور می‌شوید، Escale قفل می‌شود؛ این کد آن را باز می‌کند.

backup-title = نسخهٔ پشتیبان
backup-never = هنوز هیچ نسخهٔ پشتیبانی روی این کمپیوتر گرفته نشده است.
backup-too-old = { $days ->
    [one] آخرین نسخهٔ پشتیبان مال دیروز است.
   *[other] آخرین نسخهٔ پشتیبان { $days } روز پیش گرفته شده است.
}
backup-explanation = یک فلش USB وصل کنید و دست‌کم هفته‌ای یک بار نسخهٔ پشتیبان بگیرید. نسخهٔ پشتیبان مثل اطلاعات شما رمزگذاری شده است: با کلید بازیابی باز می‌شود.
backup-folder = محل ذخیرهٔ نسخهٔ پشتیبان
backup-now = گرفتن نسخهٔ پشتیبان همین حالا
backup-working = در حال گرفتن نسخهٔ پشتیبان… سپس بررسی فایل.
backup-done = نسخهٔ پشتیبان گرفته و بررسی شد ({ $megabytes } مگابایت):
work-cancel = لغو
work-cancelling = در حال لغو…

## Restoring a backup at first start
setup-restore-offer = قبلاً Escale را روی کمپیوتر دیگری داشتید؟
setup-restore = بازگرداندن یک نسخهٔ پشتیبان
restore-title = بازگرداندن یک نسخهٔ پشتیبان
restore-intro = فلش USB را که نسخهٔ پشتیبان در آن است وصل کنید. Escale پیش از استفاده، کل فایل را بررسی می‌کند؛ تا همه‌چیز بررسی نشود، چیزی نصب نمی‌شود.
restore-file = فایل نسخهٔ پشتیبان
restore-file-help = مسیر فایل را تایپ کنید (با .escale-backup تمام می‌شود).
restore-file-found = { $count ->
        [one] یک نسخهٔ پشتیبان روی فلش USB یا در اسناد شما پیدا شد؛ می‌توانید مسیر دیگری هم تایپ کنید.
       *[other] { $count } نسخهٔ پشتیبان پیدا شد؛ جدیدترین آن‌ها پیشنهاد شده است. می‌توانید یکی دیگر را انتخاب کنید.
    }
restore-inspect = بررسی این فایل
restore-inspecting = در حال بررسی فایل…
restore-summary = نسخهٔ پشتیبان سالم است، گرفته‌شده در تاریخ { $made }:
restore-use-recovery-key = جملهٔ رمز را فراموش کرده‌ام: از برگهٔ بازیابی استفاده می‌کنم
restore-passphrase-of-the-time = جملهٔ رمز در زمان گرفتن نسخهٔ پشتیبان
restore-passphrase-help = همان جمله‌ای که روز گرفتن نسخهٔ پشتیبان برای باز کردن Escale تایپ می‌کردید.
restore-new-passphrase-needed = یک جملهٔ رمز انتخاب کنید تا از اطلاعات روی این کمپیوتر محافظت کند
restore-new-passphrase-optional = جملهٔ رمز جدید (اختیاری: اگر ننویسید، جملهٔ رمزِ نسخهٔ پشتیبان می‌ماند)
restore-new-passphrase-optional-keyring = جملهٔ رمز جدید (اختیاری: اگر ننویسید، کلید در دسته‌کلید حساب کاربری نگهداری می‌شود)
restore-other-file = انتخاب یک فایل دیگر
restore-submit = بازگرداندن اطلاعات من
restore-working = در حال خواندن و بررسی نسخهٔ پشتیبان…
error-ui-backup-file-required = فایل نسخهٔ پشتیبان را مشخص کنید.
error-ui-restore-cancelled = بازگرداندن لغو شد. هیچ چیزی روی این کمپیوتر نصب نشد.
