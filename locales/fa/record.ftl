# Recording an accompaniment or a workshop (ui/src/features/activity).

record-new-accompaniment = جلسهٔ کمک جدید
record-new-workshop = کارگاه جدید
shortcut-new-accompaniment = Ctrl+Shift+N
record-new-accompaniment-title = ثبت یک جلسهٔ کمک از هر صفحه‌ای (Ctrl+Shift+N)
record-keys-help = Tab: بخش بعدی · کلیدهای جهت: انتخاب · Space: تیک زدن · Ctrl+Enter: ذخیره

record-person = شخصی که کمک گرفت
record-person-placeholder = چند حرف از نام…
record-person-help = Enter شخصِ مشخص‌شده را انتخاب می‌کند؛ کلیدهای جهت انتخاب را تغییر می‌دهند.
record-person-create = ساختن شخص «{ $name }»
record-person-anonymous = شخص بی‌نام (بدون نام)
record-person-born = متولد { $year }
record-person-last-seen = آخرین مراجعه: { $date }
record-person-change = تغییر شخص
record-person-new = شخص جدید
record-person-search-again = به جای آن، یک شخص شناخته‌شده را جستجو کنید
record-person-accompanied-before = قبلاً هم کمک گرفته است (در جای دیگر یا پیش از Escale)

# Letters shown in the date field's pattern, repeated by the code (dd/mm/yyyy). Each letter is
# followed by a zero-width non-joiner so that the repeated letters stay apart.
date-letter-day = ر‌
date-letter-month = م‌
date-letter-year = س‌

record-more-themes = { $count ->
    [one] + { $count } موضوع دیگر
   *[other] + { $count } موضوع دیگر
}
record-place = محل
record-place-from-day = همان محلِ روز { $date }، آخرین محلی که ثبت کردید.
record-orientation-none = به جای دیگری معرفی نشد

record-workshop-title = کارگاه گروهی جدید
record-workshop-name = عنوان کارگاه
record-workshop-level = سطح
record-workshop-save = ذخیرهٔ کارگاه
record-participants = شرکت‌کنندگان ثبت‌شده (افراد شناخته‌شده)
record-participants-chosen = شرکت‌کنندگان انتخاب‌شده
record-participant-remove = برداشتن { $name } از کارگاه
record-participant-remove-short = برداشتن

record-anonymous-title = شرکت‌کنندگان بی‌نام
record-anonymous-total = تعداد کل
record-anonymous-already = از این تعداد، کسانی که قبلاً کمک گرفته‌اند
record-anonymous-gender = جنسیت
record-anonymous-age-band = گروه سنی
record-anonymous-social-status = وضعیت
record-anonymous-sum = { $sum } از { $total }

toast-workshop-saved = کارگاه ذخیره شد.

error-ui-person-required = شخصی را که کمک گرفت انتخاب کنید یا بسازید، یا «شخص بی‌نام» را انتخاب کنید.
error-ui-count-invalid = یک عدد کامل بنویسید (فقط رقم).

record-edit-title = اصلاح جلسهٔ کمک
record-workshop-edit-title = اصلاح کارگاه
record-save-correction = ذخیرهٔ اصلاح
toast-activity-corrected = اصلاح ذخیره شد.
