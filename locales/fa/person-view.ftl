# صفحهٔ رو به فرد: قدم‌های بعدی او به زبان خودش، و خواندن با صدای بلند.
# ساده بنویسید: جمله‌های کوتاه، واژه‌های رایج.

## در پروندهٔ فرد (زبان میانجی)
person-view-open = چرخاندن صفحه به سوی فرد
person-view-open-title = نشان دادن فقط آنچه به فرد مربوط است، به زبان خودش ({ $shortcut })
shortcut-person-view = Ctrl+Shift+P
person-view-needs-pin = برای چرخاندن صفحه به سوی فرد، اول یک کد PIN انتخاب کنید: برای برگشتن به صفحه‌های شما پرسیده می‌شود.
person-view-pin-save = انتخاب این کد و چرخاندن صفحه
person-view-pin-cancel = لغو

## صفحهٔ فرد (به زبان خودش)
person-view-title = قدم‌های بعدی شما
person-view-title-named = { $name }، این‌ها قدم‌های بعدی شماست
person-view-next-steps = کارهایی که باید بکنید
person-view-next-steps-none = فعلاً کاری نیست.
person-view-written-on = نوشته شده در { $date }
person-view-procedures = کارهای اداری در جریان شما
person-view-procedures-none = هیچ کار اداری در جریان نیست.
person-view-status = وضعیت کار: { $status }
person-view-reference = شمارهٔ پرونده: { $reference }
person-view-deadline = باید پیش از { $date } انجام شود
person-view-documents-missing = { $count ->
    [one] یک مدرک کم است:
   *[other] { $count } مدرک کم است:
}
person-view-documents-complete = همهٔ مدارک هست.
person-view-dates = تاریخ‌های بعدی شما
person-view-dates-none = فعلاً تاریخی گذاشته نشده است.
person-view-date-deadline = آخرین روز برای «{ $procedure }»
person-view-date-renewal = تمدید «{ $procedure }»
person-view-date-declaration = اظهارنامهٔ «{ $procedure }»
person-view-date-call_back = میانجی دربارهٔ «{ $procedure }» به شما زنگ می‌زند
person-view-read-aloud = گوش دادن
person-view-stop-reading = توقف خواندن
person-view-no-voice = روی این رایانه صدایی به زبان { $language } نیست

## برگرداندن صفحه به میانجی (زبان میانجی)
person-view-back = برگرداندن صفحه به میانجی
person-view-back-explained = فقط برای میانجی: برای برگشتن، کد شما پرسیده می‌شود.
person-view-back-submit = برگشت به صفحه‌های من
person-view-back-cancel = لغو

## خط فرمان
cli-about-escale-person-view = آنچه صفحهٔ رو به فرد به او نشان می‌دهد، به زبان خودش: قدم‌های بعدی، کارهای اداری در جریان با مدارک کم، تاریخ‌های بعدی.
cli-arg-escale-person-view-id = شناسهٔ فرد.
cli-arg-escale-person-view-json = نتیجه به صورت JSON.

## خطاهای خواندن با صدای بلند
error-reading-unavailable = موتور خواندن با صدای بلند (espeak-ng) روی این رایانه نصب نیست.
error-reading-no-voice = برای این زبان روی این رایانه صدایی نیست.
error-reading-failed = خواندن با صدای بلند کار نکرد (خروجی صدا نیست؟).
