# Screens for the followed procedures (ui/src/features/procedures and follow-up):
# a person's file, starting a procedure, a procedure's screen, the "To follow up" list
# and the organisation's catalogue. Short sentences, everyday words.

shortcut-follow-up = Ctrl+U

## In a person's file

procedures-open-title = { $count ->
    [0] کارهای اداری در جریان
   *[other] کارهای اداری در جریان ({ $count })
}
procedures-start = شروع یک کار اداری
procedures-none-open = هیچ کار اداری در جریان نیست.
procedures-closed-title = { $count ->
    [one] { $count } کار اداری تمام‌شده
   *[other] { $count } کار اداری تمام‌شده
}
procedures-deadline = آخرین مهلت: { $date }
procedures-next-renewal = تمدید: { $date }
procedures-next-declaration = اعلام بعدی: { $date }
procedures-call-back = تماس دوباره در تاریخ { $date }
procedures-documents-missing = { $count ->
    [0] همهٔ مدارک آماده است
    [one] { $count } مدرک کم است
   *[other] { $count } مدرک کم است
}

## What is known about a catalogue procedure

procedure-for = برای:
procedure-own-entry = مخصوص همین سازمان
procedure-facts-organisation = اداره
procedure-facts-theme = موضوع
procedure-facts-delay = مدت معمول
procedure-facts-days = { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
procedure-facts-every = هر { $months } ماه
procedure-facts-documents = مدارک لازم
procedure-facts-no-document = هیچ مدرکی در فهرست نیست.

## Starting a procedure

procedure-start-title = شروع یک کار اداری
procedure-start-search = کدام کار اداری؟
procedure-start-search-help = چند حرف از نام کار یا نام اداره را بنویسید. با کلیدهای ↑ ↓ انتخاب کنید و با Enter تأیید کنید.
procedure-start-results = { $count ->
    [0] هیچ کار اداری‌ای نیست
    [one] { $count } کار اداری
   *[other] { $count } کار اداری
}
procedure-start-no-match = هیچ کار اداری‌ای با «{ $query }» پیدا نشد.
procedure-start-manage-catalogue = کار اداری در فهرست نیست؟ آن را به فهرست اضافه کنید.
procedure-start-nothing-chosen = یک کار اداری را از فهرست انتخاب کنید.
procedure-start-status = کار اداری در چه مرحله‌ای است؟
procedure-start-status-a_faire = باید انجام شود
procedure-start-status-deposee = قبلاً فرستاده شده است
procedure-start-status-acceptee = قبلاً پذیرفته شده است: پیگیری تمدیدها
procedure-started-on = از تاریخ
procedure-start-confirm = شروع پیگیری

## A procedure's screen

procedure-screen-since = از تاریخ { $date }
procedure-change-status = تغییر وضعیت
procedure-next-status = وضعیت جدید
procedure-screen-status-on = تاریخ
procedure-screen-status-note = یادداشت (اختیاری)
procedure-screen-status-save = ذخیرهٔ وضعیت
procedure-reopen-title = باز کردن دوبارهٔ کار اداری
procedure-reopen-open = باز کردن دوبارهٔ کار اداری…
procedure-closed-title = کار اداری تمام شده است
procedure-reopen-explanation = این کار اداری تمام شده است. برای ادامهٔ آن (اعتراض، درخواست جدید، تصمیمی که پس گرفته شد)، آن را دوباره باز کنید و بنویسید چرا.
procedure-reopen-status = ادامه با وضعیت
procedure-reopen-note = چرا دوباره باز می‌شود؟ (لازم)
procedure-reopen-save = باز کردن دوبارهٔ کار اداری
procedure-history = تاریخچه
procedure-step-reopened = دوباره باز شد: { $status }

procedure-screen-documents-count = مدارک آورده‌شده: { $brought } از { $total }
procedure-screen-brought-on = آورده‌شده در تاریخ { $date }
procedure-screen-not-needed = لازم نیست
procedure-screen-not-needed-label = { $document }: لازم نیست، از فهرست برداشته شود
procedure-screen-add-document = افزودن یک مدرک به فهرست
procedure-screen-choose-document = یک مدرک انتخاب کنید…
procedure-screen-add-document-button = افزودن

procedure-next-renewal-on = تمدید باید در تاریخ { $date } انجام شود
procedure-next-declaration-on = اعلام باید در تاریخ { $date } انجام شود
procedure-renewal-done = تمدید انجام شد
procedure-declaration-done = اعلام انجام شد
procedure-recurrence-done-help = ثبت می‌کند که امروز انجام شد. تاریخ بعدی خودبه‌خود حساب می‌شود.

procedure-details = شماره، تاریخ‌ها و یادداشت‌ها
procedure-reference-label = شمارهٔ پرونده یا درخواست
procedure-deadline-label = آخرین مهلت
procedure-renewal-label = تاریخ تمدید
procedure-declaration-label = تاریخ اعلام بعدی
procedure-call-back-label = تماس دوباره با شخص در تاریخ
procedure-notes-label = یادداشت‌ها
procedure-details-save = ذخیره
procedure-details-unsaved = تغییرها هنوز ذخیره نشده‌اند

procedure-activities = { $count ->
    [0] جلسه‌های کمکِ مربوط
   *[other] جلسه‌های کمکِ مربوط ({ $count })
}
procedure-no-activity = هیچ جلسهٔ کمکی به این کار اداری وصل نیست.
procedure-activity-line = { $date }: { $themes }
procedure-link = وصل کردن یک جلسهٔ کمکِ این شخص
procedure-link-choose = یک جلسهٔ کمک انتخاب کنید…
procedure-link-button = وصل کردن
procedure-unlink = جدا کردن
procedure-unlink-label = جدا کردن جلسهٔ کمکِ تاریخ { $date }

## Confirmations

procedure-toast-started = کار اداری شروع شد.
procedure-toast-status = وضعیت ذخیره شد: { $status }.
procedure-toast-reopened = کار اداری دوباره باز شد: { $status }.
procedure-toast-document-brought = مدرک آورده شد: { $document }.
procedure-toast-document-missing = مدرک کم است: { $document }.
procedure-toast-document-not_needed = مدرک از فهرست برداشته شد: { $document }.
procedure-toast-document-added = مدرک به فهرست اضافه شد: { $document }.
procedure-toast-saved = ذخیره شد.
procedure-toast-recurrence-done = ثبت شد.
procedure-toast-recurrence-done-next = ثبت شد. دفعهٔ بعد: { $date }.
procedure-toast-linked = جلسهٔ کمک وصل شد.
procedure-toast-unlinked = جلسهٔ کمک جدا شد.

## To follow up

follow-up-title = برای پیگیری
follow-up-subtitle = امروز، { $date }، و ۷ روز بعد از آن
follow-up-help = Enter یا کلیک: باز کردن کار اداری. کلیدهای ↑ ↓ برای رفتن از یک سطر به سطر دیگر.
follow-up-empty = این هفته چیزی برای پیگیری نیست.
follow-up-overdue = دیر شده ({ $count })
follow-up-today = امروز ({ $count })
follow-up-week = این هفته ({ $count })
follow-up-more = نمایش بیشتر ({ $count } مورد دیگر)
follow-up-why-deadline = آخرین مهلت: { $date }
follow-up-why-renewal = تمدید در تاریخ { $date }
follow-up-why-renewal-prepare = تمدید در تاریخ { $date }، آماده کردن از تاریخ { $start }
follow-up-why-declaration = اعلام در تاریخ { $date }
follow-up-why-declaration-prepare = اعلام در تاریخ { $date }، آماده کردن از تاریخ { $start }
follow-up-why-stuck = { $status } از تاریخ { $date }: خیلی طول کشیده است
follow-up-why-call-back = تماس دوباره در تاریخ { $date }
follow-up-open-file = پرونده
follow-up-open-title = باز کردن فهرست «برای پیگیری» (Ctrl+U)
follow-up-count = برای پیگیری در این هفته: { $count }
follow-up-count-overdue = از این‌ها { $count } مورد دیر شده است
follow-up-count-none = این هفته چیزی برای پیگیری نیست

## The organisation's catalogue of procedures

catalogue-title = فهرست کارهای اداری
catalogue-intro = تیک کارهای اداری را که سازمان شما هرگز انجام نمی‌دهد بردارید: دیگر پیشنهاد نمی‌شوند. کارهای اداری که قبلاً شروع شده‌اند تغییر نمی‌کنند.
catalogue-filter = جستجو در فهرست
catalogue-hidden-count = { $count ->
    [one] { $count } کار اداری پنهان‌شده
   *[other] { $count } کار اداری پنهان‌شده
}
catalogue-no-match = هیچ کار اداری‌ای با «{ $query }» پیدا نشد.
catalogue-state-offered = پیشنهاد می‌شود
catalogue-state-hidden = پنهان
catalogue-add-open = افزودن یک کار اداریِ مخصوص سازمان
catalogue-add-title = کار اداری جدیدِ مخصوص سازمان
catalogue-new-label = نام کار اداری
catalogue-new-label-help = همان‌طور که همکاران شما آن را جستجو می‌کنند. این نام ترجمه نمی‌شود.
catalogue-choose-theme = یک موضوع انتخاب کنید…
catalogue-no-organisation = مشخص نشده
catalogue-new-delay = مدت معمول (روز)
catalogue-new-documents = { $count ->
    [0] مدارک لازم
    [one] مدارک لازم ({ $count } انتخاب شده)
   *[other] مدارک لازم ({ $count } انتخاب شده)
}
catalogue-document-search = جستجوی یک مدرک…
catalogue-add-save = افزودن به فهرست
catalogue-toast-added = کار اداری به فهرست اضافه شد: { $procedure }.
catalogue-toast-hidden = کار اداری پنهان شد: { $procedure }.
catalogue-toast-offered = کار اداری دوباره پیشنهاد می‌شود: { $procedure }.

## Errors checked by the interface before calling the core

error-ui-procedure-status-required = وضعیت جدید را انتخاب کنید.
error-ui-procedure-theme-required = یک موضوع اداری انتخاب کنید.
